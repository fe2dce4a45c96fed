"""The commands of ``abm-health``: name, the module that registers it, its one-line help.

``abm-health --help`` lists every command but runs none, so the command line builds the
full parser only for the command given and shows the others from this table: importing
every command module would load pandas, SQLAlchemy and the demo generator (about two
seconds) to print a page of text. Each line here must equal the ``help=`` its module
registers (a test compares them).
"""

from __future__ import annotations

# (command, module under desktop.commands, help line), in the order `--help` lists them.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("demo", "demo", "fill the workspace with a realistic demo portfolio"),
    ("import", "import_cmd", "import a CSV or XLSX export (accounts, contacts, events, deals, ...)"),
    ("import-folder", "import_folder",
     "import a whole CRM export folder (Zoho, HubSpot ...) in dependency order"),
    ("batches", "batches", "list the import batches (newest first)"),
    ("undo", "batches", "undo an import batch"),
    ("kpis", "kpis", "print every KPI for a period, with the previous period and the change"),
    ("health", "health", "journey stage and explained health score of every account"),
    ("backtest", "backtest", "validate the health model on the workspace's own history"),
    ("report", "report", "write an account report (PDF/HTML), the portfolio workbook (XLSX/CSV) "
     "or the meeting pack (PDF)"),
    ("backup", "backup", "write a consistent copy of the workspace (an SQLite file)"),
    ("settings", "settings",
     "print the workspace settings, or change one with `settings set KEY VALUE`"),
    ("template", "template",
     "write the canonical CSV layout of an entity (the import needs no mapping)"),
    ("copy", "copy", "copy a workspace between SQLite and PostgreSQL, checked table by table"),
    ("team", "team", "team workspace on PostgreSQL: create the schema and roles"),
)

MODULES: tuple[str, ...] = tuple(dict.fromkeys(module for _name, module, _help in COMMANDS))


def module_of(command: str) -> str | None:
    """The module that registers ``command``, or None for a name that is not a command."""
    return next((module for name, module, _help in COMMANDS if name == command), None)
