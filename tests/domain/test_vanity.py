"""The "metrics we don't steer by" panel: which rows, in which order, with which values."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from domain.metrics.catalog import metric
from domain.metrics.period import Period
from domain.metrics.results import KpiReport, KpiResult
from domain.settings import WorkspaceSettings
from domain.vanity import vanity_rows


def _report(**values: tuple[float | None, float | None]) -> KpiReport:
    settings = WorkspaceSettings()
    results = []
    for metric_id, (value, previous) in values.items():
        verdict = (
            "vanity" if metric_id in settings.vanity_metrics
            else "caution" if metric_id in settings.caution_metrics
            else "measure"
        )
        results.append(KpiResult(metric_id, verdict, value, previous))
    period = Period(pd.Timestamp("2026-10-01"), pd.Timestamp("2026-11-01"))
    return KpiReport(period, period.previous(), None, results)


REPORT = _report(
    raw_leads=(120.0, 90.0),
    mqls=(14.0, 11.0),
    sales_cycle_days=(45.0, 52.0),
    promo_conversions=(3.0, None),
    email_open_rate=(0.21, 0.25),
    email_ctr=(0.04, 0.05),
    nps=(30.0, 20.0),
    web_visits=(800.0, 700.0),
)


def test_default_panel_lists_vanity_then_caution_with_their_alternatives():
    rows = vanity_rows(REPORT, WorkspaceSettings())
    # page_views and time_on_page are caution by default but not in this report: left out.
    assert [(r.metric_id, r.verdict) for r in rows] == [
        ("raw_leads", "vanity"),
        ("sales_cycle_days", "vanity"),
        ("email_open_rate", "caution"),
    ]
    raw, cycle, opens = rows
    assert (raw.value, raw.previous) == (120.0, 90.0)
    assert (raw.alternative_id, raw.alternative_value, raw.alternative_previous) == ("mqls", 14.0, 11.0)
    assert (cycle.alternative_id, cycle.alternative_value) == ("promo_conversions", 3.0)
    assert cycle.alternative_previous is None  # n/a stays n/a
    assert (opens.alternative_id, opens.alternative_value) == ("email_ctr", 0.04)


def test_the_articles_behind_the_rows_are_known():
    # The reasons are words (tests/desktop/test_wording.py); the articles stay cited, by
    # title, where a source is shown.
    assert metric("raw_leads").seed == "002" and metric("email_open_rate").seed == "004"


def test_the_settings_decide_which_metrics_are_vanity():
    settings = replace(
        WorkspaceSettings(), vanity_metrics=("web_visits",), caution_metrics=()
    )
    rows = vanity_rows(REPORT, settings)
    assert [r.metric_id for r in rows] == ["web_visits"]
    assert rows[0].alternative_id is None and rows[0].alternative_value is None


def test_a_measure_metric_never_appears_in_the_panel():
    rows = vanity_rows(REPORT, WorkspaceSettings())
    assert not {"mqls", "email_ctr", "nps", "web_visits"} & {r.metric_id for r in rows}
