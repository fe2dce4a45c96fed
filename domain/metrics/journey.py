"""ABM journey KPIs (SPEC §4, seed 002): email, content, forms, CTAs, meetings, deals,
new customers, account NPS and customer retention.

Each function takes the run's ``KpiContext`` and a ``Period`` and returns a ``Measure``;
``COMPUTE`` maps metric ids to them.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from domain.distinct import distinct
from domain.metrics.context import KpiContext, lookup
from domain.metrics.emails import EmailCounts, EmailIndex
from domain.metrics.period import Period
from domain.metrics.results import SMALL_SAMPLE, Measure, clean, ratio

ACCOUNT_NPS_WINDOW = pd.Timedelta(days=365)


# -- email -------------------------------------------------------------------------------
def email_index(ctx: KpiContext) -> EmailIndex:
    """The scope's email events as an ``EmailIndex``, once per run (the nurture KPIs keep
    its customers' rows)."""
    def compute() -> EmailIndex:
        if ctx.portfolio is not None:  # the portfolio's rows of the scope's accounts
            emails = email_index(ctx.portfolio)
            return emails.where(ctx.in_scope(emails.accounts))
        return EmailIndex.of(ctx.frames.events)
    return ctx.memo("email_index", compute)


def _emails(ctx: KpiContext, period: Period) -> EmailCounts:
    index = email_index(ctx)
    return ctx.memo(("emails", period), lambda: index.counts(period))


def email_open_rate(ctx: KpiContext, period: Period) -> Measure:
    c = _emails(ctx, period)
    return Measure(ratio(c.opened, c.delivered), c.delivered)


def email_ctr(ctx: KpiContext, period: Period) -> Measure:
    c = _emails(ctx, period)
    return Measure(ratio(c.clicked, c.delivered), c.delivered)


def click_to_open(ctx: KpiContext, period: Period) -> Measure:
    c = _emails(ctx, period)
    return Measure(ratio(c.clicked, c.opened), c.opened)


def unsubscribe_rate(ctx: KpiContext, period: Period) -> Measure:
    c = _emails(ctx, period)
    return Measure(ratio(c.unsubscribed, c.delivered), c.delivered)


# -- content, forms, CTAs ----------------------------------------------------------------
def content_engagement(ctx: KpiContext, period: Period) -> Measure:
    content = ctx.of_kind(period, "content_view", "content_download")
    if content.empty:
        return Measure(0.0, 0, _empty_detail(["asset", "views", "downloads", "touches",
                                              "accounts", "mean_duration_s", "rank"]))
    frame = pd.DataFrame({
        "asset": content["asset"].astype("object").fillna("(no asset)").to_numpy(),
        "views": (content["kind"] == "content_view").to_numpy(dtype="int64"),
        "downloads": (content["kind"] == "content_download").to_numpy(dtype="int64"),
        "account_id": content["account_id"].to_numpy(),
        "duration_s": pd.to_numeric(content["duration_s"], errors="coerce").to_numpy(),
    })
    per = frame.groupby("asset").agg(
        views=("views", "sum"), downloads=("downloads", "sum"),
        accounts=("account_id", "nunique"), mean_duration_s=("duration_s", "mean"),
    )
    per["touches"] = per["views"] + per["downloads"]
    per = per.sort_values(["touches", "accounts"], ascending=False).reset_index()
    per["rank"] = np.arange(1, len(per) + 1)
    detail = per[["asset", "views", "downloads", "touches", "accounts", "mean_duration_s", "rank"]]
    return Measure(float(len(content)), len(per), detail)


def _visitor(frame: pd.DataFrame) -> pd.Series:
    """Who did it: the contact, else the web session, else the event itself."""
    contact = pd.to_numeric(frame["contact_id"], errors="coerce")
    who = "c" + contact.astype("Int64").astype("str")
    session = "s" + frame["session"].astype("object").astype("str")
    event = "e" + frame["id"].astype("str")
    return who.where(contact.notna(), session.where(frame["session"].notna(), event))


WHO_BITS = 42  # visitor codes below 2**42; the asset's code sits above them


def _visitor_codes(frame: pd.DataFrame, sessions: pd.Index) -> np.ndarray:
    """``_visitor`` as int64 codes: the kind of visitor (contact, session, event) in the top
    bits, the contact id, the session's position in ``sessions`` or the event id below."""
    contact = pd.to_numeric(frame["contact_id"], errors="coerce").to_numpy("float64")
    session = sessions.get_indexer(frame["session"].astype("object"))
    event = frame["id"].to_numpy("int64")
    has_contact = ~np.isnan(contact)
    has_session = frame["session"].notna().to_numpy()
    return np.where(has_contact, np.nan_to_num(contact).astype("int64"),
                    np.where(has_session, (1 << 40) + session, (2 << 40) + event))


