"""A columnar copy of the workspace's smaller tables (all but events), kept next to it.

Reading contacts, meetings, questions and the rest row by row through the database costs
more than half a second on the 10,000-account workspace, at every start of the window and
of every command; loading them from this file takes a tenth of that. The file
(``<workspace>.tables.npz``, mode 0600) holds each table's frame exactly as
``storage.frames.read_table`` builds it, column by column: numbers, flags and times as
arrays, texts as codes into the column's distinct values (one UTF-8 JSON list each: a
repeated value such as a status or a region is one string in memory, shared by its rows,
and is decoded once). A table is stored only when its frame comes
back from the file identical (values and dtypes); otherwise every table is read from the
database as before.

It is valid for one *stamp*: the ``data_version`` counter that triggers bump after any write
to these tables, whoever writes (``storage.change_triggers``), with each table's row count
and largest id. A stale file is ignored and written anew by the next full load; an
unreadable one is deleted with a one-line note (``storage.cache_notes``), never an error.
The events have their own cache (``storage.event_cache``). A change to how
``storage.frames`` builds these frames from the rows must raise ``FORMAT``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import text

from storage.cache_location import cache_file
from storage.cache_notes import discard_damaged
from storage.npz_write import write_arrays
from storage.workspace import Workspace

FORMAT = 2  # 2: texts as codes into their distinct values
SUFFIX = ".tables.npz"


def stamp_sql(tables: Iterable[str]) -> str:
    """The counter, then each table's row count and largest id; names come from the schema."""
    parts = ["(SELECT value FROM workspace_meta WHERE key = 'data_version')"]
    for table in tables:
        parts += [f"(SELECT COUNT(*) FROM {table})", f"(SELECT MAX(id) FROM {table})"]
    return "SELECT " + ", ".join(parts)


def read_stamp(workspace: Workspace, tables: Iterable[str], columns: object = None) -> str:
    """The stamp of the tables as they are now. ``columns`` (the frames' column names) and
    the pandas version go into it too: a file written by other code or another pandas,
    which may build other frames from the same rows, is never read."""
    with workspace.connect() as conn:
        row = conn.execute(text(stamp_sql(tables))).one()
    facts = ["" if v is None else str(v) for v in row]
    return ",".join([*facts, pd.__version__, repr(columns)])


def cache_path(workspace: Workspace) -> Path | None:
    """Next to an SQLite file; in the user cache folder for a PostgreSQL workspace."""
    return cache_file(workspace, SUFFIX)


# -- encoding ------------------------------------------------------------------------------
def _encode_column(values: pd.Series) -> dict[str, np.ndarray] | None:
    """The arrays for one column, or None for a column this file cannot carry exactly."""
    dtype = values.dtype
    if dtype == "datetime64[ns]":
        return {"dt": values.to_numpy().view("int64")}
    if dtype.kind in "bifu" and not isinstance(dtype, pd.api.extensions.ExtensionDtype):
        return {"num": values.to_numpy()}
    if isinstance(dtype, pd.StringDtype):
        codes, distinct = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
        blob = json.dumps(distinct.tolist(), ensure_ascii=False).encode("utf-8")
        return {"codes": codes.astype("int32"), "distinct": np.frombuffer(blob, dtype="uint8"),
                "na": np.array([str(dtype.storage), repr(dtype.na_value)])}
    if isinstance(dtype, np.dtype) and dtype.kind == "O" and all(v is None for v in values):
        return {"none": np.array([len(values)], dtype="int64")}  # e.g. a column never filled
    return None  # object columns of mixed values, categoricals...: read from the database


def _decode_column(parts: dict[str, np.ndarray]) -> Any:
    if "dt" in parts:
        return parts["dt"].view("datetime64[ns]")
    if "num" in parts:
        return parts["num"]
    if "none" in parts:
        return np.full(int(parts["none"][0]), None, dtype=object)
    storage, na_value = (str(v) for v in parts["na"])
    dtype = pd.StringDtype(storage=storage, na_value=np.nan if na_value == "nan" else pd.NA)
    distinct = json.loads(bytes(parts["distinct"]).decode("utf-8"))
    # The distinct values, then None for the missing ones: code -1 takes the last.
    values = np.empty(len(distinct) + 1, dtype=object)
    values[:-1] = distinct
    values[-1] = None
    return pd.array(values.take(parts["codes"]), dtype=dtype)


