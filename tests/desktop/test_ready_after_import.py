"""After ``import``, ``undo`` and ``demo`` the window's first start has nothing to compute.

The commands that change the data run the window's full load once they have committed
(``desktop.commands.ready_portfolio``), so the stored portfolio table matches the data just
written and the window shows it at once (``quick_portfolio`` finds it), exactly as the
full load would build it.
"""

from __future__ import annotations

import pandas as pd
import pytest

from desktop.cli import main
from desktop.shared.app_state import load_workspace_data, quick_portfolio
from domain.progress import Progress
from storage import event_cache
from storage.workspace import Workspace

DEMO = ["demo", "--accounts", "30", "--events", "1500", "--seed", "3", "--as-of", "2026-11-23"]
ACCOUNTS = "external_id,name,tier\nNEW-1,Zebra Logistics,1\nNEW-2,Yak Foods,2\n"


@pytest.fixture
def ws(tmp_path):
    path = tmp_path / "w.sqlite"
    assert main(["--workspace", str(path), *DEMO]) == 0
    return path


def quick_names(path) -> list[str] | None:
    with Workspace.open(path) as workspace:
        data = quick_portfolio(workspace, None, Progress.none())
    return None if data is None else data.extras["portfolio"]["name"].tolist()


def test_the_demo_leaves_a_ready_portfolio(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert main(["--workspace", str(path), *DEMO]) == 0
    assert "Prepared the portfolio for the window" in capsys.readouterr().out
    names = quick_names(path)
    assert names is not None and len(names) == 30


def test_an_import_leaves_the_portfolio_the_full_load_would_build(ws, tmp_path, capsys):
    csv = tmp_path / "a.csv"
    csv.write_text(ACCOUNTS, encoding="utf-8")
    assert main(["--workspace", str(ws), "import", "accounts", str(csv)]) == 0
    captured = capsys.readouterr()
    assert "Inserted 2, updated 0" in captured.out
    assert "Prepared the portfolio for the window" in captured.out
    with Workspace.open(ws) as workspace:
        with workspace.connect() as conn:
            stamp = event_cache.read_stamp(conn)
        cache = event_cache.read_cache(event_cache.cache_path(workspace), stamp)
        quick = quick_portfolio(workspace, None, Progress.none())
        full = load_workspace_data(workspace, None, Progress.none())
    assert cache is not None  # the events cache is current too
    assert quick is not None and quick.as_of == full.as_of
    stored, built = quick.extras["portfolio"], full.extras["portfolio"]
    assert len(stored) == 32 and {"Zebra Logistics", "Yak Foods"} <= set(stored["name"])
    pd.testing.assert_frame_equal(stored[["id", "name", "tier", "score", "band"]],
                                  built[["id", "name", "tier", "score", "band"]], check_dtype=False)


def test_undo_and_a_dry_run(ws, tmp_path, capsys):
    csv = tmp_path / "a.csv"
    csv.write_text(ACCOUNTS, encoding="utf-8")
    assert main(["--workspace", str(ws), "import", "accounts", str(csv)]) == 0
    batch = max(int(line.split()[3].rstrip(".,")) for line in capsys.readouterr().out.splitlines()
                if line.startswith("Recorded as batch"))
    assert main(["--workspace", str(ws), "undo", str(batch)]) == 0
    assert "Prepared the portfolio for the window" in capsys.readouterr().out
    assert len(quick_names(ws)) == 30
    # A dry run writes nothing, so there is nothing to prepare.
    assert main(["--workspace", str(ws), "import", "accounts", str(csv), "--dry-run"]) == 0
    assert "Prepared" not in capsys.readouterr().out
    assert len(quick_names(ws)) == 30
