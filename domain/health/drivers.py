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
from dataclasses import dataclass, field
from datetime import date
from typing import Any

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


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT


def _day(value: Any) -> date | None:
    if type(value) is pd.Timestamp:  # what the facts hold: no second Timestamp to build
        return value.date()
    return None if _missing(value) else pd.Timestamp(value).date()


def _n(value: Any) -> float:
    return 0.0 if _missing(value) else float(value)


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


def component_lines(row: dict[str, Any], config: HealthModelConfig) -> list[ComponentLine]:
    scores = {c: None if _missing(value := row.get(c)) else float(value) for c in COMPONENTS}
    applied = sum(config.weights.get(c, 0.0) for c in COMPONENTS if scores[c] is not None)
    lines = []
    for c in COMPONENTS:
        score = scores[c]
        weight = float(config.weights.get(c, 0.0))
        share = weight / applied if score is not None and applied > 0 else 0.0
        reason, reason_facts = (None, {}) if score is not None else _missing_reason(
            c, config, row.get("stage"))
        lines.append(
            ComponentLine(
                component=c, score=score, weight=weight, share=share,
                contribution=share * (score or 0.0),
                reason_missing=reason, reason_facts=reason_facts,
            )
        )
    return lines


def renormalisation(lines: list[ComponentLine]) -> Renormalisation | None:
    """The weighted components that do not apply, whose weight the others share; None if none."""
    missing = tuple(line for line in lines if not line.applies and line.weight > 0)
    if not missing:
        return None
    return Renormalisation(SHARED_OUT, missing, sum(line.weight for line in missing),
                           sum(line.weight for line in lines))


def explain_row(
    account_id: int,
    row: dict[str, Any],
    facts: dict[str, Any],
    config: HealthModelConfig,
    as_of: pd.Timestamp,
    model_version: int | None = None,
    currency: str = "",
) -> Explanation:
    lines = component_lines(row, config)
    drivers = sorted(
        _drivers(facts, {line.component: line for line in lines}, config, currency),
        key=lambda d: (-d.severity, d.kind),
    )
    score = None if _missing(row.get("score")) else float(row["score"])
    return Explanation(
        account_id=account_id,
        name=str(row.get("name") or ""),
        as_of=as_of,
        stage=str(row.get("stage")),
        score=score,
        band=None if _missing(row.get("band")) else str(row["band"]),
        components=lines,
        renormalisation=renormalisation(lines),
        drivers=drivers,
        model_version=model_version,
        top_drivers=config.top_drivers,
    )


