"""Health-history recomputes run one at a time on a shared workspace, computation included.

Two real processes (``tests/postgres/history_worker.py``) fill in the weekly history of the
same PostgreSQL workspace. The first holds the recompute lock from its first step to its
write, pausing at each step; the second, started while the first computes, waits with a
sentence naming who recomputes, and then either does nothing (the history it wanted has
appeared) or computes only the weeks still missing, after the first has finished.
"""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main
from storage.locks import NAMESPACE, RECOMPUTE
from storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
DEMO = ["demo", "--accounts", "60", "--events", "3000", "--as-of", "2026-06-30"]
WAITING = re.compile(r"Waiting: abm_test is filling in the weekly health history "
                     r"\(since \d\d:\d\d:\d\d [A-Z]+\)\.")


@pytest.fixture
def demo_url(pg_url):
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["--workspace", pg_url, *DEMO]) == 0
    return pg_url


def _worker(url: str, weeks: int, pause: float) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.postgres.history_worker", url, str(weeks), str(pause)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_lock(pg_server, url: str, first: subprocess.Popen) -> None:
    """Until the first process holds the recompute lock (it pauses at each step after)."""
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    deadline = time.monotonic() + 120
    with pg_server.admin() as admin:
        while time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            held = admin.execute(
                "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                "WHERE l.locktype = 'advisory' AND l.classid = %s AND l.objid = %s "
                "AND l.granted AND d.datname = %s", (NAMESPACE, RECOMPUTE, database)).fetchone()
            if held[0]:
                return
            time.sleep(0.1)
    pytest.fail("the first process never took the recompute lock")


def _finish(process: subprocess.Popen) -> list[tuple[float, str]]:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    lines = []
    for line in out.splitlines():
        when, _, what = line.partition(" ")
        lines.append((float(when), what))
    return lines


def _snapshots(url: str) -> tuple[int, int]:
    with Workspace.open(url) as ws, ws.connect() as conn:
        return tuple(conn.execute(text(
            "SELECT COUNT(*), COUNT(DISTINCT as_of) FROM health_snapshots")).one())


def test_a_second_recompute_waits_and_skips_when_the_history_appeared(demo_url, pg_server):
    first = _worker(demo_url, 4, 1.0)
    _wait_for_lock(pg_server, demo_url, first)
    second = _worker(demo_url, 4, 0.0)
    a, b = _finish(first), _finish(second)
    assert a[-1][1] == "added 4"
    waited = [what for _, what in b if what.startswith("0/1 Waiting")]
    assert len(waited) == 1 and WAITING.fullmatch(waited[0][len("0/1 "):]), b
    # It computed nothing: no step of its own, and the first one's weeks were enough.
    assert not any("scoring_as_of" in what for _, what in b), b
    assert b[-1][1] == "added 0"
    assert _snapshots(demo_url) == (4 * 60, 4)  # 60 accounts at 4 weekly dates, once each


def test_a_second_recompute_computes_only_after_the_first_has_finished(demo_url, pg_server):
    first = _worker(demo_url, 4, 1.0)
    _wait_for_lock(pg_server, demo_url, first)
    second = _worker(demo_url, 6, 0.0)  # wants two weeks more than the first writes
    a, b = _finish(first), _finish(second)
    assert a[-1][1] == "added 4"
    assert any(WAITING.fullmatch(what[len("0/1 "):]) for _, what in b), b
    assert b[-1][1] == "added 2"
    finished = a[-1][0]
    # Its own computing steps (ids with facts: "preparing_activity", "scoring_as_of\x1f<day>").
    own_steps = [when for when, what in b
                 if "preparing_activity" in what or "scoring_as_of" in what]
    assert own_steps and min(own_steps) >= finished  # not one step while the first ran
    assert _snapshots(demo_url) == (6 * 60, 6)
