"""The account report's contents (SPEC §9): everything on the account page, for print.

``account_report`` gathers, for one account and one period: the profile; the health header
(score, band, stage, trend, component lines, drivers: the health model's explanation,
rendered as is; the calibrated likelihood; what moved the score in four weeks, by
component and cause); the KPI table against the previous period (the KPI engine's numbers);
weekly engagement by event kind; the buying committee; meetings and deals; subscriptions
and NPS responses with comments; notes and next actions; the vanity panel; and footnotes
(formulas used, model version and weights, the data's as-of date). Tables list rows in a
fixed order (by date, then id) so the same data always gives the same report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from domain.committee import committee_table
from domain.engagement import touch_points
from domain.frames import PortfolioFrames
from domain.health.drivers import Explanation
from domain.health.model import HealthModelConfig
from domain.health.movement import Movement
from domain.health.segments import CUSTOMER, segment_of
from domain.metrics.period import Period
from domain.metrics.results import KpiReport
from domain.report_contents.kpi_lines import KpiLine, kpi_lines
from domain.report_contents.tables import ColumnKind as K
from domain.report_contents.tables import Table, is_missing, table
from domain.settings import WorkspaceSettings
from domain.vanity import VanityRow, vanity_rows

ENGAGEMENT_WEEKS = 26
LATEST_TOUCHES = 15
NO_ACTIVITY = ("email_sent", "email_delivered", "email_bounce")  # things we did, not them


@dataclass(frozen=True)
class ProfileItem:
    label: str  # an id ("tier", "annual_revenue"); the desktop words it
    value: Any
    kind: K = K.TEXT


@dataclass(frozen=True)
class HealthHeader:
    """The health model's verdict on the account, with the trend from its history."""

    explanation: Explanation
    trend: str | None  # "up", "down", "flat" or None (no score four weeks earlier)
    change_4w: float | None
    sparkline: tuple[float, ...]
    weights: dict[str, float]
    likelihood: float | None = None  # the segment's outcome within 90 days, calibrated
    likelihood_note: str = ""  # what it is of and on how much history, or why there is none
    moved: Movement | None = None  # what moved the score in the last four weeks
    thresholds: tuple[float, float] = (70.0, 40.0)  # the segment's top and middle band minimums
    segment: str = CUSTOMER  # whose vocabulary the bands speak: customers' (churned too) or prospects'

    @property
    def score(self) -> float | None:
        return self.explanation.score

    @property
    def band(self) -> str | None:
        return self.explanation.band


@dataclass(frozen=True)
class Footnote:
    """A footnote as an id ("health", "data") with its facts; the desktop words it."""

    label: str
    facts: tuple[Any, ...] = ()


@dataclass(frozen=True)
class AccountReport:
    account_id: int
    name: str
    profile: tuple[ProfileItem, ...]
    stage: str | None
    period: Period
    previous_period: Period
    as_of_day: date  # the last day the report's data includes
    currency: str
    health: HealthHeader | None
    kpis: tuple[KpiLine, ...]
    kpis_left_out: int
    account_nps: KpiLine | None
    engagement: pd.DataFrame  # index: week start; columns: event kinds; values: counts
    touches: Table  # the latest touches, newest first (the account page's timeline list)
    committee: Table
    meetings: Table
    deals: Table
    subscriptions: Table
    nps_responses: Table
    notes: Table
    vanity: tuple[VanityRow, ...]
    formula_notes: tuple[str, ...]  # metric ids whose formulas are footnoted, before ``footnotes``
    footnotes: tuple[Footnote, ...]


