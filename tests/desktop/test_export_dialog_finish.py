"""The Export dialog's finish: Enter exports, Close once written, the folder remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox

from desktop.export.dialog import ExportDialog
from desktop.shared.recent_workspaces import WindowMemory
from tests.desktop.test_export_dialog import state, workspace_file  # noqa: F401 - fixtures


def test_export_is_the_default_close_after_and_the_folder_is_remembered(qtbot, state, tmp_path):  # noqa: F811
    memory = WindowMemory(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))
    dialog = ExportDialog(state, None, memory=memory)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.browse.setFocus()
    assert dialog.export_button.isDefault() and not dialog.browse.autoDefault()
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"
    folder = tmp_path / "reports"
    folder.mkdir()
    dialog.path.setText(str(folder / "p.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    assert cancel.text() == "Close"

    again = ExportDialog(state, None, memory=memory)
    qtbot.addWidget(again)
    assert again.path.text().startswith(str(folder))
