"""The pages and windows the main window hosts but other modules build.

Dashboard, settings and presentation come from ``desktop.dashboard``,
``desktop.settings_page`` and ``desktop.presentation``; the import wizard and history from
``desktop.import_wizard`` and ``desktop.import_history``; the export dialog from
``desktop.export_dialog``. Pages are built on first visit so start-up pays for none of them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desktop.app_state import AppState


class _Pending(QWidget):
    """Shown in place of a page whose module is not part of this build yet."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        note = QLabel(self.tr("Not available in this build."))
        note.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(1)


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
        self._dialogs: list[QWidget] = []

    def build(self, nav_row: int) -> QWidget:
        if nav_row == 1:
            from desktop.dashboard import DashboardPage

            return DashboardPage(self.state, self.window)
        if nav_row == 2:
            try:
                from desktop.import_history import ImportHistoryDialog
            except ImportError:
                return _Pending(self.tr("Import history"), self.window)
            page = _embedded(ImportHistoryDialog(self.state.workspace, self.window))
            self._connect_reload(page)
            return page
        if nav_row == 3:
            try:
                from desktop.settings_page import SettingsPage
            except ImportError:
                return _Pending(self.tr("Settings"), self.window)
            return SettingsPage(self.state, self.window)
        raise ValueError(f"no page for navigation row {nav_row}")

    def _connect_reload(self, widget: QWidget) -> None:
        """Reload the state after a window that changes data reports a change."""
        for name in ("data_changed", "batch_undone", "imported"):
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_: self.state.reload(self.window))

    def open_import(self, path: str | None = None) -> None:
        try:
            from desktop.import_wizard import ImportWizard
        except ImportError:
            return
        wizard = ImportWizard(self.state.workspace, self.window, path=path)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.accepted.connect(lambda: self.state.reload(self.window))
        self._connect_reload(wizard)
        self._dialogs.append(wizard)
        wizard.open()

    def open_export(self, account_id: int | None = None) -> None:
        try:
            from desktop.export_dialog import ExportDialog
        except ImportError:
            return
        dialog = ExportDialog(self.state, self.window, account_id=account_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.append(dialog)
        dialog.open()

    def open_presentation(self) -> None:
        try:
            from desktop.presentation import PresentationWindow
        except ImportError:
            return
        if self._presentation is None or not self._presentation.isVisible():
            self._presentation = PresentationWindow(self.state, self.window)
        self._presentation.showFullScreen()
        self._presentation.raise_()

    def close_all(self) -> None:
        if self._presentation is not None:
            self._presentation.close()
