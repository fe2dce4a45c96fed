"""The events cache after an import, and its full rebuild, beside one SQLite GROUP BY.

Anchor: ``SELECT account_id, kind, COUNT(*) FROM events GROUP BY account_id, kind`` through
the sqlite3 module on the same workspace file, measured next to every figure (interleaved,
so a busy moment on the shared machine hits both).

- After an import (what every import pays from now on): ``abm-health import events`` of a
  CSV of N new events (10,000 and 100,000: a week's and a quarter's export of a CRM; the
  events of the benchmark workspace a month later, referenced by external ids, some of
  them older than the latest stored event) into a copy of the benchmark workspace whose
  events cache is current. Timed apart: the step that brings the cache current after the
  commit (``storage.importing.writer.follow_events``: read back the new rows, merge, write
  the file), and the whole import. Each runs twice on a fresh copy; best of the two.
- The full rebuild (info: after a change made outside abm-health, an undo, or an import
  that updated stored events): drop the cache, ``load_frames(tables=["events"])``, best of
  three, on the copy.

Everything is written into copies under ``bench-out/`` of the checkout; the benchmark
workspace itself is only read. Run with ``python -m tests.benchmarks.run --only
event_cache`` or on any workspace file: ``python -m tests.benchmarks.bench_event_cache PATH``.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from storage import event_cache
from storage.frames import EVENT_CATEGORIES, load_frames, read_events
from storage.importing import ImportInputs
from storage.importing import importer as importer_module
from storage.importing import run as run_import
from storage.workspace import Workspace
from tests.benchmarks.run import ROOT, Context, Figure

ANCHOR_SQL = "SELECT account_id, kind, COUNT(*) FROM events GROUP BY account_id, kind"
# N events spread over the whole table, a month and seven seconds later than they were.
EXPORT_SQL = """
    SELECT 'NEW-' || :n || '-' || e.id, a.external_id, c.external_id, g.external_id, e.kind,
           strftime('%Y-%m-%d %H:%M:%f', e.occurred_at, '+30 days', '+7 seconds'),
           e.asset, e.channel, e.session, e.duration_s
    FROM events e JOIN accounts a ON a.id = e.account_id
    LEFT JOIN contacts c ON c.id = e.contact_id
    LEFT JOIN campaigns g ON g.id = e.campaign_id
    WHERE e.id % :step = 0
    ORDER BY e.id
    LIMIT :n
