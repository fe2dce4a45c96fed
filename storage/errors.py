"""Storage failures the user can act on, told apart from bugs (STYLE: errors in three tiers).

``WorkspaceError`` carries a sentence that names what to fix; anything else escaping storage
is a bug and reaches the desktop's global exception hook.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from storage.roles import MANAGER_TABLES, role_name
from storage.said import english, say


class WorkspaceError(Exception):
    """A known, user-fixable workspace problem (locked, read-only, full, corrupt, too new).

    Its message is a ``storage.said.Said`` where storage words it (the desktop then says it in
    the user's language), else plain English."""

    def __init__(self, message: str, *, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


english({
    "workspace_locked": "The workspace {where} is busy in another window or program; close it "
                        "and try again.",
    "workspace_read_only": "The workspace {where} is read-only; choose a folder you can write "
                           "to.",
    "workspace_disk_full": "The disk holding the workspace {where} is full; free some space and "
                           "try again.",
    "workspace_not_a_database": "{where} is not an abm-health workspace (or it is damaged); "
                                "open another file or restore a backup.",
    "workspace_malformed": "The workspace {where} is damaged; restore the backup written next "
                           "to it.",
    "workspace_value_too_big": "A value is too big for the workspace {where}; nothing was "
                               "written. Check the file for a cell that runs on (a missing "
                               "closing quote).",
    "workspace_unopenable": "The workspace {where} cannot be opened; check that its folder "
                            "exists and is writable.",
    "database_refused": "The database refused this change ({first}): it needs the {role} role "
                        "on the workspace {where} ({needed}); ask an admin to grant it.",
})

_KNOWN = (
    ("database is locked", "locked", "workspace_locked"),
    ("readonly database", "read-only", "workspace_read_only"),
    ("attempt to write a readonly", "read-only", "workspace_read_only"),
    ("database or disk is full", "disk-full", "workspace_disk_full"),
    ("file is not a database", "corrupt", "workspace_not_a_database"),
    ("database disk image is malformed", "corrupt", "workspace_malformed"),
    ("string or blob too big", "too-big", "workspace_value_too_big"),
    ("unable to open database file", "unopenable", "workspace_unopenable"),
)


def _denied(message: str, where: str) -> WorkspaceError:
    """PostgreSQL refused a write for lack of privilege: name the role that allows it."""
    table = message.split("permission denied for table", 1)[-1].split()[:1]
    role = "manager" if table and table[0] in MANAGER_TABLES else "admin"
    try:
        needed = role_name(make_url(where).database or "", role)
    except Exception:  # noqa: BLE001 - not a URL: name the role only
        needed = role
    first = message.splitlines()[0] if message else "permission denied"
    return WorkspaceError(say("database_refused", first=first, role=role, where=where,
                              needed=needed), kind="denied")


def translate(error: BaseException, where: str) -> WorkspaceError | None:
    """The known problem behind a SQLite or PostgreSQL error, or None when it is a bug."""
    if not isinstance(error, OperationalError | DatabaseError | sqlite3.Error):
        return None
    orig = getattr(error, "orig", error)
    if getattr(orig, "sqlstate", None) == "42501":  # insufficient_privilege
        return _denied(str(orig), where)
    text = str(orig).lower()
    for needle, kind, said in _KNOWN:
        if needle in text:
            return WorkspaceError(say(said, where=where), kind=kind)
    return None
