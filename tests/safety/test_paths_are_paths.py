"""Issue 18, point 2: a workspace path is a path; only ``scheme://…`` is a URL.

Before, ``create_engine(f"sqlite:///{path}")`` parsed ``?``, ``#`` and ``%xx``: the data
went to another file (``/x/ws``), with mode 0644, and a backup copied the empty one.
"""

from __future__ import annotations

import sqlite3
import stat

import pytest

from desktop.cli import main
from storage.paths import is_url


@pytest.mark.parametrize("name", ["ws?mode=ro.sqlite", "ws#part.sqlite", "ws%41.sqlite",
                                  "ws?cache=shared&mode=memory.sqlite"])
def test_data_lands_in_the_named_file(tmp_path, name):
    folder = tmp_path / "x"
    folder.mkdir()
    seed = tmp_path / "seed.csv"
    seed.write_text("name\nAcme\nBeta\n", encoding="utf-8")
    ws = folder / name
    assert main(["--workspace", str(ws), "import", "accounts", str(seed)]) == 0
    files = [p.name for p in folder.iterdir()]
    # The named file, and the caches the import prepared for the window, named after it.
    assert name in files
    assert all(f == name or f.startswith(name + ".") for f in files), files
    assert stat.S_IMODE(ws.stat().st_mode) == 0o600
    names = sqlite3.connect(ws).execute("SELECT name FROM accounts ORDER BY name").fetchall()
    assert names == [("Acme",), ("Beta",)]
    copy = tmp_path / "copy?.sqlite"
    assert main(["--workspace", str(ws), "backup", "-o", str(copy)]) == 0
    assert sqlite3.connect(copy).execute("SELECT COUNT(*) FROM accounts").fetchone() == (2,)


@pytest.mark.parametrize(("target", "url"), [
    ("postgresql+psycopg://team@db/abm", True),
    ("sqlite:///tmp/ws.sqlite", True),
    ("/x/ws?mode=ro.sqlite", False),
    ("/x/a://b.sqlite", False),
    ("relative/ws.sqlite", False),
    ("C:\\\\Users\\\\me\\\\ws.sqlite", False),
    ("://nothing", False),
])
def test_only_a_scheme_makes_a_url(target, url):
    assert is_url(target) is url
