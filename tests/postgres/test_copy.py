"""``abm-health copy`` both ways and ``backup`` of a server workspace: every table arrives
with the same row count and content hash, history and model versions included."""

from __future__ import annotations

import os

import pytest

from desktop.cli import main
from storage.copying import workspace_digests
from storage.health_service import fill_history
from storage.workspace import Workspace

DEMO = ["demo", "--accounts", "30", "--events", "3000", "--as-of", "2026-06-30"]
ACCOUNTS = "external_id,name,domain,tier\nA-900,Nordwind AG,nordwind.example,2\n"


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # usage mistakes exit 2 through argparse
        code = int(exc.code)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def source(tmp_path, capsys):
    """An SQLite workspace with a demo, an import batch, and a weekly health history."""
    path = str(tmp_path / "laptop.sqlite")
    assert main(["--workspace", path, *DEMO]) == 0
    csv = tmp_path / "accounts.csv"
    csv.write_text(ACCOUNTS)
    assert main(["--workspace", path, "import", "accounts", str(csv)]) == 0
    from datetime import date

    with Workspace.open(path) as ws:
        assert fill_history(ws, weeks=4, until=date(2026, 6, 30)) == 4
    capsys.readouterr()
    return path


def test_copy_to_postgres_and_back_keeps_every_table(source, pg_url, tmp_path, capsys):
    code, out, err = run(capsys, "copy", source, pg_url)
    assert code == 0, err
    assert out.splitlines()[-1].endswith(
        "row counts and content hashes checked equal on both sides.")
    # 31 accounts: the demo's 30 and the imported one; 4 weeks of 31 snapshots.
    assert "  accounts                  31 rows" in out
    assert "  health_snapshots         124 rows" in out
    back = str(tmp_path / "back.sqlite")
    code, _, err = run(capsys, "copy", pg_url, back)
    assert code == 0, err
    with Workspace.open(source) as a, Workspace.open(pg_url) as b, Workspace.open(back) as c:
        digests = [workspace_digests(ws) for ws in (a, b, c)]
    assert digests[0] == digests[1] == digests[2]
    assert {d.table: d.rows for d in digests[0]}["import_batches"] == 1
    # The same answers from the copy as from the original.
    answers = []
    for target in (source, pg_url, back):
        code, out, _ = run(capsys, "--workspace", target, "health", "--as-of", "2026-06-30",
                           "--format", "json")
        answers.append(out)
    assert answers[0] == answers[1] == answers[2]


def test_copy_refuses_a_destination_with_data(source, tmp_path, capsys):
    code, _, err = run(capsys, "copy", source, source)
    assert code == 2 and "SRC and DEST are the same workspace" in err
    other = tmp_path / "other.sqlite"
    assert main(["--workspace", str(other), *DEMO]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "copy", source, str(other))
    assert code == 2 and "already exists; copy into a new file" in err


def test_copy_into_a_database_with_data_is_refused_with_a_sentence(source, pg_url, capsys):
    assert main(["--workspace", pg_url, *DEMO]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "copy", source, pg_url)
    assert code == 1 and out == ""
    assert "already holds data (accounts, " in err
    assert err.rstrip().endswith("copy into a new file or an empty database.")


def test_backup_of_a_server_workspace_is_a_checked_sqlite_file(source, pg_url, tmp_path, capsys):
    assert main(["copy", source, pg_url]) == 0
    target = tmp_path / "team-backup.sqlite"
    code, out, err = run(capsys, "--workspace", pg_url, "backup", "-o", str(target))
    assert code == 0, err
    assert out.splitlines()[-1].startswith("Backed up postgresql+psycopg://")
    assert os.stat(target).st_mode & 0o777 == 0o600
    with Workspace.open(pg_url) as a, Workspace.open(target) as b:
        assert workspace_digests(a) == workspace_digests(b)
    code, _, err = run(capsys, "--workspace", pg_url, "backup", "-o", str(target))
    assert code == 2 and "already exists" in err


def test_copy_streams_each_table_in_batches_both_ways(source, pg_url, pg_server, tmp_path,
                                                      monkeypatch):
    """Batches of 100 rows: the 3,000 events arrive in 30 steps; on the server they are
    fetched from a server-side cursor 100 at a time (what the server says the reading
    session last ran); the hashes are equal both ways."""
    from sqlalchemy.engine import make_url

    from storage import copying

    monkeypatch.setattr(copying, "CHUNK", 100)
    steps: dict[str, list[int]] = {}
    with Workspace.open(source) as laptop, Workspace.open(pg_url) as server:
        copying.copy_workspace(laptop, server,
                               progress=lambda t, n: steps.setdefault(t, []).append(n))
    assert steps["events"] == list(range(100, 3001, 100))
    database = make_url(pg_url).database
    seen: list[str] = []

    def look(table: str, _count: int) -> None:
        if table == "events" and not seen:
            with pg_server.admin() as admin:
                seen.extend(q for (q,) in admin.execute(
                    "SELECT query FROM pg_stat_activity WHERE datname = %s", (database,)))

    back = tmp_path / "back.sqlite"
    with Workspace.open(pg_url) as server, Workspace.open(back) as copy:
        copying.copy_workspace(server, copy, progress=look)
    assert any(q.startswith("FETCH FORWARD 100 FROM") for q in seen), seen
    with Workspace.open(source) as a, Workspace.open(pg_url) as b, Workspace.open(back) as c:
        digests = [workspace_digests(ws) for ws in (a, b, c)]
    assert digests[0] == digests[1] == digests[2]
