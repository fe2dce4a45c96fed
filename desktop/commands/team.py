"""``abm-health team init URL``: make a PostgreSQL database a team workspace.

Creates (or upgrades) the schema through the migrations, stores the default settings and
health model when there are none, creates the roles ``<db>_viewer``, ``<db>_manager`` and
``<db>_admin`` and grants them (``storage.team``), then prints every grant and how to give
a colleague a role. Run it as a database user allowed to create roles; run it again after
an upgrade of abm-health to grant the new tables. The URL carries no password: libpq finds
it in ``~/.pgpass``, the service file or ``PGPASSWORD``.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from desktop.i18n.placeholders import arg
from storage.workspace import Workspace

translate = QCoreApplication.translate


def register(subparsers: argparse._SubParsersAction) -> None:
    team = subparsers.add_parser(
        "team", help=translate("TeamCommand", "team workspace on PostgreSQL: create the schema and roles"),
        description=translate("TeamCommand", "Team workspaces on PostgreSQL."))
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help=translate("TeamCommand", "create the schema and the viewer, manager and admin roles"),
        description=translate("TeamCommand", "Create (or upgrade) the schema in the database at URL and the roles "
        "<db>_viewer (read and export), <db>_manager (import, notes) and <db>_admin "
        "(settings, model versions, undo), and print what was granted."))
    init.add_argument("url", metavar="URL",
                      help=translate("TeamCommand", "SQLAlchemy URL of the database, e.g. "
                      "postgresql+psycopg://admin@db/abm (no password: use ~/.pgpass)"))
    # The command line opens this URL as the workspace (creating the schema).
    init.set_defaults(func=run_init, workspace_arg="url")


def run_init(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.exits import UsageError
    from storage.health_repo import active_model
    from storage.roles import ROLES, WHAT, role_name
    from storage.settings_repo import save_settings, settings_version
    from storage.team import init_team

    if workspace.engine.dialect.name != "postgresql":
        raise UsageError(translate("TeamCommand", "team init needs a postgresql+psycopg:// URL; "
                                   "an SQLite file is a one-person workspace"))
    if settings_version(workspace).version == 0:
        from domain.settings import WorkspaceSettings

        save_settings(workspace, WorkspaceSettings())
    active_model(workspace)  # a viewer's first `health` must not have to write one
    grants = init_team(workspace)
    database = workspace.engine.url.database
    print(arg(translate("TeamCommand", "Team workspace %1: schema ready."), workspace.location))
    for role in ROLES:
        name = role_name(database, role)
        print(f"\n{name}: {WHAT[role]}")
        for grant in grants:
            if grant.role == name:
                print(f"  {grant.statement}")
    print("\n" + arg(translate("TeamCommand", "Give each colleague a database login and one role, "
                               "e.g.:\n  CREATE ROLE bob LOGIN PASSWORD '...';  GRANT %1 TO bob;\n"
                               "Passwords stay out of abm-health: each person keeps theirs in "
                               "~/.pgpass (or a pg_service.conf entry, or PGPASSWORD)."),
                     role_name(database, "manager")))
    return 0
