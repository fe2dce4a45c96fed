"""Who is working: the database user on a server, the login name on an SQLite file.

On PostgreSQL the author of notes and imports is the database role the session logged in
as (``session_user``), which nobody can set from the application; on a laptop's SQLite file
it is the operating system's login name.
"""

from __future__ import annotations

import getpass

from sqlalchemy import text
from sqlalchemy.engine import Connection


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (some containers): leave it blank
        return ""


def current_user(conn: Connection) -> str:
    """The author to record for work done on ``conn``."""
    if conn.dialect.name == "postgresql":
        return str(conn.execute(text("SELECT session_user")).scalar())
    return login_name()
