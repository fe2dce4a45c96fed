"""What the window remembers between runs: recent workspaces and its own layout.

Only these live in ``QSettings`` (the user's profile); everything the business agrees on
lives in the workspace. Tests hand in a ``QSettings`` on an ini file in a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class WindowMemory:
    """Recent workspaces (most recent first) and saved geometry/state blobs."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    # -- recent workspaces ---------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("recent/workspaces", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, location: str) -> list[str]:
        items = [location] + [r for r in self.recent() if r != location]
        items = items[:MAX_RECENT]
        self.settings.setValue("recent/workspaces", items)
        return items

    def remove_recent(self, location: str) -> list[str]:
        items = [r for r in self.recent() if r != location]
        self.settings.setValue("recent/workspaces", items)
        return items

    def existing_recent(self) -> list[str]:
        """Recent entries that still exist (database URLs are kept as they are)."""
        return [r for r in self.recent() if "://" in r or Path(r).exists()]

    # -- layout --------------------------------------------------------------------------
    def save_blob(self, key: str, blob: QByteArray) -> None:
        self.settings.setValue(f"window/{key}", blob)

    def blob(self, key: str) -> QByteArray | None:
        value = self.settings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_value(self, key: str, value: object) -> None:
        self.settings.setValue(f"window/{key}", value)

    def value(self, key: str, default: object = None) -> object:
        return self.settings.value(f"window/{key}", default)

    def sync(self) -> None:
        self.settings.sync()
