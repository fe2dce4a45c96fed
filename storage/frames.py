"""Read the workspace into ``domain.frames.PortfolioFrames`` (the domain's only input).

Small tables are read through SQLAlchemy. The events table (a million rows on a big
workspace) is read through the DB-API cursor column by column, and kept in a columnar
cache next to the workspace file (``storage.event_cache``), so later loads skip SQLite.

The events frame has a fixed shape, whichever way it was read: rows in time order
(``occurred_at``, then ``id``) with a fresh RangeIndex; ``id`` and ``account_id`` int64;
``contact_id`` and ``campaign_id`` float64 (NaN when empty); ``kind`` and ``channel``
pandas Categoricals over the enums' values (closed vocabularies: comparisons, ``isin``,
``map`` and ``groupby`` on them are many times faster than on text); ``asset`` and
``session`` text (``str``, NaN when empty); ``occurred_at`` datetime64[ns];
``duration_s`` float64.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from domain.enums import EventChannel, EventKind
from domain.frames import COLUMNS, DATETIME_COLUMNS, PortfolioFrames, normalise_frame
from storage import event_cache, table_cache
from storage.event_columns import read_event_columns
from storage.table_names import TABLE_NAMES
from storage.workspace import Workspace

EVENT_CATEGORIES: dict[str, pd.CategoricalDtype] = {
    "kind": pd.CategoricalDtype([k.value for k in EventKind]),
    "channel": pd.CategoricalDtype([c.value for c in EventChannel]),
}
EVENT_COLUMNS = COLUMNS["events"]
# Below this many accounts a stale cache is not rebuilt: reading one account's events
# through the (account, time) index is quick, and the account page should not wait for a
# full rebuild after an import.
REBUILD_MIN_ACCOUNTS = 1_000


def _select(table: str) -> str:
    # Column and table names come from the schema, never from input; values are bound.
    return f"SELECT {', '.join(chr(34) + c + chr(34) for c in COLUMNS[table])} FROM {TABLE_NAMES[table]}"


def read_table(
    workspace: Workspace, table: str, account_ids: Iterable[int] | None = None
) -> pd.DataFrame:
    """One entity table as a frame with the domain's columns, optionally for some accounts."""
    if table == "events":
        return read_events(workspace, account_ids)
    sql = _select(table)
    # Rows in id order on every back-end: PostgreSQL returns rows in storage order, which
    # updates change, and ties (equal scores, equal dates) must come out the same everywhere.
    query = text(f"{sql} ORDER BY id")
    params: dict[str, object] = {}
    key = "id" if table == "accounts" else "account_id"
    if account_ids is not None and key in COLUMNS[table]:  # campaigns: no account, all rows
        query = text(f"{sql} WHERE {key} IN :ids ORDER BY id").bindparams(
            bindparam("ids", expanding=True))
        params = {"ids": list(account_ids)}
    with workspace.connect() as conn:
        if params:
            # Plain tuples: pandas probes SQLAlchemy Row objects attribute by attribute (slow).
            rows = [tuple(row) for row in conn.execute(query, params)]
        else:
            # A whole table through the DB-API cursor: fetchall builds the tuples in C,
            # without a SQLAlchemy Row per row (a third of a second per 100,000 rows).
            cursor = conn.connection.cursor()
            try:
                cursor.execute(f"{sql} ORDER BY id")
                rows = cursor.fetchall()
            finally:
                cursor.close()
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS[table]))
    for col in DATETIME_COLUMNS.get(table, ()):
        frame[col] = pd.to_datetime(frame[col], format="ISO8601", errors="coerce")
    return normalise_frame(table, frame)


