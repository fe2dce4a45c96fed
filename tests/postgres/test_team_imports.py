"""Two people importing into one PostgreSQL workspace at once: the second waits, naming who
imports what, or is refused with that sentence; a clash never shows a raw database error."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.importing import ImportInputs, run
from storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
ACCOUNTS = "external_id,name,domain,tier\nA-1,Acme,acme.example,1\nA-2,Zeta,zeta.example,2\n"

# The first importer stops inside its transaction (lock held, rows written) until GO exists.
FIRST = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from storage.workspace import Workspace
    from storage.importing import ImportInputs, run

    go = Path(sys.argv[3])
    def progress(stage, done, total):
        if stage == "writing" and done == 0:
            print("WRITING", flush=True)
            while not go.exists():
                time.sleep(0.05)
        return True

    with Workspace.open(sys.argv[1]) as workspace:
        result = run(ImportInputs(workspace, "accounts", sys.argv[2]), progress)
    print("FINISHED", result.inserted, flush=True)
""")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.fixture
def files(tmp_path):
    first, second = tmp_path / "crm.csv", tmp_path / "again.csv"
    first.write_text(ACCOUNTS)
    second.write_text(ACCOUNTS)
    return first, second, tmp_path / "go"


def _start_first(url: str, csv: Path, go: Path) -> subprocess.Popen:
    first = subprocess.Popen([sys.executable, "-c", FIRST, url, str(csv), str(go)],
                             stdout=subprocess.PIPE, text=True, env=_env(), cwd=ROOT)
    assert first.stdout.readline().strip() == "WRITING"
    return first


def _cli(url: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", "--workspace", url, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(), cwd=ROOT)


def test_the_second_import_waits_and_says_for_whom(pg_url, files):
    Workspace.open(pg_url).close()  # the schema exists before both start
    crm, again, go = files
    first = _start_first(pg_url, crm, go)
    second = _cli(pg_url, "import", "accounts", str(again))
    line = second.stderr.readline()
    assert line.startswith("abm-health import: Waiting: abm_test is importing accounts from "
                           "crm.csv (since ")
    go.touch()
    assert first.communicate(timeout=60)[0].split() == ["FINISHED", "2"]
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    # It ran after the first had committed: both accounts were there, unchanged.
    assert "Inserted 0, updated 0, unchanged 2, rejected 0." in out
    with Workspace.open(pg_url) as ws, ws.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM accounts")).scalar() == 2
        assert conn.execute(text("SELECT COUNT(*) FROM import_batches")).scalar() == 2


def test_with_no_wait_the_second_import_is_refused_with_a_sentence(pg_url, files):
    Workspace.open(pg_url).close()
    crm, again, go = files
    first = _start_first(pg_url, crm, go)
    try:
        out, err = _cli(pg_url, "import", "accounts", str(again), "--no-wait").communicate(
            timeout=60)
    finally:
        go.touch()
        first.communicate(timeout=60)
    assert err.startswith("abm-health: The workspace is busy: abm_test is importing accounts "
                          "from crm.csv (since ")
    assert "try again when it has finished." in err and "Traceback" not in err
    assert out == ""


def test_rows_written_meanwhile_by_another_program_are_matched_not_duplicated(pg_url, files):
    """Another program (not abm-health, so no import lock) inserts A-1 while our import
    runs. Its write holds the change counter (migration 0003's triggers) until it commits,
    so our import waits for it, then finds A-1 and updates it: no clash, no duplicate."""
    crm, _, _ = files
    ws = Workspace.open(pg_url)
    other = ws.engine.connect()
    other.begin()
    other.execute(text("INSERT INTO accounts (external_id, name, tier, is_target) "
                       "VALUES ('A-1', 'Acme by hand', 1, TRUE)"))
    outcome: list[object] = []

    def importing():
        try:
            outcome.append(run(ImportInputs(ws, "accounts", crm)))
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=importing)
    worker.start()
    with ws.engine.connect() as watch:  # wait until the import waits for the other writer
        for _ in range(600):
            waiting = watch.execute(text(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database()")).scalar()
            if waiting:
                break
            time.sleep(0.05)
    other.commit()
    other.close()
    worker.join(60)
    result = outcome[0]
    assert not isinstance(result, BaseException), result
    assert (result.inserted, result.updated) == (1, 1)  # A-2 new; A-1 found and renamed
    with ws.connect() as conn:
        names = conn.execute(text("SELECT name FROM accounts WHERE external_id = 'A-1'")).all()
    ws.close()
    assert [n for (n,) in names] == ["Acme"]


def test_any_clash_of_keys_reaching_the_command_line_is_a_sentence(pg_url, monkeypatch, capsys):
    """A command whose write clashes with a row another session committed (here: the same
    account id twice, for real on the server) exits 1 with a sentence, no trace."""
    from desktop.cli import main
    from desktop.commands import batches

    def clashing(args, workspace):
        with workspace.transaction() as conn:
            conn.execute(text("INSERT INTO accounts (id, name, tier, is_target) "
                              "VALUES (1, 'Acme', 1, TRUE), (1, 'Acme again', 1, TRUE)"))
        return 0

    monkeypatch.setattr(batches, "run_batches", clashing)
    assert main(["--workspace", pg_url, "batches"]) == 1
    err = capsys.readouterr().err
    assert err == ("abm-health: another session changed the same records at the same moment, "
                   "so nothing was written; run the command again.\n")


def test_an_import_waiting_for_another_can_be_cancelled(pg_url, files):
    from storage.importing import ImportCancelled

    Workspace.open(pg_url).close()
    crm, again, go = files
    first = _start_first(pg_url, crm, go)
    told: list[str] = []
    try:
        with Workspace.open(pg_url) as ws:
            inputs = ImportInputs(ws, "accounts", again, on_wait=told.append)
            # Cancel (the progress callback says False) once we were told whom we wait for.
            with pytest.raises(ImportCancelled):
                run(inputs, lambda stage, done, total: not told)
    finally:
        go.touch()
        first.communicate(timeout=60)
    assert told and told[0].startswith("Waiting: abm_test is importing accounts from crm.csv")
    with Workspace.open(pg_url) as ws, ws.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM import_batches")).scalar() == 1
