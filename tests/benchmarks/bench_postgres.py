"""The same workspace on PostgreSQL: import, KPI catalog and ``portfolio_health``, each beside
its anchor measured in the same run.

A throwaway server is started from the installed binaries (``tests/pg_server.py``; skipped,
saying why, when there are none). The benchmark workspace is copied into it with
``abm-health copy`` (timed, for information). Then:

- import: ``abm-health import events`` of the 1,000,000-event export CSV (external ids in
  the reference columns, as for the SQLite figure) into a database holding the accounts,
  contacts and campaigns but no events, beside ``psql \\copy`` of the same events into the
  same table. psql cannot resolve references, so its file carries the numeric ids; it checks
  nothing either. Each target is a fresh ``CREATE DATABASE ... TEMPLATE`` of the same
  template. Each runs twice, interleaved, and keeps its best time.
- KPI catalog and ``portfolio_health`` cold on PostgreSQL, beside the same on the SQLite
  file: with the events cache on disk (as every start pays), and for PostgreSQL also with
  no cache (every event read from the server).
- with ``ABM_BENCH_PG_DEMO=1``, the demo of 10,000 accounts / 1,000,000 events written
  straight into PostgreSQL, beside the same into a new SQLite file.

Run with ``python -m tests.benchmarks.run --only postgres``.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pandas as pd

from domain.health.asof import day_of
from domain.health.model import HealthModelConfig
from storage import event_cache
from storage.copying import copy_workspace
from storage.health_repo import StoredModel, find_active_model
from storage.health_service import portfolio_health
from storage.importing import ImportInputs
from storage.importing import run as run_import
from storage.workspace import Workspace
from tests.benchmarks.bench_import import MAPPING, write_csv
from tests.benchmarks.bench_kpis import catalog_cold
from tests.benchmarks.run import ROOT, Context, Figure, best_of
from tests.pg_server import SUPERUSER, PostgresServer, missing_reason

PSQL_COLUMNS = ("id", "external_id", "account_id", "contact_id", "campaign_id", "kind",
                "occurred_at", "asset", "channel", "session", "duration_s")
PSQL_SQL = """
    SELECT id, 'EVT-' || printf('%07d', id), account_id, contact_id, campaign_id, kind,
           occurred_at, asset, channel, session, duration_s
    FROM events ORDER BY id
"""


def write_numeric_csv(source: Path, target: Path) -> int:
    """The same events with the numeric reference ids, for psql (cached)."""
    if target.exists() and target.stat().st_mtime > source.stat().st_mtime:
        with target.open("rb") as handle:
            return sum(1 for _ in handle) - 1
    conn = sqlite3.connect(source)
    count = 0
    try:
        with target.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(PSQL_COLUMNS)
            cursor = conn.execute(PSQL_SQL)
            while rows := cursor.fetchmany(50_000):
                writer.writerows(rows)
                count += len(rows)
    finally:
        conn.close()
    return count


def _create(server: PostgresServer, name: str, template: str | None = None) -> str:
    with server.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return server.url(name)


def _template(server: PostgresServer, full_url: str) -> str:
    """A database with the benchmark's accounts, contacts and campaigns and no events."""
    url = _create(server, "import_template")
    with Workspace.open(full_url) as source, Workspace.open(url) as target:
        from storage.bulk_write import copy_rows, resync_ids
        from storage.schema import Base

        with source.connect() as read, target.transaction() as write:
            parents: list[tuple[int, int]] = []
            for name in ("accounts", "contacts", "campaigns"):
                table = Base.metadata.tables[name]
                rows = [tuple(r) for r in read.execute(table.select().order_by(table.c.id))]
                if name == "accounts":  # parents after every account exists
                    at = list(table.columns.keys()).index("parent_id")
                    parents = [(r[0], r[at]) for r in rows if r[at] is not None]
                    rows = [r[:at] + (None,) + r[at + 1:] for r in rows]
                copy_rows(write, name, list(table.columns.keys()), rows)
            for account_id, parent_id in parents:
                write.exec_driver_sql("UPDATE accounts SET parent_id = %s WHERE id = %s",
                                      (parent_id, account_id))
            resync_ids(write, ["accounts", "contacts", "campaigns"])
    return url


def _count(url: str) -> int:
    with Workspace.open(url) as ws, ws.connect() as conn:
        return int(conn.exec_driver_sql("SELECT COUNT(*) FROM events").scalar())


def time_ours(url: str, csv_path: Path) -> float:
    with Workspace.open(url) as workspace:
        start = time.perf_counter()
        result = run_import(ImportInputs(workspace, "events", csv_path, mapping=MAPPING))
        seconds = time.perf_counter() - start
    if result.rejected:
        raise RuntimeError("\n".join(result.summary_lines()))
    return seconds


