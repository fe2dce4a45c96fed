"""``abm-health team init`` and the three roles, with real logins on the test server:
a viewer reads but is refused every write with the role it lacks, a manager imports and
is the author of what they write, only an admin undoes."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from sqlalchemy.engine import make_url

from desktop.cli import main
from domain.entities import Note
from storage import notes_repo
from storage.errors import WorkspaceError
from storage.settings_repo import load_settings, save_settings
from storage.workspace import Workspace

ACCOUNTS = "external_id,name,domain,tier\nA-900,Nordwind AG,nordwind.example,2\n"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def team(pg_server):
    """A demo workspace made a team workspace, with vera (viewer) and max (manager)."""
    url = pg_server.new_database("team")
    db = make_url(url).database
    assert main(["--workspace", url, "demo", "--accounts", "20", "--events", "1000",
                 "--as-of", "2026-06-30"]) == 0
    assert main(["team", "init", url]) == 0
    with pg_server.admin() as conn:
        conn.execute(f'CREATE ROLE vera LOGIN; GRANT "{db}_viewer" TO vera')
        conn.execute(f'CREATE ROLE max LOGIN; GRANT "{db}_manager" TO max')
    return {"admin": url, "db": db, "vera": pg_server.url(db, "vera"),
            "max": pg_server.url(db, "max")}


def test_init_prints_the_roles_and_grants(team, capsys):
    code, out, _ = run(capsys, "team", "init", team["admin"])  # again: nothing breaks
    db = team["db"]
    assert code == 0
    assert f"{db}_viewer: read and export" in out
    assert f"{db}_manager: import files and write notes" in out
    assert f"{db}_admin: change settings and health model versions, undo imports" in out
    assert f'GRANT "{db}_viewer" TO "{db}_manager"' in out
    assert 'GRANT INSERT, UPDATE, DELETE ON accounts, contacts,' in out


def test_a_viewer_reads_and_is_refused_writes_naming_the_role(team, capsys, tmp_path):
    db = team["db"]
    code, out, _ = run(capsys, "--workspace", team["vera"], "health", "--as-of", "2026-06-30",
                       "--format", "json")
    with Workspace.open(team["admin"]) as ws, ws.connect() as conn:
        targets = conn.exec_driver_sql("SELECT COUNT(*) FROM accounts WHERE is_target").scalar()
    assert code == 0 and len(json.loads(out)) == targets  # health lists target accounts
    csv = tmp_path / "accounts.csv"
    csv.write_text(ACCOUNTS)
    code, out, err = run(capsys, "--workspace", team["vera"], "import", "accounts", str(csv))
    assert code == 1 and out == ""
    assert err == (f"abm-health: To import files you need the manager role on this workspace "
                   f"({db}_manager), which the database user vera does not have; ask an admin "
                   f"to run: GRANT {db}_manager TO vera;\n")
    with Workspace.open(team["vera"]) as ws:
        with pytest.raises(WorkspaceError, match=f"To change the settings you need the admin "
                                                 f"role on this workspace \\({db}_admin\\)"):
            save_settings(ws, load_settings(ws))
        # A write that skips the check is refused by the database, with the same kind of
        # sentence instead of a trace.
        with pytest.raises(WorkspaceError) as refused:
            notes_repo.add_note(ws, Note(account_id=1, text="x", created_at=datetime(2026, 7, 1)))
        assert str(refused.value).startswith(
            "The database refused this change (permission denied for table notes): it needs "
            "the manager role on the workspace")
        assert f"({db}_manager); ask an admin to grant it." in str(refused.value)


def test_a_manager_imports_and_writes_notes_as_themselves_but_cannot_undo(team, capsys, tmp_path):
    db = team["db"]
    csv = tmp_path / "accounts.csv"
    csv.write_text(ACCOUNTS)
    code, out, _ = run(capsys, "--workspace", team["max"], "import", "accounts", str(csv))
    assert code == 0 and "Inserted 1, updated 0, unchanged 0, rejected 0." in out
    batch = int(out.split("Recorded as batch ")[1].split()[0])
    with Workspace.open(team["max"]) as ws:
        with ws.connect() as conn:
            author = conn.exec_driver_sql(
                f"SELECT author FROM import_batches WHERE id = {batch}").scalar()
        assert author == "max"
        note = notes_repo.add_note(ws, Note(account_id=1, text="Renewal call booked",
                                            created_at=datetime(2026, 7, 1), author="typed"))
        assert notes_repo.get_note(ws, note.id).author == "max"
    code, _, err = run(capsys, "--workspace", team["max"], "undo", str(batch))
    assert code == 1
    assert err == (f"abm-health: To undo an import you need the admin role on this workspace "
                   f"({db}_admin), which the database user max does not have; ask an admin to "
                   f"run: GRANT {db}_admin TO max;\n")
    code, out, _ = run(capsys, "--workspace", team["admin"], "undo", str(batch))
    assert code == 0