def _encode_table(frame: pd.DataFrame) -> dict[str, np.ndarray] | None:
    stored: dict[str, np.ndarray] = {"columns": np.array(json.dumps(list(frame.columns)))}
    for i, column in enumerate(frame.columns):
        parts = _encode_column(frame[column])
        if parts is None:
            return None
        stored.update({f"c{i}.{part}": values for part, values in parts.items()})
    return stored


def _decode_table(stored: dict[str, np.ndarray]) -> pd.DataFrame:
    columns = json.loads(str(stored["columns"]))
    by_column: dict[int, dict[str, np.ndarray]] = {}
    for name, values in stored.items():
        if name.startswith("c") and "." in name:
            index, part = name[1:].split(".", 1)
            by_column.setdefault(int(index), {})[part] = values
    # Arrays just read for this frame: taken as they are, not copied.
    frame = pd.DataFrame({c: _decode_column(by_column[i]) for i, c in enumerate(columns)},
                         copy=False)
    if len({len(frame[c]) for c in frame.columns}) > 1:
        raise ValueError("its columns have different lengths")
    return frame


def encode(frames: dict[str, pd.DataFrame], key: str) -> dict[str, np.ndarray] | None:
    """The arrays stored for ``frames``; None when one of them would not come back the same."""
    stored = {"format": np.array([FORMAT], dtype="int64"), "stamp": np.array([key]),
              "tables": np.array(json.dumps(list(frames)))}
    for name, frame in frames.items():
        arrays = _encode_table(frame)
        if arrays is None or not _same(_decode_table(arrays), frame):
            return None
        stored.update({f"{name}/{part}": values for part, values in arrays.items()})
    return stored


def _same(decoded: pd.DataFrame, frame: pd.DataFrame) -> bool:
    return (list(decoded.columns) == list(frame.columns)
            and list(decoded.dtypes) == list(frame.dtypes)
            and decoded.index.equals(frame.index) and decoded.equals(frame))


# -- files ---------------------------------------------------------------------------------
def read(workspace: Workspace, key: str, tables: Iterable[str]) -> dict[str, pd.DataFrame] | None:
    """The stored frames of ``tables`` if the file exists and matches ``key``; else None."""
    path = cache_path(workspace)
    if path is None or not path.exists():
        return None
    wanted = list(tables)
    try:
        with np.load(path, allow_pickle=False) as stored:
            if int(stored["format"][0]) != FORMAT or str(stored["stamp"][0]) != key:
                return None
            if set(json.loads(str(stored["tables"]))) != set(wanted):
                return None
            arrays = {name: stored[name] for name in stored.files}
        out = {}
        for table in wanted:
            prefix = table + "/"
            out[table] = _decode_table({name[len(prefix):]: values for name, values
                                        in arrays.items() if name.startswith(prefix)})
        return out
    except Exception as exc:  # noqa: BLE001  any damage: zip, zlib, EOF, dtype, JSON...
        discard_damaged(path, "tables cache", f"{type(exc).__name__}: {exc}"[:160])
        return None


def write(workspace: Workspace, key: str, frames: dict[str, pd.DataFrame]) -> bool:
    """Store atomically (temporary file, then rename); False when it cannot or may not be."""
    path = cache_path(workspace)
    if path is None:
        return False
    stored = encode(frames, key)
    if stored is None:
        path.unlink(missing_ok=True)  # an older file must not outlive the tables it copied
        return False
    return write_arrays(path, stored)


def drop_cache(workspace: Workspace) -> None:
    path = cache_path(workspace)
    if path is not None:
        path.unlink(missing_ok=True)
