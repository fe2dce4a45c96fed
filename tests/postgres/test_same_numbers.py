"""The same data gives the same output on SQLite and on PostgreSQL, byte for byte.

A small demo portfolio is written to an SQLite file and to a PostgreSQL database; the demo
summary, ``kpis``, ``health`` (JSON and table) and ``backtest`` must print exactly the same.
"""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from desktop.cli import main

DEMO = ["demo", "--accounts", "60", "--events", "6000", "--as-of", "2026-06-30"]
COMMANDS = [
    ["kpis", "--from", "2026-06-01", "--to", "2026-06-30", "--format", "json"],
    ["kpis", "--from", "2026-01-01", "--to", "2026-06-30", "--tier", "1", "--format", "json"],
    ["health", "--as-of", "2026-06-30", "--format", "json"],
    ["health", "--as-of", "2026-06-30"],
    ["health", "--as-of", "2026-03-31", "--band", "at-risk", "--format", "csv"],
    ["backtest", "--months", "6", "--format", "json"],
]


def run(capsys, target: str, *args: str) -> tuple[int, str]:
    code = main(["--workspace", target, *args])
    return code, capsys.readouterr().out


@pytest.fixture(scope="module")
def demo_runs(pg_server, tmp_path_factory):
    """Both workspaces filled by ``abm-health demo``, with what the command printed."""
    targets = (str(tmp_path_factory.mktemp("same") / "w.sqlite"), pg_server.new_database("same"))
    printed = []
    for target in targets:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            assert main(["--workspace", target, *DEMO]) == 0
        printed.append(out.getvalue())
    return targets, printed


@pytest.fixture
def both(demo_runs):
    return demo_runs[0]


def test_demo_summary_is_the_same(demo_runs):
    _, (sqlite_out, postgres_out) = demo_runs
    # Line 1 names the workspace and the time taken, the last how long preparing the
    # window took; the rest is the summary.
    def summary(out: str) -> list[str]:
        lines = out.splitlines()
        assert lines[-1].startswith("Prepared the portfolio for the window in ")
        return lines[1:-1]

    assert summary(sqlite_out) == summary(postgres_out)
    # 60 accounts and exactly 6,000 events, as asked.
    assert "60 accounts" in sqlite_out and "6,000 events" in sqlite_out


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_reports_are_identical(both, capsys, args):
    sqlite, postgres = both
    code_s, out_s = run(capsys, sqlite, *args)
    code_p, out_p = run(capsys, postgres, *args)
    assert (code_s, code_p) == (0, 0)
    assert out_p == out_s
    if "json" in args:
        assert json.loads(out_s)  # something was compared


def test_the_weekly_health_history_is_the_same(both):
    """Written by COPY on PostgreSQL, by executemany on SQLite: the same snapshots."""
    from datetime import date

    import pandas as pd

    from storage.health_repo import active_model, read_snapshots
    from storage.health_service import fill_history
    from storage.workspace import Workspace

    frames = []
    for target in both:
        with Workspace.open(target) as ws:
            assert fill_history(ws, weeks=3, until=date(2026, 6, 30)) == 3
            version = active_model(ws).version
            frame = read_snapshots(ws, version, components=True)
            frames.append(frame.sort_values(["as_of", "account_id"]).reset_index(drop=True))
    assert len(frames[0]) == 3 * 60  # three weeks of the 60 accounts
    pd.testing.assert_frame_equal(frames[0], frames[1], check_dtype=False)


def test_the_portfolio_csv_report_is_the_same(both, tmp_path, capsys):
    outputs = []
    for i, target in enumerate(both):
        folder = tmp_path / f"report{i}"
        folder.mkdir()
        code, _ = run(capsys, target, "report", "portfolio", "-o", str(folder), "--format",
                      "csv", "--from", "2026-06-01", "--to", "2026-06-30")
        assert code == 0
        outputs.append({p.name: p.read_bytes() for p in sorted(folder.iterdir())})
    assert outputs[0] and outputs[0] == outputs[1]