# -- events --------------------------------------------------------------------------------
def events_from_rows(rows: list[tuple]) -> pd.DataFrame:
    """The events frame (shape above) from rows of ``EVENT_COLUMNS``."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in EVENT_COLUMNS]
    return events_from_columns(dict(zip(EVENT_COLUMNS, columns, strict=True)))


def events_from_columns(raw: dict[str, Sequence[Any]]) -> pd.DataFrame:
    """The events frame (shape above) from one sequence per column of ``EVENT_COLUMNS``.

    ``occurred_at`` is ISO text (or datetimes) to parse, or already ``datetime64``;
    ``kind`` and ``channel`` are texts, or already Categoricals over their vocabularies.
    """
    n = len(raw["id"])

    def floats(name: str) -> np.ndarray:
        return np.array(raw[name], dtype="float64") if n else np.empty(0, "float64")

    def texts(name: str) -> pd.api.extensions.ExtensionArray:
        return pd.array(np.array(raw[name], dtype=object), dtype="str")

    def category(name: str) -> pd.Categorical:
        values = raw[name]
        if isinstance(values, pd.Categorical):  # already coded (``_sqlite_columns``)
            return values
        return pd.Categorical(np.array(values, dtype=object), dtype=EVENT_CATEGORIES[name])

    times = raw["occurred_at"]
    if isinstance(times, np.ndarray) and times.dtype.kind == "M":
        occurred = times.astype("datetime64[ns]")
    else:
        occurred = pd.to_datetime(np.array(times, dtype=object), format="ISO8601",
                                  errors="coerce").astype("datetime64[ns]")
    frame = pd.DataFrame({
        "id": np.array(raw["id"], dtype="int64"),
        "account_id": np.array(raw["account_id"], dtype="int64"),
        "contact_id": floats("contact_id"),
        "campaign_id": floats("campaign_id"),
        "kind": category("kind"),
        "occurred_at": occurred,
        "asset": texts("asset"),
        "channel": category("channel"),
        "session": texts("session"),
        "duration_s": floats("duration_s"),
    })
    return in_time_order(frame)


def in_time_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by (occurred_at, id) with a fresh RangeIndex; NaT rows last."""
    stamps = frame["occurred_at"].to_numpy("datetime64[ns]").view("int64").copy()
    stamps[frame["occurred_at"].isna().to_numpy()] = np.iinfo("int64").max
    order = np.lexsort((frame["id"].to_numpy("int64"), stamps))
    if (order == np.arange(len(order))).all():
        return frame.reset_index(drop=True)
    return frame.take(order).reset_index(drop=True)


def read_events_sql(workspace: Workspace, account_ids: Iterable[int] | None = None,
                    after_id: int | None = None) -> tuple[pd.DataFrame, event_cache.Stamp]:
    """The events table read from the database, with the stamp it was read at.

    With ``after_id``, only the events whose id is above it (``storage.event_cache_append``).
    """
    sql = _select("events")
    if after_id is not None:
        sql = f"{sql} WHERE id > {int(after_id)}"
    with workspace.connect() as conn:
        stamp = event_cache.read_stamp(conn)  # opens the read transaction: one snapshot
        if account_ids is not None:
            query = text(f"{_select('events')} WHERE account_id IN :ids").bindparams(
                bindparam("ids", expanding=True))
            rows = [tuple(r) for r in conn.execute(query, {"ids": list(account_ids)})]
        elif (columns := _sqlite_columns(conn, workspace.path, after_id)) is not None:
            return events_from_columns(columns), stamp
        else:
            cursor = conn.connection.cursor()  # the DB-API cursor: no per-row objects
            try:
                cursor.execute(sql)
                rows = cursor.fetchall()
            finally:
                cursor.close()
    return events_from_rows(rows), stamp


def _sqlite_columns(conn: Connection, path: Path | None,
                    after_id: int | None = None) -> dict[str, np.ndarray] | None:
    """The whole table joined column by column inside SQLite (``storage.event_columns``)."""
    if conn.dialect.name != "sqlite":
        return None
    columns = read_event_columns(conn.connection.dbapi_connection,
                                 EVENT_CATEGORIES["kind"].categories.tolist(),
                                 EVENT_CATEGORIES["channel"].categories.tolist(), path,
                                 after_id)
    if columns is None:
        return None
    for name in ("kind", "channel"):
        columns[name] = pd.Categorical.from_codes(columns[name], dtype=EVENT_CATEGORIES[name])
    return columns


