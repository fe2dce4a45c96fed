"""Why a score is what it is: component lines, the renormalisation note, and drivers.

A ``Driver`` is one plain sentence with the facts and date behind it ("no decision maker
engaged in 90 days", "detractor response on 2026-10-02 (score 3)", "renewal in 41 days with
no meeting booked"), typed so that a screen or report can colour it by ``impact`` (+1 helps
the score, −1 hurts it) and sort by ``severity``: the score points at stake in its
component (points lost for a negative driver, points earned for a positive one), times a
factor that ranks the drivers of one component among themselves.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from domain import formatting as fmt
from domain.health.model import (
    BUYING_COMMITTEE,
    COMPONENT_LABELS,
    COMPONENTS,
    ENGAGEMENT,
    MOMENTUM,
    PIPELINE,
    RETENTION,
    SATISFACTION,
    HealthModelConfig,
)


@dataclass(frozen=True)
class Driver:
    kind: str  # stable id, e.g. "no_decision_maker_engaged"
    component: str
    sentence: str
    impact: int  # +1 helps, -1 hurts
    severity: float  # score points at stake; drivers are listed by it
    on: date | None = None  # the date the sentence quotes, if any
    facts: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "component": self.component,
            "sentence": self.sentence,
            "impact": self.impact,
            "on": self.on.isoformat() if self.on else None,
            "facts": self.facts,
        }


@dataclass(frozen=True)
class ComponentLine:
    component: str
    label: str
    score: float | None  # None: does not apply
    weight: float  # as configured
    share: float  # weight / Σ weights that apply (0 when it does not apply)
    contribution: float  # share × score: the points it adds to the total
    reason_missing: str | None = None

    @property
    def applies(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class Explanation:
    account_id: int
    name: str
    as_of: pd.Timestamp
    stage: str
    score: float | None
    band: str | None
    components: list[ComponentLine]
    renormalisation: str | None  # says which weights were shared out, and why
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
            "renormalisation": self.renormalisation,
            "drivers": [d.to_dict() for d in self.top(top)],
        }


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT


def _day(value: Any) -> date | None:
    return None if _missing(value) else pd.Timestamp(value).date()


def _n(value: Any) -> float:
    return 0.0 if _missing(value) else float(value)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


CUSTOMER_STAGES = ("customer", "expansion")


def _missing_reason(component: str, config: HealthModelConfig, stage: Any = None) -> str:
    if component == RETENTION:
        # "Customer" is the stages' set (an active subscription or won new business): a
        # customer by a win alone is a customer whose renewal and ARR are unknown.
        if stage in CUSTOMER_STAGES:
            return "a customer without a subscription record"
        return "not a customer"
    if component == SATISFACTION:
        return f"no NPS response in {config.nps_window_days} days"
    return "no weight"


def component_lines(row: dict[str, Any], config: HealthModelConfig) -> list[ComponentLine]:
    applied = sum(config.weights.get(c, 0.0) for c in COMPONENTS if not _missing(row.get(c)))
    lines = []
    for c in COMPONENTS:
        score = None if _missing(row.get(c)) else float(row[c])
        weight = float(config.weights.get(c, 0.0))
        share = weight / applied if score is not None and applied > 0 else 0.0
        lines.append(
            ComponentLine(
                component=c, label=COMPONENT_LABELS[c], score=score, weight=weight, share=share,
                contribution=share * (score or 0.0),
                reason_missing=None if score is not None else _missing_reason(c, config, row.get("stage")),
            )
        )
    return lines


def renormalisation_note(lines: list[ComponentLine]) -> str | None:
    missing = [line for line in lines if not line.applies and line.weight > 0]
    if not missing:
        return None
    total = sum(line.weight for line in lines)
    shared = sum(line.weight for line in missing)
    parts = [f"{line.label.lower()} ({line.reason_missing})" for line in missing]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    verb = "does" if len(missing) == 1 else "do"
    return (
        f"{listed[0].upper()}{listed[1:]} {verb} not apply: their weight ({shared:g} of "
        f"{total:g}) is shared out over the other components."
    )


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
        renormalisation=renormalisation_note(lines),
        drivers=drivers,
        model_version=model_version,
        top_drivers=config.top_drivers,
    )


def _drivers(f: dict[str, Any], lines: dict[str, ComponentLine], config: HealthModelConfig,
             currency: str = "") -> list[Driver]:
    out: list[Driver] = []
    window = config.window_days

    def add(kind: str, component: str, sentence: str, impact: int, factor: float = 1.0,
            on: Any = None, **facts: Any) -> None:
        line = lines[component]
        if not line.applies:
            return
        at_stake = (100.0 - line.score) if impact < 0 else line.score
        out.append(Driver(kind, component, sentence, impact, round(line.share * at_stake * factor, 3),
                          _day(on), facts))

    # Engagement.
    points, ref = _n(f.get("engagement_points")), _n(f.get("engagement_reference"))
    last = _day(f.get("last_touch_at"))
    tier = int(_n(f.get("tier")))
    if points <= 0:
        since = f"; last scored touch on {last.isoformat()}" if last else ""
        add("no_engagement", ENGAGEMENT, f"no scored touch in {window} days{since}", -1,
            on=last, points=0.0)
    elif ref > 0 and points < ref / 2:
        add("low_engagement", ENGAGEMENT,
            f"engagement of {points:.0f} points from scored touches in {window} days against "
            f"{ref:.0f} for the "
            f"top {100 - config.engagement_percentile * 100:.0f}% of tier-{tier} accounts", -1,
            points=round(points, 1), reference=round(ref, 1))
    elif points >= ref:
        add("top_engagement", ENGAGEMENT,
            f"engagement among the top {100 - config.engagement_percentile * 100:.0f}% of tier-{tier} "
            f"accounts ({points:.0f} points from scored touches in {window} days)", +1,
            points=round(points, 1))

    # Buying committee.
    known, engaged = int(_n(f.get("contacts_known"))), int(_n(f.get("contacts_engaged")))
    dm_known, dm_engaged = int(_n(f.get("dm_known"))), int(_n(f.get("dm_engaged")))
    key_engaged = dm_engaged + int(_n(f.get("champions_engaged")))
    if known == 0:
        add("no_contacts", BUYING_COMMITTEE, "no known contacts", -1)
    elif dm_known == 0:
        add("no_decision_maker_known", BUYING_COMMITTEE,
            f"no decision maker among the {_count(known, 'known contact')}", -1, 0.8,
            contacts=known)
    elif dm_engaged == 0:
        last_dm = _day(f.get("last_dm_touch_at"))
        since = f" (last scored touch on {last_dm.isoformat()})" if last_dm else ""
        add("no_decision_maker_engaged", BUYING_COMMITTEE,
            f"no decision maker with a scored touch in {window} days{since}", -1, on=last_dm,
            decision_makers=dm_known)
    if known > 0 and engaged < known and lines[BUYING_COMMITTEE].applies and lines[BUYING_COMMITTEE].score < 50:
        add("thin_committee", BUYING_COMMITTEE,
            f"only {engaged} of {known} known contacts with a scored touch in {window} days",
            -1, 0.7,
            engaged=engaged, known=known)
    if key_engaged >= 2:
        add("committee_engaged", BUYING_COMMITTEE,
            f"{key_engaged} decision makers and champions with a scored touch in {window} days",
            +1,
            engaged=key_engaged)

    # Momentum.
    actions = int(_n(f.get("intent_actions")))
    recent, earlier = _n(f.get("recent_points")), _n(f.get("earlier_points"))
    a = recent / config.recent_days
    b = earlier / (config.window_days - config.recent_days)
    rest = config.window_days - config.recent_days
    if actions == 0:
        add("no_intent", MOMENTUM, f"no form fill, CTA click or meeting in {window} days", -1, 0.9)
    elif actions >= config.momentum_target_actions:
        add("strong_intent", MOMENTUM,
            f"{actions} form fills, CTA clicks and meetings in {window} days", +1, actions=actions)
    if b > 0 and a <= b / 2:
        add("falling_engagement", MOMENTUM,
            f"points from scored touches in the last {config.recent_days} days down "
            f"{100 * (1 - a / b):.0f}% a day on the {rest} days before", -1, recent_per_day=round(a, 2), earlier_per_day=round(b, 2))
    elif a > 0 and (b == 0 or a >= 1.5 * b):
        sentence = (
            f"new scored touches in the last {config.recent_days} days (none in the {rest} days "
            "before)"
            if b == 0
            else f"points from scored touches in the last {config.recent_days} days up "
            f"{100 * (a / b - 1):.0f}% a day on the {rest} days before"
        )
        add("rising_engagement", MOMENTUM, sentence, +1, 0.8,
            recent_per_day=round(a, 2), earlier_per_day=round(b, 2))

    # Pipeline.
    n_open = int(_n(f.get("open_opportunities")))
    amount, median = _n(f.get("open_amount")), f.get("pipeline_reference")
    won_at = _day(f.get("last_win_at"))
    if n_open == 0 and won_at is None:
        add("no_pipeline", PIPELINE, "no open opportunity", -1, 0.9)
    elif n_open > 0:
        deals = f"{n_open} open opportunit{'y' if n_open == 1 else 'ies'}"
        if _missing(median):  # no amounts anywhere to compare with
            add("open_pipeline", PIPELINE, f"{deals} (no amounts to compare)", +1, 0.8,
                opportunities=n_open)
        else:
            add("open_pipeline", PIPELINE,
                f"{deals} worth {fmt.money(amount, currency)} against a tier median of "
                f"{fmt.money(float(median), currency)}",
                +1 if amount >= float(median) else -1, 0.8, amount=round(amount, 2),
                opportunities=n_open)
    if won_at is not None:
        name = f.get("last_win_name")
        label = f"'{name}'" if not _missing(name) else "an opportunity"
        add("recent_win", PIPELINE, f"won {label} on {won_at.isoformat()}", +1, on=won_at)

    # Retention.
    if lines[RETENTION].applies:
        churned_at = _day(f.get("churned_at"))
        days = f.get("days_to_renewal")
        renewal = _day(f.get("renewal_at"))
        if f.get("is_churned"):
            when = f" on {churned_at.isoformat()}" if churned_at else ""
            add("churned", RETENTION, f"churned{when}", -1, 1.2, on=churned_at)
        elif not _missing(days) and days <= config.renewal_window_days:
            meetings = int(_n(f.get("meetings_before_renewal")))
            tail = " with no meeting booked" if meetings == 0 else ""
            add("renewal_near", RETENTION, f"renewal in {int(days)} days{tail}", -1, on=renewal,
                days=int(days), meetings=meetings)
        lost = _n(f.get("arr_lost_share"))
        if lost > 0:
            add("contraction", RETENTION,
                f"ARR down {100 * lost:.0f}% in {config.contraction_days} days "
                f"({fmt.money(_n(f.get('arr_before')), currency)} to "
                f"{fmt.money(_n(f.get('arr_now')), currency)})", -1, 0.9,
                lost_share=round(lost, 4))
        if not f.get("is_churned") and renewal and (_missing(days) or days > config.renewal_window_days) and lost == 0:
            add("secure_renewal", RETENTION, f"active subscription, renewal on {renewal.isoformat()}",
                +1, 0.6, on=renewal)

    # Satisfaction.
    if lines[SATISFACTION].applies:
        detractor = _day(f.get("last_detractor_at"))
        promoter = _day(f.get("last_promoter_at"))
        nps, n = _n(f.get("nps")), int(_n(f.get("nps_responses")))
        if detractor:
            add("detractor", SATISFACTION,
                f"detractor response on {detractor.isoformat()} (score {int(_n(f.get('last_detractor_score')))})",
                -1, on=detractor)
        if promoter and nps > 0:
            add("promoter", SATISFACTION,
                f"promoter response on {promoter.isoformat()} (score {int(_n(f.get('last_promoter_score')))})",
                +1, 0.8, on=promoter)
        add("nps", SATISFACTION, f"NPS {nps:+.0f} from {_count(n, 'response')}",
            +1 if nps > 0 else -1, 0.6, nps=nps, responses=n)
        asked, in_time = int(_n(f.get("questions_asked"))), int(_n(f.get("questions_in_time")))
        if asked > in_time:
            oldest = _day(f.get("oldest_unanswered_at"))
            add("slow_answers", SATISFACTION,
                f"{asked - in_time} of {asked} questions not answered within "
                f"{config.answer_within_hours:g} h", -1, 0.7, on=oldest, asked=asked, in_time=in_time)
    return out
