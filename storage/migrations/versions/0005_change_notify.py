"""Open windows hear of a change at once: the change triggers also send a notification.

Migration 0003's trigger functions bump the ``events_version`` and ``data_version``
counters after every write, whoever writes. On PostgreSQL they now also send
``NOTIFY abm_health_changed`` with the counter's name as payload. PostgreSQL delivers it
when the writing transaction commits (never for one rolled back) and folds repeats within
one transaction into one, so a million-row import is one notification. A window listening
on that channel (``storage.change_listener``) reloads within a second instead of polling.
SQLite has no such thing; its windows keep asking ``PRAGMA data_version``.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 09:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CHANNEL = "abm_health_changed"  # also storage.change_listener.CHANNEL
FUNCTIONS = {"events_version": "abm_bump_events_version",
             "data_version": "abm_bump_data_version"}


def _function(key: str, notify: bool) -> str:
    # Names and keys are constants of this file, never input.
    body = f"UPDATE workspace_meta SET value = value + 1 WHERE key = '{key}';"
    if notify:
        body += f" PERFORM pg_notify('{CHANNEL}', '{key}');"
    return (f"CREATE OR REPLACE FUNCTION {FUNCTIONS[key]}() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NULL; END $$")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for key in FUNCTIONS:
        op.execute(_function(key, notify=True))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for key in FUNCTIONS:
        op.execute(_function(key, notify=False))
