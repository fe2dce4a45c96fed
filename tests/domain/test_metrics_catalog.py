"""The catalog is complete, consistent with the settings, and matches the computations."""

from __future__ import annotations

import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.metrics import (
    CATALOG,
    COMPUTE,
    GROUPS,
    UNITS,
    Period,
    compute_kpis,
    metric,
    metric_trend,
    verdict_for,
)
from domain.settings import WorkspaceSettings

SPEC_IDS = {  # the ids SPEC §4 names
    "email_open_rate", "email_ctr", "click_to_open", "unsubscribe_rate", "content_engagement",
    "form_fills", "cta_conversion", "closed_deals", "new_customers", "account_nps",
    "retention_rate", "raw_leads", "mqls", "sqls", "mql_to_sql", "cost_per_mql",
    "lead_score_cohorts", "reactivated_prospects", "lead_conversion_rate", "campaign_roi",
    "cac", "ltv", "ltv_to_cac", "sales_cycle_days", "promo_conversions",
}


def test_every_catalog_metric_is_computed_and_nothing_else():
    ids = [d.id for d in CATALOG]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(COMPUTE)
    assert SPEC_IDS <= set(ids)


def test_definitions_are_complete():
    for d in CATALOG:
        assert d.group in GROUPS and d.unit in UNITS, d.id
        assert d.seed in {"000", "002", "003", "004"}, d.id  # names and formulas: test_wording
        if d.verdict != "measure":
            assert d.alternative, d.id
            assert metric(d.alternative).verdict == "measure", d.id


def test_default_verdicts_are_the_default_settings():
    settings = WorkspaceSettings()
    assert {d.id for d in CATALOG if d.verdict == "vanity"} == set(settings.vanity_metrics)
    assert {d.id for d in CATALOG if d.verdict == "caution"} == set(settings.caution_metrics)
    assert all(verdict_for(d.id, settings) == d.verdict for d in CATALOG)


def test_the_vanity_list_is_a_setting():
    settings = WorkspaceSettings(vanity_metrics=("web_visits",))
    report = compute_kpis(PortfolioFrames(), settings, Period.month(2026, 10),
                          metric_ids=["web_visits", "raw_leads"])
    assert report["web_visits"].verdict == "vanity"
    assert report["raw_leads"].verdict == "measure"
    assert [r.id for r in report.not_steering()] == ["web_visits"]


def test_unknown_metric_names_the_known_ones():
    with pytest.raises(KeyError, match="email_ctr"):
        metric("emial_ctr")


def test_period_previous_and_calendar_helpers():
    october = Period.month(2026, 10)
    assert october.previous() == Period("2026-08-31", "2026-10-01")  # 31 days before
    assert Period.quarter_of("2026-11-23") == Period("2026-10-01", "2027-01-01")
    assert Period.last_days(30, "2026-11-23") == Period("2026-10-25", "2026-11-24")
    assert [p.start.month for p in Period("2026-09-15", "2026-11-02").months()] == [9, 10, 11]
    with pytest.raises(ValueError, match="end after it starts"):
        Period("2026-10-02", "2026-10-01")


def test_monthly_trend_for_sparklines():
    frames = PortfolioFrames.build(accounts=[{"id": 1, "name": "A"}], events=[
        {"account_id": 1, "kind": "form_fill", "occurred_at": pd.Timestamp(t)}
        for t in ("2026-09-03", "2026-11-01", "2026-11-20", "2026-11-23")
    ])
    trend = metric_trend(frames, WorkspaceSettings(), "form_fills", pd.Timestamp("2026-11-23"), 3)
    # September 1, October 0, November 1st - 22nd: 2 (the 23rd is the cut-off)
    assert list(trend["month"].dt.month) == [9, 10, 11]
    assert list(trend["value"]) == [1, 0, 2]
