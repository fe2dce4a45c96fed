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

from dataclasses import dataclass

import numpy as np
import pandas as pd

from domain.metrics.context import KpiContext, lookup
from domain.metrics.period import Period
from domain.metrics.results import ratio
from domain.ordering import stable_order

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


@dataclass(frozen=True)
class TouchIndex:
    """Campaign touches ordered by key (contact or account), then time: per key a block in
    time order, ties kept in the order the events came. Attribution looks each MQL or
    opportunity up in it by binary search, instead of a merge over all touches."""

    keys: np.ndarray  # float64
    times: np.ndarray  # int64 nanoseconds
    campaigns: np.ndarray  # float64 campaign id
    accounts: np.ndarray | None = None  # float64 account id of each touch, when known

    def where(self, mask: np.ndarray) -> TouchIndex:
        """The touches where ``mask`` holds, still ordered by key, then time."""
        return TouchIndex(self.keys[mask], self.times[mask], self.campaigns[mask],
                          None if self.accounts is None else self.accounts[mask])

    def lookup(self, keys: np.ndarray, at: np.ndarray, first: bool) -> np.ndarray:
        """Per query: the campaign of the key's last touch at or before ``at`` (with
        ``first``, of its first touch when that is at or before ``at``); NaN when none."""
        if len(self.keys) == 0:
            return np.full(len(keys), np.nan)
        lo = np.searchsorted(self.keys, keys, side="left")
        hi = np.searchsorted(self.keys, keys, side="right")
        if first:
            hit = (lo < hi) & (self.times[np.minimum(lo, len(self.times) - 1)] <= at)
            return np.where(hit, self.campaigns[np.minimum(lo, len(self.times) - 1)], np.nan)
        # Binary search in each key's block, all queries at once: the first touch after
        # ``at``; the one before it is the last touch at or before ``at``.
        a, b = lo.copy(), hi.copy()
        last = len(self.times) - 1
        while True:
            active = a < b
            if not active.any():
                break
            mid = (a + b) // 2
            right = active & (self.times[np.minimum(mid, last)] <= at)
            a = np.where(right, mid + 1, a)
            b = np.where(active & ~right, mid, b)
        found = a - 1
        hit = found >= lo
        return np.where(hit, self.campaigns[np.maximum(found, 0)], np.nan)


def _campaign_touches(ctx: KpiContext) -> dict[str, np.ndarray]:
    """The dated events naming a campaign, as arrays in time order (ties in event order):
    times (int64), campaigns, accounts and contacts (float64). Built from the event
    columns: selecting rows of the events frame copied every column of a million rows."""
    def compute() -> dict[str, np.ndarray]:
        events = ctx.frames.events
        columns = {"campaigns": "campaign_id", "accounts": "account_id", "contacts": "contact_id"}
        arrays = {name: pd.to_numeric(events[column], errors="coerce").to_numpy("float64")
                  for name, column in columns.items()}
        times = events["occurred_at"].to_numpy("datetime64[ns]")
        # An undated touch is never "at or before" anything.
        keep = ~np.isnan(arrays["campaigns"]) & ~np.isnat(times)
        arrays = {name: values[keep] for name, values in arrays.items()}
        arrays["times"] = times[keep].view("int64")
        stamps = arrays["times"]
        if len(stamps) > 1 and not bool(np.all(stamps[1:] >= stamps[:-1])):
            by_time = np.argsort(stamps, kind="stable")  # events usually come in time order
            arrays = {name: values[by_time] for name, values in arrays.items()}
        return arrays
    return ctx.memo("campaign_touches", compute)


