"""A compact columnar copy of the events table, kept next to the workspace file.

Reading a million events row by row through SQLite costs seconds; loading them from this
cache costs a few hundred milliseconds. The cache (``<workspace>.events.npz``, mode 0600)
holds the frame ``storage.frames`` builds from the table, column by column: integers and
times as int64, ``kind`` and ``channel`` as small-integer codes, the ``asset`` and
``session`` texts as codes into their distinct values. Decoding it gives exactly the frame
that reading the table gives (a test compares them).

It is valid for one *stamp* of the events table: the ``events_version`` counter in
``workspace_meta``, which every write to events bumps through ``mark_events_changed`` in
the same transaction, together with the row count and the largest id (so a writer that
forgot to bump still invalidates the cache when it inserts or deletes). A stale or
unreadable or inconsistent cache is deleted (with a one-line note) and rebuilt on the next
full load, never an error. An import that only adds events, and the demo, write the file
for their new stamp themselves (``storage.event_cache_append``,
``storage.demo.events_cache``), so no load after them pays the rebuild. A PostgreSQL workspace keeps its cache in the user cache folder,
keyed by server and database (``storage.cache_location``); other databases are always read
from the table.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Connection

from domain.distinct import all_distinct
from storage.cache_location import cache_file
from storage.cache_notes import discard_damaged
from storage.npz_write import write_arrays
from storage.workspace import Workspace

FORMAT = 1
SUFFIX = ".events.npz"
VERSION_KEY = "events_version"
STRING_COLUMNS = ("asset", "session")
CATEGORY_COLUMNS = ("kind", "channel")
STAMP_SQL = (
    "SELECT (SELECT value FROM workspace_meta WHERE key = 'events_version'), "
    "(SELECT COUNT(*) FROM events), (SELECT MAX(id) FROM events)"
)

Stamp = tuple[int, int, int]


def mark_events_changed(conn: Connection | sqlite3.Connection) -> None:
    """Record that the events table changed; call it inside the transaction that wrote.

    Accepts a SQLAlchemy connection (``with workspace.transaction() as conn``) or a plain
    ``sqlite3`` connection.
    """
    update = "UPDATE workspace_meta SET value = value + 1 WHERE key = 'events_version'"
    insert = "INSERT INTO workspace_meta (key, value) VALUES ('events_version', 1)"
    if isinstance(conn, sqlite3.Connection):
        if conn.execute(update).rowcount == 0:
            conn.execute(insert)
        return
    if conn.execute(text(update)).rowcount == 0:
        conn.execute(text(insert))


def read_stamp(conn: Connection) -> Stamp:
    version, count, max_id = conn.execute(text(STAMP_SQL)).one()
    return int(version or 0), int(count or 0), int(max_id or 0)


def cache_path(workspace: Workspace) -> Path | None:
    """Next to an SQLite file; in the user cache folder for a PostgreSQL workspace."""
    return cache_file(workspace, SUFFIX)


# -- encoding ----------------------------------------------------------------------------
def encode(frame: pd.DataFrame, stamp: Stamp) -> dict[str, np.ndarray]:
    """The arrays stored for an events frame as ``storage.frames`` builds it."""
    arrays: dict[str, np.ndarray] = {
        "format": np.array([FORMAT], dtype="int64"),
        "stamp": np.array(stamp, dtype="int64"),
        "id": frame["id"].to_numpy("int64"),
        "account_id": frame["account_id"].to_numpy("int64"),
        "contact_id": frame["contact_id"].to_numpy("float64"),
        "campaign_id": frame["campaign_id"].to_numpy("float64"),
        "occurred_at": frame["occurred_at"].to_numpy("datetime64[ns]").view("int64"),
        "duration_s": frame["duration_s"].to_numpy("float64"),
    }
    for col in CATEGORY_COLUMNS:
        arrays[col] = frame[col].cat.codes.to_numpy().astype("int8")
    for col in STRING_COLUMNS:
        codes, uniques = pd.factorize(frame[col], use_na_sentinel=True)
        arrays[col] = codes.astype("int32")
        # One list of the texts, not an iteration of the pandas array (a second per
        # hundred thousand distinct values, element by element).
        texts = list(map(str, np.asarray(uniques, dtype=object)))
        blob = json.dumps(texts, ensure_ascii=False).encode("utf-8")
        arrays[col + "_values"] = np.frombuffer(blob, dtype="uint8")
    return arrays


ORDER = ("id", "account_id", "contact_id", "campaign_id", "kind", "occurred_at", "asset",
         "channel", "session", "duration_s")


def decode(arrays: Any, categories: dict[str, pd.CategoricalDtype],
           keep: np.ndarray | None = None,
           columns: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The events frame back from stored arrays (optionally only the rows in ``keep``, and
    only the named ``columns``, in the frame's order)."""
    def col(name: str) -> np.ndarray:
        values = arrays[name]
        return values if keep is None else values[keep]

    def column(name: str) -> Any:
        if name in CATEGORY_COLUMNS:
            return pd.Categorical.from_codes(col(name), dtype=categories[name])
        if name == "occurred_at":
            return col(name).view("datetime64[ns]")
        if name in STRING_COLUMNS:
            uniques = json.loads(bytes(arrays[name + "_values"]).decode("utf-8"))
            values = pd.array(uniques, dtype="str") if uniques else pd.array([], dtype="str")
            return values.take(col(name), allow_fill=True)
        return col(name)

    wanted = ORDER if columns is None else tuple(n for n in ORDER if n in columns)
    # The arrays were just read for this frame and nothing else holds them: the frame takes
    # them as they are, instead of a copy (a million events: some 70 MB less at the peak).
    return pd.DataFrame({name: column(name) for name in wanted}, copy=False)


