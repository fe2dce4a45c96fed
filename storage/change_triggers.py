"""The change counters that the database keeps (migration 0003), and bulk writes around them.

Triggers bump ``events_version`` after any write to ``events`` and ``data_version`` after
any write to the tables the portfolio is built from, whoever writes (abm-health, the
sqlite3 shell, another client of a team database). The caches compare these counters, so
no edit can leave them looking current.

SQLite has row triggers only; for a million-row import they would cost a fifth of the
time. So a bulk writer (``storage.bulk_write.bulk_mode``, the demo and the importer) lifts
them inside its own transaction and bumps both counters once at the end. SQLite's DDL is
transactional: another connection never sees the tables without their triggers, and a
rollback brings them back by itself. PostgreSQL's statement triggers fire once per
statement and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

COUNTERS = ("events_version", "data_version")
_OURS = ("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
         "AND name LIKE 'trg!_%!_version' ESCAPE '!' ORDER BY name")


def bump_all(conn: Connection) -> None:
    for key in COUNTERS:  # constants, never input
        conn.exec_driver_sql(f"UPDATE workspace_meta SET value = value + 1 WHERE key = '{key}'")


@contextmanager
def row_triggers_lifted(conn: Connection) -> Iterator[None]:
    """Inside an open transaction: our row triggers dropped for the block, recreated after
    it and the counters bumped once. A no-op outside SQLite."""
    if conn.dialect.name != "sqlite":
        yield
        return
    triggers = conn.exec_driver_sql(_OURS).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    except BaseException:
        # The caller rolls back, which restores them anyway; recreate in case it commits.
        for _name, sql in triggers:
            try:
                conn.exec_driver_sql(sql)
            except Exception:  # noqa: BLE001  the transaction is failing already
                break
        raise
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
    if triggers:
        bump_all(conn)
