"""What a path the commands never write to is, in words: "the workspace", "an input".

``storage.safe_paths.protected_paths`` names each protected path by an id; this says it
in the chosen language, for refusals such as "-o reports is the workspace; choose a folder".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from storage.safe_paths import INPUT, WORKSPACE, WORKSPACE_FILE

WORDS = {
    WORKSPACE: QT_TRANSLATE_NOOP("ProtectedPaths", "the workspace"),
    WORKSPACE_FILE: QT_TRANSLATE_NOOP("ProtectedPaths", "a file of the workspace"),
    INPUT: QT_TRANSLATE_NOOP("ProtectedPaths", "an input of this command"),
}


def what(kind: str) -> str:
    """The words for a protected path's id ("workspace" -> "the workspace")."""
    return QCoreApplication.translate("ProtectedPaths", WORDS[kind])
