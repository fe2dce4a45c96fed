"""Help > About: the version, the open workspace's location, and what it is built on."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def app_version() -> str:
    try:
        return metadata.version("abm-health")
    except metadata.PackageNotFoundError:  # running from a source tree that isn't installed
        return "0.1.0"


class AboutDialog(QDialog):
    def __init__(self, workspace_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About abm-health"))
        self.setMinimumWidth(460)
        title = QLabel(self.tr("abm-health {0}").format(app_version()))
        title.setObjectName("pageTitle")
        blurb = QLabel(self.tr(
            "Offline account-based-marketing health: explainable account health, honest KPIs, "
            "clean CRM imports and board-ready reports."
        ))
        blurb.setWordWrap(True)
        self.workspace_label = QLabel(self.tr("Workspace: {0}").format(workspace_location))
        self.workspace_label.setWordWrap(True)
        self.workspace_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        built = QLabel(self.tr("Python {0} · Qt {1} · PySide6 {2}").format(
            platform.python_version(), qVersion(), pyside_version))
        built.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (title, blurb, self.workspace_label, built, buttons):
            layout.addWidget(widget)