def _view_to_action(views: pd.DataFrame, actions: pd.DataFrame) -> pd.DataFrame:
    """Per asset: distinct visitors who viewed it, and how many of them acted on it.

    Visitors and assets are numbered (no text is built per row); each distinct
    (asset, visitor) pair of the views is one viewer, converted when the same pair acted.
    """
    if views.empty:
        return _view_to_action_frames(views, actions)
    both = pd.concat([views[["asset", "session"]], actions[["asset", "session"]]])
    assets = pd.Index(both["asset"].astype("object").fillna("(no asset)").unique())
    sessions = pd.Index(both["session"].dropna().astype("object").unique())

    def pairs(frame: pd.DataFrame) -> np.ndarray:
        asset = assets.get_indexer(frame["asset"].astype("object").fillna("(no asset)"))
        return distinct((asset.astype("int64") << WHO_BITS) | _visitor_codes(frame, sessions))

    seen, acted = pairs(views), pairs(actions)
    converted = np.isin(seen, acted, assume_unique=True)
    asset = seen >> WHO_BITS
    viewers = np.bincount(asset, minlength=len(assets))
    hits = np.bincount(asset, weights=converted, minlength=len(assets)).astype("int64")
    present = viewers > 0
    per = pd.DataFrame({"viewers": viewers[present].astype("int64"), "converted": hits[present]},
                       index=pd.Index(assets[present], name="asset", dtype="object"))
    return per.sort_index()


def _view_to_action_frames(views: pd.DataFrame, actions: pd.DataFrame) -> pd.DataFrame:
    """``_view_to_action`` through frames of text keys (kept for the empty case, whose
    column types the callers rely on)."""
    seen = pd.DataFrame({"asset": views["asset"].astype("object").fillna("(no asset)"),
                         "who": _visitor(views)}).drop_duplicates()
    acted = pd.DataFrame({"asset": actions["asset"].astype("object").fillna("(no asset)"),
                          "who": _visitor(actions)}).drop_duplicates()
    seen["acted"] = seen.set_index(["asset", "who"]).index.isin(
        acted.set_index(["asset", "who"]).index)
    return seen.groupby("asset").agg(viewers=("who", "size"), converted=("acted", "sum"))


def _views_and_actions(ctx: KpiContext, period: Period, view: str, action: str) -> pd.DataFrame:
    return ctx.memo(("view_to_action", period, view, action), lambda: _view_to_action(
        ctx.of_kind(period, view), ctx.of_kind(period, action)))


def form_fills(ctx: KpiContext, period: Period) -> Measure:
    fills = ctx.of_kind(period, "form_fill")
    per = _views_and_actions(ctx, period, "form_view", "form_fill")
    count = fills["asset"].astype("object").fillna("(no asset)").value_counts()
    detail = pd.DataFrame({"fills": count}).join(per, how="outer").fillna(0)
    detail = detail.astype("int64").rename_axis("form").reset_index()
    detail["conversion"] = [ratio(c, v) for c, v in zip(detail["converted"], detail["viewers"],
                                                        strict=True)]
    detail = detail.sort_values("fills", ascending=False, ignore_index=True)
    return Measure(float(len(fills)), None, detail)


def form_conversion(ctx: KpiContext, period: Period) -> Measure:
    per = _views_and_actions(ctx, period, "form_view", "form_fill")
    viewers = int(per["viewers"].sum())
    return Measure(ratio(int(per["converted"].sum()), viewers), viewers)


def cta_conversion(ctx: KpiContext, period: Period) -> Measure:
    views = ctx.of_kind(period, "cta_view")
    per = _views_and_actions(ctx, period, "cta_view", "cta_click")
    viewers = int(per["viewers"].sum())
    value = ratio(int(per["converted"].sum()), viewers)
    # Along the journey: how many days into its account's journey a CTA is typically seen.
    first = lookup(views["account_id"], ctx.account_first_touch())
    day = (views["occurred_at"] - first).dt.total_seconds() / 86400.0
    journey_day = day.groupby(views["asset"].astype("object").fillna("(no asset)")).median()
    detail = per.join(journey_day.rename("journey_day")).rename_axis("cta").reset_index()
    detail["conversion"] = [ratio(c, v) for c, v in zip(detail["converted"], detail["viewers"],
                                                        strict=True)]
    detail = detail.sort_values(["journey_day", "viewers"], ascending=[True, False],
                                ignore_index=True)
    detail["drop_off"] = 1 - detail["conversion"].astype("float64")
    return Measure(value, viewers, detail)


# -- meetings and deals ------------------------------------------------------------------
def _scheduled_in(ctx: KpiContext, period: Period) -> pd.DataFrame:
    """The kind and status of the meetings scheduled in the period (the only columns read:
    copying the meetings' texts for each period was most of the cost)."""
    def compute() -> pd.DataFrame:
        meetings = ctx.frames.meetings
        when = ctx.memo("meetings_when",
                        lambda: meetings["scheduled_for"].fillna(meetings["booked_at"]))
        return meetings.loc[period.contains(when), ["kind", "status"]]
    return ctx.memo(("scheduled_in", period), compute)


