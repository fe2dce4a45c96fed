"""Issue 18, point 7 (damaged database): a malformed page gives a sentence, and no writes.

Before, ``kpis``/``health``/``report`` ended in a "database disk image is malformed"
traceback, while ``import``, ``undo`` and ``backup`` kept writing to the damaged file.
"""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop.cli import main
from storage.workspace import Workspace

PAGE = 4096


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(tmp_path):
    """A workspace whose events table fills most pages, one of them overwritten."""
    path = tmp_path / "ws.sqlite"
    Workspace.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO accounts (name, tier, is_target) VALUES ('Acme', 2, 1)")
    conn.executemany(
        "INSERT INTO events (account_id, kind, occurred_at, asset) VALUES (1, 'page_view', ?, ?)",
        [(f"2024-01-{1 + i % 28:02d} 10:00:00.000000", f"/page/{i}/" + "x" * 300)
         for i in range(6000)])
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    pages = path.stat().st_size // PAGE
    with path.open("r+b") as handle:
        handle.seek(PAGE * (pages * 2 // 3))
        handle.write(bytes([0x0D]) + b"\xff" * (PAGE - 1))  # a leaf page with nonsense cells
    return path


@pytest.mark.parametrize("command", [["health", "--as-of", "2024-01-31"],
                                     ["kpis", "--from", "2024-01-01", "--to", "2024-01-31"]])
def test_reading_commands_say_the_workspace_is_damaged(damaged, capsys, command):
    code = main(["--workspace", str(damaged), *command])
    err = capsys.readouterr().err
    assert code == 1
    assert "is damaged" in err and "Traceback" not in err


def test_import_refuses_to_write_to_a_damaged_file(damaged, tmp_path, capsys):
    csv = tmp_path / "a.csv"
    csv.write_text("name\nNew Co\n", encoding="utf-8")
    before = digest(damaged)
    code = main(["--workspace", str(damaged), "import", "accounts", str(csv)])
    err = capsys.readouterr().err
    assert code == 1
    assert "is damaged" in err and "nothing was written" in err
    assert digest(damaged) == before


def test_backup_of_a_damaged_file_is_refused_and_leaves_nothing(damaged, tmp_path, capsys):
    out = tmp_path / "copies"
    out.mkdir()
    code = main(["--workspace", str(damaged), "backup", "-o", str(out / "b.sqlite")])
    err = capsys.readouterr().err
    assert code == 1
    assert "nothing was written" in err
    assert list(out.iterdir()) == []


def test_undo_refuses_to_write_to_a_damaged_file(damaged, capsys):
    before = digest(damaged)
    code = main(["--workspace", str(damaged), "undo", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "is damaged" in err and "Traceback" not in err
    assert digest(damaged) == before
