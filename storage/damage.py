"""No write to a damaged file: a quick check before the big writes (import, undo).

SQLite reports a damaged page only when a statement happens to read it; a bulk write that
never touches the bad page would go on adding to a file that is already broken, and make
recovery from a backup lose more. ``ensure_intact`` runs ``PRAGMA quick_check`` (a scan of
every page without the index cross-checks of ``integrity_check``: 0.8 s on an 88 MB
workspace, against 4.3 s) and refuses with a sentence when SQLite calls the file malformed. Other databases
(a server) look after their own pages; the check is SQLite only.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from storage.errors import WorkspaceError
from storage.said import english, say
from storage.workspace import Workspace

english({
    "damaged_nothing_written": "The workspace {where} is damaged ({reason}); nothing was "
                               "written. Restore a backup (`abm-health backup` copies are "
                               "checked).",
})


def ensure_intact(workspace: Workspace) -> None:
    """Raise WorkspaceError (kind "corrupt") unless SQLite finds the file sound."""
    if workspace.engine.dialect.name != "sqlite":
        return
    try:
        with workspace.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        rows = [str(getattr(exc, "orig", exc))]
    if rows != ["ok"]:
        raise WorkspaceError(say("damaged_nothing_written", where=workspace.location,
                                 reason="; ".join(rows[:2])), kind="corrupt")