def read_events(workspace: Workspace, account_ids: Iterable[int] | None = None,
                columns: Iterable[str] | None = None) -> pd.DataFrame:
    """The events frame, from the cache when it is current, else from the table; with
    ``columns``, only those (in the frame's order): from the cache, only they are read.

    A full read refreshes a stale cache; so does a read for many accounts.
    """
    ids = None if account_ids is None else np.fromiter((int(i) for i in account_ids), "int64")
    names = None if columns is None else tuple(columns)
    path = event_cache.cache_path(workspace)
    if path is not None:
        with workspace.connect() as conn:
            stamp = event_cache.read_stamp(conn)
        read = names if names is None or ids is None else tuple({*names, "account_id"})
        arrays = event_cache.read_cache(path, stamp, EVENT_CATEGORIES, read)
        if arrays is not None:
            keep = None if ids is None else np.isin(arrays["account_id"], ids)
            return event_cache.decode(arrays, EVENT_CATEGORIES, keep, names)
        if ids is None or len(ids) >= REBUILD_MIN_ACCOUNTS:
            frame, stamp = read_events_sql(workspace)
            event_cache.write_cache(path, event_cache.encode(frame, stamp))
            if ids is not None:
                frame = frame[frame["account_id"].isin(ids)].reset_index(drop=True)
            return _narrowed(frame, names)
    frame, _ = read_events_sql(workspace, None if ids is None else ids.tolist())
    return _narrowed(frame, names)


def _narrowed(frame: pd.DataFrame, columns: tuple[str, ...] | None) -> pd.DataFrame:
    if columns is None:
        return frame
    return pd.DataFrame({name: frame[name] for name in frame.columns if name in columns},
                        copy=False)


def refresh_event_cache(workspace: Workspace) -> None:
    """Rebuild the events cache now (e.g. right after an import), if it is stale."""
    read_events(workspace)


def load_frames(
    workspace: Workspace,
    tables: Iterable[str] | None = None,
    account_ids: Iterable[int] | None = None,
    event_columns: Iterable[str] | None = None,
) -> PortfolioFrames:
    """The workspace as frames: all tables (or the named ones), all accounts (or some); the
    events with all their columns or only ``event_columns`` (of the whole workspace).

    The whole workspace comes from the caches when they are current: the events from
    ``storage.event_cache``, the other tables from ``storage.table_cache``.
    """
    names = list(tables) if tables is not None else list(COLUMNS)
    ids = list(account_ids) if account_ids is not None else None
    if ids is None and tables is None:
        return PortfolioFrames(events=read_events(workspace, columns=event_columns),
                               **_small_tables(workspace))
    if event_columns is not None:
        raise ValueError("event_columns is for the whole workspace")
    return PortfolioFrames(**{name: read_table(workspace, name, ids) for name in names})


SMALL_TABLES = tuple(name for name in COLUMNS if name != "events")


def _small_tables(workspace: Workspace) -> dict[str, pd.DataFrame]:
    """Every table but events, from ``storage.table_cache`` when it is current; otherwise
    read from the database and stored, if no write came in between (same stamp after)."""
    names = [TABLE_NAMES[name] for name in SMALL_TABLES]
    columns = {name: COLUMNS[name] for name in SMALL_TABLES}
    key = table_cache.read_stamp(workspace, names, columns)
    cached = table_cache.read(workspace, key, SMALL_TABLES)
    if cached is not None:
        return cached
    frames = {name: read_table(workspace, name) for name in SMALL_TABLES}
    if table_cache.read_stamp(workspace, names, columns) == key:
        table_cache.write(workspace, key, frames)
    return frames
