"""Top-of-the-funnel metrics (SPEC §4, seeds 000, 003): traffic by channel and its free
share, landing pages with their conversion, page views, time on page, bounce rate, media
mentions and social engagement.

A visit is a ``web_visit`` event; its landing page is the event's asset and its session
ties it to the page views, form fills and CTA clicks that followed.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from domain.metrics.context import KpiContext
from domain.metrics.period import Period
from domain.metrics.results import Measure, clean, ratio

FREE_CHANNELS = ("organic", "social", "referral", "direct")
CHANNELS = ("organic", "paid", "social", "email", "referral", "direct", "other")
TOP_PAGES = 10


def web_visits(ctx: KpiContext, period: Period) -> Measure:
    visits = ctx.of_kind(period, "web_visit")
    channel = visits["channel"].astype("object").fillna("unknown")
    counts = channel.value_counts()
    order = [c for c in (*CHANNELS, "unknown") if c in counts.index]
    detail = pd.DataFrame({"channel": order, "visits": [int(counts[c]) for c in order]})
    detail["share"] = [ratio(v, len(visits)) for v in detail["visits"]]
    detail["free"] = detail["channel"].isin(FREE_CHANNELS)
    return Measure(float(len(visits)), len(visits), detail)


def organic_share(ctx: KpiContext, period: Period) -> Measure:
    visits = ctx.of_kind(period, "web_visit")
    free = int(visits["channel"].isin(FREE_CHANNELS).sum())
    return Measure(ratio(free, len(visits)), len(visits))


def _converting_sessions(ctx: KpiContext, period: Period) -> set[str]:
    actions = ctx.of_kind(period, "form_fill", "cta_click")
    return set(actions["session"].dropna().astype("str"))


def landing_page_conversion(ctx: KpiContext, period: Period) -> Measure:
    visits = ctx.of_kind(period, "web_visit")
    converted = visits["session"].astype("object").isin(_converting_sessions(ctx, period))
    pages = pd.DataFrame({"page": visits["asset"].astype("object").fillna("(unknown)").to_numpy(),
                          "converted": converted.to_numpy()})
    per = pages.groupby("page").agg(visits=("converted", "size"), conversions=("converted", "sum"))
    per = per.sort_values("visits", ascending=False).head(TOP_PAGES).reset_index()
    per["conversion"] = [ratio(c, v) for c, v in zip(per["conversions"], per["visits"], strict=True)]
    return Measure(ratio(int(converted.sum()), len(visits)), len(visits), per)


def page_views(ctx: KpiContext, period: Period) -> Measure:
    return Measure(float(ctx.count_kind(period, "page_view")))


def time_on_page(ctx: KpiContext, period: Period) -> Measure:
    seconds = pd.to_numeric(ctx.kind_in(period, "page_view")["duration_s"], errors="coerce").dropna()
    return Measure(clean(seconds.mean()) if len(seconds) else None, len(seconds))


def bounce_rate(ctx: KpiContext, period: Period) -> Measure:
    web = ctx.of_kind(period, "web_visit", "page_view")
    web = web[web["session"].notna()]
    if web.empty:
        return Measure(None, 0)
    # Page views per session: sessions numbered once, then counted with bincount (no
    # grouping of text keys per period).
    codes, sessions = pd.factorize(web["session"])
    pages = np.bincount(codes, weights=(web["kind"] == "page_view").to_numpy(dtype="float64"),
                        minlength=len(sessions))
    return Measure(ratio(int((pages <= 1).sum()), len(sessions)), len(sessions))


def media_mentions(ctx: KpiContext, period: Period) -> Measure:
    return Measure(float(ctx.count_kind(period, "media_mention")))


def social_engagement(ctx: KpiContext, period: Period) -> Measure:
    return Measure(float(ctx.count_kind(period, "social_engagement")))


COMPUTE: dict[str, Callable[[KpiContext, Period], Measure]] = {
    "web_visits": web_visits,
    "organic_share": organic_share,
    "landing_page_conversion": landing_page_conversion,
    "page_views": page_views,
    "time_on_page": time_on_page,
    "bounce_rate": bounce_rate,
    "media_mentions": media_mentions,
    "social_engagement": social_engagement,
}
