"""Issue 18, point 1: ``--rejects`` and ``-o`` never overwrite what abm-health did not create.

Each refusal happens before anything is read or written: the workspace keeps its bytes and
no batch is recorded.
"""

from __future__ import annotations

import hashlib
import sqlite3
import stat

import pytest

from desktop.cli import main

ACCOUNTS = "external_id,name,tier\nA1,Acme,1\nA2,Beta,2\n"
MIXED = "external_id,name,tier\nA3,Gamma,4\nA4,Delta,2\n"  # A3 is rejected (tier 4)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def batches(ws):
    conn = sqlite3.connect(ws)
    try:
        return conn.execute("SELECT COUNT(*) FROM import_batches").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def ws(tmp_path):
    path = tmp_path / "ws.sqlite"
    (tmp_path / "seed.csv").write_text(ACCOUNTS, encoding="utf-8")
    assert main(["--workspace", str(path), "import", "accounts", str(tmp_path / "seed.csv")]) == 0
    (tmp_path / "mixed.csv").write_text(MIXED, encoding="utf-8")
    return path


def refused(capsys, *argv):
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    assert exit_info.value.code == 2
    return capsys.readouterr().err


def test_rejects_pointed_at_the_workspace_is_refused_and_the_workspace_kept(ws, tmp_path, capsys):
    before = digest(ws)
    err = refused(capsys, "--workspace", str(ws), "import", "accounts",
                  str(tmp_path / "mixed.csv"), "--rejects", str(ws))
    assert "--rejects" in err and "is the workspace" in err
    assert digest(ws) == before
    assert batches(ws) == 1  # the seed only: the mixed file was not imported


def test_rejects_refuses_another_spelling_of_the_workspace(ws, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = digest(ws)
    refused(capsys, "--workspace", str(ws), "import", "accounts", "mixed.csv",
            "--rejects", "./sub/../ws.sqlite")
    assert digest(ws) == before


def test_rejects_pointed_at_the_input_is_refused(ws, tmp_path, capsys):
    err = refused(capsys, "--workspace", str(ws), "import", "accounts",
                  str(tmp_path / "mixed.csv"), "--rejects", str(tmp_path / "mixed.csv"))
    assert "is an input of this command" in err
    assert (tmp_path / "mixed.csv").read_text(encoding="utf-8") == MIXED


def test_rejects_pointed_at_a_folder_is_refused_before_the_import(ws, tmp_path, capsys):
    err = refused(capsys, "--workspace", str(ws), "import", "accounts",
                  str(tmp_path / "mixed.csv"), "--rejects", str(tmp_path))
    assert "is a folder" in err
    assert batches(ws) == 1


def test_an_existing_rejects_file_needs_force(ws, tmp_path, capsys):
    rejects = tmp_path / "rejects.csv"
    rejects.write_text("someone's notes\n", encoding="utf-8")
    err = refused(capsys, "--workspace", str(ws), "import", "accounts",
                  str(tmp_path / "mixed.csv"), "--rejects", str(rejects))
    assert "already exists" in err and "--force" in err
    assert rejects.read_text(encoding="utf-8") == "someone's notes\n"
    assert batches(ws) == 1
    code = main(["--workspace", str(ws), "import", "accounts", str(tmp_path / "mixed.csv"),
                 "--rejects", str(rejects), "--force"])
    assert code == 1
    assert rejects.read_text(encoding="utf-8").splitlines()[1].startswith("2,A3,Gamma,4,")


def test_force_never_replaces_the_workspace(ws, tmp_path, capsys):
    before = digest(ws)
    refused(capsys, "--workspace", str(ws), "import", "accounts", str(tmp_path / "mixed.csv"),
            "--rejects", str(ws), "--force")
    assert digest(ws) == before


def test_rejects_file_is_owner_only_with_no_temporary_left(ws, tmp_path):
    rejects = tmp_path / "r.csv"
    assert main(["--workspace", str(ws), "import", "accounts", str(tmp_path / "mixed.csv"),
                 "--rejects", str(rejects)]) == 1
    assert stat.S_IMODE(rejects.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_report_and_backup_outputs_onto_the_workspace_are_refused(tmp_path, capsys):
    ws = tmp_path / "book.pdf"  # a workspace may have any name, even a report's
    (tmp_path / "seed.csv").write_text(ACCOUNTS, encoding="utf-8")
    assert main(["--workspace", str(ws), "import", "accounts", str(tmp_path / "seed.csv")]) == 0
    before = digest(ws)
    err = refused(capsys, "--workspace", str(ws), "report", "meeting", "-o", str(ws), "--force")
    assert "is the workspace" in err
    err = refused(capsys, "--workspace", str(ws), "backup", "-o", str(ws))
    assert "is the workspace" in err
    assert digest(ws) == before


def test_report_refuses_an_existing_file_without_force(ws, tmp_path, capsys):
    taken = tmp_path / "board.pdf"
    taken.write_bytes(b"the board's own file")
    err = refused(capsys, "--workspace", str(ws), "report", "meeting", "-o", str(taken))
    assert "already exists" in err and "--force" in err
    assert taken.read_bytes() == b"the board's own file"


def test_report_csv_folder_refuses_to_replace_existing_sheets_without_force(ws, tmp_path,
                                                                           capsys):
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "kpis.csv").write_text("someone's numbers\n", encoding="utf-8")
    err = refused(capsys, "--workspace", str(ws), "report", "portfolio", "-o", str(folder),
                  "--format", "csv")
    assert "kpis.csv already exists" in err and "--force" in err
    assert (folder / "kpis.csv").read_text(encoding="utf-8") == "someone's numbers\n"
