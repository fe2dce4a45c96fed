"""Bringing the events cache current after a write that only appended events.

An import of ten thousand events should not cost a re-read of the million already cached.
When a write transaction only inserted events with ids above the largest stored one (or
did not touch events at all, only bumped the counters), the cache of the stamp before it
plus the rows above that id *is* the table after it. So, once the transaction has
committed, the new rows are read back from the table by id range (the same column reader
a full rebuild uses, so they decode the same), merged into the cached arrays in the
frame's order (time, then id: ``storage.frames.in_time_order``) and the file is written
atomically with the new stamp (``storage.npz_write``). The texts are renumbered by first
appearance, as ``event_cache.encode`` numbers them, so the file holds exactly the arrays a
full rebuild would write.

Proof obligations, checked from the stamps (``event_cache.Stamp``: events version, row
count, largest id) and refused with a plain ``False`` (the cache then stays stale and the
next full load rebuilds it, as before):

- the write ran on SQLite in an outermost transaction: from its first write until its
  commit it held the only write lock, so every change between the stamp read at its start
  and the one read at its end is its own (a PostgreSQL workspace, or a savepoint inside a
  larger transaction that may still roll back, is left to the full rebuild);
- it updated no event, and the count grew by exactly the events it inserted, each with an
  id above the old largest (counted in the same transaction);
- the cache file is current for the stamp before, and the table still shows the stamp
  after when the new rows are read (no other writer came in between).

An update or deletion of events (an import matching stored events, an undo) never gets
here: the cache goes stale and is rebuilt at the next full load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage import event_cache
from storage.event_cache import STRING_COLUMNS, Stamp
from storage.frames import EVENT_CATEGORIES, read_events_sql
from storage.workspace import Workspace

NAT = np.iinfo("int64").min  # datetime64's NaT as int64
LAST = np.iinfo("int64").max  # where in_time_order puts NaT: after every time


@dataclass(frozen=True)
class Appended:
    """What one committed write did to the events: the stamps before and after it."""

    before: Stamp
    after: Stamp


def stamp_inside(conn: Connection) -> Stamp | None:
    """The events' stamp as a write transaction sees it (before it writes events: the one to
    build on; after its last write: the one it commits), or None when this write cannot be
    followed (not SQLite, or a savepoint inside a larger transaction)."""
    if conn.dialect.name != "sqlite" or conn.in_nested_transaction():
        return None
    return event_cache.read_stamp(conn)


def appended(conn: Connection, before: Stamp | None, inserted: int,
             updated: int) -> Appended | None:
    """Inside the same transaction, after its last write: what it did, if it only appended.

    ``inserted`` and ``updated`` count the events this transaction inserted and updated
    (an importer never deletes). The count grew by ``inserted`` and exactly that many
    events have an id above the old largest: none went into a gap among the old ids.
    """
    if before is None or updated:
        return None
    after = event_cache.read_stamp(conn)
    if after[1] != before[1] + inserted or after[2] < before[2]:
        return None
    above = conn.execute(text("SELECT COUNT(*) FROM events WHERE id > :largest"),
                         {"largest": before[2]}).scalar_one()
    if above != inserted:
        return None
    return Appended(before, after)


def follow(workspace: Workspace, change: Appended | None) -> bool:
    """After the commit: bring a cache current for ``change.before`` to ``change.after``.

    True when the file now holds the stamp after; False (nothing written) otherwise.
    """
    if change is None or workspace.path is None:
        return False
    path = event_cache.cache_path(workspace)
    if path is None or not path.exists():
        return False
    cached = event_cache.read_cache(path, change.before, EVENT_CATEGORIES)
    if cached is None:
        return False
    new, stamp = read_events_sql(workspace, after_id=change.before[2])
    if stamp != change.after or len(new) != change.after[1] - change.before[1]:
        return False  # another writer came in between: the next full load rebuilds
    arrays = merged(cached, event_cache.encode(new, change.after))
    if int(arrays["id"].max(initial=0)) != change.after[2]:
        return False
    return event_cache.write_cache(path, arrays)


def _time_keys(occurred: np.ndarray) -> np.ndarray:
    """The sort key of ``in_time_order``: the time as int64, NaT after every time."""
    return np.where(occurred == NAT, LAST, occurred)


def merged(old: dict[str, np.ndarray], new: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The arrays of ``old`` (a cache) with the rows of ``new`` (encoded, every id above
    ``old``'s) in time order; ``format`` and ``stamp`` from ``new``."""
    old_keys, new_keys = _time_keys(old["occurred_at"]), _time_keys(new["occurred_at"])
    # Equal times: the old rows first, since every new id is larger.
    at = np.searchsorted(old_keys, new_keys, side="right") + np.arange(len(new_keys))
    is_new = np.zeros(len(old_keys) + len(new_keys), dtype=bool)
    is_new[at] = True

    def interleave(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        out = np.empty(len(is_new), dtype=a.dtype)
        out[~is_new] = a
        out[is_new] = b
        return out

    arrays = {"format": new["format"], "stamp": new["stamp"]}
    for name in event_cache.ROW_ARRAYS:
        if name in STRING_COLUMNS:
            continue
        arrays[name] = interleave(old[name], new[name])
    for name in STRING_COLUMNS:
        old_values = json.loads(bytes(old[name + "_values"]).decode("utf-8"))
        new_values = json.loads(bytes(new[name + "_values"]).decode("utf-8"))
        known = set(old_values)
        values = pd.Index(old_values + [v for v in new_values if v not in known], dtype=object)
        # Each new row's code into the combined values; -1 (missing) stays -1.
        lookup = np.append(values.get_indexer(pd.Index(new_values, dtype=object)), -1)
        codes = interleave(old[name].astype("int32"), lookup[new[name]].astype("int32"))
        arrays[name], arrays[name + "_values"] = _by_first_appearance(codes, values)
    return arrays


def _by_first_appearance(codes: np.ndarray, values: pd.Index) -> tuple[np.ndarray, np.ndarray]:
    """Codes and values renumbered in order of first appearance, as ``pd.factorize`` (and
    so ``event_cache.encode``) numbers them; -1 (missing) stays -1."""
    present = codes >= 0
    renumbered, order = pd.factorize(codes[present])
    out = np.full(len(codes), -1, dtype="int32")
    out[present] = renumbered
    texts = [str(v) for v in values[order]]
    blob = json.dumps(texts, ensure_ascii=False).encode("utf-8")
    return out, np.frombuffer(blob, dtype="uint8")
