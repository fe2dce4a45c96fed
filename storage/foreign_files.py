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
        raise WorkspaceError(f"Cannot read {path}: {exc.strerror}; check its permissions.",
                             kind="unopenable") from exc
    if head != SQLITE_MAGIC:
        raise WorkspaceError(
            f"{path} is not an abm-health workspace (it is not an SQLite database); "
            "choose another file.", kind="foreign")
    tables = _tables(path)
    if "alembic_version" in tables:
        return False
    if not tables:
        os.chmod(path, 0o600)
        return True
    shown = ", ".join(sorted(tables)[:SHOWN_TABLES]) + (", …" if len(tables) > SHOWN_TABLES else "")
    raise WorkspaceError(
        f"{path} is not an abm-health workspace: it has tables {shown}; choose another file.",
        kind="foreign")


def _tables(path: Path) -> list[str]:
    uri = f"file:{quote(str(path), safe='/')}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"Cannot open {path}: {exc}; check its permissions.",
                             kind="unopenable") from exc
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            f"The workspace {path} is damaged ({exc}); restore the backup written next to it.",
            kind="corrupt") from exc
    finally:
        conn.close()
