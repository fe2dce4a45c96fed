"""Regression tests of issue "One truth" on a hand-made workspace, read through ``kpis``.

The workspace: two target accounts, a campaign imported without any cost, no
subscriptions, and NPS responses: one in September (score 3: a detractor, NPS -100) and three
in October (10, 10, 3: NPS (2 - 1) / 3 x 100 = +33.3, shown +33). Its change is
+133.3 points, printed "+133 pts", never "++133".
"""

from __future__ import annotations

import argparse
import json

import openpyxl
import pandas as pd
import pytest
from sqlalchemy import text

from desktop.commands import kpis
from desktop.shared.wording.reasons import sentence as reason_words
from domain.metrics import Period, compute_kpis
from storage import event_cache
from storage.frames import load_frames
from storage.settings_repo import load_settings
from storage.workspace import Workspace

NO_CAMPAIGN_COSTS, NO_SUBSCRIPTIONS = reason_words("campaign_costs"), reason_words("subscriptions")


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite")
    with ws.transaction() as conn:
        conn.execute(text(
            "INSERT INTO accounts (id, name, domain, tier, owner, region, is_target) VALUES "
            "(1, 'Acme', 'acme.example', 1, 'Ann', 'EMEA', 1), "
            "(2, 'Zeta', 'zeta.example', 2, 'Bob', 'NA', 1)"))
        conn.execute(text(
            "INSERT INTO contacts (id, account_id, name, email, buying_role, created_at, mql_at) VALUES "
            "(1, 1, 'Ada', 'ada@acme.example', 'champion', '2026-09-01 00:00:00.000000', "
            "'2026-10-03 09:00:00.000000'), "
            "(2, 2, 'Bo', 'bo@zeta.example', 'user', '2026-09-01 00:00:00.000000', NULL)"))
        conn.execute(text(
            "INSERT INTO campaigns (id, name, channel, start, \"end\", cost, is_paid) VALUES "
            "(1, 'Autumn webinar', 'paid_social', '2026-09-01', '2026-10-31', 0, 0)"))
        conn.execute(text(
            "INSERT INTO events (account_id, contact_id, campaign_id, kind, occurred_at) VALUES "
            "(1, 1, 1, 'form_fill', '2026-10-02 10:00:00.000000')"))
        conn.execute(text(
            "INSERT INTO opportunities (id, account_id, name, type, amount, created_at, "
            "closed_at, status) VALUES (1, 1, 'Acme new', 'new_business', 28400, "
            "'2026-08-01 00:00:00.000000', '2026-10-20 00:00:00.000000', 'won')"))
        conn.execute(text(
            "INSERT INTO nps_responses (account_id, contact_id, score, responded_at) VALUES "
            "(1, 1, 3, '2026-09-15 00:00:00.000000'), "
            "(1, 1, 10, '2026-10-05 00:00:00.000000'), "
            "(2, 2, 10, '2026-10-06 00:00:00.000000'), "
            "(2, NULL, 3, '2026-10-07 00:00:00.000000')"))
        event_cache.mark_events_changed(conn)
    yield ws
    ws.close()


def run(workspace, capsys, *argv):
    parser = argparse.ArgumentParser()
    kpis.register(parser.add_subparsers())
    args = parser.parse_args(["kpis", "--from", "2026-10-01", "--to", "2026-10-31", *argv])
    assert args.func(args, workspace) == 0
    return capsys.readouterr().out


