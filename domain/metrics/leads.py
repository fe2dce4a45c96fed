"""Lead metrics (SPEC §4, seeds 000, 003, 004): leads, MQLs, SQLs, cost per MQL, lead-score
cohorts, reactivated prospects, lead conversion, campaign ROI, CAC, LTV, sales cycle and
promotions.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from domain.lead_score import scores_at
from domain.metrics.campaigns import campaign_table, cost_in, won_in
from domain.metrics.context import NO_TIME, KpiContext, lookup
from domain.metrics.period import Period
from domain.metrics.results import Measure, clean, ratio

YEAR = pd.Timedelta(days=365)


def _created_in(ctx: KpiContext, period: Period) -> pd.DataFrame:
    def compute() -> pd.DataFrame:
        contacts = ctx.frames.contacts
        return contacts[period.contains(contacts["created_at"])]
    return ctx.memo(("created_in", period), compute)


def raw_leads(ctx: KpiContext, period: Period) -> Measure:
    return Measure(float(len(_created_in(ctx, period))))


def mqls(ctx: KpiContext, period: Period) -> Measure:
    found = ctx.mqls_in(period)
    detail = (found["source"].value_counts().reindex(["crm", "score"], fill_value=0)
              .rename_axis("source").rename("mqls").reset_index())
    return Measure(float(len(found)), None, detail)


def sqls(ctx: KpiContext, period: Period) -> Measure:
    contacts = ctx.frames.contacts
    return Measure(float(period.contains(contacts["sql_at"]).sum()))


def mql_to_sql(ctx: KpiContext, period: Period) -> Measure:
    found = ctx.mqls_in(period)
    sql_at = lookup(found["contact_id"], ctx.frames.contacts.set_index("id")["sql_at"])
    converted = int((sql_at.notna() & (sql_at < period.end)).sum())
    return Measure(ratio(converted, len(found)), len(found))


def cost_per_mql(ctx: KpiContext, period: Period) -> Measure:
    total = float(cost_in(ctx, period).sum())
    count = len(ctx.mqls_in(period))
    return Measure(ratio(total, count), count, campaign_table(ctx, period))


def lead_score_cohorts(ctx: KpiContext, period: Period) -> Measure:
    leads = _created_in(ctx, period)
    rows, scores = [], []
    months = list(period.months())
    # Touches of the period's leads looked up once among all touches; each month's cohort
    # then picks its own from those, as ``touches_of`` would (same rows, same order).
    ours = ctx.touches_of(leads["id"]) if len(months) > 1 else None
    for month in months:
        cohort = leads[month.contains(leads["created_at"])]
        if cohort.empty:
            continue
        as_of = min(month.start + pd.offsets.MonthBegin(1), period.end)
        mine = ctx.touches_of(cohort["id"]) if ours is None else _touches_among(ours, cohort["id"])
        score = scores_at(mine, as_of, ctx.settings).reindex(
            cohort["id"].astype("float64"), fill_value=0.0)
        scores.append(score.to_numpy())
        q1, median, q3 = np.quantile(score.to_numpy(), [0.25, 0.5, 0.75])
        rows.append({"cohort": month.start.strftime("%Y-%m"), "as_of": as_of, "leads": len(cohort),
                     "q1": q1, "median": median, "q3": q3,
                     "above_mql_threshold": ratio(int((score >= ctx.settings.mql_threshold).sum()),
                                                  len(cohort))})
    detail = pd.DataFrame(rows, columns=["cohort", "as_of", "leads", "q1", "median", "q3",
                                         "above_mql_threshold"])
    if not scores:
        return Measure(None, 0, detail)
    everyone = np.concatenate(scores)
    return Measure(clean(np.median(everyone)), len(everyone), detail)


def _touches_among(touches: pd.DataFrame, contacts: pd.Series) -> pd.DataFrame:
    """The rows of ``touches`` (some of ``KpiContext.touches()``) whose contact is one of
    ``contacts``, matched as ``KpiContext.touches_of`` matches them."""
    keys = touches["contact_id"].to_numpy("float64").astype("int64")
    wanted = pd.to_numeric(contacts, errors="coerce").dropna().to_numpy("float64")
    whole = wanted[wanted == np.floor(wanted)].astype("int64")
    return touches.iloc[np.flatnonzero(np.isin(keys, whole))]


def reactivated_prospects(ctx: KpiContext, period: Period) -> Measure:
    times, previous = ctx.engagement_gaps()
    lo, hi = np.searchsorted(times, [period.start.value, period.end.value], side="left")
    during, before = times[lo:hi], previous[lo:hi]
    # A contact's first engagement in the period is the one whose previous engagement is
    # before the period (or that has none); its gap is the silence that ended.
    first = before < period.start.value
    silent = pd.Timedelta(days=ctx.settings.silent_days).value
    back = first & (before != NO_TIME) & (during - before >= silent)
    return Measure(float(back.sum()), int(first.sum()))


def lead_conversion_rate(ctx: KpiContext, period: Period) -> Measure:
    visits = ctx.of_kind(period, "web_visit")
    contact = pd.to_numeric(visits["contact_id"], errors="coerce")
    known = set(contact.dropna().astype("int64"))
    anonymous = visits[contact.isna()]
    sessions = anonymous["session"].dropna().nunique()
    no_session = int(anonymous["session"].isna().sum())  # each one its own visitor
    visitors = len(known) + sessions + no_session
    new = _created_in(ctx, period)["id"].astype("int64")
    return Measure(ratio(int(new.isin(known).sum()), visitors), visitors)


def campaign_roi(ctx: KpiContext, period: Period) -> Measure:
    table = campaign_table(ctx, period)
    paid = table[table["cost"] > 0]
    cost = float(paid["cost"].sum())
    return Measure(ratio(float(paid["won_revenue"].sum()) - cost, cost), len(paid), table)


def _listed_cost(ctx: KpiContext, period: Period) -> float:
    yearly = float(ctx.settings.sales_marketing_cost or 0.0)
    if ctx.scoped and len(ctx.all_frames.accounts):  # shared out per account
        yearly *= len(ctx.frames.accounts) / len(ctx.all_frames.accounts)
    return yearly * period.days / 365.0


def _new_customer_count(ctx: KpiContext, period: Period) -> int:
    return int(period.contains(ctx.first_won_new_business()).sum())


def cac(ctx: KpiContext, period: Period) -> Measure:
    spend = float(cost_in(ctx, period).sum()) + _listed_cost(ctx, period)
    new = _new_customer_count(ctx, period)
    return Measure(ratio(spend, new), new)


def _ltv(ctx: KpiContext, period: Period) -> tuple[float | None, int]:
    customers = ctx.customers_at(period.end)
    arr = ctx.arr_at(period.end)
    arr = arr[arr.index.isin(list(customers)) & (arr > 0)]
    year_ago = ctx.customers_at(period.end - YEAR)
    churn = ratio(len(year_ago - customers), len(year_ago))
    if arr.empty or not churn:
        return None, len(arr)
    return clean(arr.mean() * ctx.settings.gross_margin / churn), len(arr)


def ltv(ctx: KpiContext, period: Period) -> Measure:
    value, n = _ltv(ctx, period)
    return Measure(value, n)


def ltv_to_cac(ctx: KpiContext, period: Period) -> Measure:
    value, _ = _ltv(ctx, period)
    acquisition = cac(ctx, period).value
    return Measure(None if value is None or acquisition is None else ratio(value, acquisition))


def sales_cycle_days(ctx: KpiContext, period: Period) -> Measure:
    won = won_in(ctx, period)
    days = ((won["closed_at"] - won["created_at"]).dt.total_seconds() / 86400.0).dropna()
    return Measure(clean(days.median()) if len(days) else None, len(days))


def _promo(won: pd.DataFrame) -> pd.Series:
    promo = won["promotion"].astype("object")
    return promo.notna() & (promo.astype("str").str.strip() != "")


def promo_conversions(ctx: KpiContext, period: Period) -> Measure:
    won = won_in(ctx, period)
    return Measure(float(_promo(won).sum()), len(won))


def promo_share(ctx: KpiContext, period: Period) -> Measure:
    won = won_in(ctx, period)
    return Measure(ratio(int(_promo(won).sum()), len(won)), len(won))


COMPUTE: dict[str, Callable[[KpiContext, Period], Measure]] = {
    "raw_leads": raw_leads,
    "mqls": mqls,
    "sqls": sqls,
    "mql_to_sql": mql_to_sql,
    "cost_per_mql": cost_per_mql,
    "lead_score_cohorts": lead_score_cohorts,
    "reactivated_prospects": reactivated_prospects,
    "lead_conversion_rate": lead_conversion_rate,
    "campaign_roi": campaign_roi,
    "cac": cac,
    "ltv": ltv,
    "ltv_to_cac": ltv_to_cac,
    "sales_cycle_days": sales_cycle_days,
    "promo_conversions": promo_conversions,
    "promo_share": promo_share,
}
