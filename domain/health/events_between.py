"""What an account did between two instants, named: the "new activity" of what moved a score.

``new_events(frames, settings, account_id, start, end)`` lists the account's facts dated in
[start, end), grouped so that a sentence can name them: touches by kind (kind "form_fill",
count 3, the latest on 2026-11-03, asset "Pricing guide"), meetings booked and held,
opportunities created, won and lost, subscriptions started, ended or churned, NPS
responses, questions asked. The words are ``desktop.shared.wording.movement``'s.
Each names the components it feeds, and carries a weight to rank by (the engagement points
of touches; fixed weights for the rest, because a won deal or a churn moves a score more
than any touch).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from domain.health.activity import NOT_A_TOUCH, closed_time
from domain.health.model import (
    BUYING_COMMITTEE,
    ENGAGEMENT,
    MOMENTUM,
    PIPELINE,
    RETENTION,
    SATISFACTION,
)
from domain.settings import WorkspaceSettings

# Ranking weights of non-touch facts, in engagement points (a form fill is 50 by default).
FACT_WEIGHTS = {"renewal": 40.0, "won": 500.0, "churned": 500.0, "lost": 300.0, "created": 300.0,
                "subscription": 300.0, "nps": 150.0, "meeting_held": 80.0,
                "meeting_booked": 60.0, "question": 20.0}


# Every event kind other than touches, and its facts (``count`` and ``on``, the latest
# date, on every event). Touches are grouped by their own kind ("form_fill", "page_view":
# ``domain.enums``, or any kind an import brought), with the fact ``asset`` (None if none).
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "meeting_booked": ("meeting",),  # meeting: the meeting's kind ("demo")
    "meeting_held": ("meeting",),
    "opportunity_created": ("opportunity",),
    "opportunity_won": ("opportunity",),
    "opportunity_lost": ("opportunity",),
    "subscription_started": ("product",),
    "subscription_churned": ("product",),
    "subscription_ended": ("product",),
    "nps_response": ("score", "respondent"),  # respondent: promoter, passive or detractor
    "questions": (),
}


@dataclass(frozen=True)
class NewEvent:
    """One named fact (or group of touches of one kind) in the period."""

    on: date  # the latest date of the group
    kind: str  # a touch's kind ("form_fill"), or a key of EVENT_KINDS ("opportunity_won")
    components: tuple[str, ...]  # what it feeds
    weight: float  # rank: bigger first
    count: int = 1
    facts: dict[str, object] = field(default_factory=dict)


def _day(value: object) -> date:
    return pd.Timestamp(value).date()


def _order(event: NewEvent) -> tuple[str, ...]:
    """Ties of weight and date in a stable order without words: the kind's family
    ("opportunity", "subscription", "touch"…), then its facts (a name, a product), then the
    kind. This is the order the lines had when they were sorted as English text (where a
    count of questions came before any name), kept so that lists do not reorder."""
    if event.kind not in EVENT_KINDS:  # touches of one count: by their kind
        return ("touch", event.kind, *(str(v) for v in event.facts.values()))
    family = str(event.count) if event.kind == "questions" else event.kind.split("_")[0]
    return (family, *(str(v) for v in event.facts.values()), event.kind)


def _between(frame: pd.DataFrame, column: str, account_id: int, start, end) -> pd.DataFrame:
    # Plain arrays, not Series: this runs ten times per account, and on a few hundred rows
    # pandas' alignment cost more than the comparisons (NaT compares false either way).
    ids = pd.to_numeric(frame["account_id"], errors="coerce").to_numpy("float64", na_value=np.nan)
    when = frame[column].to_numpy("datetime64[ns]")
    mine = (ids == account_id) & (when >= np.datetime64(pd.Timestamp(start), "ns")) & (
        when < np.datetime64(pd.Timestamp(end), "ns"))
    return frame.iloc[np.flatnonzero(mine)]


def new_events(
    frames, settings: WorkspaceSettings, account_id: int, start: pd.Timestamp, end: pd.Timestamp
) -> list[NewEvent]:
    """The account's facts dated in [start, end), heaviest first."""
    start, end = pd.Timestamp(start), pd.Timestamp(end)
    out: list[NewEvent] = []

    events = _between(frames.events, "occurred_at", account_id, start, end)
    events = events[~events["kind"].astype(str).isin(NOT_A_TOUCH)]
    for kind, group in events.groupby(events["kind"].astype(str), sort=False):
        latest = group.sort_values("occurred_at").iloc[-1]
        asset = latest.get("asset")
        n = len(group)
        # Every touch counts for engagement, the committee and momentum's trend; form fills
        # and CTA clicks also for momentum's intent half (the same three components).
        feeds = (ENGAGEMENT, BUYING_COMMITTEE, MOMENTUM)
        points = float(settings.points.get(kind, 0.0))
        out.append(NewEvent(_day(latest["occurred_at"]), kind, feeds, points * n + 0.01 * n,
                            n, facts={"asset": asset if isinstance(asset, str) and asset else None}))

    meetings = frames.meetings
    for _, m in _between(meetings, "booked_at", account_id, start, end).iterrows():
        out.append(NewEvent(_day(m["booked_at"]), "meeting_booked",
                            (ENGAGEMENT, MOMENTUM, RETENTION), FACT_WEIGHTS["meeting_booked"],
                            facts={"meeting": str(m["kind"])}))
    held = meetings[meetings["status"] == "held"]
    held = held.assign(held_at=held["scheduled_for"].fillna(held["booked_at"]))
    for _, m in _between(held, "held_at", account_id, start, end).iterrows():
        out.append(NewEvent(_day(m["held_at"]), "meeting_held",
                            (MOMENTUM,), FACT_WEIGHTS["meeting_held"],
                            facts={"meeting": str(m["kind"])}))

    opps = frames.opportunities
    for _, o in _between(opps, "created_at", account_id, start, end).iterrows():
        renewal = o.get("type") == "renewal"
        out.append(NewEvent(_day(o["created_at"]), "opportunity_created",
                            () if renewal else (PIPELINE,),
                            FACT_WEIGHTS["renewal"] if renewal else FACT_WEIGHTS["created"],
                            facts={"opportunity": o["name"]}))
    closed = opps.assign(closed=closed_time(opps))
    closed = closed[closed["status"].isin(["won", "lost"])]
    for _, o in _between(closed, "closed", account_id, start, end).iterrows():
        status = str(o["status"])
        # A renewal is existing revenue coming up again: pipeline does not count it, and
        # retention reads the subscriptions, so it is named but feeds no component.
        renewal = o.get("type") == "renewal"
        out.append(NewEvent(_day(o["closed"]), f"opportunity_{status}",
                            () if renewal else (PIPELINE,),
                            FACT_WEIGHTS["renewal"] if renewal else FACT_WEIGHTS[status],
                            facts={"opportunity": o["name"]}))

    subs = frames.subscriptions
    for _, s in _between(subs, "start_date", account_id, start, end).iterrows():
        out.append(NewEvent(_day(s["start_date"]), "subscription_started",
                            (RETENTION,), FACT_WEIGHTS["subscription"],
                            facts={"product": s["product"]}))
    for column, verb in (("churned_at", "churned"), ("end_date", "ended")):
        for _, s in _between(subs, column, account_id, start, end).iterrows():
            if verb == "ended" and pd.notna(s["churned_at"]):
                continue  # named once, as churned
            out.append(NewEvent(_day(s[column]), f"subscription_{verb}",
                                (RETENTION,), FACT_WEIGHTS["churned"],
                                facts={"product": s["product"]}))

    for _, r in _between(frames.nps, "responded_at", account_id, start, end).iterrows():
        score = int(r["score"])
        kind = "promoter" if score >= 9 else "detractor" if score <= 6 else "passive"
        out.append(NewEvent(_day(r["responded_at"]), "nps_response",
                            (SATISFACTION,), FACT_WEIGHTS["nps"],
                            facts={"score": score, "respondent": kind}))

    asked = _between(frames.questions, "asked_at", account_id, start, end)
    if len(asked):
        latest = _day(asked["asked_at"].max())
        out.append(NewEvent(latest, "questions", (SATISFACTION,),
                            FACT_WEIGHTS["question"] * len(asked), len(asked)))
    return sorted(out, key=lambda e: (-e.weight, e.on, _order(e)))
