"""The whole KPI catalog for the portfolio, cold, beside one SQLite GROUP BY over events.

Anchor: ``SELECT account_id, kind, COUNT(*) FROM events GROUP BY account_id, kind`` through
the sqlite3 module on the same workspace file (SPEC §11: a full recompute should take no
longer than that one pass). Figure: ``load_frames`` + ``load_settings`` + the stored KPI
preparation (``storage.prepared_cache``) + ``compute_kpis`` for the 30 days up to the last
event and the 30 days before, in this process, with the events cache and the preparation
on disk (what every start of the app or of ``abm-health kpis`` pays). Beside the same
anchor: building the preparation and storing it, which happens once after a data change.
The events cache itself is measured in ``bench_event_cache``.

In memory (the frames and the prepared aggregates already loaded, as in the window): the
whole catalog for the same period and the one before it with a fresh ``KpiContext``
(nothing kept from an earlier run but the prepared aggregates),
beside pandas ``groupby(["account_id", "kind"]).size()`` over the events frame, the speed
of memory for one pass over the million events (target: at most 5x).

Run with the harness (``python -m tests.benchmarks.run --only kpis``) or on any workspace
file: ``python -m tests.benchmarks.bench_kpis PATH``.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from domain.frames import PortfolioFrames
from domain.metrics import CATALOG, KpiContext, Period, compute_in_context, compute_kpis
from domain.metrics.prepared import PreparedAggregates, prepare
from domain.settings import WorkspaceSettings
from storage import prepared_cache
from storage.frames import load_frames
from storage.settings_repo import load_settings
from storage.workspace import Workspace
from tests.benchmarks.run import Context, Figure, best_of

ANCHOR_SQL = "SELECT account_id, kind, COUNT(*) FROM events GROUP BY account_id, kind"


def anchor(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(ANCHOR_SQL).fetchall()
    finally:
        conn.close()


def catalog_cold(workspace: Workspace) -> int:
    settings = load_settings(workspace)
    key = prepared_cache.stamp(workspace, settings)
    frames = load_frames(workspace)
    prepared = prepared_cache.prepared_for(workspace, frames, settings, key)
    last = frames.events["occurred_at"].max()
    report = compute_kpis(frames, settings, Period.last_days(30, last), prepared=prepared)
    return len(report)


def catalog_in_memory(frames: PortfolioFrames, settings: WorkspaceSettings, period: Period,
                      prepared: PreparedAggregates | None = None) -> int:
    return len(compute_in_context(KpiContext(frames, settings, prepared=prepared), period))


def prepare_and_store(workspace: Workspace, frames: PortfolioFrames,
                      settings: WorkspaceSettings) -> None:
    """What follows a data change once: the KPI preparation built and written."""
    prepared_cache.write(workspace, prepared_cache.stamp(workspace, settings),
                         prepare(frames, settings))


def run(ctx: Context) -> list[Figure]:
    path = ctx.workspace
    with Workspace.open(path) as workspace:
        catalog_cold(workspace)  # make sure the cache exists before timing
        anchor_s = best_of(lambda: anchor(path))
        figure_s = best_of(lambda: catalog_cold(workspace))
        frames, settings = load_frames(workspace), load_settings(workspace)
        period = Period.last_days(30, frames.events["occurred_at"].max())
        events = frames.events
        floor_s = best_of(lambda: events.groupby(["account_id", "kind"], observed=True).size())
        key = prepared_cache.stamp(workspace, settings)
        prepared = prepared_cache.prepared_for(workspace, frames, settings, key)
        memory_s = best_of(lambda: catalog_in_memory(frames, settings, period, prepared))
        prepare_s = best_of(lambda: prepare_and_store(workspace, frames, settings))
    return [
        Figure(f"KPI catalog ({len(CATALOG)} metrics), portfolio, cold", figure_s,
               "SQLite GROUP BY account, kind", anchor_s, "<= 0.5x anchor"),
        Figure("KPI catalog, period + previous, frames + prepared in memory", memory_s,
               "pandas groupby(account_id, kind).size()", floor_s, "<= 5x anchor"),
        Figure("KPI preparation built + stored (after a change)", prepare_s,
               "SQLite GROUP BY account, kind", anchor_s, "info"),
    ]


if __name__ == "__main__":
    target = Path(sys.argv[1]).resolve()
    for figure in run(Context(workspace=target, out=target.parent, quick=False)):
        print(figure.line(), flush=True)
