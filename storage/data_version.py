"""Has another connection changed the workspace? SQLite's ``PRAGMA data_version``, cheaply.

The window polls this every two seconds to notice an import run in a terminal or a second
window. ``data_version`` changes only when *another* connection commits, so the watcher
keeps one small read-only connection of its own and asks it; a workspace that is not a
SQLite file (a server URL) has no such number and reports None.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class DataVersion:
    """``read()`` returns a number that changes after each commit by another connection."""

    def __init__(self, path: str | Path | None) -> None:
        self._conn: sqlite3.Connection | None = None
        if path is None:
            return
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        try:
            # A short busy timeout: a poll must never hold up the window behind a writer.
            self._conn = sqlite3.connect(uri, uri=True, timeout=0.2, check_same_thread=False)
        except sqlite3.Error:
            self._conn = None

    def read(self) -> int | None:
        if self._conn is None:
            return None
        try:
            row = self._conn.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return None  # busy or gone: ask again at the next poll
        return int(row[0]) if row else None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
