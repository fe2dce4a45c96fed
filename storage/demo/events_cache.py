"""The events cache of a fresh demo workspace, written from the rows the demo just wrote.

A full load after ``abm-health demo`` (the window's first start, ``ready_portfolio``)
would otherwise read the million events back from the table to build the cache. The demo
holds those rows already, as typed columns. Each column becomes what the table gives back
for it, by the rule ``storage.demo.writer.convert`` writes it with, without the Python
value per cell that the database needs:

- DateTime: ``Timeline.to_timestamps`` (whole seconds, as ``datetime64[us]``), which
  ``datetime_texts`` only spells out to the microsecond: reading that text back gives the
  same instant; NaN days are NULL, so NaT;
- Integer: through float64 and truncated to int64, as ``convert`` does; NaN is NULL, so
  NaN in the frame's float columns (the NOT NULL ones never hold it);
- Float: the float64 itself (SQLite's REAL keeps every bit); NaN is NULL, so NaN;
- String: the texts, NaN as NULL (the frame's missing text or category either way).

Then ``storage.frames.events_from_columns`` builds the frame as it does from the table's
columns, so the file decodes to the frame a full read gives (a test compares the arrays
byte for byte with a full rebuild's).

The stamp is the one the demo's transaction commits, read inside it (SQLite only, where
that transaction holds the write lock: no other write can fall between the rows and the
stamp). A count or largest id that disagrees with the rows writes nothing.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import DateTime, Float, Integer

from storage import event_cache
from storage.demo.timeline import Timeline
from storage.demo.writer import table
from storage.event_cache import Stamp
from storage.frames import events_from_columns
from storage.workspace import Workspace


def write_demo_event_cache(workspace: Workspace, timeline: Timeline,
                           columns: dict[str, np.ndarray], stamp: Stamp | None) -> bool:
    """Store the events cache for ``stamp`` from the demo's event columns; False when not."""
    path = event_cache.cache_path(workspace)
    if stamp is None or path is None:
        return False
    mapped = table("events")
    frame = events_from_columns({name: _as_read(timeline, mapped.c[name].type, values)
                                 for name, values in columns.items()})
    count = len(frame)
    largest = int(frame["id"].max()) if count else 0
    if stamp[1:] != (count, largest):
        return False
    return event_cache.write_cache(path, event_cache.encode(frame, stamp))


def _as_read(timeline: Timeline, kind: object, values: np.ndarray) -> np.ndarray:
    """One column as the table gives it back (see the module)."""
    if isinstance(kind, DateTime):
        return timeline.to_timestamps(values)
    if isinstance(kind, Integer):
        numbers = np.asarray(values, dtype="float64")
        missing = np.isnan(numbers)
        whole = np.where(missing, 0, numbers).astype(np.int64).astype("float64")
        whole[missing] = np.nan
        return whole
    if isinstance(kind, Float):
        return np.asarray(values, dtype="float64")
    # NaN and None alike become a missing text or category in events_from_columns.
    return np.asarray(values, dtype=object)
