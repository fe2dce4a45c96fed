"""Help > About: the version, the open workspace's location, and what it is built on."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.i18n.placeholders import arg


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
        title = QLabel(arg(self.tr("abm-health %1"), app_version()))
        title.setObjectName("pageTitle")
        blurb = QLabel(self.tr(
            "Offline account-based-marketing health: explainable account health, honest KPIs, "
            "clean CRM imports and board-ready reports."
        ))
        blurb.setWordWrap(True)
        self.workspace_label = QLabel(arg(self.tr("Workspace: %1"), workspace_location))
        self.workspace_label.setWordWrap(True)
        self.workspace_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        built = QLabel(arg(self.tr("Python %1 · Qt %2 · PySide6 %3"), platform.python_version(), qVersion(), pyside_version))
        built.setObjectName("muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for widget in (title, blurb, self.workspace_label, built, buttons):
            layout.addWidget(widget)
