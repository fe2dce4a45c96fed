"""``abm-health kpis`` and ``abm-health health`` as whole processes: wall time and peak memory.

Each command runs in a fresh process on the benchmark workspace, its output thrown away,
as a user at a terminal or a script would run it: the imports, opening the workspace,
loading the frames (events from the cache next to the file) and the work itself. Peak
memory is the child's own maximum resident set size, read with ``os.wait4`` (so one
command's peak never hides another's). Targets: at most 2 s and 300 MB each.

Anchor, in the same run: a process that only imports what every command imports (pandas,
numpy, SQLAlchemy) and exits, the floor below which no command can start.

    python -m tests.benchmarks.run --only process
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmarks.run import ROOT, Context, Figure

ANCHOR = "import pandas, numpy, sqlalchemy"
TARGET = "<= 2 s and <= 300 MB"


def measured(args: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident megabytes of one child process running ``args``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                            env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited with {proc.returncode}")
    peak_kb = usage.ru_maxrss  # kilobytes on Linux
    return seconds, peak_kb / 1024.0


def best(args: list[str], repeat: int = 3) -> tuple[float, float]:
    """The fastest run and the highest peak of ``repeat`` runs."""
    runs = [measured(args) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def command(workspace: Path, *words: str) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", "--workspace", str(workspace), *words]


def run(ctx: Context) -> list[Figure]:
    anchor_s, anchor_mb = best([sys.executable, "-c", ANCHOR])
    measured(command(ctx.workspace, "kpis"))  # the events cache is current before timing
    figures = []
    for name in ("kpis", "health"):
        seconds, peak = best(command(ctx.workspace, name))
        figures.append(Figure(f"abm-health {name}, whole process (peak {peak:,.0f} MB)", seconds,
                              f"process: {ANCHOR} ({anchor_mb:,.0f} MB)", anchor_s, TARGET))
    return figures


if __name__ == "__main__":
    target = Path(sys.argv[1]).resolve()
    for figure in run(Context(workspace=target, out=target.parent, quick=False)):
        print(figure.line(), flush=True)
