"""The database keeps the cache stamps itself: triggers bump a counter on every write.

The events cache and the stored portfolio are valid for a stamp read from
``workspace_meta``. Until now abm-health's own writers bumped ``events_version``; an edit
from the sqlite3 shell, another client of a team database, or a delete and re-insert of
the same count with the same largest id left the stamp valid and the numbers stale. Here
the database does it: after any INSERT, UPDATE or DELETE on ``events`` the
``events_version`` counter goes up, and after any write to a table the portfolio is built
from (accounts, contacts, campaigns, meetings, opportunities, subscriptions, NPS,
questions, notes, import batches, settings, health models and snapshots) the
``data_version`` counter does. SQLite has row triggers only (about a microsecond each, a
few percent of a bulk insert); PostgreSQL gets statement triggers, once per statement.

Revision ID: 0003_change_triggers
Revises: 0002
Create Date: 2026-12-02 06:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0003_change_triggers"
down_revision = "0002"
branch_labels = None
depends_on = None

EVENTS = "events"
DATA_TABLES = ("accounts", "contacts", "campaigns", "meetings", "opportunities",
               "subscriptions", "nps_responses", "questions", "notes", "import_batches",
               "settings", "health_models", "health_snapshots")
ACTIONS = ("insert", "update", "delete")
PG_FUNCTIONS = {"events_version": "abm_bump_events_version",
                "data_version": "abm_bump_data_version"}


def _counters() -> list[tuple[str, tuple[str, ...]]]:
    return [("events_version", (EVENTS,)), ("data_version", DATA_TABLES)]


def _trigger(table: str, action: str) -> str:
    return f"trg_{table}_{action}_version"


def upgrade() -> None:
    # Names and keys below are constants of this file, never input.
    op.execute("INSERT INTO workspace_meta (key, value) SELECT 'data_version', 0 "
               "WHERE NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'data_version')")
    op.execute("INSERT INTO workspace_meta (key, value) SELECT 'events_version', 0 "
               "WHERE NOT EXISTS (SELECT 1 FROM workspace_meta WHERE key = 'events_version')")
    dialect = op.get_bind().dialect.name
    for key, tables in _counters():
        bump = f"UPDATE workspace_meta SET value = value + 1 WHERE key = '{key}'"
        if dialect == "postgresql":
            op.execute(f"CREATE OR REPLACE FUNCTION {PG_FUNCTIONS[key]}() RETURNS trigger "
                       f"LANGUAGE plpgsql AS $$ BEGIN {bump}; RETURN NULL; END $$")
        for table in tables:
            for action in ACTIONS:
                if dialect == "postgresql":
                    op.execute(f"CREATE TRIGGER {_trigger(table, action)} AFTER {action.upper()} "
                               f"ON {table} FOR EACH STATEMENT "
                               f"EXECUTE FUNCTION {PG_FUNCTIONS[key]}()")
                else:
                    op.execute(f"CREATE TRIGGER {_trigger(table, action)} AFTER {action.upper()} "
                               f"ON {table} FOR EACH ROW BEGIN {bump}; END")
            if dialect == "postgresql":
                op.execute(f"CREATE TRIGGER {_trigger(table, 'truncate')} AFTER TRUNCATE "
                           f"ON {table} FOR EACH STATEMENT "
                           f"EXECUTE FUNCTION {PG_FUNCTIONS[key]}()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for _key, tables in _counters():
        for table in tables:
            actions = (*ACTIONS, "truncate") if dialect == "postgresql" else ACTIONS
            for action in actions:
                suffix = f" ON {table}" if dialect == "postgresql" else ""
                op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table, action)}{suffix}")
    if dialect == "postgresql":
        for function in PG_FUNCTIONS.values():
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    op.execute("DELETE FROM workspace_meta WHERE key = 'data_version'")
