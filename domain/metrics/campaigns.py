"""Campaign cost, attribution and the per-campaign table (SPEC §4: cost per MQL, ROI, CAC).

Cost in a period: a campaign's cost spread evenly over its days (start and end inclusive;
one date missing = a one-day campaign on the other; both missing = not placed in time).
In a scope narrower than the portfolio a campaign's cost is shared out by the scope's share
of the campaign's touches, since a campaign is not bought per account.

Attribution (seeds 000, 003): an MQL goes to the contact's last campaign touch at or before
it qualified (else the account's); a won opportunity to its own campaign, else the account's
last campaign touch at or before the opportunity was created. First touch is computed alongside.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.metrics.context import KpiContext, lookup
from domain.metrics.period import Period
from domain.metrics.results import ratio

DAY = pd.Timedelta(days=1)
CAMPAIGN_COLUMNS = [
    "campaign_id", "campaign", "channel", "cost", "mqls", "cost_per_mql", "mqls_first_touch",
    "cost_per_mql_first_touch", "won_deals", "won_revenue", "roi", "won_deals_first_touch",
    "won_revenue_first_touch", "roi_first_touch",
]


def cost_in(ctx: KpiContext, period: Period) -> pd.Series:
    """campaign_id -> cost falling in the period (scope share applied)."""
    def compute() -> pd.Series:
        camps = ctx.all_frames.campaigns
        if camps.empty:
            return pd.Series(dtype="float64")
        start = camps["start"].fillna(camps["end"])
        end = camps["end"].fillna(camps["start"]) + DAY  # the end date is a whole day
        days = (end - start) / DAY
        overlap = (end.clip(upper=period.end) - start.clip(lower=period.start)) / DAY
        share = (overlap.clip(lower=0) / days).where(days > 0)
        cost = pd.to_numeric(camps["cost"], errors="coerce").fillna(0.0) * share.fillna(0.0)
        cost.index = camps["id"].astype("int64")
        return cost * _scope_share(ctx).reindex(cost.index).fillna(0.0) if ctx.scoped else cost
    return ctx.memo(("campaign_cost", period), compute)


def _scope_share(ctx: KpiContext) -> pd.Series:
    """campaign_id -> the scope's share of the campaign's touches (all time)."""
    def counts(events: pd.DataFrame) -> pd.Series:
        return events["campaign_id"].dropna().astype("int64").value_counts()
    return ctx.memo("campaign_scope_share",
                    lambda: (counts(ctx.frames.events) / counts(ctx.all_frames.events)).dropna())


def _campaign_touches(ctx: KpiContext) -> pd.DataFrame:
    def compute() -> pd.DataFrame:
        events = ctx.frames.events
        touched = events.loc[events["campaign_id"].notna(),
                             ["account_id", "contact_id", "campaign_id", "occurred_at"]]
        touched = touched.assign(campaign_id=touched["campaign_id"].astype("int64"))
        return touched.sort_values("occurred_at", kind="stable")
    return ctx.memo("campaign_touches", compute)


def _touches_by(ctx: KpiContext, by: str, first: bool) -> pd.DataFrame:
    """Campaign touches keyed by ``by`` (float, for the merges), in time order; with
    ``first`` only each key's earliest. Memoised: attribution runs a dozen times a report."""
    def compute() -> pd.DataFrame:
        touches = _campaign_touches(ctx)
        touches = touches.loc[touches[by].notna(), [by, "occurred_at", "campaign_id"]]
        touches = touches.astype({by: "float64"})
        return touches.drop_duplicates(by) if first else touches
    return ctx.memo(("campaign_touches_by", by, first), compute)


