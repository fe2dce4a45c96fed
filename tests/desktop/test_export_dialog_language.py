"""The export dialog suggests file names in the chosen language.

Kept out of tests/desktop/i18n/: an export dialog opened before the pseudo-locale check
makes that check's window 11 px taller (1280x731; the same with the English export dialog
tests), so this runs after it, as they do.
"""

from __future__ import annotations

import pytest

from desktop.export.dialog import MEETING
from desktop.i18n.install import install_language
from tests.desktop.i18n.catalogs import write_catalog
from tests.desktop.test_export_dialog import _dialog
from tests.desktop.test_export_dialog import state as state  # noqa: F401 - the fixture
from tests.desktop.test_export_dialog import workspace_file as workspace_file  # noqa: F401


@pytest.fixture(autouse=True)
def _back_to_english():
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    install_language("en")
    QLocale.setDefault(before)


POLISH = {
    ("ExportDialog", "portfolio %1"): "portfel %1",
    ("ExportDialog", "meeting pack %1"): "materiały na spotkanie %1",
}


def test_suggested_names_are_in_the_chosen_language(qtbot, state, tmp_path, monkeypatch):  # noqa: F811
    folder = tmp_path / "catalogs"
    write_catalog(folder, "pl", lambda context, source: POLISH.get((context, source)))
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))
    install_language("pl")
    dialog = _dialog(qtbot, state)
    assert dialog.path.text().endswith("portfel 2026-10-31.xlsx")
    dialog.kind_buttons[MEETING].setChecked(True)
    assert dialog.path.text().endswith("materiały na spotkanie 2026-10-31.pdf")
