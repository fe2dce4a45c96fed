"""Writing a plan inside the import's one transaction, and recording the batch for undo.

What a batch changed goes to ``import_changes``: for inserts one row per contiguous run of
new ids (``action = "insert"``, ``row_id`` = the first id, ``before`` = ``{"through": last
id}``), which keeps a million inserted events to one record; for updates one row per
updated row (``action = "update"``, ``before`` = the JSON of the old values of the columns
it changed, ``import_batch_id`` included). ``storage.importing.history.undo_batch`` reads
them back.

Speed: on SQLite the rows go through the DB-API ``executemany`` in chunks (progress and
cancellation between chunks), with a larger page cache for the duration; every constraint
(CHECK, foreign keys, NOT NULL, UNIQUE) stays enforced by SQLite on every row. An insert
that at least doubles its table builds the table's plain secondary indexes once at the
end, in the same transaction (``storage.index_rebuild``).

The events cache follows an import that only added events (or wrote no events): the
importer reads the events' stamp before ``apply_plan`` (``events_before``) and after its
last write (``events_after``), and once committed appends the new rows to the cache
(``follow_events``, ``storage.event_cache_append``) instead of leaving it for a rebuild.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime

import numpy as np
import pandas as pd
from sqlalchemy import insert, text, update
from sqlalchemy.engine import Connection

from storage.bulk_write import bulk_mode, copy_rows, resync_ids
from storage.cache_notes import note
from storage.event_cache import Stamp, mark_events_changed
from storage.event_cache_append import Appended, appended, follow, stamp_inside
from storage.identity import current_user
from storage.importing import fields as k
from storage.importing.fields import EntitySpec
from storage.importing.plan import Plan
from storage.index_rebuild import indexes_built_after
from storage.schema import ImportBatch
from storage.workspace import Workspace

BATCHES = ImportBatch.__table__

CHUNK = 25_000
Tick = Callable[[str, int, int], None]


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def mark_changed(conn: Connection) -> None:
    """Tell the events cache next to the workspace that events changed, inside the same
    transaction, so no reader ever pairs new rows with an old cache."""
    mark_events_changed(conn)


def events_before(conn: Connection) -> Stamp | None:
    """Before ``apply_plan``, inside the import's transaction: the events' stamp, for
    ``events_after`` (``storage.event_cache_append``)."""
    return stamp_inside(conn)


def events_after(conn: Connection, plan: Plan, before: Stamp | None) -> Appended | None:
    """The import's last step inside its transaction: what it did to the events, if the
    events cache can follow it (only new events, or none), for ``follow_events``."""
    events = plan.spec.table == "events"
    return appended(conn, before, len(plan.inserts) if events else 0,
                    len(plan.updates) if events else 0)


def follow_events(workspace: Workspace, change: Appended | None) -> None:
    """After the commit: append the new events to the events cache instead of leaving it
    stale for a full rebuild. The import is committed whatever happens here."""
    try:
        follow(workspace, change)
    except Exception as exc:  # noqa: BLE001  the stale cache is rebuilt at the next load
        note(f"the events cache was not brought up to date ({type(exc).__name__}); "
             "it is rebuilt at the next load.")


def start_batch(conn: Connection, file_name: str, entity: str, preset: str | None,
                rows_read: int) -> int:
    """Insert the batch row first: on SQLite this takes the write lock, so everything the
    plan reads afterwards stays true until the commit."""
    result = conn.execute(insert(BATCHES).values(
        file_name=file_name, entity=entity, preset=preset, started_at=now(), rows_read=rows_read,
        rows_inserted=0, rows_updated=0, rows_rejected=0, status="running",
        author=current_user(conn) or None))
    return int(result.inserted_primary_key[0])


def finish_batch(conn: Connection, batch_id: int, inserted: int, updated: int,
                 rejected: int) -> None:
    conn.execute(update(BATCHES).where(BATCHES.c.id == batch_id).values(
        rows_inserted=inserted, rows_updated=updated, rows_rejected=rejected,
        finished_at=now(), status="done"))


def apply_plan(conn: Connection, plan: Plan, batch_id: int, tick: Tick) -> None:
    spec = plan.spec
    sqlite = conn.dialect.name == "sqlite"
    with bulk_mode(conn):
        _write_updates(conn, plan, batch_id, sqlite)
        _write_inserts(conn, plan, batch_id, sqlite, tick)
        if plan.parents is not None and len(plan.parents):
            rows = [(int(p), int(i)) for i, p in zip(plan.parents["id"], plan.parents["parent_id"],
                                                     strict=True)]
            _executemany(conn, sqlite, f"UPDATE {spec.table} SET parent_id = ? WHERE id = ?", rows)


def _executemany(conn: Connection, sqlite: bool, sql: str, rows: list[tuple]) -> None:
    if not rows:
        return
    if sqlite:
        # The DB-API cursor of the connection SQLAlchemy holds, inside the same transaction.
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.executemany(sql, rows)
        finally:
            cursor.close()
    else:
        named = sql
        for n in range(sql.count("?")):
            named = named.replace("?", f":p{n}", 1)
        conn.execute(text(named), [{f"p{n}": v for n, v in enumerate(r)} for r in rows])


def _write_inserts(conn: Connection, plan: Plan, batch_id: int, sqlite: bool, tick: Tick) -> None:
    inserts = plan.inserts
    total = len(inserts)
    if not total:
        return
    spec = plan.spec
    columns = list(inserts.columns) + ["import_batch_id"]
    data = [db_values(spec, c, inserts[c], sqlite) for c in inserts.columns]
    data.append([batch_id] * total)
    quoted = ", ".join(f'"{c}"' for c in columns)
    sql = f"INSERT INTO {spec.table} ({quoted}) VALUES ({', '.join('?' * len(columns))})"
    rows = list(zip(*data, strict=True))
    del data
    with indexes_built_after(conn, spec.table, total):
        for start in range(0, total, CHUNK):
            tick("writing", start, total)
            if sqlite:
                _executemany(conn, sqlite, sql, rows[start:start + CHUNK])
            else:
                copy_rows(conn, spec.table, columns, rows[start:start + CHUNK])
    tick("writing", total, total)
    resync_ids(conn, [spec.table])
    ids = inserts["id"].to_numpy()
    breaks = np.flatnonzero(np.diff(ids) != 1)
    starts = np.concatenate([[0], breaks + 1])
    ends = np.concatenate([breaks, [len(ids) - 1]])
    _executemany(conn, sqlite,
                 "INSERT INTO import_changes (batch_id, table_name, row_id, action, before) "
                 "VALUES (?, ?, ?, 'insert', ?)",
                 [(batch_id, spec.table, int(ids[s]), json.dumps({"through": int(ids[e])}))
                  for s, e in zip(starts, ends, strict=True)])


def _write_updates(conn: Connection, plan: Plan, batch_id: int, sqlite: bool) -> None:
    if not len(plan.updates):
        return
    spec = plan.spec
    updates, changed, before = plan.updates, plan.changed, plan.before
    new_values = {c: db_values(spec, c, updates[c], sqlite) for c in changed.columns}
    pattern = changed.apply(lambda r: tuple(changed.columns[r.to_numpy()]), axis=1)
    records = []
    for columns, group in updates.groupby(pattern, sort=False):
        positions = [updates.index.get_loc(i) for i in group.index]
        sets = ", ".join(f'"{c}" = ?' for c in columns)
        sql = f"UPDATE {spec.table} SET {sets}, import_batch_id = ? WHERE id = ?"
        rows = [tuple(new_values[c][p] for c in columns) + (batch_id, int(updates["id"].iloc[p]))
                for p in positions]
        _executemany(conn, sqlite, sql, rows)
        for p in positions:
            old = {c: _jsonable(before[c].iloc[p]) for c in (*columns, "import_batch_id")}
            records.append((batch_id, spec.table, int(updates["id"].iloc[p]),
                            json.dumps(old, ensure_ascii=False)))
    _executemany(conn, sqlite,
                 "INSERT INTO import_changes (batch_id, table_name, row_id, action, before) "
                 "VALUES (?, ?, ?, 'update', ?)", records)


def _jsonable(value: object) -> object:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    # PostgreSQL hands back datetimes and dates (SQLite: their text), and takes the ISO text.
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def db_values(spec: EntitySpec, column: str, values: pd.Series, sqlite: bool) -> list:
    """A column as the Python values the database stores (None for missing).

    On SQLite timestamps are written the way SQLAlchemy's DateTime writes them
    ("2024-10-27 14:30:00.000000"), dates as "2024-10-27", booleans as 1/0.
    """
    if column == "id":
        return values.astype(np.int64).tolist()
    field = next(f for f in spec.fields if f.column == column)
    missing = values.isna().to_numpy()
    if field.kind == k.DATETIME:
        out = _stamps(values, sqlite, date_only=False)
    elif field.kind == k.DATE:
        out = _stamps(values, sqlite, date_only=True)
    elif field.kind == k.BOOL:
        out = np.array([None if m else (int(bool(v)) if sqlite else bool(v))
                        for v, m in zip(values.to_numpy(), missing, strict=True)], dtype=object)
    elif field.kind in (k.INT, k.TIER, k.SCORE, k.REF):
        out = values.fillna(0).astype(np.int64).to_numpy().astype(object)
    elif field.kind in (k.FLOAT, k.MONEY):
        out = values.astype(float).to_numpy().astype(object)
    else:
        out = values.to_numpy(dtype=object).copy()
    out[missing] = None
    return out.tolist()


def _stamps(values: pd.Series, sqlite: bool, *, date_only: bool) -> np.ndarray:
    stamps = pd.to_datetime(values).to_numpy(dtype="datetime64[us]")
    if not sqlite:
        python = pd.Series(stamps).dt.to_pydatetime()
        return np.array([v.date() if date_only and v is not None else v for v in python],
                        dtype=object)
    if date_only:
        return np.datetime_as_string(stamps, unit="D").astype(object)
    # "2024-10-27T14:30:00.000000" -> "...27 14:30...": patch the 'T' in the UCS-4 buffer
    # instead of a per-value string operation (a million values in a few milliseconds).
    text_values = np.datetime_as_string(stamps, unit="us")
    codes = text_values.view(np.uint32).reshape(len(text_values), -1)
    codes[:, 10] = ord(" ")
    return text_values.astype(object)