# -- files -------------------------------------------------------------------------------
def read_cache(path: Path, stamp: Stamp,
               categories: dict[str, pd.CategoricalDtype] | None = None,
               columns: tuple[str, ...] | None = None) -> Any | None:
    """The stored arrays if the file exists, matches ``stamp`` and is whole; else None.

    With ``columns``, only those columns' arrays are read and checked (with the ids, which
    the stamp names): a process that needs four of the ten columns reads four.
    A file that cannot be read, or whose arrays disagree with the stamp or with each other,
    is deleted with a one-line note (``storage.cache_notes``); a stale one is just ignored.
    Never raises: the events table is always there to read instead.
    """
    if columns is not None and not set(columns) <= set(ROW_ARRAYS):
        raise ValueError(f"not columns of the events: {sorted(set(columns) - set(ROW_ARRAYS))}")
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as stored:
            if int(stored["format"][0]) != FORMAT or tuple(stored["stamp"].tolist()) != stamp:
                return None
            if columns is None:
                arrays = {name: stored[name] for name in stored.files}
                problem = inconsistency(arrays, stamp, categories)
            else:
                # The ids first, checked and let go before the columns come in: the check's
                # sorted copy then leaves no hole between them.
                problem = id_problem(stored["id"], stamp)
                if problem is None:
                    arrays = {name: stored[name] for name in _members(columns)}
                    problem = inconsistency(arrays, stamp, categories)
    except Exception as exc:  # noqa: BLE001  any damage: zip, zlib, EOF, dtype, JSON...
        problem = f"{type(exc).__name__}: {exc}"[:160]
    if problem is not None:
        discard_damaged(path, "events cache", problem)
        return None
    return arrays


def _members(columns: tuple[str, ...]) -> list[str]:
    """The stored arrays that hold ``columns``."""
    return [*columns, *(name + "_values" for name in columns if name in STRING_COLUMNS)]


ROW_ARRAYS = ("id", "account_id", "contact_id", "campaign_id", "occurred_at", "duration_s",
              *CATEGORY_COLUMNS, *STRING_COLUMNS)


def inconsistency(arrays: dict[str, np.ndarray], stamp: Stamp,
                  categories: dict[str, pd.CategoricalDtype] | None = None) -> str | None:
    """Why the arrays cannot be the events table of ``stamp``, or None when they can."""
    count = stamp[1]
    for name in ROW_ARRAYS:
        if name not in arrays:
            continue  # a column not read (``read_cache(columns=...)``)
        values = arrays[name]
        if values.ndim != 1 or len(values) != count:
            return f"{name} has {values.size} values for {count} events"
        if values.dtype.kind not in "iuf":
            return f"{name} is not numeric"
    if "id" in arrays and (problem := id_problem(arrays["id"], stamp)):
        return problem
    for name in (n for n in CATEGORY_COLUMNS if n in arrays):
        limit = len(categories[name].categories) if categories else 127
        codes = arrays[name]
        if count and (codes.min() < -1 or codes.max() >= limit):
            return f"{name} has codes outside its vocabulary"
    for name in (n for n in STRING_COLUMNS if n in arrays):
        uniques = json.loads(bytes(arrays[name + "_values"]).decode("utf-8"))
        # ``map(type, ...)`` runs in C: a tenth of a generator of isinstance calls.
        if not isinstance(uniques, list) or not set(map(type, uniques)) <= {str}:
            return f"{name} values are not a list of texts"
        codes = arrays[name]
        if count and (codes.min() < -1 or codes.max() >= len(uniques)):
            return f"{name} has codes outside its values"
    return None


def id_problem(ids: np.ndarray, stamp: Stamp) -> str | None:
    """Why ``ids`` cannot be the event ids of ``stamp`` (count, largest, each once), or None."""
    _version, count, max_id = stamp
    if ids.ndim != 1 or len(ids) != count or ids.dtype.kind not in "iu":
        return f"id has {ids.size} values for {count} events"
    if count and (int(ids.max()) != max_id or not all_distinct(ids)):
        return "the event ids disagree with the stamp"
    return None


def write_cache(path: Path, arrays: dict[str, np.ndarray]) -> bool:
    """Write atomically (temporary file, then rename); False if the folder is read-only."""
    return write_arrays(path, arrays)


def drop_cache(workspace: Workspace) -> None:
    path = cache_path(workspace)
    if path is not None:
        path.unlink(missing_ok=True)
