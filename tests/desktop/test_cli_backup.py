"""``abm-health backup`` writes a private, consistent copy and refuses to clobber files."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from desktop.cli import main


def _new_workspace(path):
    from storage.workspace import Workspace

    Workspace.open(path).close()  # backup reads a workspace; it never creates one
    return path


def test_backup_copies_the_workspace(tmp_path, capsys):
    ws = _new_workspace(tmp_path / "w.sqlite")
    main(["--workspace", str(ws), "backup", "-o", str(tmp_path / "first.sqlite")])
    conn = sqlite3.connect(ws)
    conn.execute("INSERT INTO accounts (name, tier, is_target) VALUES ('Wrocław Data', 2, 1)")
    conn.commit()
    conn.close()
    copy = tmp_path / "copy.sqlite"
    assert main(["--workspace", str(ws), "backup", "-o", str(copy)]) == 0
    assert "Backed up" in capsys.readouterr().out
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    rows = sqlite3.connect(copy).execute("SELECT name FROM accounts").fetchall()
    assert rows == [("Wrocław Data",)]


def test_backup_refuses_to_overwrite(tmp_path):
    ws = _new_workspace(tmp_path / "w.sqlite")
    existing = tmp_path / "exists.sqlite"
    existing.write_text("keep me")
    with pytest.raises(SystemExit) as exit_info:
        main(["--workspace", str(ws), "backup", "-o", str(existing)])
    assert exit_info.value.code == 2
    assert existing.read_text() == "keep me"