def _attribute(keys: pd.DataFrame, by: str, touches: pd.DataFrame, first: bool) -> pd.Series:
    """For each row of ``keys`` (columns ``by`` and ``at``): the campaign touched by the same
    ``by`` last (or first) at or before ``at``; NaN when none. ``touches`` comes from
    ``_touches_by(ctx, by, first)``.

    "At" counts: the form fill that lifted a score over the threshold earned the MQL."""
    found = pd.Series(np.nan, index=keys.index, dtype="float64")
    valid = keys[by].notna() & keys["at"].notna()
    if not valid.any() or touches.empty:
        return found
    left = keys.loc[valid, [by, "at"]].assign(**{by: lambda f: f[by].astype("float64")})
    if first:
        merged = left.reset_index().merge(touches, on=by, how="left").set_index("index")
        hit = merged["occurred_at"] <= merged["at"]
        found.loc[merged.index] = merged["campaign_id"].where(hit)
        return found
    left = left.reset_index().sort_values("at", kind="stable")
    merged = pd.merge_asof(left, touches.rename(columns={"occurred_at": "at"}), on="at", by=by,
                           direction="backward", allow_exact_matches=True)
    found.loc[merged["index"].to_numpy()] = merged["campaign_id"].to_numpy(dtype="float64")
    return found


def attribute_mqls(ctx: KpiContext, mqls: pd.DataFrame, first: bool = False) -> pd.Series:
    keys = mqls.rename(columns={"mql_at": "at"})
    by_contact = _attribute(keys, "contact_id", _touches_by(ctx, "contact_id", first), first)
    by_account = _attribute(keys, "account_id", _touches_by(ctx, "account_id", first), first)
    return by_contact.fillna(by_account)


def attribute_opportunities(ctx: KpiContext, opps: pd.DataFrame, first: bool = False) -> pd.Series:
    own = pd.to_numeric(opps["campaign_id"], errors="coerce")
    keys = opps.rename(columns={"created_at": "at"})
    return own.fillna(_attribute(keys, "account_id", _touches_by(ctx, "account_id", first), first))


def won_in(ctx: KpiContext, period: Period) -> pd.DataFrame:
    opps = ctx.frames.opportunities
    return opps[(opps["status"] == "won") & period.contains(opps["closed_at"])]


def campaign_table(ctx: KpiContext, period: Period) -> pd.DataFrame:
    """Per campaign: cost, MQLs, cost per MQL, won revenue and ROI, last and first touch.

    Campaigns with no cost, MQL or win in the period are left out; sorted by MQLs.
    """
    def compute() -> pd.DataFrame:
        camps = ctx.all_frames.campaigns
        cost = cost_in(ctx, period)
        mqls = ctx.mqls_in(period)
        won = won_in(ctx, period)
        amount = pd.to_numeric(won["amount"], errors="coerce").fillna(0.0)
        table = pd.DataFrame({"cost": cost})
        for suffix, first in (("", False), ("_first_touch", True)):
            m = attribute_mqls(ctx, mqls, first).dropna().astype("int64").value_counts()
            w = attribute_opportunities(ctx, won, first)
            table["mqls" + suffix] = m
            table["won_deals" + suffix] = w.dropna().astype("int64").value_counts()
            hit = w.notna()
            table["won_revenue" + suffix] = amount[hit].groupby(w[hit].astype("int64")).sum()
        table = table.fillna(0.0)
        table = table[(table["cost"] > 0) | (table["mqls"] > 0) | (table["mqls_first_touch"] > 0)
                      | (table["won_deals"] > 0) | (table["won_deals_first_touch"] > 0)]
        for suffix in ("", "_first_touch"):
            table["mqls" + suffix] = table["mqls" + suffix].astype("int64")
            table["won_deals" + suffix] = table["won_deals" + suffix].astype("int64")
            table["cost_per_mql" + suffix] = [
                ratio(c, m) for c, m in zip(table["cost"], table["mqls" + suffix], strict=True)]
            table["roi" + suffix] = [
                ratio(r - c, c) for r, c in zip(table["won_revenue" + suffix], table["cost"],
                                                strict=True)]
        names = camps.set_index(camps["id"].astype("int64"))
        table = table.rename_axis("campaign_id").reset_index()
        table["campaign"] = lookup(table["campaign_id"], names["name"])
        table["channel"] = lookup(table["campaign_id"], names["channel"])
        table = table.sort_values(["mqls", "cost"], ascending=False, ignore_index=True)
        return table[CAMPAIGN_COLUMNS]
    return ctx.memo(("campaign_table", period), compute)