def time_psql(server: PostgresServer, database: str, csv_path: Path) -> float:
    command = [str(server.bin_dir / "psql"), "-h", str(server.root), "-p", str(server.port),
               "-U", SUPERUSER, "-d", database, "-v", "ON_ERROR_STOP=1", "-c",
               f"\\copy events ({', '.join(PSQL_COLUMNS)}) FROM '{csv_path}' "
               "WITH (FORMAT csv, HEADER)"]
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def _model(workspace: Workspace) -> StoredModel:
    return find_active_model(workspace) or StoredModel(
        version=0, config=HealthModelConfig(), created_at=datetime.now(), is_active=True)


def _as_of(workspace: Workspace):
    with workspace.connect() as conn:
        last = conn.exec_driver_sql("SELECT MAX(occurred_at) FROM events").scalar()
    return day_of((pd.Timestamp(last) + pd.Timedelta(days=1)).normalize())


def _demo(target: str, accounts: int, events: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop.cli", "--workspace", target, "demo",
                    "--accounts", str(accounts), "--events", str(events), "--seed", "7"],
                   check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def run(ctx: Context) -> list[Figure]:
    reason = missing_reason()
    if reason is not None:
        print(f"skipped: {reason}")
        return []
    server = PostgresServer().start()
    try:
        return _run(ctx, server)
    finally:
        server.stop()


def _run(ctx: Context, server: PostgresServer) -> list[Figure]:
    n_label = "100k" if ctx.quick else "1M"
    figures: list[Figure] = []
    full_url = _create(server, "bench")
    with Workspace.open(ctx.workspace) as sqlite_ws, Workspace.open(full_url) as pg_ws:
        start = time.perf_counter()
        copied = copy_workspace(sqlite_ws, pg_ws)
        copy_s = time.perf_counter() - start
        rows = sum(c.rows for c in copied)
        print(f"abm-health copy of the benchmark workspace ({rows:,} rows) into PostgreSQL: "
              f"{copy_s:.1f} s")

        # KPI catalog and portfolio_health, cold, on both (caches on disk after a first run).
        catalog_cold(sqlite_ws)
        catalog_cold(pg_ws)
        sqlite_kpi = best_of(lambda: catalog_cold(sqlite_ws))
        pg_kpi = best_of(lambda: catalog_cold(pg_ws))

        def pg_kpi_uncached() -> None:
            event_cache.drop_cache(pg_ws)
            catalog_cold(pg_ws)

        pg_kpi_raw = best_of(pg_kpi_uncached, repeat=2)
        catalog_cold(pg_ws)  # leave the cache in place for portfolio_health
        day = _as_of(sqlite_ws)
        model_s, model_p = _model(sqlite_ws), _model(pg_ws)
        sqlite_health = best_of(lambda: portfolio_health(sqlite_ws, day, model=model_s), repeat=2)
        pg_health = best_of(lambda: portfolio_health(pg_ws, day, model=model_p), repeat=2)
        figures += [
            Figure("KPI catalog, portfolio, cold, PostgreSQL", pg_kpi,
                   "the same on the SQLite file", sqlite_kpi, "info"),
            Figure("KPI catalog, cold, PostgreSQL, no events cache", pg_kpi_raw,
                   "the same on the SQLite file (cache)", sqlite_kpi, "info"),
            Figure("portfolio_health cold, PostgreSQL", pg_health,
                   "the same on the SQLite file", sqlite_health, "info"),
        ]

    # Import: ours beside psql \copy, each into a fresh copy of the same template.
    csv_path = ctx.out / f"events-export-{ctx.workspace.stem}.csv"
    expected = write_csv(ctx.workspace, csv_path)
    numeric = ctx.out / f"events-numeric-{ctx.workspace.stem}.csv"
    write_numeric_csv(ctx.workspace, numeric)
    _template(server, full_url)
    times: dict[str, list[float]] = {"ours": [], "psql": []}
    for name in ("ours", "psql", "psql", "ours"):
        url = _create(server, "import_target", template="import_template")
        if name == "ours":
            seconds = time_ours(url, csv_path)
        else:
            seconds = time_psql(server, "import_target", numeric)
        assert _count(url) == expected
        times[name].append(seconds)
    ours, psql = min(times["ours"]), min(times["psql"])
    print("runs (s): " + ", ".join(f"{k} {' / '.join(f'{t:.1f}' for t in v)}"
                                   for k, v in times.items()))
    figures.append(Figure(f"import {n_label} events into PostgreSQL", ours,
                          "psql \\copy of the same events", psql, "info"))

    if os.environ.get("ABM_BENCH_PG_DEMO") == "1":
        accounts, events = (1_000, 100_000) if ctx.quick else (10_000, 1_000_000)
        demo_url = _create(server, "demo")
        pg_demo = _demo(demo_url, accounts, events)
        file = ctx.out / "demo-compare.sqlite"
        file.unlink(missing_ok=True)
        sqlite_demo = _demo(str(file), accounts, events)
        file.unlink(missing_ok=True)
        figures.append(Figure(f"demo {accounts:,} / {events:,} into PostgreSQL", pg_demo,
                              "the same into a new SQLite file", sqlite_demo, "info"))
    return figures
