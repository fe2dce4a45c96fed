"""Why a score is what it is: component lines, the renormalisation, and drivers, as ids and facts.

A ``Driver`` is a stable ``kind`` id with the facts and date behind it (``no_decision_maker_engaged``
with ``window_days`` 90 and the last touch as ``on``; ``detractor`` with its ``score``;
``renewal_near`` with ``days`` and ``meetings``), typed so that a screen or report can colour
it by ``impact`` (+1 helps the score, −1 hurts it) and sort by ``severity``: the score points
at stake in its component (points lost for a negative driver, points earned for a positive
one), times a factor that ranks the drivers of one component among themselves. The domain
holds no words: ``desktop.shared.wording.drivers`` turns a driver into a sentence in the
chosen language ("no decision maker with a scored touch in 90 days (last scored touch on
2026-08-01)"). The kinds and the facts each carries are listed in ``DRIVER_KINDS``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from domain.health.driver_table import (
    Columns,
    DriverTable,
    Shares,
    component_shares,
    driver_table,
    missing,
)
from domain.health.model import COMPONENTS, RETENTION, SATISFACTION, HealthModelConfig

# Every driver kind and the facts it carries (``on`` is the date it quotes, when it has one).
DRIVER_KINDS: dict[str, tuple[str, ...]] = {
    "no_engagement": ("points", "window_days"),  # on: the last scored touch, if any
    "low_engagement": ("points", "reference", "window_days", "top_percent", "tier"),
    "top_engagement": ("points", "window_days", "top_percent", "tier"),
    "no_contacts": (),
    "no_decision_maker_known": ("contacts",),
    "no_decision_maker_engaged": ("decision_makers", "window_days"),  # on: last DM touch
    "thin_committee": ("engaged", "known", "window_days"),
    "committee_engaged": ("engaged", "window_days"),
    "no_intent": ("window_days",),
    "strong_intent": ("actions", "window_days"),
    "falling_engagement": ("recent_per_day", "earlier_per_day", "recent_days", "earlier_days",
                           "change_percent"),
    "rising_engagement": ("recent_per_day", "earlier_per_day", "recent_days", "earlier_days",
                          "change_percent"),  # change_percent None: no points before
    "no_pipeline": (),
    "open_pipeline": ("opportunities", "median"),  # median None: no amounts to compare;
    # otherwise also amount and currency
    "recent_win": ("opportunity",),  # on: the win; opportunity None when unnamed
    "churned": (),  # on: the churn, if known
    "renewal_near": ("days", "meetings"),  # on: the renewal
    "contraction": ("lost_share", "contraction_days", "arr_before", "arr_now", "currency"),
    "secure_renewal": (),  # on: the renewal
    "detractor": ("score",),  # on: the response
    "promoter": ("score",),  # on: the response
    "nps": ("nps", "responses"),
    "slow_answers": ("asked", "in_time", "within_hours"),  # on: the oldest unanswered
}

# Why a component does not apply (``ComponentLine.reason_missing``), with its facts.
NOT_A_CUSTOMER = "not_a_customer"
CUSTOMER_WITHOUT_SUBSCRIPTION = "customer_without_subscription"
NO_NPS_RESPONSE = "no_nps_response"  # facts: nps_window_days
NO_WEIGHT = "no_weight"
MISSING_REASONS = (NOT_A_CUSTOMER, CUSTOMER_WITHOUT_SUBSCRIPTION, NO_NPS_RESPONSE, NO_WEIGHT)

# What the renormalisation says: weights of components that do not apply were shared out,
# or the account has no data at all (and so no score).
SHARED_OUT, NO_DATA = "shared_out", "no_data"


@dataclass(frozen=True)
class Driver:
    kind: str  # stable id, a key of DRIVER_KINDS
    component: str
    impact: int  # +1 helps, -1 hurts
    severity: float  # score points at stake; drivers are listed by it
    on: date | None = None  # the date the driver quotes, if any
    facts: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "component": self.component,
            "impact": self.impact,
            "on": self.on.isoformat() if self.on else None,
            "facts": self.facts,
        }


@dataclass(frozen=True)
class ComponentLine:
    component: str
    score: float | None  # None: does not apply
    weight: float  # as configured
    share: float  # weight / Σ weights that apply (0 when it does not apply)
    contribution: float  # share × score: the points it adds to the total
    reason_missing: str | None = None  # one of MISSING_REASONS
    reason_facts: dict[str, Any] = field(default_factory=dict)

    @property
    def applies(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class Renormalisation:
    """Which weights were shared out, and why; or that the account has no data at all."""

    kind: str  # SHARED_OUT or NO_DATA
    missing: tuple[ComponentLine, ...] = ()  # the weighted components that do not apply
    shared: float = 0.0  # their weight
    total: float = 0.0  # every component's weight

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "missing": [{"component": line.component, "reason": line.reason_missing,
                         "facts": line.reason_facts} for line in self.missing],
            "shared": self.shared,
            "total": self.total,
        }


@dataclass(frozen=True)
class Explanation:
    account_id: int
    name: str
    as_of: pd.Timestamp
    stage: str
    score: float | None
    band: str | None
    components: list[ComponentLine]
    renormalisation: Renormalisation | None  # which weights were shared out, and why
    drivers: list[Driver]
    model_version: int | None = None
    top_drivers: int = 5  # the model's number of drivers shown, on every surface

    def top(self, n: int | None = None) -> list[Driver]:
        """The strongest drivers: the model's ``top_drivers`` unless ``n`` says otherwise."""
        return self.drivers[: n if n is not None else self.top_drivers]

    def to_dict(self, top: int | None = None) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "score": self.score,
            "band": self.band,
            "stage": self.stage,
            "components": {
                c.component: {"score": c.score, "weight": c.weight, "share": round(c.share, 4),
                              "contribution": round(c.contribution, 2)}
                for c in self.components
            },
            "renormalisation": self.renormalisation.to_dict() if self.renormalisation else None,
            "drivers": [d.to_dict() for d in self.top(top)],
        }


