"""Roles on a shared PostgreSQL workspace: who may read, import and write notes, or change
settings, model versions and undo imports.

``init_team(workspace)`` (run by a database superuser, or a user with CREATEROLE who owns
the tables) creates three group roles named after the database and grants them:

- ``<db>_viewer``: read and export (SELECT on every table);
- ``<db>_manager``: the viewer's rights, plus imports and notes (writing the data tables,
  the import history, health snapshots and the events counter);
- ``<db>_admin``: everything, including settings, health model versions and undo.

People log in as their own database users, made members of one role (``GRANT <db>_manager
TO bob``). ``require_role`` refuses an operation up front with a sentence naming the role
it needs; a write the database refuses anyway becomes the same kind of sentence
(``storage.errors``). A workspace where ``init_team`` never ran has no roles and refuses
nothing; neither does an SQLite file.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage.errors import WorkspaceError
from storage.roles import MANAGER_TABLES, ROLES, role_name
from storage.said import english, say
from storage.workspace import Workspace

english({
    "team_needs_postgresql": "Team roles need a PostgreSQL workspace; an SQLite file is shared "
                             "by sharing the file.",
    "role_needed": "To {doing} you need the {role} role on this workspace ({needed}), which the "
                   "database user {user} does not have; ask an admin to run: GRANT {needed} TO "
                   "{user};",
    # What a role is needed for (``require_role``'s ``doing``).
    "to_save_model_version": "save a health model version",
    "to_undo_import": "undo an import",
    "to_import_files": "import files",
    "to_fill_demo": "fill the workspace with the demo",
    "to_change_settings": "change the settings",
})
_DOING = {"save a health model version": "to_save_model_version",
          "undo an import": "to_undo_import", "import files": "to_import_files",
          "fill the workspace with the demo": "to_fill_demo",
          "change the settings": "to_change_settings"}

RANK = {role: i for i, role in enumerate(ROLES)}


@dataclass(frozen=True)
class Grant:
    role: str
    statement: str


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def init_team(workspace: Workspace) -> list[Grant]:
    """Create the three roles (if missing) and grant them; returns what was granted."""
    if workspace.engine.dialect.name != "postgresql":
        raise WorkspaceError(say("team_needs_postgresql"), kind="usage")
    # Imported here: the window asks every workspace for the user's role at start-up, and
    # the ORM schema costs a third of a second to import.
    from storage.schema import Base

    tables = sorted(Base.metadata.tables) + ["alembic_version"]
    granted: list[Grant] = []
    with workspace.transaction() as conn:
        database = conn.execute(text("SELECT current_database()")).scalar()
        names = {role: role_name(database, role) for role in ROLES}
        q = {role: _quote(conn, name) for role, name in names.items()}

        def grant(role: str, sql: str) -> None:
            conn.execute(text(sql))
            granted.append(Grant(names[role], sql))

        for role in ROLES:
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                  {"n": names[role]}).first()
            if exists is None:
                conn.execute(text(f"CREATE ROLE {q[role]} NOLOGIN"))
        grant("viewer", f"GRANT CONNECT ON DATABASE {_quote(conn, database)} TO {q['viewer']}")
        grant("viewer", f"GRANT USAGE ON SCHEMA public TO {q['viewer']}")
        grant("viewer", f"GRANT SELECT ON {', '.join(tables)} TO {q['viewer']}")
        grant("manager", f"GRANT {q['viewer']} TO {q['manager']}")
        grant("manager", f"GRANT INSERT, UPDATE, DELETE ON {', '.join(MANAGER_TABLES)} "
                         f"TO {q['manager']}")
        grant("manager", f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public "
                         f"TO {q['manager']}")
        grant("admin", f"GRANT {q['manager']} TO {q['admin']}")
        grant("admin", f"GRANT ALL ON {', '.join(tables)} TO {q['admin']}")
    return granted


def roles_of(conn: Connection) -> dict[str, bool] | None:
    """Which of the workspace's roles the session user holds; None when there are none."""
    database = conn.execute(text("SELECT current_database()")).scalar()
    names = {role: role_name(database, role) for role in ROLES}
    found = {r for (r,) in conn.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(names.values())})}
    if not found:
        return None
    return {role: name in found and bool(conn.execute(
        text("SELECT pg_has_role(session_user, :n, 'MEMBER')"), {"n": name}).scalar())
            for role, name in names.items()}


def require_role(workspace: Workspace, role: str, doing: str) -> None:
    """Refuse ``doing`` (e.g. "undo an import") unless the user holds ``role`` or higher."""
    if workspace.engine.dialect.name != "postgresql":
        return
    with workspace.connect() as conn:
        held = roles_of(conn)
        if held is None or any(held[r] for r in ROLES[RANK[role]:]):
            return
        user = conn.execute(text("SELECT session_user")).scalar()
        database = conn.execute(text("SELECT current_database()")).scalar()
    needed = role_name(database, role)
    what = say(_DOING[doing]) if doing in _DOING else doing
    raise WorkspaceError(say("role_needed", doing=what, role=role, needed=needed, user=user),
                         kind="denied")


def user_role(workspace: Workspace) -> str | None:
    """The highest role the user holds (None on SQLite or a workspace without roles, where
    everything is allowed; "none" when the user holds no role at all)."""
    if workspace.engine.dialect.name != "postgresql":
        return None
    with workspace.connect() as conn:
        held = roles_of(conn)
    if held is None:
        return None
    for role in reversed(ROLES):
        if held[role]:
            return role
    return "none"
