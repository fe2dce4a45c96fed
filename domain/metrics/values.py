"""A metric's value and n alone, for a month of a trend: what the tiles' sparklines read.

The full compute functions also build each metric's detail table (per asset, per campaign,
per month...), which a trend never shows and which costs more than the value for some
metrics. ``VALUE`` maps those metrics to functions returning the same ``value`` and ``n``
with neither detail nor flags, by the same expressions as the full function, so a trend
month is the number the tile shows for that month. Metrics not listed here are computed
in full.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from domain.metrics import community, journey
from domain.metrics.campaigns import cost_in
from domain.metrics.context import KpiContext
from domain.metrics.period import Period
from domain.metrics.results import Measure, ratio


def content_engagement(ctx: KpiContext, period: Period) -> Measure:
    content = ctx.of_kind(period, "content_view", "content_download")
    if content.empty:
        return Measure(0.0, 0)
    # ``journey.content_engagement``'s n: the assets it groups by.
    assets = content["asset"].astype("object").fillna("(no asset)").nunique()
    return Measure(float(len(content)), int(assets))


def form_fills(ctx: KpiContext, period: Period) -> Measure:
    return Measure(float(len(ctx.of_kind(period, "form_fill"))), None)


def cta_conversion(ctx: KpiContext, period: Period) -> Measure:
    per = journey._views_and_actions(ctx, period, "cta_view", "cta_click")
    viewers = int(per["viewers"].sum())
    return Measure(ratio(int(per["converted"].sum()), viewers), viewers)


def meetings_booked(ctx: KpiContext, period: Period) -> Measure:
    meetings = ctx.frames.meetings
    return Measure(float(int(period.contains(meetings["booked_at"]).sum())), None)


def closed_deals(ctx: KpiContext, period: Period) -> Measure:
    closed = journey._closed_in(ctx, period)
    return Measure(float(int((closed["status"] == "won").sum())), None)


def cost_per_mql(ctx: KpiContext, period: Period) -> Measure:
    # ``leads.cost_per_mql`` without its campaign table, which the value never reads.
    count = len(ctx.mqls_in(period))
    return Measure(ratio(float(cost_in(ctx, period).sum()), count), count)


def mqls(ctx: KpiContext, period: Period) -> Measure:
    return Measure(float(len(ctx.mqls_in(period))), None)


def web_visits(ctx: KpiContext, period: Period) -> Measure:
    visits = ctx.of_kind(period, "web_visit")
    return Measure(float(len(visits)), len(visits))


def landing_page_conversion(ctx: KpiContext, period: Period) -> Measure:
    from domain.metrics.funnel_top import _converting_sessions

    visits = ctx.of_kind(period, "web_visit")
    converted = visits["session"].astype("object").isin(_converting_sessions(ctx, period))
    return Measure(ratio(int(converted.sum()), len(visits)), len(visits))


def engaged_community(ctx: KpiContext, period: Period) -> Measure:
    return Measure(float(community._engaged_contacts(ctx, period.start, period.end)), None)


def nurture_ctr(ctx: KpiContext, period: Period) -> Measure:
    ctr, _, delivered = community._nurture(ctx, period)
    return Measure(ctr, delivered)


def survey_comments(ctx: KpiContext, period: Period) -> Measure:
    nps = ctx.frames.nps
    responses = nps[period.contains(nps["responded_at"])]
    comment = responses["comment"].astype("object")
    has = comment.notna() & (comment.astype("str").str.strip() != "")
    return Measure(float(int(has.sum())), len(responses))


def nps(ctx: KpiContext, period: Period) -> Measure:
    nps = ctx.frames.nps
    responses = nps[period.contains(nps["responded_at"])]
    scores = pd.to_numeric(responses["score"], errors="coerce").dropna().astype("int64")
    return Measure(journey.nps_of(scores), len(scores))


# Metrics whose full measure may carry flags (a small sample, a falling click rate): their
# value-only forms leave the flags out, so a report that prints flags computes them in full.
FLAGGED = frozenset({"nps", "account_nps", "nurture_ctr", "nurture_unsubscribe_rate"})

VALUE: dict[str, Callable[[KpiContext, Period], Measure]] = {
    "content_engagement": content_engagement,
    "form_fills": form_fills,
    "cta_conversion": cta_conversion,
    "meetings_booked": meetings_booked,
    "closed_deals": closed_deals,
    "mqls": mqls,
    "cost_per_mql": cost_per_mql,
    "web_visits": web_visits,
    "landing_page_conversion": landing_page_conversion,
    "engaged_community": engaged_community,
    "nurture_ctr": nurture_ctr,
    "survey_comments": survey_comments,
    "nps": nps,
}
