"""The pages and windows the main window hosts but other modules build.

Dashboard, settings and presentation come from ``desktop.dashboard``,
``desktop.settings.page`` and ``desktop.dashboard.presentation``; the import wizard and history from
``desktop.import_wizard.wizard`` and ``desktop.import_wizard.history``; the export dialog from
``desktop.export.dialog``. Pages are built on first visit so start-up pays for none of them;
after an import or an undone import the state reloads, and every page follows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from desktop.shared.app_state import AppState


def _embedded(dialog: QDialog) -> QWidget:
    """A dialog shown as a page of the stack (no frame, no modality)."""
    dialog.setWindowFlags(Qt.WindowType.Widget)
    dialog.setModal(False)
    return dialog


class PageFactory(QObject):
    def __init__(self, state: AppState, window: QWidget) -> None:
        super().__init__(window)
        self.state = state
        self.window = window
        self._presentation: QWidget | None = None

    def build(self, nav_row: int) -> QWidget:
        if nav_row == 1:
            from desktop.dashboard import DashboardPage

            return DashboardPage(self.state, self.window)
        if nav_row == 2:
            from desktop.import_wizard.history import ImportHistoryDialog

            history = ImportHistoryDialog(self.state.workspace, self.window)
            history.data_changed.connect(self._reload)  # an undone import
            return _embedded(history)
        if nav_row == 3:
            from desktop.settings.page import SettingsPage

            return SettingsPage(self.state, self.window)
        raise ValueError(f"no page for navigation row {nav_row}")

    def _reload(self, *_args: object) -> None:
        self.state.reload(self.window, on_error=getattr(self.window, "load_failed", None))

    def open_import(self, path: str | None = None) -> QWidget:
        from desktop.import_wizard.wizard import ImportWizard

        wizard = ImportWizard(self.state.workspace, self.window, path=path)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._reload)  # rows were written
        wizard.open()
        return wizard

    def open_export(self, account_id: int | None = None) -> QWidget:
        from desktop.export.dialog import ExportDialog

        dialog = ExportDialog(self.state, self.window, account_id=account_id,
                              memory=getattr(self.window, "memory", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_presentation(self) -> None:
        from desktop.dashboard.presentation import PresentationWindow

        if self._presentation is None or not self._presentation.isVisible():
            self._presentation = PresentationWindow(self.state, self.window)
        self._presentation.showFullScreen()
        self._presentation.raise_()

    def close_all(self) -> None:
        if self._presentation is not None:
            self._presentation.close()
