"""``abm-health --help`` as a whole process, beside a bare Python process.

Figure: a fresh ``python -m desktop.cli --help`` (what the ``abm-health`` script runs) from
spawn to exit, best of five. Anchor: ``python -c "import argparse"`` the same way: what
any Python command line costs before it does anything. Target: under 300 ms. Interleaved,
so a busy moment hits both.

    python -m tests.benchmarks.run --only cli
"""

from __future__ import annotations

import subprocess
import sys
import time

from tests.benchmarks.run import ROOT, Context, Figure


def _process(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(ctx: Context) -> list[Figure]:
    helps, bares = [], []
    for _ in range(5):
        bares.append(_process(["-c", "import argparse"]))
        helps.append(_process(["-m", "desktop.cli", "--help"]))
    kpis_help = min(_process(["-m", "desktop.cli", "kpis", "--help"]) for _ in range(3))
    return [
        Figure("abm-health --help (whole process)", min(helps), "python -c 'import argparse'",
               min(bares), "< 300 ms"),
        Figure("abm-health kpis --help (whole process)", kpis_help,
               "python -c 'import argparse'", min(bares), "info"),
    ]
