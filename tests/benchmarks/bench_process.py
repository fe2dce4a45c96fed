"""``abm-health kpis`` and ``abm-health health`` as whole processes: wall time and peak memory.

Each command runs in a fresh process on the benchmark workspace, its output thrown away,
as a user at a terminal or a script would run it: the imports, opening the workspace,
loading the frames (from the events and tables caches next to the file) and the work itself. Peak
memory is the child's own maximum resident set size, read with ``os.wait4`` (so one
command's peak never hides another's). Targets: at most 2 s and 300 MB each.

Anchor, in the same run: a process that only imports what every command imports (pandas,
numpy, SQLAlchemy) and exits, the floor below which no command can start. The runs are
interleaved (anchor, kpis, health, three times), so a busy moment of a shared machine hits
all three; each figure is the fastest of its three. Beside the wall time, the CPU time
(user + system, from the same ``os.wait4``) of the same runs: on a machine other jobs keep
busy, it moves far less than the wall time.

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


def measured(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak resident megabytes and CPU seconds of one child running ``args``."""
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
    return seconds, peak_kb / 1024.0, usage.ru_utime + usage.ru_stime


def command(workspace: Path, *words: str) -> list[str]:
    return [sys.executable, "-m", "desktop.cli", "--workspace", str(workspace), *words]


def run(ctx: Context, repeat: int = 3) -> list[Figure]:
    measured(command(ctx.workspace, "kpis"))  # the caches are current before timing
    runs: dict[str, list[tuple[float, float, float]]] = {"anchor": [], "kpis": [], "health": []}
    for _ in range(repeat):
        runs["anchor"].append(measured([sys.executable, "-c", ANCHOR]))
        for name in ("kpis", "health"):
            runs[name].append(measured(command(ctx.workspace, name)))

    def best(name: str) -> tuple[float, float, float]:
        wall, peak, cpu = zip(*runs[name], strict=True)
        return min(wall), max(peak), min(cpu)

    anchor_s, anchor_mb, anchor_cpu = best("anchor")
    figures = []
    for name in ("kpis", "health"):
        seconds, peak, cpu = best(name)
        figures.append(Figure(f"abm-health {name}, whole process (peak {peak:,.0f} MB)", seconds,
                              f"process: {ANCHOR} ({anchor_mb:,.0f} MB)", anchor_s, TARGET))
        figures.append(Figure(f"abm-health {name}, CPU time of the same runs", cpu,
                              f"CPU time: {ANCHOR}", anchor_cpu, "info"))
    return figures


if __name__ == "__main__":
    target = Path(sys.argv[1]).resolve()
    for figure in run(Context(workspace=target, out=target.parent, quick=False)):
        print(figure.line(), flush=True)