def _touches_by(ctx: KpiContext, by: str) -> TouchIndex:
    """Campaign touches keyed by ``by`` ("contact_id" or "account_id"), as a ``TouchIndex``.
    Memoised: attribution runs a dozen times a report."""
    def compute() -> TouchIndex:
        if ctx.portfolio is not None:  # the portfolio's touches of the scope's accounts
            touches = _touches_by(ctx.portfolio, by)
            return touches.where(ctx.in_scope(touches.accounts))
        arrays = _campaign_touches(ctx)
        keys = arrays["contacts" if by == "contact_id" else "accounts"]
        keep = ~np.isnan(keys)
        # In time order: a stable sort by key keeps time, then event order, inside each key.
        order = np.flatnonzero(keep)[stable_order(keys[keep])]
        ordered = keys[order]
        accounts = ordered if by == "account_id" else arrays["accounts"][order]
        return TouchIndex(ordered, arrays["times"][order], arrays["campaigns"][order], accounts)
    return ctx.memo(("campaign_touches_by", by), compute)


def _attribute(keys: pd.DataFrame, by: str, touches: TouchIndex, first: bool) -> pd.Series:
    """For each row of ``keys`` (columns ``by`` and ``at``): the campaign touched by the same
    ``by`` last (or first) at or before ``at``; NaN when none. ``touches`` comes from
    ``_touches_by(ctx, by)``.

    "At" counts: the form fill that lifted a score over the threshold earned the MQL."""
    found = pd.Series(np.nan, index=keys.index, dtype="float64")
    valid = (keys[by].notna() & keys["at"].notna()).to_numpy()
    if not valid.any() or len(touches.keys) == 0:
        return found
    key = pd.to_numeric(keys[by]).to_numpy("float64")[valid]
    at = keys["at"].to_numpy("datetime64[ns]")[valid].view("int64")
    values = found.to_numpy(copy=True)
    values[valid] = touches.lookup(key, at, first)
    return pd.Series(values, index=keys.index, dtype="float64")


def attribute_mqls(ctx: KpiContext, mqls: pd.DataFrame, first: bool = False) -> pd.Series:
    keys = mqls.rename(columns={"mql_at": "at"})
    by_contact = _attribute(keys, "contact_id", _touches_by(ctx, "contact_id"), first)
    by_account = _attribute(keys, "account_id", _touches_by(ctx, "account_id"), first)
    return by_contact.fillna(by_account)


def attribute_opportunities(ctx: KpiContext, opps: pd.DataFrame, first: bool = False) -> pd.Series:
    own = pd.to_numeric(opps["campaign_id"], errors="coerce")
    keys = opps.rename(columns={"created_at": "at"})
    return own.fillna(_attribute(keys, "account_id", _touches_by(ctx, "account_id"), first))


def won_in(ctx: KpiContext, period: Period) -> pd.DataFrame:
    def compute() -> pd.DataFrame:
        opps = ctx.frames.opportunities
        return opps[(opps["status"] == "won") & period.contains(opps["closed_at"])]
    return ctx.memo(("won_in", period), compute)


def _mql_attribution(ctx: KpiContext) -> pd.DataFrame:
    """Every MQL's campaign by last and by first touch (columns "" and "_first_touch"),
    indexed like ``ctx.mql_times()``. A row's attribution depends on that row alone, so it
    is worked out once per run and each period picks its rows."""
    def compute() -> pd.DataFrame:
        mqls = ctx.mql_times()
        return pd.DataFrame({"": attribute_mqls(ctx, mqls, False),
                             "_first_touch": attribute_mqls(ctx, mqls, True)})
    return ctx.memo("mql_attribution", compute)


def _won_attribution(ctx: KpiContext) -> pd.DataFrame:
    """Every won opportunity's campaign by last and first touch, indexed like the
    opportunities frame (once per run, as for the MQLs)."""
    def compute() -> pd.DataFrame:
        opps = ctx.frames.opportunities
        won = opps[opps["status"] == "won"]
        return pd.DataFrame({"": attribute_opportunities(ctx, won, False),
                             "_first_touch": attribute_opportunities(ctx, won, True)})
    return ctx.memo("won_attribution", compute)


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
        mql_campaigns = _mql_attribution(ctx).loc[mqls.index]
        won_campaigns = _won_attribution(ctx).loc[won.index]
        for suffix in ("", "_first_touch"):
            m = mql_campaigns[suffix].dropna().astype("int64").value_counts()
            w = won_campaigns[suffix]
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
