"""Calibrated likelihood: pool-adjacent-violators by hand, and a synthetic history whose true
outcome rates are known."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from domain.health.backtest import BacktestData
from domain.health.calibration import (
    fit,
    isotonic,
    out_of_sample,
    pool_adjacent_violators,
    reliability,
)
from domain.health.evaluation import evaluate
from domain.health.model import COMPONENTS, HealthModelConfig


def test_pav_pools_violators_by_hand():
    # 1, 3, 2 -> 3 and 2 violate: pooled to 2.5 (equal weights).
    assert pool_adjacent_violators(np.array([1.0, 3.0, 2.0]), np.ones(3)).tolist() == [1, 2.5, 2.5]
    # Weight 3 on the 2: (3 + 2 × 3) / 4 = 2.25.
    assert pool_adjacent_violators(np.array([1.0, 3.0, 2.0]), np.array([1.0, 1.0, 3.0])).tolist() == [
        1, 2.25, 2.25]
    # A violation that spreads backwards: 4, 5, 1 -> all three pool to 10/3.
    assert pool_adjacent_violators(np.array([4.0, 5.0, 1.0]), np.ones(3)) == pytest.approx([10 / 3] * 3)


def test_isotonic_decreasing_for_churn():
    # Scores 20 (2 of 2 churned), 50 (0 of 1), 80 (1 of 2): decreasing fit pools 50 and 80
    # into 1 of 3.
    knots, rates = isotonic(np.array([20, 20, 50, 80, 80]), np.array([1, 1, 0, 1, 0]), increasing=False)
    assert knots.tolist() == [20, 50, 80]
    assert rates == pytest.approx([1.0, 1 / 3, 1 / 3])


def test_likelihood_interpolates_and_says_not_enough():
    # 20 prospects at 10 (none opened an opportunity), 20 at 30 (10 did): steps of 20.
    scores = np.array([10.0] * 20 + [30.0] * 20)
    opened = np.array([False] * 20 + [True, False] * 10)
    cal = fit("prospect", scores, opened, min_observations=40)
    # Knots 10 -> 0, 30 -> 0.5; 20 is half way; beyond the ends flat; NaN stays NaN.
    assert cal.likelihood(np.array([20.0, 0.0, 90.0, np.nan]))[:3].tolist() == [0.25, 0.0, 0.5]
    assert np.isnan(cal.likelihood(np.nan)[0])
    short = fit("prospect", np.array([10.0, 30]), np.array([0, 1], bool), min_observations=4)
    assert not short.enough and np.isnan(short.likelihood(20.0)[0])
    assert short.shortfall == "too_few_observations"  # worded in tests/desktop/test_wording.py
    none = fit("customer", np.array([10.0] * 5), np.zeros(5, bool), min_observations=4)
    assert none.shortfall == "no_outcomes"


def synthetic(seed: int = 7, n: int = 24_000) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Scores uniform on 0-100 in steps of 0.1; true churn rate 0.4 below 40, 0.1 from 40 to
    70, 0.02 from 70 (a step function: what an isotonic fit can recover)."""
    rng = np.random.default_rng(seed)
    scores = np.round(rng.uniform(0, 100, n), 1)
    true = np.select([scores < 40, scores < 70], [0.4, 0.1], 0.02)
    outcome = rng.random(n) < true
    months = np.repeat(np.arange(12), n // 12)
    return scores, outcome, true, months


def test_calibration_recovers_known_rates():
    scores, outcome, true, months = synthetic()
    cal = fit("customer", scores, outcome)
    probes = np.array([10.0, 30.0, 50.0, 65.0, 80.0, 95.0])
    expected = np.array([0.4, 0.4, 0.1, 0.1, 0.02, 0.02])
    assert cal.observations == 24_000 and cal.enough
    # Away from the steps (where interpolation blends two rates) within 3 points.
    assert cal.likelihood(probes) == pytest.approx(expected, abs=0.03)
    assert np.all(np.diff(cal.rates) <= 0)  # churn never rises with the score


def test_out_of_sample_reliability_matches_truth():
    scores, outcome, true, months = synthetic(seed=11)
    predicted = out_of_sample("customer", scores, outcome, months)
    table = reliability(predicted, outcome)
    assert len(table.bins) == 10 and sum(b.observations for b in table.bins) == 24_000
    for b in table.bins:
        assert b.observed == pytest.approx(b.predicted, abs=0.04)
    # The Brier score of the true rates is Σ p(1-p) / n; a calibrated likelihood comes close
    # and clearly beats the base rate.
    best = float(np.mean(true * (1 - true)))
    assert table.brier == pytest.approx(best, abs=0.005)
    assert table.brier < table.brier_base and table.skill > 0.1


def test_reliability_by_hand():
    # Two groups of two: (0.1, 0.1) with outcomes (0, 0) and (0.9, 0.5) with (1, 0).
    table = reliability(np.array([0.1, 0.9, 0.1, 0.5]), np.array([0, 1, 0, 0], bool), bins=2)
    assert [(b.predicted, b.observed, b.observations) for b in table.bins] == [
        (0.1, 0.0, 2), (0.7, 0.5, 2)]
    # Brier: (0.01 + 0.01 + 0.01 + 0.25) / 4; base rate 0.25: (3 × 0.0625 + 0.5625) / 4.
    assert table.brier == pytest.approx(0.07)
    assert table.brier_base == pytest.approx(0.1875)


def test_backtest_report_carries_brier_and_deciles():
    scores, outcome, _, months = synthetic(seed=3, n=2_400)
    dates = tuple(pd.Timestamp("2025-01-01") + pd.DateOffset(months=int(m)) for m in range(12))
    rows = pd.DataFrame({
        "as_of": [dates[m] for m in months], "account_id": np.arange(len(scores)),
        "segment": "customer", "outcome": outcome, "stage": "customer",
        **{c: scores for c in COMPONENTS},
    })
    report = evaluate(BacktestData(HealthModelConfig(), 90, dates, rows), min_observations=5_000)
    customers = report.segment("customer")
    assert customers.calibration.observations == 2_400 and not customers.calibration.enough
    assert len(customers.reliability.bins) == 10
    assert customers.to_dict()["brier"] == round(customers.reliability.brier, 4)


def test_no_step_rests_on_a_handful_of_observations():
    from domain.health.calibration import MIN_BLOCK, merge_small_blocks

    # 3 customers at score 5 all churned, 40 at 50 with 2 churns: PAV alone says 100 % at 5.
    scores = np.array([5.0] * 3 + [50.0] * 40)
    churned = np.array([True] * 3 + [True] * 2 + [False] * 38)
    assert isotonic(scores, churned, increasing=False)[1].tolist() == [1.0, 0.05]
    # With steps of at least MIN_BLOCK (20) the three pool with the 40: 5 of 43.
    knots, rates = isotonic(scores, churned, increasing=False, min_block=MIN_BLOCK)
    assert rates == pytest.approx([5 / 43, 5 / 43])
    # By hand: steps (0.1 on 30), (0.5 on 4), (0.9 on 30); the middle pools with its smaller
    # neighbour (a tie: the left one): (0.1 × 30 + 0.5 × 4) / 34.
    fitted = np.array([0.1, 0.5, 0.9])
    assert merge_small_blocks(fitted, np.array([30.0, 4.0, 30.0]), 20).tolist() == pytest.approx(
        [5 / 34, 5 / 34, 0.9])