def test_costs_never_imported_are_na_with_the_reason_not_zero(workspace, capsys):
    rows = {r["id"]: r for r in json.loads(run(workspace, capsys, "--format", "json"))}
    # Before: cost per MQL and CAC printed 0.00 while campaign ROI printed n/a.
    for metric_id in ("cost_per_mql", "cac", "campaign_roi"):
        assert rows[metric_id]["value"] is None, metric_id
        assert rows[metric_id]["previous"] is None, metric_id
    assert rows["cost_per_mql"]["na_reason"] == NO_CAMPAIGN_COSTS
    assert rows["campaign_roi"]["na_reason"] == NO_CAMPAIGN_COSTS
    assert rows["cac"]["na_reason"].startswith(NO_CAMPAIGN_COSTS)
    assert rows["grr"]["na_reason"] == rows["nrr"]["na_reason"] == NO_SUBSCRIPTIONS
    # What the workspace does hold is computed: 1 MQL, 1 new customer, NPS.
    assert rows["mqls"]["value"] == 1 and rows["mqls"]["na_reason"] is None
    assert rows["new_customers"]["value"] == 1
    assert rows["nps"]["na_reason"] is None

    # The per-campaign table keeps its MQLs and leaves the costs n/a, not 0.
    report = compute_kpis(load_frames(workspace), load_settings(workspace),
                          Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-11-01")))
    campaigns = report.detail("cost_per_mql").set_index("campaign")
    assert campaigns.loc["Autumn webinar", "mqls"] == 1
    assert campaigns[["cost", "cost_per_mql", "roi"]].isna().all().all()

    table = run(workspace, capsys)
    cost_line = next(line for line in table.splitlines() if line.startswith("Cost per MQL"))
    assert "n/a" in cost_line and NO_CAMPAIGN_COSTS in cost_line
    assert "0.00" not in table
    assert "seed 00" not in table  # reasons are sentences; articles are cited by title


def test_one_sign_per_change_and_no_change_for_zero(workspace, capsys):
    table = run(workspace, capsys)
    nps_line = next(line for line in table.splitlines() if line.startswith("Net promoter"))
    assert nps_line.split()[3:6] == ["+33", "-100", "+133"]  # value, previous, change
    assert "+133 pts" in nps_line
    assert "++" not in table and "+-" not in table
    assert " pp" not in table and "+0.0" not in table
    # Form fills: 1 in October, 0 in the previous 31 days.
    fills = next(line for line in table.splitlines() if line.startswith("Form fills"))
    assert fills.split()[2:5] == ["1", "0", "+1"]
    # SQLs: none in either period: "no change", not "+0".
    sqls = next(line for line in table.splitlines() if line.startswith("Sales-qualified"))
    assert sqls.split()[2:6] == ["0", "0", "no", "change"]


def test_workbook_shows_words_and_keeps_raw_numbers(workspace, tmp_path):
    from desktop.cli import main

    target = tmp_path / "w.xlsx"
    assert main(["--workspace", str(workspace.path), "report", "portfolio", "-o", str(target),
                 "--from", "2026-10-01", "--to", "2026-10-31"]) == 0
    book = openpyxl.load_workbook(target)
    campaigns = list(book["Campaigns"].iter_rows(values_only=True))
    header = campaigns[0]
    row = dict(zip(header, campaigns[1], strict=False))
    assert row["Channel"] == "Paid social"  # not paid_social
    assert row["Cost per MQL"] is None and row["MQLs"] == 1  # n/a is an empty cell, not 0
    kpis = {r[1]: r for r in book["KPIs"].iter_rows(values_only=True)}
    columns = list(book["KPIs"].iter_rows(values_only=True))[0]
    why = columns.index("Why n/a")
    assert kpis["cost_per_mql"][why] == NO_CAMPAIGN_COSTS
    assert kpis["nps"][columns.index("Verdict")] == "Measure"
    accounts = list(book["Accounts"].iter_rows(values_only=True))
    bands = {r[accounts[0].index("Band")] for r in accounts[1:]} - {None}
    assert bands and all(b[0].isupper() and "-" not in b for b in bands)  # "At risk"


def test_an_unknown_owner_or_region_is_named_in_its_own_sentence(workspace, capsys):
    parser = argparse.ArgumentParser()
    kpis.register(parser.add_subparsers())
    base = ["kpis", "--from", "2026-10-01", "--to", "2026-10-31"]
    args = parser.parse_args([*base, "--owner", "Nobody"])
    assert args.func(args, workspace) != 0
    assert "no account has owner 'Nobody'; known: Ann, Bob" in capsys.readouterr().err
    args = parser.parse_args([*base, "--region", "Mars"])
    assert args.func(args, workspace) != 0
    assert "no account has region 'Mars'; known: EMEA, NA" in capsys.readouterr().err
