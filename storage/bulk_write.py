"""Writing hundreds of thousands of rows in one transaction, on either back-end.

Shared by the demo generator, the importer and ``copy``. On SQLite, a 256 MB page cache
keeps the events table's indexes in memory while a million rows go in; the default 2 MB
makes SQLite spill dirty index pages to the WAL and read them back over and over, and the
change-counter row triggers are lifted for the block and the counters bumped once
(``storage.change_triggers``). On PostgreSQL rows go in through ``COPY ... FROM STDIN``
(``copy_rows``), and since these writers choose the ids themselves, ``resync_ids`` moves
each table's id sequence past the largest id afterwards, so that a later plain INSERT (a
note typed in the window) does not collide. Constraints stay enforced on both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from storage.change_triggers import row_triggers_lifted

BULK_CACHE_KIB = 262_144


@contextmanager
def bulk_mode(conn: Connection, cache_kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A large page cache for the block, restored afterwards (the connection is pooled)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(cache_kib)}")
    try:
        with row_triggers_lifted(conn):  # one counter bump, not one per row
            yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")


def copy_rows(conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    """PostgreSQL: write ``rows`` into ``table`` with COPY, in the connection's transaction.

    Table and column names come from the schema, never from input; values are streamed.
    """
    cursor = conn.connection.driver_connection.cursor()
    quoted = ", ".join(f'"{c}"' for c in columns)
    count = 0
    statement = f"COPY {table} ({quoted}) FROM STDIN"
    try:
        with cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
    except Exception as exc:
        # The driver's own error: give it SQLAlchemy's shape, as a plain INSERT would have,
        # so callers tell a clash of keys (SQLSTATE class 23) apart from a bug.
        if str(getattr(exc, "sqlstate", "") or "").startswith("23"):
            raise IntegrityError(statement, None, exc) from exc
        raise
    finally:
        cursor.close()
    return count


def resync_ids(conn: Connection, tables: Iterable[str]) -> None:
    """PostgreSQL: set each table's id sequence so the next id follows the largest stored."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:  # names from the schema, never from input
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))
