"""Storage failures the user can act on, told apart from bugs (STYLE: errors in three tiers).

``WorkspaceError`` carries a sentence that names what to fix; anything else escaping storage
is a bug and reaches the desktop's global exception hook.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from storage.roles import MANAGER_TABLES, role_name


class WorkspaceError(Exception):
    """A known, user-fixable workspace problem (locked, read-only, full, corrupt, too new)."""

    def __init__(self, message: str, *, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


_KNOWN = (
    ("database is locked", "locked",
     "The workspace {where} is busy in another window or program; close it and try again."),
    ("readonly database", "read-only",
     "The workspace {where} is read-only; choose a folder you can write to."),
    ("attempt to write a readonly", "read-only",
     "The workspace {where} is read-only; choose a folder you can write to."),
    ("database or disk is full", "disk-full",
     "The disk holding the workspace {where} is full; free some space and try again."),
    ("file is not a database", "corrupt",
     "{where} is not an abm-health workspace (or it is damaged); open another file or restore a backup."),
    ("database disk image is malformed", "corrupt",
     "The workspace {where} is damaged; restore the backup written next to it."),
    ("string or blob too big", "too-big",
     "A value is too big for the workspace {where}; nothing was written. Check the file for a "
     "cell that runs on (a missing closing quote)."),
    ("unable to open database file", "unopenable",
     "The workspace {where} cannot be opened; check that its folder exists and is writable."),
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
    return WorkspaceError(
        f"The database refused this change ({first}): it needs the {role} role on the "
        f"workspace {where} ({needed}); ask an admin to grant it.", kind="denied")


def translate(error: BaseException, where: str) -> WorkspaceError | None:
    """The known problem behind a SQLite or PostgreSQL error, or None when it is a bug."""
    if not isinstance(error, OperationalError | DatabaseError | sqlite3.Error):
        return None
    orig = getattr(error, "orig", error)
    if getattr(orig, "sqlstate", None) == "42501":  # insufficient_privilege
        return _denied(str(orig), where)
    text = str(orig).lower()
    for needle, kind, template in _KNOWN:
        if needle in text:
            return WorkspaceError(template.format(where=where), kind=kind)
    return None