def _drivers(f: dict[str, Any], lines: dict[str, ComponentLine], config: HealthModelConfig,
             currency: str = "") -> list[Driver]:
    out: list[Driver] = []
    window = config.window_days
    top_percent = 100 - config.engagement_percentile * 100
    rest = config.window_days - config.recent_days

    def add(kind: str, component: str, impact: int, factor: float = 1.0,
            on: Any = None, **facts: Any) -> None:
        line = lines[component]
        if not line.applies:
            return
        at_stake = (100.0 - line.score) if impact < 0 else line.score
        out.append(Driver(kind, component, impact, round(line.share * at_stake * factor, 3),
                          _day(on), facts))

    # Engagement.
    points, ref = _n(f.get("engagement_points")), _n(f.get("engagement_reference"))
    last = _day(f.get("last_touch_at"))
    tier = int(_n(f.get("tier")))
    if points <= 0:
        add("no_engagement", ENGAGEMENT, -1, on=last, points=0.0, window_days=window)
    elif ref > 0 and points < ref / 2:
        add("low_engagement", ENGAGEMENT, -1,
            points=points, reference=ref, window_days=window, top_percent=top_percent,
            tier=tier)
    elif points >= ref:
        add("top_engagement", ENGAGEMENT, +1,
            points=points, window_days=window, top_percent=top_percent, tier=tier)

    # Buying committee.
    known, engaged = int(_n(f.get("contacts_known"))), int(_n(f.get("contacts_engaged")))
    dm_known, dm_engaged = int(_n(f.get("dm_known"))), int(_n(f.get("dm_engaged")))
    key_engaged = dm_engaged + int(_n(f.get("champions_engaged")))
    if known == 0:
        add("no_contacts", BUYING_COMMITTEE, -1)
    elif dm_known == 0:
        add("no_decision_maker_known", BUYING_COMMITTEE, -1, 0.8, contacts=known)
    elif dm_engaged == 0:
        add("no_decision_maker_engaged", BUYING_COMMITTEE, -1, on=_day(f.get("last_dm_touch_at")),
            decision_makers=dm_known, window_days=window)
    if known > 0 and engaged < known and lines[BUYING_COMMITTEE].applies and lines[BUYING_COMMITTEE].score < 50:
        add("thin_committee", BUYING_COMMITTEE, -1, 0.7,
            engaged=engaged, known=known, window_days=window)
    if key_engaged >= 2:
        add("committee_engaged", BUYING_COMMITTEE, +1, engaged=key_engaged, window_days=window)

    # Momentum.
    actions = int(_n(f.get("intent_actions")))
    recent, earlier = _n(f.get("recent_points")), _n(f.get("earlier_points"))
    a = recent / config.recent_days
    b = earlier / (config.window_days - config.recent_days)
    if actions == 0:
        add("no_intent", MOMENTUM, -1, 0.9, window_days=window)
    elif actions >= config.momentum_target_actions:
        add("strong_intent", MOMENTUM, +1, actions=actions, window_days=window)
    if b > 0 and a <= b / 2:
        add("falling_engagement", MOMENTUM, -1, recent_per_day=round(a, 2),
            earlier_per_day=round(b, 2), recent_days=config.recent_days, earlier_days=rest,
            change_percent=100 * (1 - a / b))
    elif a > 0 and (b == 0 or a >= 1.5 * b):
        # change_percent is None when there were no points before: "new scored touches".
        add("rising_engagement", MOMENTUM, +1, 0.8,
            recent_per_day=round(a, 2), earlier_per_day=round(b, 2),
            recent_days=config.recent_days, earlier_days=rest,
            change_percent=None if b == 0 else 100 * (a / b - 1))

    # Pipeline.
    n_open = int(_n(f.get("open_opportunities")))
    amount, median = _n(f.get("open_amount")), f.get("pipeline_reference")
    won_at = _day(f.get("last_win_at"))
    if n_open == 0 and won_at is None:
        add("no_pipeline", PIPELINE, -1, 0.9)
    elif n_open > 0:
        if _missing(median):  # no amounts anywhere to compare with: median is None
            add("open_pipeline", PIPELINE, +1, 0.8, opportunities=n_open, median=None)
        else:
            add("open_pipeline", PIPELINE, +1 if amount >= float(median) else -1, 0.8,
                amount=amount, opportunities=n_open, median=float(median), currency=currency)
    if won_at is not None:
        name = f.get("last_win_name")
        add("recent_win", PIPELINE, +1, on=won_at,
            opportunity=None if _missing(name) else str(name))

    # Retention.
    if lines[RETENTION].applies:
        churned_at = _day(f.get("churned_at"))
        days = f.get("days_to_renewal")
        renewal = _day(f.get("renewal_at"))
        if f.get("is_churned"):
            add("churned", RETENTION, -1, 1.2, on=churned_at)
        elif not _missing(days) and days <= config.renewal_window_days:
            meetings = int(_n(f.get("meetings_before_renewal")))
            add("renewal_near", RETENTION, -1, on=renewal, days=int(days), meetings=meetings)
        lost = _n(f.get("arr_lost_share"))
        if lost > 0:
            add("contraction", RETENTION, -1, 0.9,
                lost_share=lost,
                contraction_days=config.contraction_days,
                arr_before=_n(f.get("arr_before")), arr_now=_n(f.get("arr_now")),
                currency=currency)
        if not f.get("is_churned") and renewal and (_missing(days) or days > config.renewal_window_days) and lost == 0:
            add("secure_renewal", RETENTION, +1, 0.6, on=renewal)

    # Satisfaction.
    if lines[SATISFACTION].applies:
        detractor = _day(f.get("last_detractor_at"))
        promoter = _day(f.get("last_promoter_at"))
        nps, n = _n(f.get("nps")), int(_n(f.get("nps_responses")))
        if detractor:
            add("detractor", SATISFACTION, -1, on=detractor,
                score=int(_n(f.get("last_detractor_score"))))
        if promoter and nps > 0:
            add("promoter", SATISFACTION, +1, 0.8, on=promoter,
                score=int(_n(f.get("last_promoter_score"))))
        add("nps", SATISFACTION, +1 if nps > 0 else -1, 0.6, nps=nps, responses=n)
        asked, in_time = int(_n(f.get("questions_asked"))), int(_n(f.get("questions_in_time")))
        if asked > in_time:
            add("slow_answers", SATISFACTION, -1, 0.7, on=_day(f.get("oldest_unanswered_at")),
                asked=asked, in_time=in_time, within_hours=config.answer_within_hours)
    return out
