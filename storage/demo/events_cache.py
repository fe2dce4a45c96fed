"""The events cache of a fresh demo workspace, written from the rows the demo just wrote.

A full load after ``abm-health demo`` (the window's first start, ``ready_portfolio``)
would otherwise read the million events back from the table to build the cache. The demo
holds those rows already: each chunk is converted exactly as ``storage.demo.writer``
converts it for the database (``convert``: times to SQLAlchemy's text, NaN to NULL) and
turned into the events frame the way ``storage.frames`` turns rows read from the table
into it, so the file decodes to the frame a full read gives (a test compares them).

The stamp is the one the demo's transaction commits, read inside it (SQLite only, where
that transaction holds the write lock: no other write can fall between the rows and the
stamp). A count or largest id that disagrees with the rows writes nothing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from storage import event_cache
from storage.demo.timeline import Timeline
from storage.demo.writer import CHUNK_ROWS, convert, table
from storage.event_cache import Stamp
from storage.frames import events_from_columns, events_from_rows, in_time_order
from storage.workspace import Workspace


def write_demo_event_cache(workspace: Workspace, timeline: Timeline,
                           columns: dict[str, np.ndarray], stamp: Stamp | None) -> bool:
    """Store the events cache for ``stamp`` from the demo's event columns; False when not."""
    path = event_cache.cache_path(workspace)
    if stamp is None or path is None:
        return False
    mapped = table("events")
    count = len(columns["id"])
    parts = [events_from_columns(dict(zip(columns, convert(timeline, mapped, columns, start,
                                                          min(start + CHUNK_ROWS, count)),
                                          strict=True)))
             for start in range(0, count, CHUNK_ROWS)]
    frame = in_time_order(pd.concat(parts, ignore_index=True)) if parts else events_from_rows([])
    largest = int(frame["id"].max()) if count else 0
    if stamp[1:] != (count, largest):
        return False
    return event_cache.write_cache(path, event_cache.encode(frame, stamp))
