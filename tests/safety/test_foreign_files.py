"""Issue 18, point 8: another application's file is refused untouched; an empty one adopted 0600.

Before, an SQLite file without ``alembic_version`` silently gained 18 tables and WAL mode,
one with an ``accounts`` table gave a traceback, and a zero-byte file kept mode 0644.
"""

from __future__ import annotations

import hashlib
import sqlite3
import stat

import pytest

from desktop.cli import main
from storage.errors import WorkspaceError
from storage.workspace import Workspace


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_photos_db(path, *extra_tables):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    conn.execute("INSERT INTO photos (file) VALUES ('IMG_0001.jpg')")
    for table in extra_tables:
        conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("extra", [(), ("accounts",), ("albums", "accounts", "tags", "people",
                                                       "places")])
def test_another_applications_database_is_refused_untouched(tmp_path, extra):
    path = tmp_path / "photos.db"
    make_photos_db(path, *extra)
    before = digest(path)
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(path)
    message = str(info.value)
    assert message.startswith(f"{path} is not an abm-health workspace: it has tables ")
    assert "photos" in message and message.endswith("choose another file.")
    assert info.value.kind == "foreign"
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.db"]  # no -wal, no backup
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_the_command_line_says_so_with_exit_1(tmp_path, capsys):
    path = tmp_path / "photos.db"
    make_photos_db(path, "accounts")
    assert main(["--workspace", str(path), "kpis"]) == 1
    err = capsys.readouterr().err
    assert "is not an abm-health workspace: it has tables accounts, photos" in err
    assert "Traceback" not in err


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes\n", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="not an SQLite database"):
        Workspace.open(path)
    assert path.read_text(encoding="utf-8") == "my notes\n"


def test_an_adopted_zero_byte_file_becomes_owner_only(tmp_path):
    path = tmp_path / "touched.sqlite"
    path.touch(mode=0o644)
    path.chmod(0o644)
    with Workspace.open(path) as ws:
        assert ws.created
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_our_own_workspace_still_opens(tmp_path):
    path = tmp_path / "w.sqlite"
    Workspace.open(path).close()
    with Workspace.open(path) as ws:
        assert not ws.created and ws.is_empty()
