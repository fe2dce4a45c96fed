"""Killing the process in the middle of an import leaves the workspace exactly as before."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storage.importing import ImportInputs, run
from storage.importing.writer import CHUNK

ROOT = Path(__file__).resolve().parents[2]

# The child imports the events and, once the first chunk of rows has been inserted (inside
# the open transaction), says so and waits to be killed.
CHILD = textwrap.dedent("""
    import sys, time
    from storage.workspace import Workspace
    from storage.importing import ImportInputs, run

    def progress(stage, done, total):
        if stage == "writing" and 0 < done < total:
            print("WRITING", done, flush=True)
            time.sleep(600)
        return True

    with Workspace.open(sys.argv[1]) as workspace:
        run(ImportInputs(workspace, "events", sys.argv[2]), progress)
    print("FINISHED", flush=True)
""")


def snapshot(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    finally:
        conn.close()


@pytest.mark.slow
def test_killing_an_import_mid_write_leaves_the_previous_state(workspace, tmp_path):
    seed = tmp_path / "accounts.csv"
    seed.write_text("external_id,name\n" + "".join(f"A{i},Account {i}\n" for i in range(50)))
    run(ImportInputs(workspace, "accounts", seed))
    first = tmp_path / "first.csv"
    first.write_text("account,kind,occurred_at\nA1,web_visit,2024-01-01 10:00\n")
    run(ImportInputs(workspace, "events", first))
    before = snapshot(workspace.path)

    rows = 2 * CHUNK + 10
    big = tmp_path / "events.csv"
    big.write_text("external_id,account,kind,occurred_at\n" + "".join(
        f"E{i},A{i % 50},page_view,2024-02-01 {i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}\n"
        for i in range(rows)))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(workspace.path), str(big)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line.startswith("WRITING"), line + child.stderr.read()
        assert int(line.split()[1]) >= CHUNK  # a whole chunk is in, uncommitted
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert snapshot(workspace.path) == before
    conn = sqlite3.connect(workspace.path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
