"""The commands of ``abm-health``: name, the module that registers it, its one-line help.

``abm-health --help`` lists every command but runs none, so the command line builds the
full parser only for the command given and shows the others from this table: importing
every command module would load pandas, SQLAlchemy and the demo generator (about two
seconds) to print a page of text. Each line here must equal the ``help=`` its module
registers (a test compares them).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    # Marks the help lines for the catalogs without importing Qt (``--help`` loads none in
    # English); the command line translates them as it lists them.
    return text


# (command, module under desktop.commands, help line), in the order `--help` lists them.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("demo", "demo", QT_TRANSLATE_NOOP("CommandCatalog", "fill the workspace with a realistic demo portfolio")),
    ("import", "import_cmd", QT_TRANSLATE_NOOP("CommandCatalog", "import a CSV or XLSX export (accounts, contacts, events, deals, ...)")),
    ("import-folder", "import_folder",
     QT_TRANSLATE_NOOP("CommandCatalog", "import a whole CRM export folder (Zoho, HubSpot ...) in dependency order")),
    ("batches", "batches", QT_TRANSLATE_NOOP("CommandCatalog", "list the import batches (newest first)")),
    ("undo", "batches", QT_TRANSLATE_NOOP("CommandCatalog", "undo an import batch")),
    ("kpis", "kpis", QT_TRANSLATE_NOOP("CommandCatalog", "print every KPI for a period, with the previous period and the change")),
    ("health", "health", QT_TRANSLATE_NOOP("CommandCatalog", "journey stage and explained health score of every account")),
    ("backtest", "backtest", QT_TRANSLATE_NOOP("CommandCatalog", "validate the health model on the workspace's own history")),
    ("report", "report", QT_TRANSLATE_NOOP("CommandCatalog", "write an account report (PDF/HTML), the portfolio workbook (XLSX/CSV) "
     "or the meeting pack (PDF)")),
    ("backup", "backup", QT_TRANSLATE_NOOP("CommandCatalog", "write a consistent copy of the workspace (an SQLite file)")),
    ("settings", "settings",
     QT_TRANSLATE_NOOP("CommandCatalog", "print the workspace settings, or change one with `settings set KEY VALUE`")),
    ("template", "template",
     QT_TRANSLATE_NOOP("CommandCatalog", "write the canonical CSV layout of an entity (the import needs no mapping)")),
    ("copy", "copy", QT_TRANSLATE_NOOP("CommandCatalog", "copy a workspace between SQLite and PostgreSQL, checked table by table")),
    ("team", "team", QT_TRANSLATE_NOOP("CommandCatalog", "team workspace on PostgreSQL: create the schema and roles")),
)

MODULES: tuple[str, ...] = tuple(dict.fromkeys(module for _name, module, _help in COMMANDS))


def module_of(command: str) -> str | None:
    """The module that registers ``command``, or None for a name that is not a command."""
    return next((module for name, module, _help in COMMANDS if name == command), None)
