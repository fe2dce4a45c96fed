"""Date boxes in the language's date format, whole in their box, with the real catalogs.

The sidebar's as-of box and the export dialog's period showed ISO dates (2026-10-31) in
every language, while every other date of the window was the language's (31.10.2026,
2026年10月31日).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QSettings

from desktop.export.dialog import ExportDialog
from desktop.i18n.install import install_language
from desktop.shared.recent_workspaces import WindowMemory
from tests.desktop.i18n.test_layouts_hold import open_window
from tests.desktop.small_portfolio import AS_OF
from tests.desktop.test_export_dialog import state, workspace_file  # noqa: F401 - fixtures

# AS_OF of the small portfolio and of the export dialog's state, written by hand per language.
SIDEBAR = {"en": "2026-11-23", "pl": "23.11.2026", "ja": "2026年11月23日", "zh": "2026年11月23日"}
EXPORT_END = {"en": "2026-10-31", "pl": "31.10.2026", "ja": "2026年10月31日",
              "zh": "2026年10月31日"}


def shows_whole(edit) -> bool:
    line = edit.lineEdit()
    return line.fontMetrics().horizontalAdvance(line.text()) <= line.contentsRect().width() - 4


@pytest.mark.parametrize("language", ["pl", "ja", "zh", "en"])
def test_the_sidebar_date_is_the_language_s_and_whole(qtbot, workspace, tmp_path, language):
    assert AS_OF == QDate(2026, 11, 23).toPython()
    window = open_window(qtbot, workspace, tmp_path, language)
    box = window.as_of_control.date
    assert box.text() == SIDEBAR[language]
    assert shows_whole(box)
    # The widest days of the year fit too (two-digit day and month).
    box.setDate(QDate(2026, 12, 28))
    assert shows_whole(box)


def test_the_sidebar_date_follows_a_language_switch(qtbot, workspace, tmp_path):
    window = open_window(qtbot, workspace, tmp_path, "en")
    install_language("pl")
    qtbot.waitUntil(lambda: window.as_of_control.date.text() == SIDEBAR["pl"], timeout=10_000)
    assert shows_whole(window.as_of_control.date)


@pytest.mark.parametrize("language", ["pl", "ja", "zh", "en"])
def test_the_export_dialog_s_dates_are_the_language_s(qtbot, state, tmp_path, language):  # noqa: F811
    assert install_language(language).startswith(language)
    memory = WindowMemory(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    dialog = ExportDialog(state, None, memory=memory)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.end.text() == EXPORT_END[language]
    assert dialog.end.date() == QDate(2026, 10, 31)
    assert shows_whole(dialog.start) and shows_whole(dialog.end)


# The dashboard's custom period ("d MMM yyyy": "28 gru 2026", "28 12月 2026") and a note's
# due date (ISO in every language) kept formats of their own.
DAY = {"en": "2026-12-28", "pl": "28.12.2026", "ja": "2026年12月28日", "zh": "2026年12月28日"}


@pytest.mark.parametrize("language", ["pl", "ja", "zh", "en"])
def test_the_custom_period_s_dates_are_the_language_s(qtbot, language):
    from desktop.dashboard.period_picker import PeriodPicker

    assert install_language(language).startswith(language)
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.show()
    for edit in (picker.start_edit, picker.end_edit):
        edit.setDate(QDate(2026, 12, 28))
        assert edit.text() == DAY[language]
        assert shows_whole(edit)


@pytest.mark.parametrize("language", ["pl", "ja", "zh", "en"])
def test_a_note_s_due_date_is_the_language_s(qtbot, language):
    from datetime import date

    from desktop.account.notes import NoteDialog

    assert install_language(language).startswith(language)
    dialog = NoteDialog(None, action=True, today=date(2026, 12, 28))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.due.text() == DAY[language]
    assert shows_whole(dialog.due)
