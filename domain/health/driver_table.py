"""Which drivers every account has, and how strong each is: one column-wise pass for any number of accounts.

The one definition of when a driver applies and of its severity (the score points at stake
in its component, times the factor that ranks the drivers of one component among
themselves), written over arrays so that the portfolio's 10,000 accounts cost about what one
does. ``domain.health.drivers`` turns rows of this table into ``Driver`` objects with their
facts, for one account (the account page, ``health --account``) or for many (the health
table, the workbook, CSV and JSON), so every surface lists the same drivers in the same order.

Inputs are the scored frame's rows (component scores, stage) and the facts behind them,
as data frames (many accounts) or as one account's dicts; the values are read as
``explain_row`` always read them: a missing number counts as 0, a count is truncated to a
whole number, and a date is there or not.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from domain.health.model import (
    BUYING_COMMITTEE,
    COMPONENTS,
    ENGAGEMENT,
    MOMENTUM,
    PIPELINE,
    RETENTION,
    SATISFACTION,
    HealthModelConfig,
)


def missing(value: Any) -> bool:
    """None, NaN or NaT: a fact the account does not have."""
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT


class Columns:
    """Named columns of some accounts as arrays: those of a data frame, or of one row (a dict)."""

    def __init__(self, source: pd.DataFrame | Mapping[str, Any]) -> None:
        self._frame = source if isinstance(source, pd.DataFrame) else None
        self._row = None if self._frame is not None else source
        self.size = len(self._frame) if self._frame is not None else 1

    def raw(self, name: str) -> np.ndarray:
        if self._frame is not None:
            if name in self._frame.columns:
                return self._frame[name].to_numpy()
            return np.full(self.size, None, dtype=object)
        out = np.empty(1, dtype=object)
        out[0] = self._row.get(name)
        return out

    def numbers(self, name: str) -> np.ndarray:
        """As floats, NaN where missing."""
        values = self.raw(name)
        if values.dtype.kind in "fiub":
            return values.astype("float64")
        return np.array([math.nan if missing(v) else float(v) for v in values], dtype="float64")

    def n(self, name: str) -> np.ndarray:
        """As floats, 0 where missing."""
        values = self.numbers(name)
        return np.where(np.isnan(values), 0.0, values)

    def whole(self, name: str) -> np.ndarray:
        """A count: truncated towards zero, 0 where missing (``int`` of the number)."""
        return np.trunc(self.n(name))

    def present(self, name: str) -> np.ndarray:
        """Whether the value (a date) is there."""
        values = self.raw(name)
        if values.dtype.kind == "M":
            return ~np.isnat(values)
        if values.dtype.kind == "f":
            return ~np.isnan(values)
        if values.dtype.kind == "O":
            return np.array([not missing(v) for v in values], dtype=bool)
        return np.ones(self.size, dtype=bool)

    def truthy(self, name: str) -> np.ndarray:
        """The value's truth, as ``if value:`` reads it (NaN is true, None false)."""
        values = self.raw(name)
        if values.dtype.kind == "b":
            return values.astype(bool)
        if values.dtype.kind in "fiu":
            return values != 0
        return np.array([bool(v) for v in values], dtype=bool)


@dataclass(frozen=True)
class Shares:
    """Each component's score (NaN: does not apply), weight and share of the total weight."""

    scores: dict[str, np.ndarray]
    weights: dict[str, float]
    shares: dict[str, np.ndarray]

    def applies(self, component: str) -> np.ndarray:
        return ~np.isnan(self.scores[component])


def component_shares(rows: Columns, config: HealthModelConfig) -> Shares:
    """Weight / Σ weights of the components that apply, per account (0 where it does not apply)."""
    scores = {c: rows.numbers(c) for c in COMPONENTS}
    applied = np.zeros(rows.size)
    for c in COMPONENTS:  # summed in this order, as the weights are listed
        applied = applied + np.where(np.isnan(scores[c]), 0.0, config.weights.get(c, 0.0))
    weights = {c: float(config.weights.get(c, 0.0)) for c in COMPONENTS}
    shares = {}
    with np.errstate(divide="ignore", invalid="ignore"):
        for c in COMPONENTS:
            shares[c] = np.where(~np.isnan(scores[c]) & (applied > 0), weights[c] / applied, 0.0)
    return Shares(scores, weights, shares)


# Kinds in the order drivers of equal severity are listed (by their id).
KIND_ORDER: tuple[str, ...] = tuple(sorted((
    "no_engagement", "low_engagement", "top_engagement", "no_contacts",
    "no_decision_maker_known", "no_decision_maker_engaged", "thin_committee",
    "committee_engaged", "no_intent", "strong_intent", "falling_engagement",
    "rising_engagement", "no_pipeline", "open_pipeline", "recent_win", "churned",
    "renewal_near", "contraction", "secure_renewal", "detractor", "promoter", "nps",
    "slow_answers",
)))
_RANK = {kind: i for i, kind in enumerate(KIND_ORDER)}


@dataclass(frozen=True)
class DriverTable:
    """Every driver of ``size`` accounts, strongest first within each account: the drivers of
    the account at position ``p`` are the entries ``starts[p]`` to ``starts[p + 1]``."""

    size: int
    kinds: list[str]
    components: list[str]
    impacts: list[int]
    severities: list[float]
    starts: np.ndarray

    def entries(self, position: int, n: int | None = None) -> range:
        start, end = int(self.starts[position]), int(self.starts[position + 1])
        return range(start, end if n is None else min(end, start + max(n, 0)))


