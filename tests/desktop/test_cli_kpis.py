"""``abm-health kpis`` on a small workspace in tmp_path: JSON, CSV, table, scope and errors."""

from __future__ import annotations

import argparse
import csv
import io
import json

import pytest
from sqlalchemy import text

from desktop.commands import kpis
from domain.metrics import CATALOG
from storage import event_cache
from storage.workspace import Workspace


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite")
    with ws.transaction() as conn:
        conn.execute(text(
            "INSERT INTO accounts (id, name, domain, tier, owner, region, is_target) VALUES "
            "(1, 'Acme', 'acme.example', 1, 'Ann', 'EMEA', 1), "
            "(2, 'Zeta', 'zeta.example', 2, 'Bob', 'NA', 1)"))
        conn.execute(text(
            "INSERT INTO events (account_id, kind, occurred_at) VALUES "
            "(1, 'form_fill', '2026-10-05 10:00:00.000000'), "
            "(1, 'form_fill', '2026-10-06 10:00:00.000000'), "
            "(2, 'form_fill', '2026-10-07 10:00:00.000000'), "
            "(2, 'form_fill', '2026-09-07 10:00:00.000000')"))
        event_cache.mark_events_changed(conn)
    yield ws
    ws.close()


def run(workspace, capsys, *argv):
    parser = argparse.ArgumentParser()
    kpis.register(parser.add_subparsers())
    args = parser.parse_args(["kpis", "--from", "2026-10-01", "--to", "2026-10-31", *argv])
    code = args.func(args, workspace)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_lists_every_catalog_metric_and_vanity_alternatives(workspace, capsys):
    code, out, _ = run(workspace, capsys, "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert [r["id"] for r in rows] == [d.id for d in CATALOG]
    for row in rows:
        assert {"id", "name", "group", "verdict", "value", "previous", "change", "unit", "n"} <= set(row)
        if row["verdict"] == "vanity":
            assert row["alternative"]
    fills = next(r for r in rows if r["id"] == "form_fills")
    # October: 3 fills; the previous 31 days: 1
    assert (fills["value"], fills["previous"], fills["change"]) == (3, 1, 2)
    assert next(r for r in rows if r["id"] == "email_ctr")["value"] is None  # n/a is null


def test_owner_and_account_narrow_the_scope(workspace, capsys):
    _, out, _ = run(workspace, capsys, "--format", "json", "--owner", "ann")
    assert next(r for r in json.loads(out) if r["id"] == "form_fills")["value"] == 2
    _, out, _ = run(workspace, capsys, "--format", "json", "--account", "zeta.example")
    assert next(r for r in json.loads(out) if r["id"] == "form_fills")["value"] == 1
    _, out, _ = run(workspace, capsys, "--format", "json", "--tier", "2", "--region", "NA")
    assert next(r for r in json.loads(out) if r["id"] == "form_fills")["value"] == 1


def test_csv_has_a_header_and_one_row_per_metric(workspace, capsys):
    _, out, _ = run(workspace, capsys, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == len(CATALOG)
    assert rows[0]["id"] == "email_open_rate" and rows[0]["value"] == ""


def test_table_shows_vanity_metrics_apart_with_their_alternative(workspace, capsys):
    _, out, _ = run(workspace, capsys)
    steering, apart = out.split("Metrics we don't steer by, and why")
    assert "Raw leads" not in steering
    assert "[vanity] Raw leads" in apart
    assert "use Marketing-qualified leads (mqls) instead" in apart
    assert "Form fills" in steering


def test_unknown_owner_or_account_is_a_data_problem_naming_what_exists(workspace, capsys):
    code, _, err = run(workspace, capsys, "--owner", "Zed")
    assert code == 1 and "Ann" in err and "Bob" in err
    code, _, err = run(workspace, capsys, "--account", "Nobody Inc")
    assert code == 1 and "Nobody Inc" in err


def test_a_reversed_period_is_a_usage_error(workspace, capsys):
    from desktop.cli import UsageError

    with pytest.raises(UsageError, match="after --to"):
        run(workspace, capsys, "--from", "2026-11-01")


def _parse_run(workspace, capsys, *argv):
    parser = argparse.ArgumentParser()
    kpis.register(parser.add_subparsers())
    args = parser.parse_args(["kpis", *argv])
    code = args.func(args, workspace)
    return code, capsys.readouterr().out


def _value(out: str, metric_id: str):
    return {r["id"]: r for r in json.loads(out)}[metric_id]["value"]


def test_the_portfolio_is_the_target_accounts_and_all_accounts_adds_the_rest(workspace, capsys):
    with workspace.transaction() as conn:
        conn.execute(text("INSERT INTO accounts (id, name, tier, owner, region, is_target) "
                          "VALUES (3, 'Partner', 3, 'Ann', 'EMEA', 0)"))
        conn.execute(text("INSERT INTO events (account_id, kind, occurred_at) VALUES "
                          "(3, 'form_fill', '2026-10-08 10:00:00.000000')"))
        event_cache.mark_events_changed(conn)
    period = ("--from", "2026-10-01", "--to", "2026-10-31", "--format", "json")
    # October: Acme 2 and Zeta 1 form fills among the targets; the partner's 1 only with
    # --all-accounts.
    assert _value(_parse_run(workspace, capsys, *period)[1], "form_fills") == 3
    assert _value(_parse_run(workspace, capsys, *period, "--all-accounts")[1], "form_fills") == 4
    assert _value(_parse_run(workspace, capsys, *period, "--owner", "Ann")[1], "form_fills") == 2
    code, out = _parse_run(workspace, capsys, "--from", "2026-10-01", "--to", "2026-10-31")
    assert code == 0 and "the portfolio (2 target accounts)" in out


def test_the_default_period_is_the_30_days_up_to_the_data_date(workspace, capsys):
    # The latest record is Zeta's form fill on 7 October 2026: the default period is
    # 8 September to 7 October, which holds the three October fills (not 7 September's).
    code, out = _parse_run(workspace, capsys)
    assert code == 0
    assert "2026-09-08 to 2026-10-07" in out and "Data as of 2026-10-07" in out
    assert _value(_parse_run(workspace, capsys, "--format", "json")[1], "form_fills") == 3
