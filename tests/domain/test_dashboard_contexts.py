"""The dashboard keeps one KPI context per scope between periods (``DashboardCache``):
what it answers from that memory must be what a fresh run computes.

Fixture: ``small_portfolio`` of ``test_report_contents`` (four accounts; October 2026 holds
4 delivered emails to account 1, 2 opened, 1 clicked, and its only won deal). Worked by
hand: portfolio email CTR in October 1/4 = 25 %, in September no delivered email (n/a);
account 2 alone has no email at all; 1 closed deal in October, none in September.
"""

from __future__ import annotations

from domain.metrics import KpiContext, Period, compute_in_context, metric_trend
from domain.report_contents.dashboard import DashboardCache
from domain.settings import WorkspaceSettings
from tests.domain.test_report_contents import small_portfolio

OCTOBER = Period("2026-10-01", "2026-11-01")
SEPTEMBER = Period("2026-09-01", "2026-10-01")


def _values(report) -> list[tuple]:
    return [(r.id, r.value, r.previous, r.n, r.previous_n, r.flags) for r in report]


def test_a_kept_context_answers_each_period_as_a_fresh_run_would():
    frames, settings = small_portfolio(), WorkspaceSettings()
    cache = DashboardCache(generation=1)
    kept = cache.context(frames, settings, None)
    october = compute_in_context(kept, OCTOBER)
    september = compute_in_context(cache.context(frames, settings, None), SEPTEMBER)
    assert cache.context(frames, settings, None) is kept  # the same memory, reused
    assert october.value("email_ctr") == 0.25
    assert september.value("email_ctr") is None
    assert october.value("closed_deals") == 1.0 and september.value("closed_deals") == 0.0
    assert _values(october) == _values(compute_in_context(KpiContext(frames, settings), OCTOBER))
    assert _values(september) == _values(
        compute_in_context(KpiContext(frames, settings), SEPTEMBER))


def test_each_scope_has_its_own_context():
    frames, settings = small_portfolio(), WorkspaceSettings()
    cache = DashboardCache(generation=1)
    everyone = compute_in_context(cache.context(frames, settings, None), OCTOBER)
    second = compute_in_context(cache.context(frames, settings, frozenset({2})), OCTOBER)
    assert everyone.value("email_ctr") == 0.25
    assert second.value("email_ctr") is None
    assert second.value("closed_deals") == 0.0


def test_changed_settings_make_a_new_context():
    frames = small_portfolio()
    cache = DashboardCache(generation=1)
    before = cache.context(frames, WorkspaceSettings(), None)
    after = cache.context(frames, WorkspaceSettings(mql_threshold=10.0), None)
    assert after is not before
    assert after.settings.mql_threshold == 10.0


def test_trend_months_come_from_the_same_memo_as_reporting_periods():
    frames, settings = small_portfolio(), WorkspaceSettings()
    ctx = KpiContext(frames, settings)
    report = compute_in_context(ctx, OCTOBER)
    trend = metric_trend(frames, settings, "email_ctr", OCTOBER.end, months=2, context=ctx)
    assert trend["value"].tolist()[-1] == report.value("email_ctr") == 0.25
    fresh = metric_trend(frames, settings, "email_ctr", OCTOBER.end, months=2)
    assert trend["value"].tolist()[-1] == fresh["value"].tolist()[-1]


def test_a_scope_sharing_the_portfolio_indexes_reports_what_it_would_alone():
    frames, settings = small_portfolio(), WorkspaceSettings()
    cache = DashboardCache(generation=1)
    everyone = cache.context(frames, settings, None)
    compute_in_context(everyone, OCTOBER)
    first = cache.context(frames, settings, frozenset({1}))
    assert first.portfolio is everyone  # its email and touch indexes are the portfolio's rows
    shared = compute_in_context(first, OCTOBER)
    # Account 1 holds all of October's emails: 4 delivered, 1 clicked.
    assert shared.value("email_ctr") == 0.25
    alone = compute_in_context(KpiContext(frames, settings, [1]), OCTOBER)
    assert _values(shared) == _values(alone)
    second = compute_in_context(cache.context(frames, settings, frozenset({2})), OCTOBER)
    assert second.value("email_ctr") is None  # account 2 has no email at all


def test_a_scope_shares_the_indexes_of_a_wider_kept_scope():
    frames, settings = small_portfolio(), WorkspaceSettings()
    cache = DashboardCache(generation=1)
    wide = cache.context(frames, settings, frozenset({1, 2, 3}))
    compute_in_context(wide, OCTOBER)
    narrow = cache.context(frames, settings, frozenset({1}))
    assert narrow.portfolio is wide
    assert _values(compute_in_context(narrow, OCTOBER)) == _values(
        compute_in_context(KpiContext(frames, settings, frozenset({1})), OCTOBER))


def test_a_metrics_value_alone_is_its_full_measures_value_and_n():
    from domain.metrics.engine import COMPUTE
    from domain.metrics.values import FLAGGED, VALUE

    frames, settings = small_portfolio(), WorkspaceSettings()
    for period in (OCTOBER, SEPTEMBER, Period("2026-07-01", "2026-10-01")):
        for metric_id, alone in VALUE.items():
            full = COMPUTE[metric_id](KpiContext(frames, settings), period)
            value = alone(KpiContext(frames, settings), period)
            assert (value.value, value.n) == (full.value, full.n), metric_id
            # A value-only form has no flags: only metrics listed as flagged may have any.
            assert not full.flags or metric_id in FLAGGED, metric_id
