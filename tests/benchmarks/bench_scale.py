"""How the figures grow with the workspace: 1,000 / 100,000, 10,000 / 1,000,000 and
50,000 / 5,000,000 accounts / events.

For each step a fresh demo workspace is built (``abm-health demo``, timed; the command also
prepares the window's portfolio), then in the same run:

- import: its events written as an export CSV and imported into a copy holding the
  accounts, contacts and campaigns but no events (``bench_import``'s method, one run);
- KPI catalog, cold: ``bench_kpis.catalog_cold`` (events cache on disk), best of two;
- dashboard, new period: the real dashboard page, from choosing the month before until its
  tiles, charts and lists are painted (``bench_dashboard``'s row, in a child process);
- start-up: a fresh window process until the portfolio is painted, on the data date (the
  stored portfolio the demo prepared), best of two, beside the bare imports;
- peak memory of the window: the largest resident size of a window process that waits for
  its complete load (frames, health, account index).

Each row is printed with the growth factor from the step before. The series is opt-in, it
builds its own workspaces: ``python -m tests.benchmarks.run --only scale`` runs the first
two steps, ``--scale-large`` adds 50,000 / 5,000,000 (about a quarter of an hour more).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.bench_gui import _anchor, _env, _start
from tests.benchmarks.bench_import import build_template, fresh_copy, time_ours, write_csv
from tests.benchmarks.bench_kpis import catalog_cold
from tests.benchmarks.run import ROOT, Context, Figure, best_of

STEPS = ((1_000, 100_000), (10_000, 1_000_000))
LARGE = (50_000, 5_000_000)
SIDE_FILES = ("", "-wal", "-shm", ".events.npz", ".portfolio.npz")

DASHBOARD_CHILD = """
import json, sys
from pathlib import Path
from tests.benchmarks.bench_dashboard import run
from tests.benchmarks.run import Context
figures = run(Context(workspace=Path(sys.argv[1]), out=Path(sys.argv[2]), quick=False))
print("FIGURES " + json.dumps({f.name: f.seconds for f in figures}), flush=True)
"""


def _remove(path: Path) -> None:
    for suffix in SIDE_FILES:
        Path(str(path) + suffix).unlink(missing_ok=True)


def _demo(path: Path, accounts: int, events: int) -> tuple[float, float, float]:
    """(wall seconds of ``abm-health demo``, of which filling, of which preparing the window)."""
    _remove(path)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--workspace", str(path), "demo",
         "--accounts", str(accounts), "--events", str(events), "--seed", "7"],
        check=True, cwd=ROOT, env=_env(), capture_output=True, text=True)
    wall = time.perf_counter() - start
    fill = re.search(r" in ([0-9.]+) s\.", done.stdout)
    prepared = re.search(r"window in ([0-9.]+) s\.", done.stdout)
    return wall, float(fill.group(1)) if fill else float("nan"), \
        float(prepared.group(1)) if prepared else float("nan")


def _import(path: Path, out: Path, tag: str) -> float:
    csv_path = out / f"scale-events-{tag}.csv"
    write_csv(path, csv_path)
    template, target = out / f"scale-template-{tag}.sqlite", out / f"scale-target-{tag}.sqlite"
    build_template(path, template)
    seconds, _inserted = time_ours(fresh_copy(template, target), csv_path)
    for stale in (template, target, csv_path):
        _remove(stale)
    return seconds


def _dashboard(path: Path, out: Path) -> float:
    done = subprocess.run([sys.executable, "-c", DASHBOARD_CHILD, str(path), str(out)],
                          check=True, cwd=ROOT, env=_env(), capture_output=True, text=True)
    line = next(li for li in done.stdout.splitlines() if li.startswith("FIGURES "))
    figures = json.loads(line.removeprefix("FIGURES "))
    return next((v for k, v in figures.items() if "new period" in k), float("nan"))


def _window_peak_mb(path: Path) -> float:
    """Largest resident size (MB) of a window process through its complete load."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.gui_start", str(path),
                             "data-date", "--full"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=ROOT, env=_env())
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"the window process ended with status {proc.returncode}")
    return usage.ru_maxrss / 1024  # kilobytes on Linux


def measure(ctx: Context, accounts: int, events: int) -> dict[str, float]:
    tag = f"{accounts}-{events}"
    path = ctx.out / f"scale-{tag}.sqlite"
    print(f"  scale step {accounts:,} / {events:,}: demo...", flush=True)
    demo_wall, demo_fill, demo_prepare = _demo(path, accounts, events)
    print(f"  scale step {accounts:,} / {events:,}: import...", flush=True)
    import_s = _import(path, ctx.out, tag)
    print(f"  scale step {accounts:,} / {events:,}: KPIs, dashboard, window...", flush=True)
    from storage.workspace import Workspace

    with Workspace.open(path) as workspace:
        catalog_cold(workspace)  # the events cache is on disk (the demo prepared it)
        kpis_s = best_of(lambda: catalog_cold(workspace), repeat=2)
    dashboard_s = _dashboard(path, ctx.out)
    starts, anchors = [], []
    for _ in range(2):
        anchors.append(_anchor())
        starts.append(_start(path, "data-date"))
    peak_mb = _window_peak_mb(path)
    _remove(path)
    return {"demo (wall, with preparing the window)": demo_wall, "  of which filling": demo_fill,
            "  of which preparing the window": demo_prepare, "import all events": import_s,
            "KPI catalog, cold": kpis_s, "dashboard new period, until painted": dashboard_s,
            "start-up to portfolio painted": min(starts),
            "  anchor: import PySide6+pandas+SQLAlchemy+pyqtgraph": min(anchors),
            "peak memory of the window (MB)": peak_mb}


def _cell(name: str, value: float) -> str:
    if "MB" in name:
        return f"{value:,.0f} MB"
    return f"{value * 1000:,.0f} ms" if value < 1 else f"{value:,.1f} s"


def table(steps: list[tuple[int, int]], results: list[dict[str, float]]) -> str:
    """One row per figure, one column per step, with the growth factor from the step before."""
    head = ["figure"] + [f"{a:,} / {e:,}" + ("" if i == 0 else " (growth)")
                         for i, (a, e) in enumerate(steps)]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for name in results[0]:
        cells = [name.strip()]
        for i, result in enumerate(results):
            cell = _cell(name, result[name])
            if i:
                before = results[i - 1][name]
                cell += f" ({result[name] / before:.1f}x)" if before else ""
            cells.append(cell)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def run(ctx: Context) -> list[Figure]:
    if not ctx.scale:
        print("the scale series is opt-in: python -m tests.benchmarks.run --only scale "
              "[--scale-large]")
        return []
    steps = list(STEPS) + ([LARGE] if ctx.scale == "large" else [])
    results = []
    for accounts, events in steps:
        started = time.perf_counter()
        results.append(measure(ctx, accounts, events))
        print(f"  step done in {time.perf_counter() - started:.0f} s; load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
    print("\nscale series (growth factor from the step before in brackets):")
    print(table(steps, results), flush=True)
    return []


if __name__ == "__main__":
    out = ROOT / "bench-out"
    out.mkdir(exist_ok=True)
    large = "--scale-large" in sys.argv
    run(Context(workspace=out, out=out, quick=False, scale="large" if large else "steps"))
