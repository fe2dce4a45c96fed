"""Satisfaction and loyalty metrics (SPEC §4, seeds 000, 002, 003): NPS with its response
count and small-sample caution, survey comments, logo churn, gross and net revenue retention.

Revenue retention follows the accounts that had ARR at the period start: their ARR at the
end, capped at the start value for GRR (churn and contraction only) and uncapped for NRR
(expansion counts); ARR comes from the subscriptions active at each instant.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from domain.metrics.context import KpiContext, lookup
from domain.metrics.journey import nps_of
from domain.metrics.period import Period
from domain.metrics.results import SMALL_SAMPLE, Measure, ratio


def _responses(ctx: KpiContext, period: Period) -> pd.DataFrame:
    nps = ctx.frames.nps
    return nps[period.contains(nps["responded_at"])]


def nps(ctx: KpiContext, period: Period) -> Measure:
    responses = _responses(ctx, period)
    scores = pd.to_numeric(responses["score"], errors="coerce").dropna().astype("int64")
    counts = scores.value_counts().reindex(range(11), fill_value=0)
    detail = pd.DataFrame({"score": range(11), "responses": counts.to_numpy("int64")})
    detail["group"] = ["detractor"] * 7 + ["passive"] * 2 + ["promoter"] * 2
    n = len(scores)
    flags = (SMALL_SAMPLE,) if 0 < n < ctx.settings.nps_min_responses else ()
    return Measure(nps_of(scores), n, detail, flags)


def survey_comments(ctx: KpiContext, period: Period) -> Measure:
    responses = _responses(ctx, period)
    comment = responses["comment"].astype("object")
    has = comment.notna() & (comment.astype("str").str.strip() != "")
    listed = responses[has].sort_values("responded_at", ascending=False)
    names = ctx.frames.accounts.set_index("id")["name"]
    detail = pd.DataFrame({
        "responded_at": listed["responded_at"].to_numpy(),
        "account_id": listed["account_id"].to_numpy(),
        "account": lookup(listed["account_id"], names).to_numpy(),
        "contact_id": listed["contact_id"].to_numpy(),
        "score": listed["score"].to_numpy(),
        "comment": listed["comment"].to_numpy(),
        "survey": listed["survey"].to_numpy(),
    })
    return Measure(float(len(listed)), len(responses), detail)


def logo_churn_rate(ctx: KpiContext, period: Period) -> Measure:
    start = ctx.customers_at(period.start)
    end = ctx.customers_at(period.end)
    return Measure(ratio(len(start - end), len(start)), len(start))


def _arr_pair(ctx: KpiContext, period: Period) -> tuple[pd.Series, pd.Series]:
    start = ctx.arr_at(period.start)
    start = start[start > 0]
    end = ctx.arr_at(period.end).reindex(start.index, fill_value=0.0)
    return start, end


def grr(ctx: KpiContext, period: Period) -> Measure:
    start, end = _arr_pair(ctx, period)
    return Measure(ratio(float(end.clip(upper=start).sum()), float(start.sum())), len(start))


def nrr(ctx: KpiContext, period: Period) -> Measure:
    start, end = _arr_pair(ctx, period)
    return Measure(ratio(float(end.sum()), float(start.sum())), len(start))


COMPUTE: dict[str, Callable[[KpiContext, Period], Measure]] = {
    "nps": nps,
    "survey_comments": survey_comments,
    "logo_churn_rate": logo_churn_rate,
    "grr": grr,
    "nrr": nrr,
}
