"""Everything the account page shows about one account, gathered off the GUI thread.

``load_account`` reads only that account's rows: from the frames already in memory when the
portfolio has loaded (a slice, no database work), else by targeted queries. The health
explanation comes from the health engine's result; the buying-committee table and weekly
engagement are small vectorised summaries of this one account's rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.reports.table_words import VALUES
from desktop.shared.account_rows import AccountRows
from desktop.shared.palette import KIND_FAMILIES
from domain import formatting as fmt
from domain.committee import Gap, committee_gaps, committee_table
from domain.entities import Note
from domain.frames import PortfolioFrames
from domain.health.activity import Activity
from domain.metrics.context import NOT_ENGAGEMENT, scope_frames
from domain.progress import Progress
from domain.settings import WorkspaceSettings
from storage.frames import read_events_sql, read_table
from storage.notes_repo import list_notes
from storage.workspace import Workspace

CHART_WEEKS = 52
# Read in the current language at each lookup (``desktop.i18n.labels``).
EVENT_KIND_LABELS = TranslatedLabels("EventKinds", {
    "email_sent": QT_TRANSLATE_NOOP("EventKinds", "Email sent"),
    "email_delivered": QT_TRANSLATE_NOOP("EventKinds", "Email delivered"),
    "email_open": QT_TRANSLATE_NOOP("EventKinds", "Email open"),
    "email_click": QT_TRANSLATE_NOOP("EventKinds", "Email click"),
    "email_bounce": QT_TRANSLATE_NOOP("EventKinds", "Email bounce"),
    "email_unsubscribe": QT_TRANSLATE_NOOP("EventKinds", "Unsubscribe"),
    "content_view": QT_TRANSLATE_NOOP("EventKinds", "Content view"),
    "content_download": QT_TRANSLATE_NOOP("EventKinds", "Content download"),
    "web_visit": QT_TRANSLATE_NOOP("EventKinds", "Web visit"),
    "page_view": QT_TRANSLATE_NOOP("EventKinds", "Page view"),
    "form_view": QT_TRANSLATE_NOOP("EventKinds", "Form view"),
    "form_fill": QT_TRANSLATE_NOOP("EventKinds", "Form fill"),
    "cta_view": QT_TRANSLATE_NOOP("EventKinds", "CTA view"),
    "cta_click": QT_TRANSLATE_NOOP("EventKinds", "CTA click"),
    "ad_click": QT_TRANSLATE_NOOP("EventKinds", "Ad click"),
    "social_engagement": QT_TRANSLATE_NOOP("EventKinds", "Social engagement"),
    "webinar_registered": QT_TRANSLATE_NOOP("EventKinds", "Webinar registration"),
    "webinar_attended": QT_TRANSLATE_NOOP("EventKinds", "Webinar attended"),
    "media_mention": QT_TRANSLATE_NOOP("EventKinds", "Media mention"),
})


@dataclass
class AccountData:
    account_id: int
    account: dict[str, Any]
    frames: PortfolioFrames  # this account's rows only (campaigns whole)
    as_of: date
    currency: str
    row: dict[str, Any] = field(default_factory=dict)  # the portfolio row: score, band, trend…
    explanation: Any | None = None  # domain.health.drivers.Explanation
    committee: pd.DataFrame = field(default_factory=pd.DataFrame)
    gaps: list[Gap] = field(default_factory=list)  # worded by desktop.shared.wording.committee
    weekly: pd.DataFrame = field(default_factory=pd.DataFrame)  # index week start, family columns
    events: pd.DataFrame = field(default_factory=pd.DataFrame)  # newest first, readable columns
    notes: list[Note] = field(default_factory=list)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # meetings, deals, subscriptions, nps


def account_frames(workspace: Workspace, account_id: int, loaded: PortfolioFrames | None,
                   rows: AccountRows | None = None) -> PortfolioFrames:
    """This account's rows: from the row index, a slice of the loaded frames, or queries."""
    if rows is not None:
        return rows.frames_for(account_id)
    if loaded is not None:
        return scope_frames(loaded, [account_id])
    tables: dict[str, pd.DataFrame] = {}
    for name in PortfolioFrames().table_names():
        if name == "events":
            tables[name], _ = read_events_sql(workspace, [account_id])
        else:
            tables[name] = read_table(workspace, name, [account_id])
    return PortfolioFrames(**tables)


