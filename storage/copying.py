"""Copy a whole workspace between SQLite and PostgreSQL (either way), checked.

``copy_workspace(source, destination)`` reads every table of the source in one consistent
snapshot, in primary-key order and in batches of ``CHUNK`` rows, and writes it into an empty destination in one
transaction: the data, the import batches and their changes, the settings, the health model
versions and their weekly snapshots, and the counters. Every table is then checked, inside
that transaction, by its row count and a content hash: SHA-256 over the rows in key order,
each value written in one canonical text form (so a timestamp SQLite keeps as text and one
PostgreSQL keeps as a timestamp hash alike). Any difference rolls the copy back and says
which table. Accounts point at parent accounts; the parent links are written after all
accounts, so the foreign keys hold at every step. On PostgreSQL the rows go in by COPY and
the id sequences are moved past the copied ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection

from storage.bulk_write import copy_rows, resync_ids
from storage.errors import WorkspaceError
from storage.said import english, say
from storage.schema import Base
from storage.workspace import Workspace

english({
    "copy_destination_not_empty": "The destination {where} already holds data ({tables}); copy "
                                  "into a new file or an empty database.",
    "copy_differs": "The copy of {table} differs from the source ({got:,} rows against "
                    "{expected:,}, or different contents); nothing was written.",
})

CHUNK = 20_000
CONFIG_TABLES = ("settings", "workspace_meta", "health_models")  # present in a new workspace


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    digest: str


def tables() -> list[Table]:
    """Every table, parents before children."""
    return list(Base.metadata.sorted_tables)


def _canonical(value: object) -> str:
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value + 0.0)  # -0.0 (PostgreSQL keeps it, SQLite doesn't) is 0.0
    return str(value)


def _ordered(table: Table):
    # Streamed in batches of CHUNK rows (a server-side cursor on PostgreSQL, SQLite's own
    # step-by-step cursor): a table is never held whole, so memory stays flat however large
    # the workspace.
    return (select(table).order_by(*table.primary_key.columns)
            .execution_options(yield_per=CHUNK))


def table_digest(conn: Connection, table: Table) -> TableCopy:
    """Row count and content hash of one table as ``conn`` sees it."""
    digest, rows = hashlib.sha256(), 0
    for row in conn.execute(_ordered(table)):
        digest.update(("\x1f".join(_canonical(v) for v in row) + "\x1e").encode("utf-8"))
        rows += 1
    return TableCopy(table.name, rows, digest.hexdigest())


def workspace_digests(workspace: Workspace) -> list[TableCopy]:
    with workspace.connect() as conn:
        return [table_digest(conn, t) for t in tables()]


def _has_data(conn: Connection) -> list[str]:
    found = []
    for table in tables():
        if table.name in CONFIG_TABLES:
            continue
        if conn.execute(select(table).limit(1)).first() is not None:
            found.append(table.name)
    return found


def _chunks(rows: Iterable, size: int | None = None) -> Iterable[list]:
    size = size or CHUNK
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write(conn: Connection, table: Table, rows: list) -> None:
    names = [c.name for c in table.columns]
    if table.name == "accounts":  # parents after every account exists
        at = names.index("parent_id")
        rows = [tuple(None if i == at else v for i, v in enumerate(r)) for r in rows]
    if conn.dialect.name == "postgresql":
        copy_rows(conn, table.name, names, rows)
    else:
        conn.execute(insert(table), [dict(zip(names, r, strict=True)) for r in rows])


def _link_parents(write: Connection, parents: list[tuple[int, int]]) -> None:
    accounts = Base.metadata.tables["accounts"]
    for account_id, parent_id in parents:
        write.execute(update(accounts).where(accounts.c.id == account_id)
                      .values(parent_id=parent_id))


def copy_workspace(source: Workspace, destination: Workspace,
                   progress: Callable[[str, int], None] | None = None) -> list[TableCopy]:
    """Copy ``source`` into the empty ``destination``; returns each table's count and hash
    (equal on both sides, or nothing was written and WorkspaceError says where)."""
    with destination.connect() as conn:
        found = _has_data(conn)
    if found:
        raise WorkspaceError(say("copy_destination_not_empty", where=destination.location,
                                 tables=", ".join(found)), kind="not-empty")
    copied: list[TableCopy] = []
    with source.connect() as read, destination.transaction() as write:
        if read.dialect.name == "postgresql":  # one snapshot for every table
            read.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        for table in reversed(tables()):
            if table.name in CONFIG_TABLES:
                write.execute(table.delete())
        parents: list[tuple[int, int]] = []
        # The counters last: writing the other tables fires the change triggers, which bump
        # them; the copy must end with the source's values.
        order = [t for t in tables() if t.name != "workspace_meta"]
        order.append(Base.metadata.tables["workspace_meta"])
        for table in order:
            if table.name == "workspace_meta":
                _link_parents(write, parents)
                resync_ids(write, [t.name for t in tables() if "id" in t.columns
                                   and t.columns["id"].primary_key])
                write.execute(table.delete())
            digest, count = hashlib.sha256(), 0
            result = read.execute(_ordered(table))
            for rows in _chunks(tuple(r) for r in result):
                for row in rows:
                    digest.update(("\x1f".join(_canonical(v) for v in row) + "\x1e")
                                  .encode("utf-8"))
                if table.name == "accounts":
                    at = list(table.columns.keys()).index("parent_id")
                    parents += [(r[0], r[at]) for r in rows if r[at] is not None]
                _write(write, table, rows)
                count += len(rows)
                if progress is not None:
                    progress(table.name, count)
            copied.append(TableCopy(table.name, count, digest.hexdigest()))
        for expected in copied:  # read back inside the transaction: all or nothing
            got = table_digest(write, Base.metadata.tables[expected.table])
            if got != expected:
                raise WorkspaceError(say("copy_differs", table=expected.table, got=got.rows,
                                         expected=expected.rows), kind="copy-mismatch")
    return copied
