"""The last computed portfolio table, kept next to the workspace for an instant start.

Scoring 10,000 accounts over a million events takes seconds; the window should show the
portfolio in about the time it takes to import its libraries. So after each full load the
desktop stores the portfolio table it built (one row per account: text, numbers, dates and
a short list of weekly scores) in ``<workspace>.portfolio.npz`` (mode 0600), tagged with a
*stamp*: a digest of cheap facts that change whenever anything the table depends on does
(row counts and largest ids of every entity table, the events version, import batches and
their status, settings, health model versions, stored snapshots) and of the as-of day. A
start whose stamp matches shows the stored table at once while the full load runs behind
it; any mismatch, a missing or unreadable file, or a database that gets no cache, and the
window waits for the full load instead; a damaged file is deleted with a one-line note
(never an error) and written anew by that load. A PostgreSQL workspace keeps the file in
the user cache folder (``storage.cache_location``). Stored with ``allow_pickle=False``: nothing in the
file is ever executed.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import text

from storage.cache_location import cache_file
from storage.cache_notes import discard_damaged
from storage.npz_write import write_arrays
from storage.workspace import Workspace

FORMAT = 2  # 2: the portfolio table has a likelihood column
SUFFIX = ".portfolio.npz"
# Table names as constants, not from ``storage.schema``: importing the ORM classes costs more
# than the whole quick start. A test checks these against the schema.
COUNTED_TABLES = ("accounts", "contacts", "campaigns", "events", "meetings", "opportunities",
                  "subscriptions", "nps_responses", "questions")
BATCHES, SETTINGS, MODELS, SNAPSHOTS = "import_batches", "settings", "health_models", "health_snapshots"


def _stamp_sql(dialect: str = "sqlite") -> str:
    # Table names are the constants above, never input. PostgreSQL has string_agg where
    # SQLite has group_concat, and its rows come in no fixed order: order them by key.
    # Both counters are bumped by triggers on every write (migration 0003), whoever writes.
    def joined(expr: str, sep: str, table: str, key: str) -> str:
        if dialect == "postgresql":
            return f"(SELECT string_agg({expr}, '{sep}' ORDER BY {key}) FROM {table})"
        return f"(SELECT group_concat({expr}, '{sep}') FROM {table})"

    parts = ["(SELECT value FROM workspace_meta WHERE key = 'events_version')",
             "(SELECT value FROM workspace_meta WHERE key = 'data_version')"]
    for table in COUNTED_TABLES:
        parts += [f"(SELECT COUNT(*) FROM {table})", f"(SELECT MAX(id) FROM {table})"]
    batches, settings, models, snapshots = BATCHES, SETTINGS, MODELS, SNAPSHOTS
    parts += [
        joined("id || ':' || status", ",", batches, "id"),
        joined("key || '=' || value", ";", settings, "key"),
        joined("version || ':' || is_active", ",", models, "version"),
        f"(SELECT COUNT(*) FROM {snapshots})",
        f"(SELECT MAX(as_of) FROM {snapshots})",
    ]
    return "SELECT " + ", ".join(parts)


def stamp(workspace: Workspace, as_of: date, extra: str = "") -> str:
    """The digest a stored table must match; ``extra`` lets the caller add its own version."""
    with workspace.connect() as conn:
        row = conn.execute(text(_stamp_sql(conn.dialect.name))).one()
    facts = [str(v) for v in row] + [as_of.isoformat(), extra, str(FORMAT)]
    return hashlib.sha256("\x1f".join(facts).encode("utf-8")).hexdigest()


def stored_settings(workspace: Workspace) -> dict[str, Any]:
    """The settings table as a mapping (what ``storage.settings_repo.load_settings`` reads),
    without the ORM: the quick start must not wait for it."""
    with workspace.connect() as conn:
        rows = conn.execute(text(f"SELECT key, value FROM {SETTINGS}")).all()
    return {key: json.loads(value) for key, value in rows}


def cache_path(workspace: Workspace) -> Path | None:
    """Next to an SQLite file; in the user cache folder for a PostgreSQL workspace."""
    return cache_file(workspace, SUFFIX)


# -- encoding: one array per column, no pickles ------------------------------------------
def _encode_column(values: pd.Series) -> dict[str, np.ndarray]:
    if pd.api.types.is_datetime64_any_dtype(values):
        return {"dt": values.to_numpy("datetime64[ns]").view("int64")}
    if pd.api.types.is_bool_dtype(values):
        return {"bool": values.to_numpy(dtype=bool)}
    if pd.api.types.is_integer_dtype(values) and not values.isna().any():
        return {"int": values.to_numpy(dtype="int64")}
    if pd.api.types.is_numeric_dtype(values):
        return {"num": values.to_numpy(dtype="float64", na_value=np.nan)}
    items = values.to_numpy(dtype=object)
    if len(items) and all(isinstance(v, list | tuple | np.ndarray) for v in items):
        width = max((len(v) for v in items), default=0)
        grid = np.full((len(items), width), np.nan)
        for i, v in enumerate(items):  # one short list per account (a dozen weekly scores)
            if len(v):
                grid[i, :len(v)] = np.asarray(v, dtype="float64")
        return {"lists": grid, "lengths": np.array([len(v) for v in items], dtype="int64")}
    # Text as one UTF-8 JSON list (null for missing): compact, and no pickles.
    missing = pd.isna(values).to_numpy()
    texts = [None if m else str(v) for v, m in zip(items, missing, strict=True)]
    blob = json.dumps(texts, ensure_ascii=False).encode("utf-8")
    return {"json": np.frombuffer(blob, dtype="uint8")}


def _decode_column(parts: dict[str, np.ndarray]) -> Any:
    if "dt" in parts:
        return parts["dt"].view("datetime64[ns]")
    if "bool" in parts:
        return parts["bool"]
    if "int" in parts:
        return parts["int"]
    if "num" in parts:
        return parts["num"]
    if "lists" in parts:
        rows, lengths = parts["lists"].tolist(), parts["lengths"].tolist()
        out = np.empty(len(rows), dtype=object)
        out[:] = [row[:n] for row, n in zip(rows, lengths, strict=True)]
        return out
    return np.array(json.loads(bytes(parts["json"]).decode("utf-8")), dtype=object)


def encode(frame: pd.DataFrame, arrays: dict[str, np.ndarray], key: str) -> dict[str, np.ndarray]:
    stored: dict[str, np.ndarray] = {
        "format": np.array([FORMAT], dtype="int64"),
        "stamp": np.array([key]),
        "columns": np.array(json.dumps(list(frame.columns))),
    }
    for i, column in enumerate(frame.columns):
        for part, values in _encode_column(frame[column]).items():
            stored[f"c{i}.{part}"] = values
    for name, values in arrays.items():
        stored[f"x.{name}"] = np.asarray(values)
    return stored


def decode(stored: Any) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    columns = json.loads(str(stored["columns"]))
    by_column: dict[int, dict[str, np.ndarray]] = {}
    extras: dict[str, np.ndarray] = {}
    for name in stored.files:
        if name.startswith("c") and "." in name:
            index, part = name[1:].split(".", 1)
            by_column.setdefault(int(index), {})[part] = stored[name]
        elif name.startswith("x."):
            extras[name[2:]] = stored[name]
    frame = pd.DataFrame({c: _decode_column(by_column[i]) for i, c in enumerate(columns)})
    return frame, extras


# -- files -------------------------------------------------------------------------------
def read(workspace: Workspace, key: str) -> tuple[pd.DataFrame, dict[str, np.ndarray]] | None:
    """The stored table and extra arrays if they exist and match ``key``; else None.

    A file that cannot be read or decoded, or whose columns disagree in length, is deleted
    with a one-line note (``storage.cache_notes``); never an exception."""
    path = cache_path(workspace)
    if path is None or not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as stored:
            if int(stored["format"][0]) != FORMAT or str(stored["stamp"][0]) != key:
                return None
            frame, extras = decode(stored)
        lengths = {len(frame[c]) for c in frame.columns}
        if len(lengths) > 1:
            raise ValueError("its columns have different lengths")
        return frame, extras
    except Exception as exc:  # noqa: BLE001  any damage: zip, zlib, EOF, dtype, JSON...
        discard_damaged(path, "portfolio cache", f"{type(exc).__name__}: {exc}"[:160])
        return None


def write(workspace: Workspace, key: str, frame: pd.DataFrame,
          arrays: dict[str, np.ndarray] | None = None) -> bool:
    """Store atomically (temporary file, then rename); False when it cannot be written."""
    path = cache_path(workspace)
    if path is None:
        return False
    stored = encode(frame, arrays or {}, key)
    return write_arrays(path, stored)