def weekly_engagement(events: pd.DataFrame, as_of: date, weeks: int = CHART_WEEKS) -> pd.DataFrame:
    """Engagement events per week (Monday starts) and kind family, for the last ``weeks``.

    Outbound and non-personal events (sends, deliveries, bounces, unsubscribes, press
    mentions) are left out: the chart is about the account engaging.
    """
    end = pd.Timestamp(as_of).normalize() + pd.Timedelta(days=1)
    last_monday = (end - pd.Timedelta(days=1)).to_period("W-SUN").start_time
    start = last_monday - pd.Timedelta(weeks=weeks - 1)
    weeks_index = pd.date_range(start, periods=weeks, freq="7D")
    families = [f for f in KIND_FAMILIES if f != "Media"]
    counts = np.zeros((weeks, len(families)), dtype="int64")
    t = events["occurred_at"].to_numpy("datetime64[ns]").view("int64")
    family_of = {kind: i for i, f in enumerate(families) for kind in KIND_FAMILIES[f]}
    column = events["kind"].astype("object").map(
        {k: v for k, v in family_of.items() if k not in NOT_ENGAGEMENT}).to_numpy(dtype="float64", na_value=np.nan)
    week = (t - start.value) // (7 * 86400 * 10**9)
    keep = (t >= start.value) & (t < end.value) & ~np.isnan(column)
    np.add.at(counts, (week[keep], column[keep].astype("int64")), 1)
    return pd.DataFrame(counts, index=weeks_index, columns=families)


def event_list(frames: PortfolioFrames) -> pd.DataFrame:
    """The account's events, newest first, with contact and campaign names."""
    events = frames.events
    contacts = pd.Series(frames.contacts["name"].to_numpy(), index=pd.to_numeric(frames.contacts["id"]).to_numpy())
    campaigns = pd.Series(frames.campaigns["name"].to_numpy(), index=pd.to_numeric(frames.campaigns["id"]).to_numpy())
    out = pd.DataFrame({
        "occurred_at": events["occurred_at"].to_numpy(),
        "kind": events["kind"].astype("object").map(dict(EVENT_KIND_LABELS)).fillna(events["kind"].astype("object")).to_numpy(),
        "raw_kind": events["kind"].astype("object").to_numpy(),
        "contact": pd.to_numeric(events["contact_id"], errors="coerce").map(contacts).to_numpy(),
        "campaign": pd.to_numeric(events["campaign_id"], errors="coerce").map(campaigns).to_numpy(),
        "asset": events["asset"].to_numpy(),
        # A channel the product knows (organic, paid, social…) in the language, as the account
        # report words it; one only an import knows stays as the file has it.
        "channel": events["channel"].astype("object").map(dict(VALUES)).fillna(
            events["channel"].astype("object")).to_numpy(),
    })
    return out.sort_values("occurred_at", ascending=False, kind="stable").reset_index(drop=True)


