"""Someone else's file is left alone: only an abm-health workspace (or an empty file) is opened.

Opening a workspace turns on WAL mode and may run migrations, both of which change the
file. So before any engine touches an existing file it is looked at through a read-only
connection: a file that is not SQLite, or an SQLite database with tables but no
``alembic_version`` stamp (another application's data), is refused with a sentence and
stays byte for byte as it was. An empty file (zero bytes, or an SQLite database without a
single table) is adopted as a new workspace and made readable by its owner only.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from storage.errors import WorkspaceError
from storage.said import english, say

english({
    "cannot_read_file": "Cannot read {path}: {reason}; check its permissions.",
    "not_sqlite": "{path} is not an abm-health workspace (it is not an SQLite database); "
                  "choose another file.",
    "foreign_tables": "{path} is not an abm-health workspace: it has tables {tables}; choose "
                      "another file.",
    "cannot_open_file": "Cannot open {path}: {reason}; check its permissions.",
    "workspace_damaged": "The workspace {where} is damaged ({reason}); restore the backup "
                         "written next to it.",
})

SQLITE_MAGIC = b"SQLite format 3\x00"
SHOWN_TABLES = 5


def check_workspace_file(path: Path) -> bool:
    """True when ``path`` is an empty file to adopt (now mode 0600), False for a workspace.

    Raises WorkspaceError (kind "foreign" or "corrupt") for anything else, untouched."""
    size = path.stat().st_size
    if size == 0:
        os.chmod(path, 0o600)
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise WorkspaceError(say("cannot_read_file", path=path, reason=exc.strerror),
                             kind="unopenable") from exc
    if head != SQLITE_MAGIC:
        raise WorkspaceError(say("not_sqlite", path=path), kind="foreign")
    tables = _tables(path)
    if "alembic_version" in tables:
        return False
    if not tables:
        os.chmod(path, 0o600)
        return True
    shown = ", ".join(sorted(tables)[:SHOWN_TABLES]) + (", …" if len(tables) > SHOWN_TABLES else "")
    raise WorkspaceError(say("foreign_tables", path=path, tables=shown), kind="foreign")


def _tables(path: Path) -> list[str]:
    uri = f"file:{quote(str(path), safe='/')}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(say("cannot_open_file", path=path, reason=exc),
                             kind="unopenable") from exc
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(say("workspace_damaged", where=path, reason=exc),
                             kind="corrupt") from exc
    finally:
        conn.close()