def meetings_booked(ctx: KpiContext, period: Period) -> Measure:
    meetings = ctx.frames.meetings
    booked = meetings.loc[period.contains(meetings["booked_at"]), ["kind"]]
    scheduled = _scheduled_in(ctx, period)
    rows = []
    for kind in ("call", "demo"):
        sched = scheduled[scheduled["kind"] == kind]
        held = int((sched["status"] == "held").sum())
        no_show = int((sched["status"] == "no_show").sum())
        rows.append({"kind": kind, "booked": int((booked["kind"] == kind).sum()), "held": held,
                     "no_show": no_show, "cancelled": int((sched["status"] == "cancelled").sum()),
                     "no_show_rate": ratio(no_show, held + no_show)})
    return Measure(float(len(booked)), None, pd.DataFrame(rows))


def meetings_held(ctx: KpiContext, period: Period) -> Measure:
    return Measure(float((_scheduled_in(ctx, period)["status"] == "held").sum()))


def no_show_rate(ctx: KpiContext, period: Period) -> Measure:
    status = _scheduled_in(ctx, period)["status"]
    held, no_show = int((status == "held").sum()), int((status == "no_show").sum())
    return Measure(ratio(no_show, held + no_show), held + no_show)


def _closed_in(ctx: KpiContext, period: Period) -> pd.DataFrame:
    def compute() -> pd.DataFrame:
        opps = ctx.frames.opportunities
        # The only columns read (see ``_scheduled_in``).
        return opps.loc[period.contains(opps["closed_at"]) & opps["status"].isin(["won", "lost"]),
                        ["status", "type", "amount"]]
    return ctx.memo(("closed_in", period), compute)


def closed_deals(ctx: KpiContext, period: Period) -> Measure:
    closed = _closed_in(ctx, period)
    won = closed[closed["status"] == "won"]
    rows = []
    for kind in ("new_business", "expansion", "renewal"):
        of_type = closed[closed["type"] == kind]
        won_t = of_type[of_type["status"] == "won"]
        rows.append({"type": kind, "won": len(won_t), "lost": int((of_type["status"] == "lost").sum()),
                     "won_amount": float(pd.to_numeric(won_t["amount"]).fillna(0).sum()),
                     "win_rate": ratio(len(won_t), len(of_type))})
    return Measure(float(len(won)), None, pd.DataFrame(rows))


def won_amount(ctx: KpiContext, period: Period) -> Measure:
    closed = _closed_in(ctx, period)
    won = closed[closed["status"] == "won"]
    return Measure(float(pd.to_numeric(won["amount"]).fillna(0).sum()), len(won))


def win_rate(ctx: KpiContext, period: Period) -> Measure:
    closed = _closed_in(ctx, period)
    return Measure(ratio(int((closed["status"] == "won").sum()), len(closed)), len(closed))


def new_customers(ctx: KpiContext, period: Period) -> Measure:
    first = ctx.first_won_new_business()
    return Measure(float(period.contains(first).sum()))


# -- NPS and retention -------------------------------------------------------------------
def nps_of(scores: pd.Series) -> float | None:
    """% promoters (9–10) − % detractors (0–6); None without responses."""
    scores = pd.to_numeric(scores, errors="coerce").dropna()
    if scores.empty:
        return None
    return clean(100.0 * ((scores >= 9).sum() - (scores <= 6).sum()) / len(scores))


def account_nps(ctx: KpiContext, period: Period) -> Measure:
    nps = ctx.frames.nps
    window = nps[(nps["responded_at"] >= period.end - ACCOUNT_NPS_WINDOW)
                 & (nps["responded_at"] < period.end)]
    who = pd.to_numeric(window["contact_id"], errors="coerce").fillna(-window["id"])
    latest = window.assign(who=who).sort_values("responded_at").drop_duplicates(
        ["account_id", "who"], keep="last")
    n = len(latest)
    flags = (SMALL_SAMPLE,) if 0 < n < ctx.settings.nps_min_responses else ()
    return Measure(nps_of(latest["score"]), n, None, flags)


def retention_rate(ctx: KpiContext, period: Period) -> Measure:
    start = ctx.customers_at(period.start)
    end = ctx.customers_at(period.end)
    return Measure(ratio(len(start & end), len(start)), len(start))


def _empty_detail(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


COMPUTE: dict[str, Callable[[KpiContext, Period], Measure]] = {
    "email_open_rate": email_open_rate,
    "email_ctr": email_ctr,
    "click_to_open": click_to_open,
    "unsubscribe_rate": unsubscribe_rate,
    "content_engagement": content_engagement,
    "form_fills": form_fills,
    "form_conversion": form_conversion,
    "cta_conversion": cta_conversion,
    "meetings_booked": meetings_booked,
    "meetings_held": meetings_held,
    "no_show_rate": no_show_rate,
    "closed_deals": closed_deals,
    "won_amount": won_amount,
    "win_rate": win_rate,
    "new_customers": new_customers,
    "account_nps": account_nps,
    "retention_rate": retention_rate,
}