def account_report(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    account_id: int,
    kpis: KpiReport,
    explanation: Explanation | None = None,
    *,
    trend: str | None = None,
    change_4w: float | None = None,
    sparkline: tuple[float, ...] | list[float] = (),
    config: HealthModelConfig | None = None,
    data_date: date | None = None,
    likelihood: float | None = None,
    likelihood_note: str = "",
    moved: Movement | None = None,
) -> AccountReport:
    """The account report for ``account_id`` over ``kpis.period``.

    ``kpis`` is the KPI engine's report scoped to this account; ``explanation`` the health
    model's (``HealthResult.explain``), None when the account was not scored. ``trend``,
    ``change_4w`` and ``sparkline`` come from the stored history.
    """
    accounts = frames.accounts
    row = accounts[pd.to_numeric(accounts["id"]) == account_id]
    if row.empty:
        raise KeyError(f"there is no account with id {account_id}")
    account = row.iloc[0]
    period = kpis.period
    end = period.end
    own = _own_frames(frames, account_id, end)
    lines, left_out = kpi_lines(kpis)
    nps_line = next((line for line in lines if line.metric_id == "account_nps"), None)
    health = None
    if explanation is not None:
        segment = segment_of(explanation.stage) or CUSTOMER
        health = HealthHeader(
            explanation=explanation,
            trend=trend,
            change_4w=None if is_missing(change_4w) else float(change_4w),  # type: ignore[arg-type]
            sparkline=tuple(float(v) for v in sparkline if not is_missing(v)),
            weights=dict((config or HealthModelConfig()).weights),
            likelihood=None if is_missing(likelihood) else float(likelihood),  # type: ignore[arg-type]
            likelihood_note=likelihood_note,
            moved=moved,
            thresholds=(config or HealthModelConfig()).thresholds(segment),
            segment=segment,
        )
    # "Data as of": the period's last day, or the workspace's data date when the period runs
    # past the latest record.
    as_of_day = min((end - pd.Timedelta(days=1)).date(), data_date or date.max)
    return AccountReport(
        account_id=int(account_id),
        name=str(account["name"]),
        profile=_profile(account),
        stage=explanation.stage if explanation is not None else None,
        period=period,
        previous_period=kpis.previous_period,
        as_of_day=as_of_day,
        currency=settings.currency,
        health=health,
        kpis=tuple(line for line in lines if line.metric_id != "account_nps"),
        kpis_left_out=left_out,
        account_nps=nps_line,
        engagement=weekly_engagement(own.events, end, ENGAGEMENT_WEEKS),
        touches=_touches(own),
        committee=_committee(own, settings, end, (config or HealthModelConfig()).window_days),
        meetings=_meetings(own),
        deals=_deals(own, settings.currency),
        subscriptions=_subscriptions(own, settings.currency),
        nps_responses=_nps(own),
        notes=_notes(own),
        vanity=tuple(vanity_rows(kpis, settings)),
        formula_notes=tuple(line.metric_id for line in lines),
        footnotes=_footnotes(lines, health, period, as_of_day),
    )


def _own_frames(frames: PortfolioFrames, account_id: int, end: pd.Timestamp) -> PortfolioFrames:
    """The account's rows dated before the period end (later data changes nothing)."""
    dated = {
        "contacts": "created_at", "events": "occurred_at", "meetings": "booked_at",
        "opportunities": "created_at", "subscriptions": "start_date", "nps": "responded_at",
        "questions": "asked_at", "notes": "created_at",
    }
    out: dict[str, pd.DataFrame] = {}
    for name, column in dated.items():
        frame = getattr(frames, name)
        mine = frame[pd.to_numeric(frame["account_id"], errors="coerce") == account_id]
        out[name] = mine[~(mine[column] >= end)]  # undated rows stay
    return PortfolioFrames(accounts=frames.accounts, campaigns=frames.campaigns, **out)


def _profile(account: pd.Series) -> tuple[ProfileItem, ...]:
    items = [
        ProfileItem("tier", account.get("tier"), K.INTEGER),
        ProfileItem("owner", account.get("owner")),
        ProfileItem("industry", account.get("industry")),
        ProfileItem("region", account.get("region")),
        ProfileItem("domain", account.get("domain")),
        ProfileItem("employees", account.get("employees"), K.INTEGER),
        ProfileItem("annual_revenue", account.get("annual_revenue"), K.MONEY),
        ProfileItem("crm_id", account.get("external_id")),
    ]
    return tuple(i for i in items if not is_missing(i.value) and str(i.value) != "")


