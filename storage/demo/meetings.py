"""Calls and demos: discovery before an opportunity, demos while it is open, monthly
check-ins with customers (every third one the quarterly business review), and the no-shows
and cancellations of real calendars.

Prospects book calls and demos in the weeks *before* their opportunity is created (the
signal a backtest looks for); churners stop meeting once they start fading;
meetings scheduled after the as-of date are still "scheduled".
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from storage.demo.campaigns import CampaignBook
from storage.demo.contacts import Committee
from storage.demo.sampling import uniform_between
from storage.demo.stories import CUSTOMER_STORIES, Stories
from storage.demo.timeline import Timeline

CHECK_IN_EVERY = 30.5  # customers meet their customer success manager monthly while healthy
MAX_CHECK_INS = 24


def build_meetings(
    st: Stories, committee: Committee, book: CampaignBook, timeline: Timeline,
    rng: np.random.Generator,
) -> pd.DataFrame:
    days = float(timeline.days)
    blocks = []

    def block(account, kind, scheduled, lead_days, held, no_show, future_ok=True):
        account = np.asarray(account, dtype=np.int64)
        k = len(account)
        scheduled = np.asarray(scheduled, dtype=float)
        booked = scheduled - rng.uniform(*lead_days, k)
        u = rng.random(k)
        status = np.where(u < held, "held", np.where(u < held + no_show, "no_show", "cancelled"))
        blocks.append(pd.DataFrame({"account": account, "kind": kind, "booked": booked,
                                    "scheduled": scheduled, "status": status}))

    # Prospects with an opportunity: discovery calls and a demo before it is created.
    opp = np.flatnonzero(st.has("won", "lost", "open") & ~st.inbound)
    o, ramp = st.opp_day[opp], st.ramp_len[opp]
    calls = rng.integers(1, 3, len(opp))
    rows = np.repeat(np.arange(len(opp)), calls)
    block(opp[rows], "call", o[rows] - uniform_between(rng, np.full(len(rows), 4.0), 0.8 * ramp[rows]),
          (2, 10), 0.82, 0.12)
    demo_first = rng.random(len(opp)) < 0.65
    block(opp[demo_first], "demo", o[demo_first] - rng.uniform(1, 12, demo_first.sum()), (3, 14),
          0.85, 0.12)
    # Inbound opportunities book their demo the day they arrive.
    inbound = np.flatnonzero(st.inbound)
    block(inbound, "demo", st.opp_day[inbound] + rng.uniform(2, 10, len(inbound)), (1, 4), 0.85, 0.1)

    # While the opportunity is open: more demos and calls, some still ahead.
    with_opp = np.flatnonzero(st.has("won", "lost", "open"))
    until = np.where(np.isnan(st.close_day[with_opp]), days + 25, st.close_day[with_opp] - 2)
    extra = rng.integers(1, 4, len(with_opp))
    rows = np.repeat(np.arange(len(with_opp)), extra)
    when = uniform_between(rng, st.opp_day[with_opp][rows] + 3, until[rows])
    kinds = np.where(rng.random(len(rows)) < 0.5, "demo", "call")
    block(with_opp[rows], kinds, when, (2, 12), 0.8, 0.1)

    # Warm prospects who never buy: a call or a demo that often does not happen.
    warm = np.flatnonzero(st.has("warm") & (rng.random(len(st)) < 0.6))
    block(warm, np.where(rng.random(len(warm)) < 0.7, "call", "demo"),
          st.warm_day[warm] - rng.uniform(-10, 20, len(warm)), (3, 12), 0.45, 0.4)
    nurture = np.flatnonzero(st.has("nurture") & (rng.random(len(st)) < 0.08))
    block(nurture, "call", rng.uniform(0, days + 20, len(nurture)), (2, 10), 0.6, 0.3)

    # Customers: a monthly check-in (every third one the quarterly business review) while
    # they are healthy.
    customer = np.flatnonzero(st.has(*CUSTOMER_STORIES, "won"))
    since = np.fmax(st.customer_from[customer], 0.0) + rng.uniform(10, CHECK_IN_EVERY, len(customer))
    stop = np.where(
        st.has("churned", "at_risk")[customer] & ~st.surprise[customer],
        st.churn_day[customer] - st.decline_len[customer],
        np.where(st.has("churned")[customer], st.churn_day[customer] - 20, days + 30),
    )
    grid = since[:, None] + CHECK_IN_EVERY * np.arange(MAX_CHECK_INS)[None, :]
    ok = grid < stop[:, None]
    rows, _ = np.nonzero(ok)
    dipping = (grid[ok] >= st.dip_day[customer][rows]) & (
        grid[ok] < (st.dip_day + st.dip_len)[customer][rows])
    block(customer[rows], "call", grid[ok], (7, 25), np.where(dipping, 0.3, 0.86),
          np.where(dipping, 0.2, 0.06))
    # Half the fading customers get one more review booked early in the fade; it is
    # cancelled or missed.
    fading = np.flatnonzero(st.has("churned", "at_risk") & ~st.surprise & (rng.random(len(st)) < 0.5))
    last = st.churn_day[fading] - st.decline_len[fading] * rng.uniform(0.55, 0.9, len(fading))
    block(fading, "call", last, (5, 15), 0.0, 0.4)
    expanding = np.flatnonzero(st.has("expanding"))
    block(expanding, "demo", st.expand_day[expanding] - rng.uniform(3, 20, len(expanding)), (3, 10),
          0.9, 0.05)

    meetings = pd.concat(blocks, ignore_index=True)
    meetings = _realistic(meetings, st, days, rng)
    contact = committee.pick(meetings["account"].to_numpy(), meetings["booked"].to_numpy(),
                             np.full(len(meetings), 0.8), rng)
    at_event = rng.random(len(meetings)) < 0.25
    campaign = np.where(at_event, book.live("event", meetings["booked"].to_numpy(), rng), np.nan)
    return meetings.assign(contact=contact, campaign_id=campaign).sort_values(
        "booked", kind="stable").reset_index(drop=True)


def _realistic(meetings: pd.DataFrame, st: Stories, days: float, rng: np.random.Generator) -> pd.DataFrame:
    """Office hours, nothing booked after the as-of date or after a quiet account went
    silent, and anything still ahead is "scheduled"."""
    k = len(meetings)
    scheduled = np.floor(meetings["scheduled"].to_numpy()) + rng.choice([9, 10, 11, 14, 15, 16], k) / 24.0
    booked = np.floor(meetings["booked"].to_numpy()) + rng.uniform(0.35, 0.7, k)
    booked = np.minimum(booked, scheduled - 0.05)
    account = meetings["account"].to_numpy()
    quiet = st.quiet_day[account]
    keep = (booked >= 0) & (booked < days) & ~(scheduled >= quiet) & (scheduled < days + 60)
    status = np.where(scheduled >= days, "scheduled", meetings["status"].to_numpy())
    return meetings.assign(booked=booked, scheduled=scheduled, status=status)[keep]