def _day(value: Any) -> date | None:
    if type(value) is pd.Timestamp:  # what the facts hold: no second Timestamp to build
        return value.date()
    return None if missing(value) else pd.Timestamp(value).date()


def _n(value: Any) -> float:
    return 0.0 if missing(value) else float(value)


CUSTOMER_STAGES = ("customer", "expansion")


def _missing_reason(component: str, config: HealthModelConfig,
                    stage: Any = None) -> tuple[str, dict[str, Any]]:
    if component == RETENTION:
        # "Customer" is the stages' set (an active subscription or won new business): a
        # customer by a win alone is a customer whose renewal and ARR are unknown.
        if stage in CUSTOMER_STAGES:
            return CUSTOMER_WITHOUT_SUBSCRIPTION, {}
        return NOT_A_CUSTOMER, {}
    if component == SATISFACTION:
        return NO_NPS_RESPONSE, {"nps_window_days": config.nps_window_days}
    return NO_WEIGHT, {}


def _lines(shares: Shares, position: int, stage: Any,
           config: HealthModelConfig) -> list[ComponentLine]:
    lines = []
    for c in COMPONENTS:
        score = float(shares.scores[c][position])
        share = float(shares.shares[c][position])
        if math.isnan(score):
            reason, reason_facts = _missing_reason(c, config, stage)
            lines.append(ComponentLine(c, None, shares.weights[c], share, share * 0.0,
                                       reason, reason_facts))
        else:
            lines.append(ComponentLine(c, score, shares.weights[c], share,
                                       share * (score or 0.0)))
    return lines


def component_lines(row: dict[str, Any], config: HealthModelConfig) -> list[ComponentLine]:
    return _lines(component_shares(Columns(row), config), 0, row.get("stage"), config)


def renormalisation(lines: list[ComponentLine]) -> Renormalisation | None:
    """The weighted components that do not apply, whose weight the others share; None if none."""
    missing = tuple(line for line in lines if not line.applies and line.weight > 0)
    if not missing:
        return None
    return Renormalisation(SHARED_OUT, missing, sum(line.weight for line in missing),
                           sum(line.weight for line in lines))


class _Record:
    """One account's facts as ``to_dict`` gives them (Python numbers, ``Timestamp`` or NaT),
    read from the columns a value at a time: only the facts the shown drivers quote."""

    __slots__ = ("_columns", "position")

    def __init__(self, columns: _FactColumns, position: int) -> None:
        self._columns = columns
        self.position = position

    def get(self, name: str) -> Any:
        values = self._columns[name]
        if values is None:
            return None
        value = values[self.position]
        if values.dtype.kind == "M":
            return pd.NaT if np.isnat(value) else pd.Timestamp(value)
        return value if values.dtype.kind == "O" else value.item()