WORDS = TranslatedLabels("DealWords", {
    "new_business": QT_TRANSLATE_NOOP("DealWords", "New business"),
    "expansion": QT_TRANSLATE_NOOP("DealWords", "Expansion"),
    "renewal": QT_TRANSLATE_NOOP("DealWords", "Renewal"),
    "open": QT_TRANSLATE_NOOP("DealWords", "Open"),
    "won": QT_TRANSLATE_NOOP("DealWords", "Won"),
    "lost": QT_TRANSLATE_NOOP("DealWords", "Lost"),
    "call": QT_TRANSLATE_NOOP("DealWords", "Call"),
    "demo": QT_TRANSLATE_NOOP("DealWords", "Demo"),
    "scheduled": QT_TRANSLATE_NOOP("DealWords", "Scheduled"),
    "held": QT_TRANSLATE_NOOP("DealWords", "Held"),
    "no_show": QT_TRANSLATE_NOOP("DealWords", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("DealWords", "Cancelled"),
})


def _names(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(frame["name"].to_numpy(), index=pd.to_numeric(frame["id"]).to_numpy())


def _words(series: pd.Series) -> pd.Series:
    text = series.astype("object")
    return text.map(dict(WORDS)).fillna(text)


def tab_tables(frames: PortfolioFrames) -> dict[str, pd.DataFrame]:
    """The meetings, deals, subscriptions and NPS tables as shown, newest first."""
    contacts, campaigns = _names(frames.contacts), _names(frames.campaigns)
    meetings = frames.meetings.sort_values("booked_at", ascending=False)
    deals = frames.opportunities.sort_values("created_at", ascending=False)
    nps = frames.nps.sort_values("responded_at", ascending=False)
    return {
        "meetings": meetings.assign(
            kind=_words(meetings["kind"]), status=_words(meetings["status"]),
            contact=pd.to_numeric(meetings["contact_id"], errors="coerce").map(contacts),
            campaign=pd.to_numeric(meetings["campaign_id"], errors="coerce").map(campaigns)),
        "deals": deals.assign(type=_words(deals["type"]), status=_words(deals["status"])),
        "subscriptions": frames.subscriptions.sort_values("start_date", ascending=False),
        "nps": nps.assign(contact=pd.to_numeric(nps["contact_id"], errors="coerce").map(contacts)),
    }


def load_account(
    workspace: Workspace,
    account_id: int,
    as_of: date,
    settings: WorkspaceSettings,
    loaded: PortfolioFrames | None = None,
    health: Any | None = None,
    portfolio: pd.DataFrame | None = None,
    progress: Progress | None = None,
    rows: AccountRows | None = None,
) -> AccountData:
    """Gather one account's whole page (runs on a worker thread)."""
    data = first_screen(workspace, account_id, as_of, settings, loaded, health, portfolio,
                        progress, rows)
    return complete(data, workspace, settings, health, rows)


def first_screen(
    workspace: Workspace,
    account_id: int,
    as_of: date,
    settings: WorkspaceSettings,
    loaded: PortfolioFrames | None = None,
    health: Any | None = None,
    portfolio: pd.DataFrame | None = None,
    progress: Progress | None = None,
    rows: AccountRows | None = None,
) -> AccountData:
    """What the page shows first: the header (profile, score, drivers) and the timeline
    (weekly engagement, the event list). A few milliseconds with the row index of a loaded
    portfolio; ``complete`` adds the other tabs."""
    progress = progress or Progress.none()
    frames = account_frames(workspace, account_id, loaded, rows)
    progress.check()
    if frames.accounts.empty:
        raise LookupError(arg(QCoreApplication.translate(
            "AccountData", "Account %1 is not in this workspace any more; it may have been "
            "removed by an undone import."), account_id))
    account = frames.accounts.iloc[0].to_dict()
    data = AccountData(account_id=account_id, account=account, frames=frames, as_of=as_of,
                       currency=settings.currency)
    if portfolio is not None and len(portfolio):
        match = portfolio.index[portfolio["id"].to_numpy() == account_id]
        if len(match):
            data.row = portfolio.loc[match[0]].to_dict()
    result = getattr(health, "result", None)
    if result is not None and account_id in result.frame.index:
        data.explanation = result.explain(account_id)
    data.weekly = weekly_engagement(frames.events, as_of)
    data.events = event_list(frames)
    return data


def complete(
    data: AccountData,
    workspace: Workspace,
    settings: WorkspaceSettings,
    health: Any | None = None,
    rows: AccountRows | None = None,
    progress: Progress | None = None,
) -> AccountData:
    """``data`` with the other tabs: buying committee and its gaps, meetings and deals,
    retention and NPS, notes (read from the workspace). ``progress`` is checked between
    the tabs, so a page that moved on to another account stops early."""
    progress = progress or Progress.none()
    progress.check()
    account_id, frames, as_of = data.account_id, data.frames, data.as_of
    result = getattr(health, "result", None)
    window = settings.stage_window_days
    facts = None
    if result is not None and account_id in result.facts.index:
        window = int(result.config.window_days)
        facts = result.facts.loc[account_id].to_dict()
    activity = getattr(health, "activity", None)
    if rows is not None and "touches" in rows.streams:
        touches = rows.stream("touches", account_id)
    else:
        if activity is None:  # not scored yet: the same stream for this account alone
            activity = Activity.prepare(frames, settings)
        touches = _of_account(activity.touches, account_id)
    data.committee = committee_table(frames, settings, as_of, window, touches)
    data.gaps = committee_gaps(data.committee, window, facts)
    progress.check()
    data.tables = tab_tables(frames)
    progress.check()
    data.notes = list_notes(workspace, account_id)
    return data


def _of_account(stream: pd.DataFrame, account_id: int) -> pd.DataFrame:
    return stream[stream["account_id"].to_numpy() == account_id]


def money(value: Any, currency: str) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return fmt.money_exact(value, currency)
