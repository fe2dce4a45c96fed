"""Calibrated likelihood: what a score means in the workspace's own history.

A score ranks accounts; an account manager asks "how likely is it?". The backtest's
observations (every account scored at each month end, with what happened in the next 90
days) answer that: an isotonic regression of the outcome on the score, fitted by
pool-adjacent-violators, gives for each score the outcome rate of similar scores,
constrained to move one way only (a higher score never means more churn, nor fewer
opportunities). Customers' outcome is churn (falling with the score), prospects' an
opportunity created (rising with it).

``fit`` builds a ``Calibration`` from observations; ``Calibration.likelihood(scores)``
interpolates linearly between the fitted scores (flat beyond the ends), as the usual
isotonic regressors do. Each step of the fit rests on at least ``MIN_BLOCK`` observations,
so a handful of extreme accounts cannot claim a certainty of 0 or 100 %. Under ``min_observations`` the calibration says "not enough
history" and gives NaN rather than a guess.

``out_of_sample`` predicts each month end's observations from a calibration fitted on the
other month ends, so the Brier score and the reliability table (``reliability``) measure
how well the likelihood would have foreseen a month it had not seen.

Plain numpy on purpose: PAV is twenty lines, and scikit-learn would be a large dependency
for one function.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from domain.health.segments import CUSTOMER, PROSPECT

OUTCOMES = {CUSTOMER: "churn", PROSPECT: "opportunity"}  # the outcome's id per segment
# Why a calibration gives no likelihood: fewer observations than the minimum, or the
# outcome never (or always) happened among them.
TOO_FEW_OBSERVATIONS, NO_OUTCOMES, ONLY_OUTCOMES = "too_few_observations", "no_outcomes", "only_outcomes"
SHORTFALLS = (TOO_FEW_OBSERVATIONS, NO_OUTCOMES, ONLY_OUTCOMES)
# Customers churn less the higher they score; prospects open more opportunities.
INCREASING = {CUSTOMER: False, PROSPECT: True}
DEFAULT_MIN_OBSERVATIONS = 100
# No step of the fitted curve rests on fewer observations than this: PAV alone would give
# the three lowest-scoring customers a 100 % churn likelihood because all three churned.
MIN_BLOCK = 20


def pool_adjacent_violators(y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The non-decreasing sequence closest to ``y`` in weighted least squares.

    Blocks are merged while a block's mean exceeds the next one's; each value is then its
    block's weighted mean.
    """
    y = np.asarray(y, dtype="float64")
    w = np.asarray(w, dtype="float64")
    means: list[float] = []
    weights: list[float] = []
    sizes: list[int] = []
    for value, weight in zip(y, w, strict=True):
        means.append(float(value))
        weights.append(float(weight))
        sizes.append(1)
        while len(means) > 1 and means[-2] > means[-1]:
            total = weights[-2] + weights[-1]
            merged = (means[-2] * weights[-2] + means[-1] * weights[-1]) / total
            size = sizes[-2] + sizes[-1]
            del means[-1], weights[-1], sizes[-1]
            means[-1], weights[-1], sizes[-1] = merged, total, size
    return np.repeat(np.array(means), np.array(sizes, dtype="int64"))


def merge_small_blocks(fitted: np.ndarray, counts: np.ndarray, min_block: int) -> np.ndarray:
    """Pool each step of a monotone fit that holds fewer than ``min_block`` observations with
    its smaller neighbour (pooling neighbours keeps the fit monotone)."""
    starts = np.flatnonzero(np.r_[True, np.diff(fitted) != 0])
    blocks = [[float(fitted[a]), float(counts[a:b].sum()), b - a]
              for a, b in zip(starts, np.r_[starts[1:], len(fitted)], strict=True)]
    while len(blocks) > 1:
        small = [i for i, blk in enumerate(blocks) if blk[1] < min_block]
        if not small:
            break
        i = min(small, key=lambda k: blocks[k][1])
        j = i - 1 if i == len(blocks) - 1 or (i > 0 and blocks[i - 1][1] <= blocks[i + 1][1]) else i + 1
        a, b = sorted((i, j))
        weight = blocks[a][1] + blocks[b][1]
        mean = (blocks[a][0] * blocks[a][1] + blocks[b][0] * blocks[b][1]) / weight
        blocks[a:b + 1] = [[mean, weight, blocks[a][2] + blocks[b][2]]]
    return np.repeat([blk[0] for blk in blocks], [blk[2] for blk in blocks])