def driver_table(rows: Columns, facts: Columns, config: HealthModelConfig,
                 shares: Shares | None = None) -> DriverTable:
    """The drivers of every account of ``rows`` (scores) and ``facts`` (aligned), ordered by
    severity, then kind."""
    shares = shares or component_shares(rows, config)
    size = rows.size
    found: list[tuple[np.ndarray, str, str, np.ndarray, np.ndarray]] = []

    def add(kind: str, component: str, impact: int | np.ndarray, when: np.ndarray,
            factor: float = 1.0) -> None:
        where = np.flatnonzero(when & shares.applies(component))
        if not len(where):
            return
        score = shares.scores[component][where]
        sign = np.broadcast_to(np.asarray(impact), (size,))[where].astype("int64")
        at_stake = np.where(sign < 0, 100.0 - score, score)
        found.append((where, kind, component, sign, shares.shares[component][where] * at_stake * factor))

    everyone = np.ones(size, dtype=bool)

    # Engagement.
    points, ref = facts.n("engagement_points"), facts.n("engagement_reference")
    none = points <= 0
    low = ~none & (ref > 0) & (points < ref / 2)
    add("no_engagement", ENGAGEMENT, -1, none)
    add("low_engagement", ENGAGEMENT, -1, low)
    add("top_engagement", ENGAGEMENT, +1, ~none & ~low & (points >= ref))

    # Buying committee.
    known, engaged = facts.whole("contacts_known"), facts.whole("contacts_engaged")
    dm_known, dm_engaged = facts.whole("dm_known"), facts.whole("dm_engaged")
    key_engaged = dm_engaged + facts.whole("champions_engaged")
    add("no_contacts", BUYING_COMMITTEE, -1, known == 0)
    add("no_decision_maker_known", BUYING_COMMITTEE, -1, (known != 0) & (dm_known == 0), 0.8)
    add("no_decision_maker_engaged", BUYING_COMMITTEE, -1,
        (known != 0) & (dm_known != 0) & (dm_engaged == 0))
    with np.errstate(invalid="ignore"):
        thin = shares.scores[BUYING_COMMITTEE] < 50
    add("thin_committee", BUYING_COMMITTEE, -1, (known > 0) & (engaged < known) & thin, 0.7)
    add("committee_engaged", BUYING_COMMITTEE, +1, key_engaged >= 2)

    # Momentum.
    actions = facts.whole("intent_actions")
    a = facts.n("recent_points") / config.recent_days
    b = facts.n("earlier_points") / (config.window_days - config.recent_days)
    add("no_intent", MOMENTUM, -1, actions == 0, 0.9)
    add("strong_intent", MOMENTUM, +1, (actions != 0) & (actions >= config.momentum_target_actions))
    falling = (b > 0) & (a <= b / 2)
    add("falling_engagement", MOMENTUM, -1, falling)
    add("rising_engagement", MOMENTUM, +1, ~falling & (a > 0) & ((b == 0) | (a >= 1.5 * b)), 0.8)

    # Pipeline.
    n_open = facts.whole("open_opportunities")
    won = facts.present("last_win_at")
    add("no_pipeline", PIPELINE, -1, (n_open == 0) & ~won, 0.9)
    median = facts.numbers("pipeline_reference")
    with np.errstate(invalid="ignore"):
        above = facts.n("open_amount") >= median
    impact = np.where(np.isnan(median) | above, 1, -1)
    add("open_pipeline", PIPELINE, impact, ~((n_open == 0) & ~won) & (n_open > 0), 0.8)
    add("recent_win", PIPELINE, +1, won)

    # Retention (its drivers only where it applies: ``add`` checks).
    churned = facts.truthy("is_churned")
    days = facts.numbers("days_to_renewal")
    with np.errstate(invalid="ignore"):
        near = ~np.isnan(days) & (days <= config.renewal_window_days)
        far = np.isnan(days) | (days > config.renewal_window_days)
    lost = facts.n("arr_lost_share")
    add("churned", RETENTION, -1, churned, 1.2)
    add("renewal_near", RETENTION, -1, ~churned & near)
    add("contraction", RETENTION, -1, lost > 0, 0.9)
    add("secure_renewal", RETENTION, +1,
        ~churned & facts.present("renewal_at") & far & (lost == 0), 0.6)

    # Satisfaction.
    nps = facts.n("nps")
    add("detractor", SATISFACTION, -1, facts.present("last_detractor_at"))
    add("promoter", SATISFACTION, +1, facts.present("last_promoter_at") & (nps > 0), 0.8)
    add("nps", SATISFACTION, np.where(nps > 0, 1, -1), everyone, 0.6)
    add("slow_answers", SATISFACTION, -1,
        facts.whole("questions_asked") > facts.whole("questions_in_time"), 0.7)
    return _ordered(size, found)


def _ordered(size: int, found: list[tuple[np.ndarray, str, str, np.ndarray, np.ndarray]]) -> DriverTable:
    if not found:
        return DriverTable(size, [], [], [], [], np.zeros(size + 1, dtype="int64"))
    position = np.concatenate([f[0] for f in found])
    kind = np.concatenate([np.full(len(f[0]), _RANK[f[1]]) for f in found])
    impact = np.concatenate([f[3] for f in found])
    # Rounded as Python rounds (to the nearest decimal, not numpy's scaled rounding): the
    # severity is shown in JSON and orders the drivers.
    severity = np.array([round(v, 3) for v in np.concatenate([f[4] for f in found]).tolist()],
                        dtype="float64")
    order = np.lexsort((kind, -severity, position))
    component_of = {f[1]: f[2] for f in found}
    kinds = [KIND_ORDER[k] for k in kind[order].tolist()]
    return DriverTable(
        size=size,
        kinds=kinds,
        components=[component_of[k] for k in kinds],
        impacts=impact[order].tolist(),
        severities=severity[order].tolist(),
        starts=np.searchsorted(position[order], np.arange(size + 1)),
    )
