"""Backtest and what-if: rank AUC, outcome rate per band, lift, outcomes per month end."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from domain.health.backtest import (
    BacktestData,
    month_starts,
    prepare_backtest,
)
from domain.health.evaluation import auc, evaluate, what_if
from domain.health.model import COMPONENTS, HealthModelConfig
from domain.settings import WorkspaceSettings
from tests.domain.test_health_components import ACME, AS_OF, BARE, CORP, GONE, portfolio

T = pd.Timestamp
NAN = float("nan")


def test_rank_auc_by_hand():
    assert auc(np.array([1, 2, 3, 4]), np.array([0, 0, 1, 1], bool)) == 1.0
    assert auc(np.array([1, 2, 3, 4]), np.array([1, 1, 0, 0], bool)) == 0.0
    assert auc(np.array([1.0, 1.0]), np.array([1, 0], bool)) == 0.5
    # Good 0.35 and 0.8 against bad 0.1 and 0.4: 3 of 4 pairs ranked right.
    assert auc(np.array([0.1, 0.4, 0.35, 0.8, NAN]), np.array([0, 0, 1, 1, 1], bool)) == 0.75
    assert np.isnan(auc(np.array([1.0, 2.0]), np.array([1, 1], bool)))


def data_with(scores: list[tuple[str, float, bool]]) -> BacktestData:
    """Rows whose every component equals the score, so any weights give that score."""
    rows = pd.DataFrame(
        [{"as_of": T("2026-01-01"), "account_id": i, "segment": seg, "outcome": out,
          "stage": "customer" if seg == "customer" else "engaged", **dict.fromkeys(COMPONENTS, s)}
         for i, (seg, s, out) in enumerate(scores)]
    )
    return BacktestData(HealthModelConfig(), 90, (T("2026-01-01"),), rows)


def example() -> BacktestData:
    customers = [("customer", 80, True)] + [("customer", 80, False)] * 3 + [
        ("customer", 50, False)] * 2 + [("customer", 20, True)] * 2 + [("customer", 20, False)] * 2
    prospects = [("prospect", 90, True), ("prospect", 90, False), ("prospect", 60, True),
                 ("prospect", 30, False), ("prospect", 30, False), ("prospect", 30, True)]
    return data_with(customers + prospects)


def test_report_auc_rates_and_lift():
    # Prospects' intent bands at the customers' numbers, hot >= 70 and warm >= 40, for this
    # example (the defaults are 50 and 25).
    report = evaluate(example(), hot_min=70, warm_min=40)
    customers, prospects = report.segment("customer"), report.segment("prospect")
    # Customers (good = stayed): 7 good × 3 churned = 21 pairs. Good 80s: tie with the
    # churned 80, beat two 20s -> 3 × 2.5; good 50s beat two 20s -> 2 × 2; good 20s tie
    # two 20s -> 2 × 1. (7.5 + 4 + 2) / 21.
    assert customers.auc == pytest.approx(13.5 / 21)
    # Churn rate: healthy 1 of 4, at risk 2 of 4 -> 2.0x.
    rates = {b.band: (b.accounts, b.outcomes) for b in customers.bands}
    assert rates == {"healthy": (4, 1), "watch": (2, 0), "at-risk": (4, 2)}
    assert customers.lift == 2.0
    assert customers.compared == ("at-risk", "healthy")  # worded in tests/desktop/test_wording.py
    # Prospects (good = opened an opportunity): 3 × 3 pairs; 90: 0.5 + 2, 60: 2, 30: 1.
    assert prospects.auc == pytest.approx(5.5 / 9)
    assert prospects.lift == pytest.approx(0.5 / (1 / 3))
    assert prospects.compared == ("hot", "cold")
    assert {b.band: (b.accounts, b.outcomes) for b in prospects.bands} == {
        "hot": (2, 1), "warm": (1, 1), "cold": (3, 1)}
    assert report.auc == pytest.approx((13.5 + 5.5) / (21 + 9))


def test_band_thresholds_can_be_tried_too():
    report = evaluate(example(), healthy_min=85, watch_min=25)
    rates = {b.band: b.accounts for b in report.segment("customer").bands}
    assert rates == {"healthy": 0, "watch": 6, "at-risk": 4}
    assert np.isnan(report.segment("customer").lift)


def test_what_if_reweights_cached_components():
    # Two customers: one churned with high engagement and low pipeline, one stayed with
    # the opposite. Weighting engagement ranks them wrong (AUC 0), pipeline right (1).
    rows = pd.DataFrame([
        {"as_of": T("2026-01-01"), "account_id": 1, "segment": "customer", "outcome": True,
         "stage": "customer", **dict.fromkeys(COMPONENTS, NAN), "engagement": 90.0, "pipeline": 10.0},
        {"as_of": T("2026-01-01"), "account_id": 2, "segment": "customer", "outcome": False,
         "stage": "customer", **dict.fromkeys(COMPONENTS, NAN), "engagement": 10.0, "pipeline": 90.0},
    ])
    data = BacktestData(HealthModelConfig(), 90, (T("2026-01-01"),), rows)
    only = {c: 0.0 for c in COMPONENTS}
    assert what_if(data, HealthModelConfig().with_weights({**only, "engagement": 1})).auc == 0.0
    assert what_if(data, HealthModelConfig().with_weights({**only, "pipeline": 1})).auc == 1.0
    with pytest.raises(ValueError, match="window_days"):
        what_if(data, HealthModelConfig(window_days=60))


def test_outcomes_at_a_month_end():
    frames = portfolio(
        accounts=[{"id": 5, "name": "Else", "tier": 3}, {"id": 6, "name": "Fern", "tier": 3}],
        opportunities=[{"account_id": BARE, "name": "Next deal", "type": "new_business",
                        "created_at": "2026-06-15", "status": "open"}],
        # Bare and Fern opened an email before the month end: scored; Else has no data.
        events=[{"account_id": BARE, "kind": "email_open", "occurred_at": "2026-05-02"},
                {"account_id": 6, "kind": "email_open", "occurred_at": "2026-05-02"}],
    )
    # Corp's product X churns on 2026-07-01, within 90 days of the as-of instant.
    frames.subscriptions.loc[frames.subscriptions["product"] == "X", "churned_at"] = T("2026-07-01")
    data = prepare_backtest(frames, WorkspaceSettings(), dates=[AS_OF])
    rows = data.rows.set_index("account_id")
    assert GONE not in rows.index  # already churned: nothing to foresee
    assert ACME not in rows.index  # its opportunity is already open: it can only win or lose
    assert rows.at[CORP, "segment"] == "customer" and bool(rows.at[CORP, "outcome"])
    assert rows.at[BARE, "segment"] == "prospect" and bool(rows.at[BARE, "outcome"])
    assert rows.at[6, "segment"] == "prospect" and not bool(rows.at[6, "outcome"])
    assert 5 not in rows.index  # no data: no score to test


def test_month_starts_leave_a_full_horizon_and_a_warm_up():
    frames = portfolio(events=[
        {"account_id": BARE, "kind": "web_visit", "occurred_at": "2025-01-15"},
        {"account_id": BARE, "kind": "web_visit", "occurred_at": "2026-11-20"},
    ])
    # Horizon: 2026-11-20 - 90 days = 2026-08-22, so the last month end is July's (T = 1 Aug).
    assert month_starts(frames, months=3) == [T("2026-06-01"), T("2026-07-01"), T("2026-08-01")]
    # Warm-up from the earliest fact of any kind: the subscriptions starting 2025-01-01
    # (before the first touch, 2025-01-15); + 90 days = 2025-04-01, itself a month start.
    assert month_starts(frames, months=100)[0] == T("2025-04-01")