def isotonic(
    x: np.ndarray, y: np.ndarray, increasing: bool = True, min_block: int = 1
) -> tuple[np.ndarray, np.ndarray]:
    """(distinct x ascending, fitted rate at each) of an isotonic fit of ``y`` (0/1) on ``x``,
    each step resting on at least ``min_block`` observations (when there are that many)."""
    x = np.asarray(x, dtype="float64")
    y = np.asarray(y, dtype="float64")
    keep = ~np.isnan(x)
    x, y = x[keep], y[keep]
    if not len(x):
        return np.empty(0), np.empty(0)
    knots, inverse = np.unique(x, return_inverse=True)
    counts = np.bincount(inverse).astype("float64")
    rates = np.bincount(inverse, weights=y) / counts
    if increasing:
        fitted = pool_adjacent_violators(rates, counts)
    else:  # fit the mirrored sequence, then mirror back
        fitted = pool_adjacent_violators(rates[::-1], counts[::-1])[::-1]
    if min_block > 1:
        fitted = merge_small_blocks(fitted, counts, min_block)
    return knots, fitted


@dataclass(frozen=True)
class Calibration:
    """Score -> likelihood of the segment's outcome within the horizon, with its evidence."""

    segment: str  # "customer" or "prospect"
    knots: np.ndarray  # distinct scores seen, ascending
    rates: np.ndarray  # fitted outcome rate at each knot (monotone)
    observations: int  # account × month-end pairs behind the fit
    outcomes: int
    min_observations: int
    horizon_days: int = 90

    @property
    def outcome(self) -> str:
        return OUTCOMES[self.segment]

    @property
    def enough(self) -> bool:
        """Enough history to say anything: the minimum reached and both outcomes seen."""
        return (
            self.observations >= self.min_observations
            and 0 < self.outcomes < self.observations
        )

    @property
    def shortfall(self) -> str | None:
        """Why there is no likelihood, one of SHORTFALLS (its facts are this calibration's
        observations, min_observations and outcomes); None when there is one. Worded by
        ``desktop.shared.wording.likelihood``."""
        if self.enough:
            return None
        if self.observations < self.min_observations:
            return TOO_FEW_OBSERVATIONS
        return NO_OUTCOMES if self.outcomes == 0 else ONLY_OUTCOMES

    def likelihood(self, scores: np.ndarray | float) -> np.ndarray:
        """The calibrated likelihood of each score; NaN for NaN scores or without enough history."""
        values = np.atleast_1d(np.asarray(scores, dtype="float64"))
        if not self.enough or not len(self.knots):
            return np.full(values.shape, np.nan)
        out = np.interp(values, self.knots, self.rates)
        out[np.isnan(values)] = np.nan
        return out

    def to_dict(self) -> dict[str, object]:
        return {
            "segment": self.segment,
            "outcome": self.outcome,
            "horizon_days": self.horizon_days,
            "observations": self.observations,
            "outcomes": self.outcomes,
            "min_observations": self.min_observations,
            "enough": self.enough,
            "knots": [round(float(k), 1) for k in self.knots],
            "rates": [round(float(r), 6) for r in self.rates],
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Calibration:
        return cls(
            segment=str(data["segment"]),
            knots=np.asarray(data["knots"], dtype="float64"),
            rates=np.asarray(data["rates"], dtype="float64"),
            observations=int(data["observations"]),  # type: ignore[arg-type]
            outcomes=int(data["outcomes"]),  # type: ignore[arg-type]
            min_observations=int(data["min_observations"]),  # type: ignore[arg-type]
            horizon_days=int(data.get("horizon_days", 90)),  # type: ignore[arg-type]
        )


def fit(
    segment: str,
    scores: np.ndarray,
    outcome: np.ndarray,
    min_observations: int = DEFAULT_MIN_OBSERVATIONS,
    horizon_days: int = 90,
) -> Calibration:
    """The calibration of one segment from its backtest observations (NaN scores left out)."""
    scores = np.asarray(scores, dtype="float64")
    outcome = np.asarray(outcome, dtype=bool)
    keep = ~np.isnan(scores)
    knots, rates = isotonic(scores[keep], outcome[keep], INCREASING[segment], MIN_BLOCK)
    return Calibration(
        segment=segment, knots=knots, rates=rates, observations=int(keep.sum()),
        outcomes=int(outcome[keep].sum()), min_observations=int(min_observations),
        horizon_days=horizon_days,
    )


def out_of_sample(
    segment: str, scores: np.ndarray, outcome: np.ndarray, months: np.ndarray
) -> np.ndarray:
    """Each observation's likelihood from a fit on the other month ends (NaN where none)."""
    scores = np.asarray(scores, dtype="float64")
    outcome = np.asarray(outcome, dtype=bool)
    months = np.asarray(months)
    out = np.full(len(scores), np.nan)
    for month in np.unique(months):
        test = months == month
        train = ~test & ~np.isnan(scores)
        if not train.any():
            continue
        knots, rates = isotonic(scores[train], outcome[train], INCREASING[segment], MIN_BLOCK)
        out[test] = np.interp(scores[test], knots, rates)
    out[np.isnan(scores)] = np.nan
    return out


@dataclass(frozen=True)
class ReliabilityBin:
    predicted: float  # mean likelihood of the bin's observations
    observed: float  # their outcome rate
    observations: int


@dataclass(frozen=True)
class Reliability:
    """Brier score and reliability table of some likelihoods against the outcomes."""

    brier: float  # mean (likelihood - outcome)², lower is better
    brier_base: float  # the same for the base rate given to everyone (the bar to beat)
    bins: tuple[ReliabilityBin, ...]  # deciles of the likelihood, lowest first

    @property
    def skill(self) -> float:
        """1 - brier / brier_base: the share of the base rate's error the likelihood removes."""
        return 1.0 - self.brier / self.brier_base if self.brier_base > 0 else float("nan")

    def to_dict(self) -> dict[str, object]:
        def num(v: float, d: int = 4) -> float | None:
            return None if v != v else round(float(v), d)

        return {
            "brier": num(self.brier),
            "brier_base": num(self.brier_base),
            "skill": num(self.skill),
            "deciles": [
                {"predicted": num(b.predicted), "observed": num(b.observed),
                 "observations": b.observations}
                for b in self.bins
            ],
        }


def reliability(predicted: np.ndarray, outcome: np.ndarray, bins: int = 10) -> Reliability:
    """Brier score and the predicted-vs-observed table over ``bins`` equal-count groups.

    Observations are sorted by likelihood and cut into groups of (nearly) equal size, so
    ties may straddle two groups; a group's predicted value is its mean likelihood.
    """
    predicted = np.asarray(predicted, dtype="float64")
    outcome = np.asarray(outcome, dtype=bool)
    keep = ~np.isnan(predicted)
    p, y = predicted[keep], outcome[keep].astype("float64")
    if not len(p):
        return Reliability(float("nan"), float("nan"), ())
    brier = float(np.mean((p - y) ** 2))
    base = float(np.mean((y.mean() - y) ** 2))
    order = np.argsort(p, kind="stable")
    groups = [g for g in np.array_split(order, min(bins, len(p))) if len(g)]
    table = tuple(
        ReliabilityBin(float(p[g].mean()), float(y[g].mean()), int(len(g))) for g in groups
    )
    return Reliability(brier, base, table)
