"""Secondary indexes built once after a bulk insert, inside the same transaction.

Inserting a million events keeps three secondary indexes of the events table (account and
time, contact, kind and time) in order row by row, at random places: most of an import's
time. Building an index once over the finished table is a sort, several times faster. So
when a writer at least doubles a table (and adds at least ``MIN_ROWS``), its plain
secondary indexes are dropped for the insert and created again from their own stored SQL
before the transaction ends. SQLite's DDL is transactional: another connection never
sees the table without them, and a rollback (an error, a cancel, a killed process) brings
them back by itself. UNIQUE indexes and constraints, the primary key, foreign keys, NOT
NULL and CHECK stay in place and are enforced on every row. A no-op outside SQLite.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection

MIN_ROWS = 10_000
# Named indexes that are not UNIQUE (an autoindex of a constraint has no SQL).
_PLAIN = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :table "
          "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name")


def worth_rebuilding(existing: int, inserting: int) -> bool:
    return inserting >= MIN_ROWS and inserting >= existing


@contextmanager
def indexes_built_after(conn: Connection, table: str, inserting: int) -> Iterator[None]:
    """Inside an open transaction: ``table``'s plain indexes dropped for the block and
    created again after it, when ``inserting`` rows make that the faster way."""
    if conn.dialect.name != "sqlite" or inserting < MIN_ROWS:
        yield
        return
    # The table name comes from the schema (EntitySpec), never from input.
    existing = conn.exec_driver_sql(f'SELECT COUNT(*) FROM "{table}"').scalar() or 0
    if not worth_rebuilding(int(existing), inserting):
        yield
        return
    indexes = conn.execute(text(_PLAIN), {"table": table}).all()
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    try:
        yield
    except BaseException:
        # The caller rolls back, which restores them anyway; recreate in case it commits.
        for _name, sql in indexes:
            try:
                conn.exec_driver_sql(sql)
            except Exception:  # noqa: BLE001  the transaction is failing already
                break
        raise
    for _name, sql in indexes:
        conn.exec_driver_sql(sql)
