"""The KPI engine's prepared aggregates, kept in a file next to the workspace.

``domain.metrics.prepared.prepare`` does the KPI work no period changes (lead-score touches
and MQL times, their campaigns, the email and engagement indexes: about 1.3 s of CPU on
the 10,000-account workspace). The result is stored in ``<workspace>.kpis.npz`` (mode 0600,
written atomically through ``storage.npz_write``; for a PostgreSQL workspace in the user
cache folder, ``storage.cache_location``), so every later KPI run, window or command, reads
it in a few tens of milliseconds instead.

It is valid for one *stamp*: the events stamp (``storage.event_cache``), the other tables'
stamp (``storage.table_cache``) and the settings the preparation reads
(``domain.metrics.prepared.settings_key``). A write to the data or such a setting makes it
stale: a stale file is ignored and replaced by the next full load that needs it (the window's
load, which the commands that change the data run once they have committed, or a command
such as ``abm-health kpis``). A damaged file is deleted with a one-line note
(``storage.cache_notes``) and rebuilt, never an error.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from domain.frames import COLUMNS, PortfolioFrames
from domain.metrics.prepared import (
    FORMAT,
    PreparedAggregates,
    from_arrays,
    prepare,
    settings_key,
    to_arrays,
)
from domain.settings import WorkspaceSettings
from storage import event_cache, table_cache
from storage.cache_location import cache_file
from storage.cache_notes import discard_damaged
from storage.npz_write import write_arrays
from storage.table_names import TABLE_NAMES
from storage.workspace import Workspace

SUFFIX = ".kpis.npz"
WHAT = "KPI preparation cache"


def cache_path(workspace: Workspace) -> Path | None:
    """Next to an SQLite file; in the user cache folder for a PostgreSQL workspace."""
    return cache_file(workspace, SUFFIX)


def stamp(workspace: Workspace, settings: WorkspaceSettings) -> str:
    """The data and settings as they are now, as one text: read it before loading the frames
    that are prepared (``prepared_for``)."""
    small = [name for name in COLUMNS if name != "events"]
    tables = table_cache.read_stamp(workspace, [TABLE_NAMES[n] for n in small],
                                    {name: COLUMNS[name] for name in small})
    with workspace.connect() as conn:
        events = event_cache.read_stamp(conn)
    # The format too: a file of other code is stale, not damaged.
    return "\x1f".join([f"format {FORMAT}", repr(events), tables, np.__version__,
                        settings_key(settings)])


def read(workspace: Workspace, key: str, lazy: bool = False) -> PreparedAggregates | None:
    """The stored aggregates if the file exists and was written for ``key``; else None.

    ``lazy`` keeps the file open and reads each array when a context asks for it (each is
    read once here to be checked, so damage shows now, not later): a one-off command then
    holds only the rows it takes. The file is closed when the aggregates are collected.
    """
    path = cache_path(workspace)
    if path is None or not path.exists():
        return None
    stored = None
    try:
        stored = np.load(path, allow_pickle=False)
        if str(stored["stamp"]) != key:
            stored.close()
            return None  # stale: the next full load writes it anew
        if lazy:
            return from_arrays(stored, keep=False)
        with stored:
            arrays = {name: stored[name] for name in stored.files if name != "stamp"}
        return from_arrays(arrays)
    except Exception as exc:  # noqa: BLE001  any damage: zip, zlib, EOF, dtype, JSON...
        if stored is not None:
            stored.close()
        discard_damaged(path, WHAT, f"{type(exc).__name__}: {exc}"[:160])
        return None


def write(workspace: Workspace, key: str, prepared: PreparedAggregates) -> bool:
    """Store atomically (temporary file, then rename); False when it cannot be written."""
    path = cache_path(workspace)
    if path is None:
        return False
    return write_arrays(path, {"stamp": np.array(key), **to_arrays(prepared)})


def prepared_for(workspace: Workspace, frames: PortfolioFrames, settings: WorkspaceSettings,
                 key: str, lazy: bool = False) -> PreparedAggregates:
    """The prepared aggregates of ``frames`` and ``settings``, loaded at stamp ``key``
    (``stamp`` read before the frames): the stored ones when current (read as ``read``
    does with ``lazy``), else built and stored.

    Nothing is read or stored when the data changed since ``key``: the frames may then hold
    either version, so they are prepared as they are.
    """
    if stamp(workspace, settings) != key:
        return prepare(frames, settings)
    found = read(workspace, key, lazy)
    if found is not None and found.fits(frames, settings):
        return found
    del found  # a lazy one's file is closed before it is replaced
    built = prepare(frames, settings)
    if stamp(workspace, settings) == key:  # no write came in while preparing
        write(workspace, key, built)
    return built


def drop_cache(workspace: Workspace) -> None:
    path = cache_path(workspace)
    if path is not None:
        path.unlink(missing_ok=True)
