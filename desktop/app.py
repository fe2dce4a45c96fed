"""The GUI composition root: resolve the workspace once, open it, show the main window.

On first run (no workspace yet) it fills a demo portfolio and says so in the status bar.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from storage.errors import WorkspaceError
from storage.paths import is_url
from storage.workspace import Workspace


def open_or_create(target: str) -> tuple[Workspace, bool]:
    """Open the workspace; a brand-new one gets the demo portfolio. Returns (ws, was_new)."""
    new_file = not is_url(target) and not Path(target).expanduser().exists()
    workspace = Workspace.open(target)
    if new_file and workspace.is_empty():
        from storage.demo import fill_demo

        fill_demo(workspace)
        return workspace, True
    return workspace, False


def run_gui(target: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("abm-health")
    app.setOrganizationName("abm-health")
    try:
        workspace, created = open_or_create(target)
    except WorkspaceError as exc:
        QMessageBox.critical(None, "abm-health", str(exc))
        return 1
    from desktop.main_window import MainWindow

    window = MainWindow(workspace)
    if created:
        window.statusBar().showMessage(
            window.tr("New workspace at {0}: filled with a demo portfolio to explore.").format(
                workspace.location
            )
        )
    window.show()
    return app.exec()
