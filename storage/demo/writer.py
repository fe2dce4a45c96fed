"""Writing the generated portfolio: columns to rows, rows to the workspace, fast.

Each column is converted by the type the schema gives it (DateTime and Date columns from
days to SQLAlchemy's text forms, NaN to NULL, numpy scalars to Python values) one chunk
at a time, and the chunk goes to the DB-API ``executemany`` in one statement through
``Connection.exec_driver_sql``. That is about twice as fast as SQLAlchemy Core's
``insert(table)`` with a list of dicts, which has to build a dict per row and run the
DateTime bind processor per value (see the README's figures). On PostgreSQL the same rows
go through COPY (``storage.bulk_write.copy_rows``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Table, text
from sqlalchemy.engine import Connection

from storage.bulk_write import copy_rows
from storage.demo.timeline import Timeline, date_texts, datetime_texts
from storage.index_rebuild import indexes_built_after
from storage.schema import Base

CHUNK_ROWS = 100_000
# Rows go in multi-row INSERTs of up to this many parameters (SQLite's historical limit):
# SQLite then builds each CHECK's IN-list once per statement rather than once per row,
# which makes the events table about twice as fast to write as one-row executemany.
MAX_PARAMETERS = 999
# Children before parents, so deleting never trips a foreign key.
CLEAR_ORDER = (
    "events", "meetings", "opportunities", "subscriptions", "nps_responses", "questions",
    "notes", "health_snapshots", "contacts", "campaigns", "accounts", "import_changes",
    "import_batches",
)
WRITE_ORDER = (
    "accounts", "contacts", "campaigns", "events", "meetings", "opportunities",
    "subscriptions", "nps_responses", "questions", "notes",
)


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def tables_with_rows(conn: Connection) -> list[str]:
    """The data tables that hold at least one row (settings and health models don't count:
    they are configuration, not data)."""
    found = []
    for name in CLEAR_ORDER:
        # Table names come from the schema, never from input.
        if conn.execute(text(f"SELECT EXISTS (SELECT 1 FROM {name})")).scalar():
            found.append(name)
    return found


def clear(conn: Connection) -> None:
    for name in CLEAR_ORDER:
        conn.execute(table(name).delete())


def convert(
    timeline: Timeline, mapped: Table, columns: dict[str, np.ndarray], start: int, stop: int
) -> list[list]:
    """Rows ``start:stop`` of every column as lists of plain Python values."""
    out = []
    for name, values in columns.items():
        kind = mapped.c[name].type
        chunk = values[start:stop]
        if isinstance(kind, DateTime):
            out.append(datetime_texts(timeline, chunk).tolist())
        elif isinstance(kind, Date):
            out.append(date_texts(timeline, chunk).tolist())
        elif isinstance(kind, Boolean):
            out.append(np.asarray(chunk, dtype=bool).tolist())
        elif isinstance(kind, Integer | Float):
            numbers = np.asarray(chunk, dtype="float64")
            missing = np.isnan(numbers)
            typed = np.where(missing, 0, numbers).astype(np.int64) if isinstance(kind, Integer) else numbers
            cells = typed.astype(object)
            cells[missing] = None
            out.append(cells.tolist())
        else:
            cells = np.asarray(chunk, dtype=object).copy()
            cells[pd.isna(cells)] = None
            out.append(cells.tolist())
    return out


def insert_sql(conn: Connection, mapped: Table, names: list[str], rows: int = 1) -> str:
    """A parameterised INSERT of ``rows`` rows (values are always bound, never formatted)."""
    style = conn.dialect.paramstyle
    marker = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(style)
    if marker is None:
        raise NotImplementedError(f"the demo writer does not handle the {style!r} paramstyle")
    quoted = ", ".join(conn.dialect.identifier_preparer.quote(n) for n in names)
    one = "(" + ", ".join([marker] * len(names)) + ")"
    return f"INSERT INTO {mapped.name} ({quoted}) VALUES {', '.join([one] * rows)}"


def write_table(
    conn: Connection,
    timeline: Timeline,
    name: str,
    columns: dict[str, np.ndarray],
    on_chunk: Callable[[int], None] | None = None,
) -> int:
    """Insert every row of one table; returns the row count."""
    mapped = table(name)
    names = list(columns)
    width = len(names)
    rows = len(columns[names[0]]) if names else 0
    if conn.dialect.name == "postgresql":  # COPY: PostgreSQL's bulk path
        for start in range(0, rows, CHUNK_ROWS):
            stop = min(start + CHUNK_ROWS, rows)
            values = convert(timeline, mapped, columns, start, stop)
            copy_rows(conn, mapped.name, names, zip(*values, strict=True))
            if on_chunk is not None:
                on_chunk(stop - start)
        return rows
    per = max(1, MAX_PARAMETERS // max(width, 1))
    many, single = insert_sql(conn, mapped, names, per), insert_sql(conn, mapped, names)
    with indexes_built_after(conn, mapped.name, rows):  # one sort per index, not a row at a time
        for start in range(0, rows, CHUNK_ROWS):
            stop = min(start + CHUNK_ROWS, rows)
            values = convert(timeline, mapped, columns, start, stop)
            count = stop - start
            # Row-major flat list of parameters, built by slice assignment per column.
            flat: list = [None] * (count * width)
            for j, column in enumerate(values):
                flat[j::width] = column
            whole = count // per * per
            step = per * width
            if whole:
                conn.exec_driver_sql(many, [tuple(flat[i : i + step]) for i in range(0, whole * width, step)])
            if whole < count:
                conn.exec_driver_sql(single, list(zip(*(column[whole:] for column in values), strict=True)))
            if on_chunk is not None:
                on_chunk(count)
    return rows
