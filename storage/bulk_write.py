"""SQLite settings for writing hundreds of thousands of rows in one transaction.

Shared by the demo generator and the importer. A 256 MB page cache keeps the events
table's indexes in memory while a million rows go in; the default 2 MB makes SQLite spill
dirty index pages to the WAL and read them back over and over. Constraints stay enforced;
the change-counter row triggers are lifted for the block and the counters bumped once
(``storage.change_triggers``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

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
