"""What a backtest reports (SPEC §6): AUC, outcome rate per band (each segment in its own
vocabulary: customers healthy / watch / at risk, prospects hot / warm / cold), the lift
(churn of at-risk over healthy customers; opportunities of hot over cold prospects), and
how well calibrated the likelihood is (Brier score, reliability per decile).

AUC is rank-based (Mann–Whitney): the probability that an account with the good outcome
(a customer that did not churn, a prospect that opened an opportunity) scored higher than
one with the bad outcome, ties counting half. 0.5 is a coin toss, 1 a perfect ranking.
Customers and prospects are ranked separately (their outcomes differ); the overall AUC
is their pair-weighted mean, i.e. the same probability over pairs within a segment.

Calibration (``domain.health.calibration``): each segment's likelihood is fitted on all its
observations (``SegmentReport.calibration``, what the screens show beside a score); the
Brier score and the reliability table use out-of-sample likelihoods, each month end
predicted from the other month ends, so they are not flattered by the fit.

``evaluate`` works on cached component scores (``BacktestData``) with arithmetic only, so
``what_if`` with unsaved weights answers while a slider moves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from domain.enums import CUSTOMER_BANDS, PROSPECT_BANDS, Band
from domain.health.asof import day_of
from domain.health.backtest import CUSTOMER, PROSPECT, BacktestData, needs_recompute
from domain.health.calibration import (
    DEFAULT_MIN_OBSERVATIONS,
    Calibration,
    Reliability,
    fit,
    out_of_sample,
    reliability,
)
from domain.health.model import COMPONENTS, HealthModelConfig
from domain.health.score import bands_for, weighted_scores

BANDS = {
    CUSTOMER: tuple(str(b) for b in CUSTOMER_BANDS),
    PROSPECT: tuple(str(b) for b in PROSPECT_BANDS),
}


def auc(scores: np.ndarray, good: np.ndarray) -> float:
    """P(score of a good-outcome row > score of a bad one), ties half; NaN if either is empty."""
    scores = np.asarray(scores, dtype="float64")
    good = np.asarray(good, dtype=bool)
    keep = ~np.isnan(scores)
    scores, good = scores[keep], good[keep]
    n_good, n_bad = int(good.sum()), int((~good).sum())
    if n_good == 0 or n_bad == 0:
        return float("nan")
    ranks = pd.Series(scores).rank(method="average").to_numpy()
    return float((ranks[good].sum() - n_good * (n_good + 1) / 2) / (n_good * n_bad))


@dataclass(frozen=True)
class BandRate:
    band: str
    accounts: int
    outcomes: int

    @property
    def rate(self) -> float:
        return self.outcomes / self.accounts if self.accounts else float("nan")


@dataclass(frozen=True)
class SegmentReport:
    segment: str  # "customer" or "prospect"
    outcome: str  # what counts: "churned" / "opportunity created"
    observations: int  # account × month pairs
    outcomes: int
    auc: float
    pairs: int  # good × bad pairs the AUC ranks
    bands: tuple[BandRate, ...]
    lift: float  # customers: churn rate at-risk / healthy; prospects: opportunity rate hot / cold
    compared: tuple[str, str]  # the bands the lift compares: (at-risk, healthy) or (hot, cold)
    calibration: Calibration  # fitted on every observation: the likelihood shown beside a score
    reliability: Reliability  # Brier and deciles of out-of-sample likelihoods

    def band(self, band: str) -> BandRate:
        """The observations and outcomes of one band."""
        return next(b for b in self.bands if b.band == band)

    def to_dict(self) -> dict[str, object]:
        return {
            "segment": self.segment,
            "outcome": self.outcome,
            "observations": self.observations,
            "outcomes": self.outcomes,
            "auc": None if np.isnan(self.auc) else round(self.auc, 4),
            "lift": None if np.isnan(self.lift) else round(self.lift, 2),
            "bands": {b.band: {"accounts": b.accounts, "outcomes": b.outcomes,
                               "rate": None if np.isnan(b.rate) else round(b.rate, 4)}
                      for b in self.bands},
            "compared": list(self.compared),
            "calibration": {
                "observations": self.calibration.observations,
                "enough": self.calibration.enough,
                "reason": self.calibration.shortfall,  # an id of calibration.SHORTFALLS
            },
            **self.reliability.to_dict(),
        }


@dataclass(frozen=True)
class BacktestReport:
    dates: tuple[pd.Timestamp, ...]
    horizon_days: int
    auc: float  # pair-weighted over segments
    segments: tuple[SegmentReport, ...]
    monthly: pd.DataFrame  # as_of, segment, observations, outcomes, auc

    def segment(self, name: str) -> SegmentReport:
        return next(s for s in self.segments if s.segment == name)

    def to_dict(self) -> dict[str, object]:
        return {
            "month_ends": [day_of(d).isoformat() for d in self.dates],
            "horizon_days": self.horizon_days,
            "auc": None if np.isnan(self.auc) else round(self.auc, 4),
            "segments": [s.to_dict() for s in self.segments],
            "monthly": [
                {**r, "as_of": day_of(r["as_of"]).isoformat(),
                 "auc": None if pd.isna(r["auc"]) else round(float(r["auc"]), 4)}
                for r in self.monthly.to_dict("records")
            ],
        }


def _segment(
    segment: str,
    scores: np.ndarray,
    bands: np.ndarray,
    outcome: np.ndarray,
    months: np.ndarray,
    min_observations: int,
    horizon_days: int,
) -> SegmentReport:
    good = ~outcome if segment == CUSTOMER else outcome
    n_good, n_bad = int(good.sum()), int((~good).sum())
    rates = tuple(
        BandRate(b, int((bands == b).sum()), int(outcome[bands == b].sum())) for b in BANDS[segment]
    )
    by = {r.band: r for r in rates}
    if segment == CUSTOMER:
        high, low = by[str(Band.AT_RISK)], by[str(Band.HEALTHY)]
    else:
        high, low = by[str(Band.HOT)], by[str(Band.COLD)]
    lift = high.rate / low.rate if low.accounts and high.accounts and low.rate > 0 else float("nan")
    return SegmentReport(
        segment=segment,
        outcome="churned" if segment == CUSTOMER else "opportunity created",
        observations=len(scores),
        outcomes=int(outcome.sum()),
        auc=auc(scores, good),
        pairs=n_good * n_bad,
        bands=rates,
        lift=lift,
        compared=(high.band, low.band),
        calibration=fit(segment, scores, outcome, min_observations, horizon_days),
        reliability=reliability(out_of_sample(segment, scores, outcome, months), outcome),
    )


def evaluate(
    data: BacktestData,
    weights: dict[str, float] | None = None,
    healthy_min: float | None = None,
    watch_min: float | None = None,
    min_observations: int = DEFAULT_MIN_OBSERVATIONS,
    hot_min: float | None = None,
    warm_min: float | None = None,
) -> BacktestReport:
    """Scores, bands and the report for some weights/thresholds (default: the data's config);
    ``min_observations`` is the workspace setting under which there is no likelihood."""
    config = data.config
    w = {**config.weights, **(weights or {})}
    vector = np.array([float(w.get(c, 0.0)) for c in COMPONENTS])
    rows = data.rows
    scores, _ = weighted_scores(rows[list(COMPONENTS)].to_numpy(dtype="float64"), vector)
    thresholds = {
        name: value for name, value in (
            ("healthy_min", healthy_min), ("watch_min", watch_min),
            ("hot_min", hot_min), ("warm_min", warm_min)) if value is not None
    }
    banding = replace(config, **thresholds) if thresholds else config
    bands = bands_for(scores, np.zeros(len(rows), dtype=bool), rows["segment"].to_numpy(dtype=object),
                      banding)
    segment = rows["segment"].to_numpy()
    outcome = rows["outcome"].to_numpy(dtype=bool)
    months = rows["as_of"].to_numpy()
    reports = tuple(
        _segment(s, scores[segment == s], bands[segment == s], outcome[segment == s],
                 months[segment == s], min_observations, data.horizon_days)
        for s in (CUSTOMER, PROSPECT)
    )
    usable = [r for r in reports if not np.isnan(r.auc)]
    pairs = sum(r.pairs for r in usable)
    overall = sum(r.auc * r.pairs for r in usable) / pairs if pairs else float("nan")

    monthly = []
    as_of = rows["as_of"].to_numpy()
    for date in data.dates:
        for s in (CUSTOMER, PROSPECT):
            pick = (as_of == np.datetime64(date)) & (segment == s)
            good = ~outcome[pick] if s == CUSTOMER else outcome[pick]
            monthly.append(
                {"as_of": date, "segment": s, "observations": int(pick.sum()),
                 "outcomes": int(outcome[pick].sum()), "auc": auc(scores[pick], good)}
            )
    return BacktestReport(
        dates=data.dates,
        horizon_days=data.horizon_days,
        auc=float(overall),
        segments=reports,
        monthly=pd.DataFrame(monthly, columns=["as_of", "segment", "observations", "outcomes", "auc"]),
    )


def calibrations_of(
    data: BacktestData, min_observations: int = DEFAULT_MIN_OBSERVATIONS
) -> dict[str, Calibration]:
    """Each segment's calibration of the data's own model: what ``evaluate`` reports as
    ``SegmentReport.calibration``, without the AUC, bands and out-of-sample check that the
    likelihood beside a score does not need."""
    vector = np.array([float(data.config.weights.get(c, 0.0)) for c in COMPONENTS])
    rows = data.rows
    scores, _ = weighted_scores(rows[list(COMPONENTS)].to_numpy(dtype="float64"), vector)
    segment = rows["segment"].to_numpy()
    outcome = rows["outcome"].to_numpy(dtype=bool)
    return {
        s: fit(s, scores[segment == s], outcome[segment == s], min_observations, data.horizon_days)
        for s in (CUSTOMER, PROSPECT)
    }


def what_if(
    data: BacktestData,
    config: HealthModelConfig,
    min_observations: int = DEFAULT_MIN_OBSERVATIONS,
) -> BacktestReport:
    """The backtest of an unsaved configuration from cached components (ValueError if it
    changes a window or threshold that needs the components recomputed)."""
    changed = needs_recompute(data.config, config)
    if changed:
        raise ValueError(
            f"{', '.join(changed)} changed: recompute the backtest with prepare_backtest; "
            "only weights and band thresholds can be tried on cached scores."
        )
    return evaluate(data, config.weights, config.healthy_min, config.watch_min, min_observations,
                    config.hot_min, config.warm_min)