class _FactColumns(dict):
    """A frame's columns as arrays, each taken the first time it is read (None: no such column)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        super().__init__()
        self._frame = frame

    def __missing__(self, name: str) -> np.ndarray | None:
        values = self._frame[name].to_numpy() if name in self._frame.columns else None
        self[name] = values
        return values


def _drivers_at(table: DriverTable, position: int, f: Any, config: HealthModelConfig,
                currency: str, n: int | None = None) -> list[Driver]:
    out = []
    for i in table.entries(position, n):
        kind = table.kinds[i]
        on, facts = _FACTS[kind](f, config, currency)
        out.append(Driver(kind, table.components[i], table.impacts[i], table.severities[i],
                          on, facts))
    return out


def explain_row(
    account_id: int,
    row: dict[str, Any],
    facts: dict[str, Any],
    config: HealthModelConfig,
    as_of: pd.Timestamp,
    model_version: int | None = None,
    currency: str = "",
) -> Explanation:
    rows = Columns(row)
    shares = component_shares(rows, config)
    table = driver_table(rows, Columns(facts), config, shares)
    return _explanation(account_id, row, _lines(shares, 0, row.get("stage"), config),
                        _drivers_at(table, 0, facts, config, currency), config, as_of,
                        model_version)


def _explanation(account_id: int, row: Any, lines: list[ComponentLine], drivers: list[Driver],
                 config: HealthModelConfig, as_of: pd.Timestamp,
                 model_version: int | None) -> Explanation:
    score = row.get("score")
    band = row.get("band")
    return Explanation(
        account_id=account_id,
        name=str(row.get("name") or ""),
        as_of=as_of,
        stage=str(row.get("stage")),
        score=None if missing(score) else float(score),
        band=None if missing(band) else str(band),
        components=lines,
        renormalisation=renormalisation(lines),
        drivers=drivers,
        model_version=model_version,
        top_drivers=config.top_drivers,
    )


def explain_rows(
    frame: pd.DataFrame,
    facts: pd.DataFrame,
    config: HealthModelConfig,
    as_of: pd.Timestamp,
    model_version: int | None = None,
    currency: str = "",
) -> Iterator[Explanation]:
    """``explain_row`` of every row of ``frame`` (indexed by account id) and ``facts`` (the
    same rows in the same order), in one column-wise pass."""
    rows = Columns(frame)
    shares = component_shares(rows, config)
    table = driver_table(rows, Columns(facts), config, shares)
    fact_lists = _FactColumns(facts)
    row_lists = _FactColumns(frame)
    for position, account_id in enumerate(frame.index.tolist()):
        row = _Record(row_lists, position)
        lines = _lines(shares, position, row.get("stage"), config)
        drivers = _drivers_at(table, position, _Record(fact_lists, position), config, currency)
        yield _explanation(int(account_id), row, lines, drivers, config, as_of, model_version)


def strongest_drivers(
    frame: pd.DataFrame,
    facts: pd.DataFrame,
    config: HealthModelConfig,
    n: int | None = None,
    currency: str = "",
) -> list[list[Driver]]:
    """The ``n`` strongest drivers (default: the model's ``top_drivers``) of every row of
    ``frame`` and ``facts`` (aligned), as ``explain_row(...).top(n)`` lists them; only those
    are put together with their facts."""
    n = config.top_drivers if n is None else n
    table = driver_table(Columns(frame), Columns(facts), config)
    fact_lists = _FactColumns(facts)
    return [_drivers_at(table, p, _Record(fact_lists, p), config, currency, n)
            for p in range(len(frame))]


# What each kind of driver quotes: its date and facts, from the account's facts.
_Facts = tuple[date | None, dict[str, Any]]


def _engagement_facts(kind: str) -> Any:
    def facts(f: Any, config: HealthModelConfig, currency: str) -> _Facts:
        window = config.window_days
        if kind == "no_engagement":
            return _day(f.get("last_touch_at")), {"points": 0.0, "window_days": window}
        top_percent = 100 - config.engagement_percentile * 100
        points, tier = _n(f.get("engagement_points")), int(_n(f.get("tier")))
        if kind == "low_engagement":
            return None, {"points": points, "reference": _n(f.get("engagement_reference")),
                          "window_days": window, "top_percent": top_percent, "tier": tier}
        return None, {"points": points, "window_days": window, "top_percent": top_percent,
                      "tier": tier}
    return facts


def _committee_facts(kind: str) -> Any:
    def facts(f: Any, config: HealthModelConfig, currency: str) -> _Facts:
        window = config.window_days
        known = int(_n(f.get("contacts_known")))
        if kind == "no_contacts":
            return None, {}
        if kind == "no_decision_maker_known":
            return None, {"contacts": known}
        if kind == "no_decision_maker_engaged":
            return _day(f.get("last_dm_touch_at")), {
                "decision_makers": int(_n(f.get("dm_known"))), "window_days": window}
        if kind == "thin_committee":
            return None, {"engaged": int(_n(f.get("contacts_engaged"))), "known": known,
                          "window_days": window}
        key_engaged = int(_n(f.get("dm_engaged"))) + int(_n(f.get("champions_engaged")))
        return None, {"engaged": key_engaged, "window_days": window}
    return facts


def _momentum_facts(kind: str) -> Any:
    def facts(f: Any, config: HealthModelConfig, currency: str) -> _Facts:
        window = config.window_days
        if kind == "no_intent":
            return None, {"window_days": window}
        if kind == "strong_intent":
            return None, {"actions": int(_n(f.get("intent_actions"))), "window_days": window}
        a = _n(f.get("recent_points")) / config.recent_days
        b = _n(f.get("earlier_points")) / (config.window_days - config.recent_days)
        rest = config.window_days - config.recent_days
        if kind == "falling_engagement":
            change = 100 * (1 - a / b)
        else:  # rising: None when there were no points before, "new scored touches"
            change = None if b == 0 else 100 * (a / b - 1)
        return None, {"recent_per_day": round(a, 2), "earlier_per_day": round(b, 2),
                      "recent_days": config.recent_days, "earlier_days": rest,
                      "change_percent": change}
    return facts


def _pipeline_facts(kind: str) -> Any:
    def facts(f: Any, config: HealthModelConfig, currency: str) -> _Facts:
        if kind == "no_pipeline":
            return None, {}
        if kind == "recent_win":
            name = f.get("last_win_name")
            return _day(f.get("last_win_at")), {"opportunity": None if missing(name) else str(name)}
        n_open, median = int(_n(f.get("open_opportunities"))), f.get("pipeline_reference")
        if missing(median):  # no amounts anywhere to compare with: median is None
            return None, {"opportunities": n_open, "median": None}
        return None, {"amount": _n(f.get("open_amount")), "opportunities": n_open,
                      "median": float(median), "currency": currency}
    return facts


def _retention_facts(kind: str) -> Any:
    def facts(f: Any, config: HealthModelConfig, currency: str) -> _Facts:
        if kind == "churned":
            return _day(f.get("churned_at")), {}
        if kind == "renewal_near":
            return _day(f.get("renewal_at")), {
                "days": int(f.get("days_to_renewal")),
                "meetings": int(_n(f.get("meetings_before_renewal")))}
        if kind == "secure_renewal":
            return _day(f.get("renewal_at")), {}
        return None, {"lost_share": _n(f.get("arr_lost_share")),
                      "contraction_days": config.contraction_days,
                      "arr_before": _n(f.get("arr_before")), "arr_now": _n(f.get("arr_now")),
                      "currency": currency}
    return facts


def _satisfaction_facts(kind: str) -> Any:
    def facts(f: Any, config: HealthModelConfig, currency: str) -> _Facts:
        if kind == "detractor":
            return _day(f.get("last_detractor_at")), {
                "score": int(_n(f.get("last_detractor_score")))}
        if kind == "promoter":
            return _day(f.get("last_promoter_at")), {
                "score": int(_n(f.get("last_promoter_score")))}
        if kind == "nps":
            return None, {"nps": _n(f.get("nps")), "responses": int(_n(f.get("nps_responses")))}
        return _day(f.get("oldest_unanswered_at")), {
            "asked": int(_n(f.get("questions_asked"))),
            "in_time": int(_n(f.get("questions_in_time"))),
            "within_hours": config.answer_within_hours}
    return facts


_FACTS = {
    **{k: _engagement_facts(k) for k in ("no_engagement", "low_engagement", "top_engagement")},
    **{k: _committee_facts(k) for k in ("no_contacts", "no_decision_maker_known",
                                        "no_decision_maker_engaged", "thin_committee",
                                        "committee_engaged")},
    **{k: _momentum_facts(k) for k in ("no_intent", "strong_intent", "falling_engagement",
                                       "rising_engagement")},
    **{k: _pipeline_facts(k) for k in ("no_pipeline", "open_pipeline", "recent_win")},
    **{k: _retention_facts(k) for k in ("churned", "renewal_near", "contraction",
                                        "secure_renewal")},
    **{k: _satisfaction_facts(k) for k in ("detractor", "promoter", "nps", "slow_answers")},
}