"""
HEADER = ("external_id", "account", "contact", "campaign", "kind", "occurred_at", "asset",
          "channel", "session", "duration_s")


def anchor(path: Path) -> tuple[float, float]:
    """Wall and CPU seconds of the GROUP BY (SQLite runs in this process)."""
    conn = sqlite3.connect(path)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        conn.execute(ANCHOR_SQL).fetchall()
        return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        conn.close()


def write_csv(source: Path, target: Path, n: int) -> None:
    conn = sqlite3.connect(source)
    try:
        total = conn.execute("SELECT MAX(id) FROM events").fetchone()[0]
        rows = conn.execute(EXPORT_SQL, {"n": n, "step": max(1, total // n)}).fetchall()
    finally:
        conn.close()
    with target.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        out.writerows(rows)


def fresh_copy(source: Path, target: Path) -> Path:
    """The workspace and its events cache, copied; the cache made current if it was not."""
    for suffix in ("", "-wal", "-shm", event_cache.SUFFIX):
        Path(str(target) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    target.chmod(0o600)
    cache = Path(str(source) + event_cache.SUFFIX)
    if cache.exists():
        shutil.copyfile(cache, Path(str(target) + event_cache.SUFFIX))
    with Workspace.open(target) as workspace:
        read_events(workspace)  # rebuilds only a stale cache
    return target


def cache_is_current(path: Path) -> bool:
    with Workspace.open(path) as workspace:
        with workspace.connect() as conn:
            stamp = event_cache.read_stamp(conn)
        cache = event_cache.cache_path(workspace)
        return event_cache.read_cache(cache, stamp, EVENT_CATEGORIES) is not None


def timed_import(path: Path, csv_path: Path) -> dict[str, float]:
    """The whole import and its cache step, wall and CPU (the step through a wrapper)."""
    step: dict[str, float] = {}
    real = importer_module.follow_events

    def follow_timed(workspace, change) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        real(workspace, change)
        step["cache"], step["cache_cpu"] = time.perf_counter() - wall, time.process_time() - cpu

    importer_module.follow_events = follow_timed
    try:
        with Workspace.open(path) as workspace:
            wall, cpu = time.perf_counter(), time.process_time()
            result = run_import(ImportInputs(workspace, "events", csv_path))
            step["import"], step["import_cpu"] = (time.perf_counter() - wall,
                                                  time.process_time() - cpu)
    finally:
        importer_module.follow_events = real
    if result.rejected or result.updated:
        raise RuntimeError("the benchmark file should only insert:\n"
                           + "\n".join(result.summary_lines()))
    if not cache_is_current(path):
        raise RuntimeError("the events cache was not brought current by the import")
    return step


def rebuild(workspace: Workspace) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    event_cache.drop_cache(workspace)
    load_frames(workspace, tables=["events"])
    return time.perf_counter() - wall, time.process_time() - cpu


def run(ctx: Context) -> list[Figure]:
    copy = ctx.out / "event-cache-copy.sqlite"
    sizes = (10_000,) if ctx.quick else (10_000, 100_000)
    repeat = 1 if ctx.quick else 2
    figures: list[Figure] = []
    for n in sizes:
        csv_path = ctx.out / f"event-cache-import-{n}.csv"
        write_csv(ctx.workspace, csv_path, n)
        runs, anchors = [], []
        for _ in range(repeat):
            fresh_copy(ctx.workspace, copy)
            anchors.append(anchor(copy))
            runs.append(timed_import(copy, csv_path))
            anchors.append(anchor(copy))
        best = {key: min(r[key] for r in runs) for key in runs[0]}
        wall_a, cpu_a = min(a[0] for a in anchors), min(a[1] for a in anchors)
        figures += [
            Figure(f"events cache current after importing {n:,}", best["cache"],
                   "SQLite GROUP BY account, kind", wall_a, "<= 1.0x anchor"),
            Figure("  CPU: that cache step", best["cache_cpu"],
                   "CPU: SQLite GROUP BY account, kind", cpu_a, "info"),
            Figure(f"  whole import of {n:,} events", best["import"],
                   "SQLite GROUP BY account, kind", wall_a, "info"),
            Figure("  CPU: whole import", best["import_cpu"],
                   "CPU: SQLite GROUP BY account, kind", cpu_a, "info"),
        ]
    fresh_copy(ctx.workspace, copy)
    rebuilds, anchors = [], [anchor(copy)]
    with Workspace.open(copy) as workspace:
        for _ in range(1 if ctx.quick else 3):
            rebuilds.append(rebuild(workspace))
            anchors.append(anchor(copy))
    figures += [
        Figure("events cache full rebuild (change from outside)", min(r[0] for r in rebuilds),
               "SQLite GROUP BY account, kind", min(a[0] for a in anchors), "info"),
        Figure("  CPU: full rebuild", min(r[1] for r in rebuilds),
               "CPU: SQLite GROUP BY account, kind", min(a[1] for a in anchors), "info"),
    ]
    for suffix in ("", "-wal", "-shm", event_cache.SUFFIX):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    return figures


if __name__ == "__main__":
    target = Path(sys.argv[1]).resolve()
    scratch = ROOT / "bench-out"  # copies go here, never beside the workspace given
    scratch.mkdir(exist_ok=True)
    for figure in run(Context(workspace=target, out=scratch, quick=False)):
        print(figure.line(), flush=True)
