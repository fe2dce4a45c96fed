"""The ``abm-health`` script ends a command's process without tearing the interpreter down
(``desktop.cli.console``): the output must still be whole, the status the command's, a
failure still a sentence with its status, and the workspace closed as after a normal exit.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date

import pytest

from storage.demo.fill import fill_demo
from storage.workspace import Workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("console") / "demo.sqlite"
    with Workspace.open(path) as ws:
        fill_demo(ws, accounts=30, events=1500, seed=5, as_of=date(2026, 10, 31))
    return path


def script(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop.cli", *argv], capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


def test_a_command_prints_all_of_its_output_and_exits_with_its_status(demo):
    done = script("--workspace", str(demo), "health", "--all-accounts", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(rows) == 30  # every account, the last line included
    assert {"account_id", "score", "band"} <= set(rows[0])
    # Nothing of SQLite's write-ahead log is left behind: the workspace was closed.
    assert not demo.with_name(demo.name + "-wal").exists()


def test_a_failing_command_still_says_why_and_exits_with_its_status(demo):
    done = script("--workspace", str(demo), "kpis", "--account", "no such account anywhere")
    assert done.returncode == 1
    assert "abm-health kpis:" in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_usage_errors_and_help_leave_the_usual_way(demo):
    done = script("--workspace", str(demo), "health", "--since", "2026-10-01")
    assert done.returncode == 2 and "--since needs --account" in done.stderr
    assert script("--help").returncode == 0


def test_a_thread_still_at_work_is_waited_for(tmp_path):
    done_file = tmp_path / "done.txt"
    probe = (
        "import pathlib, sys, threading, time\n"
        "def later():\n"
        "    time.sleep(3)\n"
        f"    pathlib.Path({str(done_file)!r}).write_text('done')\n"
        "threading.Thread(target=later).start()\n"
        "sys.argv = ['abm-health', 'template', 'events']\n"
        "from desktop.cli import console\n"
        "console()\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "external_id" in done.stdout  # the template's header
    assert done_file.read_text() == "done"
