"""Opportunities and subscriptions: what each story bought, renewed, expanded or lost.

* New business for prospects with an opportunity (won, lost, still open); a win starts a
  subscription whose ARR is the amount won.
* Renewals at each anniversary of a subscription: won for customers who stay, lost on the
  day a churner leaves, open when the anniversary is close to the as-of date.
* Expansions for expanding customers; a won expansion adds an add-on subscription.
Promotion codes appear on a share of the wins (seed 002's "promo conversions").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from storage.demo import phrases as P
from storage.demo.stories import CUSTOMER_STORIES, Stories
from storage.demo.timeline import Timeline

ARR_RANGE = np.array([[0, 0], [80_000, 300_000], [25_000, 90_000], [6_000, 30_000]])
YEAR = 365.0
MAX_ANNIVERSARIES = 6


@dataclass
class Deals:
    opportunities: pd.DataFrame  # account is a position; days since the window's start
    subscriptions: pd.DataFrame


def build_deals(
    st: Stories, accounts: pd.DataFrame, timeline: Timeline, rng: np.random.Generator
) -> Deals:
    days = float(timeline.days)
    low, high = ARR_RANGE[st.tier, 0], ARR_RANGE[st.tier, 1]
    arr = np.round(rng.uniform(low, high), -2)

    def hours(k: int) -> np.ndarray:
        return rng.uniform(0.35, 0.7, k)

    # New business.
    nb = np.flatnonzero(st.has("won", "lost", "open"))
    nb_status = st.story[nb]
    created = np.floor(st.opp_day[nb]) + hours(len(nb))
    closed = np.floor(st.close_day[nb]) + hours(len(nb))
    quoted = np.round(arr[nb] * rng.uniform(0.8, 1.3, len(nb)), -2)
    amount = np.where(nb_status == "won", arr[nb], quoted)
    age = days - created
    open_stage = np.asarray(P.OPEN_STAGES, dtype=object)[
        np.clip(np.floor(age / 30.0 + rng.random(len(nb))), 0, len(P.OPEN_STAGES) - 1).astype(int)
    ]
    lost_stage = np.asarray(P.LOST_REASONS, dtype=object)[rng.integers(0, len(P.LOST_REASONS), len(nb))]
    stage = np.select([nb_status == "won", nb_status == "lost"], [P.WON_STAGE, lost_stage], open_stage)
    promo = (nb_status == "won") & (rng.random(len(nb)) < 0.3)
    if (nb_status == "won").any() and not promo.any():
        promo[np.flatnonzero(nb_status == "won")[0]] = True  # seed 002 needs one to show
    new_business = _frame(nb, "new_business", created, closed, nb_status, amount, stage,
                          np.where(promo, _codes(rng, ("SPRING25", "WEBINAR-10", "EARLYBIRD-2026"), len(nb)), None))

    # Renewals at anniversaries of the first subscription.
    customer = st.has(*CUSTOMER_STORIES, "won")
    k = np.arange(1, MAX_ANNIVERSARIES + 1)[None, :]
    ann = np.floor(st.sub_start)[:, None] + YEAR * k
    end = np.where(st.has("churned", "at_risk"), st.churn_day, np.inf)[:, None]
    valid = customer[:, None] & (ann >= -20) & (ann <= days + 90) & (ann <= end)
    created_r = ann - 90 - rng.uniform(0, 20, ann.shape)
    valid &= created_r < days
    row, _ = np.nonzero(valid)
    ann, created_r = ann[valid], np.floor(created_r[valid]) + hours(len(row))
    leaving = ann == np.nan_to_num(st.churn_day[row], nan=-1e9)
    closing = np.floor(ann - rng.uniform(0, 25, len(row))) + hours(len(row))
    status = np.where(leaving & st.has("churned")[row], "lost",
                      np.where((closing < days) & ~leaving, "won", "open"))
    closing = np.where(status == "open", np.nan, closing)
    renewal_amount = np.round(arr[row] * np.where(status == "lost", 1.0, rng.uniform(1.0, 1.07, len(row))), -2)
    stage = np.select(
        [status == "won", status == "lost"],
        [P.WON_STAGE, _codes(rng, P.LOST_REASONS, len(row))],
        _codes(rng, P.RENEWAL_OPEN_STAGES, len(row)),
    )
    promo = np.where((status == "won") & (rng.random(len(row)) < 0.15), "MULTIYEAR-8", None)
    renewals = _frame(row, "renewal", created_r, closing, status, renewal_amount, stage, promo)
    renewals["anniversary"] = ann

    # Expansions.
    ex = np.flatnonzero(st.has("expanding"))
    created_e = np.floor(st.expand_day[ex]) + hours(len(ex))
    closed_e = np.floor(created_e + rng.uniform(20, 60, len(ex))) + hours(len(ex))
    status_e = np.where(closed_e >= days, "open", np.where(rng.random(len(ex)) < 0.75, "won", "lost"))
    closed_e = np.where(status_e == "open", np.nan, closed_e)
    amount_e = np.round(arr[ex] * rng.uniform(0.2, 0.5, len(ex)), -2)
    stage = np.select([status_e == "won", status_e == "lost"],
                      [P.WON_STAGE, _codes(rng, P.LOST_REASONS, len(ex))],
                      _codes(rng, P.OPEN_STAGES[1:], len(ex)))
    promo = np.where((status_e == "won") & (rng.random(len(ex)) < 0.3), "Q4-UPGRADE-15", None)
    expansions = _frame(ex, "expansion", created_e, closed_e, status_e, amount_e, stage, promo)

    opportunities = pd.concat([new_business, renewals, expansions], ignore_index=True)
    opportunities = opportunities.sort_values("created", kind="stable").reset_index(drop=True)
    label = np.select(
        [opportunities["type"] == "renewal", opportunities["type"] == "expansion"],
        ["Renewal " + _years(timeline, opportunities["anniversary"]), P.PRODUCTS[1]],
        P.PRODUCTS[0],
    )
    names = accounts["name"].to_numpy(dtype=object)[opportunities["account"].to_numpy()]
    opportunities["name"] = names + " – " + label
    opportunities["campaign_id"] = np.nan
    subscriptions = _subscriptions(st, arr, expansions, timeline, rng)
    return Deals(opportunities=opportunities, subscriptions=subscriptions)


def _frame(account, kind, created, closed, status, amount, stage, promotion) -> pd.DataFrame:
    return pd.DataFrame({
        "account": np.asarray(account, dtype=np.int64), "type": kind, "amount": amount,
        "created": created, "closed": closed, "status": status, "stage": stage,
        "promotion": promotion, "anniversary": np.nan,
    })


def _codes(rng: np.random.Generator, options, n: int) -> np.ndarray:
    return np.asarray(options, dtype=object)[rng.integers(0, len(options), n)]


def _years(timeline: Timeline, days: pd.Series) -> np.ndarray:
    stamps = pd.Timestamp(timeline.start) + pd.to_timedelta(days.fillna(0), unit="D")
    return stamps.dt.year.astype(str).to_numpy(dtype=object)


def _subscriptions(
    st: Stories, arr: np.ndarray, expansions: pd.DataFrame, timeline: Timeline,
    rng: np.random.Generator,
) -> pd.DataFrame:
    days = float(timeline.days)
    main = np.flatnonzero(st.has(*CUSTOMER_STORIES, "won"))
    churned = np.where(st.has("churned")[main], st.churn_day[main], np.nan)
    rows = [pd.DataFrame({"account": main, "product": P.PRODUCTS[0],
                          "start": np.floor(st.sub_start[main]), "end": churned,
                          "arr": arr[main], "churned": churned})]
    # Some customers took an add-on before the window; it ends when they leave.
    existing = np.flatnonzero(st.has(*CUSTOMER_STORIES) & (rng.random(len(st)) < 0.25))
    start = np.floor(st.sub_start[existing] + rng.uniform(30, 300, len(existing)))
    churn_at = np.where(st.has("churned")[existing], st.churn_day[existing], np.nan)
    ok = (start < days) & ~(start >= churn_at)
    rows.append(pd.DataFrame({
        "account": existing[ok],
        "product": _codes(rng, (P.PRODUCTS[2], P.PRODUCTS[3]), ok.sum()),
        "start": start[ok], "end": churn_at[ok],
        "arr": np.round(arr[existing[ok]] * rng.uniform(0.1, 0.25, ok.sum()), -2),
        "churned": churn_at[ok],
    }))
    won = expansions[expansions["status"] == "won"]
    rows.append(pd.DataFrame({
        "account": won["account"].to_numpy(), "product": P.PRODUCTS[1],
        "start": np.floor(won["closed"].to_numpy() + rng.uniform(1, 10, len(won))),
        "end": np.nan, "arr": won["amount"].to_numpy(), "churned": np.nan,
    }))
    subs = pd.concat(rows, ignore_index=True)
    subs = subs[subs["start"] < days]
    return subs.sort_values("start", kind="stable").reset_index(drop=True)