def weekly_engagement(events: pd.DataFrame, end: pd.Timestamp, weeks: int) -> pd.DataFrame:
    """Events per week (Monday starts) and kind over the ``weeks`` weeks before ``end``."""
    last_monday = (end - pd.Timedelta(days=1)).normalize()
    last_monday -= pd.Timedelta(days=last_monday.day_of_week)
    starts = pd.date_range(end=last_monday, periods=weeks, freq="7D")
    recent = events[(events["occurred_at"] >= starts[0]) & (events["occurred_at"] < end)]
    recent = recent[~recent["kind"].isin(NO_ACTIVITY)]
    if not len(recent):
        counts = pd.DataFrame(index=starts)
        counts.index.name = "week"
        return counts
    # Counted into a week x kind grid with numpy (pd.crosstab cost ten times as much on
    # the few hundred rows of one account). Every row falls in one of the weeks: starts
    # are Mondays at midnight and the rows lie between the first and ``end``.
    week = ((recent["occurred_at"].to_numpy("datetime64[ns]") - starts[0].to_datetime64())
            // np.timedelta64(7, "D")).astype("int64")
    codes, kinds = pd.factorize(recent["kind"], sort=False)
    grid = np.zeros((len(starts), len(kinds)), dtype="int64")
    np.add.at(grid, (week, codes), 1)
    # The kinds as crosstab labelled them: the events' categories, or inferred from texts.
    labels = kinds if isinstance(kinds.dtype, pd.CategoricalDtype) else list(kinds)
    counts = pd.DataFrame(grid, index=starts, columns=pd.Index(labels, name="kind"))
    counts.index.name = "week"
    return counts[sorted(counts.columns)]


def _contact_names(own: PortfolioFrames) -> pd.Series:
    contacts = own.contacts
    return pd.Series(contacts["name"].to_numpy(), index=pd.to_numeric(contacts["id"]).to_numpy())


def _touches(own: PortfolioFrames) -> Table:
    events = own.events[~own.events["kind"].isin(NO_ACTIVITY)].copy()
    events["contact"] = pd.to_numeric(events["contact_id"], errors="coerce").map(
        _contact_names(own)
    )
    # Kinds and channels stay ids; the desktop words them.
    events["what"] = events["kind"].astype("object")
    events["channel"] = events["channel"].astype("object").map(
        lambda v: None if is_missing(v) or str(v).strip() == "" else v)
    events = events.sort_values(["occurred_at", "id"], ascending=[False, False])
    return table(
        "latest_touches",
        events.head(LATEST_TOUCHES),
        [
            ("occurred_at", "when", K.DATETIME),
            ("what", "touch", K.TEXT),
            ("contact", "contact", K.TEXT),
            ("asset", "asset", K.TEXT),
            ("channel", "channel", K.TEXT),
        ],
    )


def _committee(own: PortfolioFrames, settings: WorkspaceSettings, end: pd.Timestamp,
               window_days: int) -> Table:
    """The committee as the account page shows it (``domain.committee``): scored touches."""
    as_of = (end - pd.Timedelta(days=1)).date()
    contacts = committee_table(own, settings, as_of, window_days, touch_points(own, settings))
    return table(
        "buying_committee",
        contacts,
        [
            ("name", "contact", K.TEXT),
            ("title", "title", K.TEXT),
            ("role", "role", K.TEXT),
            ("touches", "scored_touches_days", K.INTEGER),
            ("last_touch", "last_scored_touch", K.DATE),
            ("mql_at", "mql", K.DATE),
            ("unsubscribed_at", "unsubscribed", K.DATE),
        ],
        title_facts={"touches": (window_days,)},
        note="scored_touches",  # what counts as a scored touch, in the window up to as_of
        note_facts=(window_days, as_of),
    )


def _meetings(own: PortfolioFrames) -> Table:
    meetings = own.meetings.copy()
    meetings["contact"] = pd.to_numeric(meetings["contact_id"], errors="coerce").map(
        _contact_names(own)
    )
    meetings = meetings.sort_values(["booked_at", "id"], ascending=[False, True])
    return table(
        "meetings",
        meetings,
        [
            ("booked_at", "booked", K.DATE),
            ("scheduled_for", "scheduled_for", K.DATE),
            ("kind", "kind", K.TEXT),
            ("status", "status", K.TEXT),
            ("contact", "contact", K.TEXT),
        ],
    )


def _deals(own: PortfolioFrames, currency: str) -> Table:
    opps = own.opportunities.copy()
    opps = opps.sort_values(["created_at", "id"], ascending=[False, True])
    return table(
        "deals",
        opps,
        [
            ("name", "opportunity", K.TEXT),
            ("type", "type", K.TEXT),
            ("amount", "amount", K.MONEY),
            ("status", "status", K.TEXT),
            ("stage", "crm_stage", K.TEXT),
            ("created_at", "created", K.DATE),
            ("closed_at", "closed", K.DATE),
            ("promotion", "promotion", K.TEXT),
        ],
        currency=currency,
    )


def _subscriptions(own: PortfolioFrames, currency: str) -> Table:
    subs = own.subscriptions.copy().sort_values(["start_date", "id"])
    return table(
        "subscriptions",
        subs,
        [
            ("product", "product", K.TEXT),
            ("start_date", "start", K.DATE),
            ("end_date", "end", K.DATE),
            ("arr", "arr", K.MONEY),
            ("churned_at", "churned", K.DATE),
        ],
        currency=currency,
    )


def _nps(own: PortfolioFrames) -> Table:
    nps = own.nps.copy()
    nps["contact"] = pd.to_numeric(nps["contact_id"], errors="coerce").map(_contact_names(own))
    score = pd.to_numeric(nps["score"], errors="coerce")
    nps["category"] = np.select(
        [score >= 9, score >= 7, score >= 0], ["promoter", "passive", "detractor"], default=None
    )
    nps = nps.sort_values(["responded_at", "id"], ascending=[False, True])
    return table(
        "nps_responses",
        nps,
        [
            ("responded_at", "date", K.DATE),
            ("score", "score", K.INTEGER),
            ("category", "", K.TEXT),  # ids: promoter, passive, detractor
            ("contact", "contact", K.TEXT),
            ("comment", "comment", K.TEXT),
        ],
    )


def _notes(own: PortfolioFrames) -> Table:
    notes = own.notes.copy()
    done = notes["done"].fillna(False).astype(bool)
    notes["state"] = np.where(done, "done", "open")
    # Open actions first, soonest due first; then the rest, newest first.
    notes["_open"] = (~done).astype(int)
    notes["_due"] = notes["due_date"].fillna(pd.Timestamp.max.normalize())
    notes = notes.sort_values(["_open", "_due", "created_at", "id"],
                              ascending=[False, True, False, True])
    return table(
        "notes",
        notes,
        [
            ("due_date", "due", K.DATE),
            ("state", "state", K.TEXT),  # ids: done, open
            ("text", "note", K.TEXT),
            ("author", "author", K.TEXT),
            ("created_at", "written", K.DATE),
        ],
    )


def _footnotes(
    lines: list[KpiLine], health: HealthHeader | None, period: Period, as_of_day: date
) -> tuple[Footnote, ...]:
    """"health": the model version (None: unsaved) and the weights by component; "data": the
    period, the period compared with and the as-of day."""
    notes: list[Footnote] = []
    if health is not None:
        notes.append(Footnote("health", (health.explanation.model_version,
                                         tuple(health.weights.items()))))
    notes.append(Footnote("data", (period, period.previous(), as_of_day)))
    return tuple(notes)
