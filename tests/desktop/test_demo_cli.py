"""``abm-health demo`` through the real command line entry point."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.cli import main
from storage.workspace import Workspace

ARGS = ["demo", "--accounts", "40", "--events", "3000", "--seed", "3", "--as-of", "2026-11-23"]


def _count(path, table: str) -> int:
    with Workspace.open(path) as ws, ws.connect() as conn:
        return conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()


def test_demo_fills_refuses_then_replaces_with_force(tmp_path, capsys):
    path = tmp_path / "w.sqlite"
    assert main(["--workspace", str(path), *ARGS]) == 0
    out, err = capsys.readouterr()
    assert "40 accounts" in out and "3,000 events" in out
    assert "demo: 100% done" in err
    assert _count(path, "events") == 3000

    assert main(["--workspace", str(path), "demo", "--accounts", "20", "--events", "100"]) == 1
    out, err = capsys.readouterr()
    assert "already holds data" in err and "--force" in err
    assert _count(path, "accounts") == 40 and _count(path, "events") == 3000

    replace = ["demo", "--accounts", "20", "--events", "100", "--as-of", "2026-11-23", "--force"]
    assert main(["--workspace", str(path), *replace]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("Replaced the data of")
    assert _count(path, "accounts") == 20 and _count(path, "events") == 100


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--as-of", "23/11/2026"], "expected a date as YYYY-MM-DD"),
        (["--accounts", "0"], "must be at least 1"),
        (["--events", "-5"], "must be 0 or more"),
    ],
)
def test_bad_arguments_are_usage_errors(tmp_path, capsys, extra, message):
    with pytest.raises(SystemExit) as raised:
        main(["--workspace", str(tmp_path / "w.sqlite"), "demo", *extra])
    assert raised.value.code == 2
    assert message in capsys.readouterr().err
