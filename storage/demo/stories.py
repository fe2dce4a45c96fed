"""What happens to each demo account over the window: its story and the days that shape it.

Every account gets one story (a quota, so small demos hold all of them). The story fixes
the key days (subscription start, churn, opportunity created and closed, expansion, the
day a prospect went quiet...) from which every table is generated, so the tables agree
with each other and the signals come *before* the outcomes a backtest looks for:
churners fade for months before their churned_at, prospects warm up for weeks before
their opportunity is created. Noise is built in on purpose: some churners leave without
warning ("surprise"), some steady customers dip and recover, some prospects warm up and
never buy, and some opportunities come in cold ("inbound").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from storage.demo.sampling import quota_labels
from storage.demo.timeline import Timeline

STORIES = (
    "steady",  # customer all along, renews
    "expanding",  # customer who buys more
    "churned",  # customer who fades and leaves inside the window
    "at_risk",  # customer fading now, renewal due after the as-of date
    "won",  # prospect who warms up, books demos, wins, becomes a customer
    "lost",  # prospect who warms up and gets an opportunity that is lost
    "open",  # prospect with an opportunity still open
    "warm",  # prospect who warms up and never gets an opportunity
    "nurture",  # prospect engaging a little, steadily
    "cold",  # prospect whose engagement fades away
    "quiet",  # prospect with no touch at all in the last 90+ days
    "non_target",  # in the CRM but not on the target list
)
STORY_WEIGHTS = (0.11, 0.10, 0.05, 0.06, 0.09, 0.07, 0.06, 0.07, 0.18, 0.09, 0.08, 0.04)
CUSTOMER_STORIES = ("steady", "expanding", "churned", "at_risk")
OPPORTUNITY_STORIES = ("won", "lost", "open")
# Stories of the three showcase accounts (株式会社さくら精機, 北京华信科技有限公司,
# Zakład Mechaniczny Łódź sp. z o.o.), so each market has a story to show.
SHOWCASE = ("steady", "won", "churned")
TIER_SHARES = (0.10, 0.30, 0.60)
# How likely a story's account is a big one: customers are over-represented in tier 1.
TIER_PRIOR = {"steady": 1.0, "expanding": 1.2, "churned": 0.8, "at_risk": 0.9, "won": 0.7,
              "lost": 0.6, "open": 0.7, "warm": 0.4, "nurture": 0.3, "cold": 0.1,
              "quiet": 0.1, "non_target": -2.0}


@dataclass
class Stories:
    """One row per account (position = account id - 1); NaN where a day does not apply."""

    story: np.ndarray  # object: one of STORIES
    tier: np.ndarray  # int 1..3
    level: np.ndarray  # overall engagement level (tier and account size)
    sub_start: np.ndarray  # first subscription's start day (customers, won)
    churn_day: np.ndarray  # churned: the day; at_risk: the renewal day after as-of
    decline_len: np.ndarray  # days of fading before churn_day
    surprise: np.ndarray  # bool: churns with barely any warning
    dip_day: np.ndarray  # steady customers with a temporary dip (noise)
    dip_len: np.ndarray
    opp_day: np.ndarray  # new-business opportunity created
    close_day: np.ndarray  # ... and closed (won / lost)
    ramp_len: np.ndarray  # days of warming up before opp_day / warm_day
    peak: np.ndarray  # engagement at the top of the ramp
    inbound: np.ndarray  # bool: opportunity arrives with little warning (noise)
    expand_day: np.ndarray  # expansion opportunity created
    warm_day: np.ndarray  # warm prospects: top of their ramp
    fade_day: np.ndarray  # cold prospects: engagement starts fading
    fade_tau: np.ndarray
    quiet_day: np.ndarray  # quiet prospects: last possible touch
    phase: np.ndarray  # random phase of the account's slow engagement wave

    def __len__(self) -> int:
        return len(self.story)

    def has(self, *names: str) -> np.ndarray:
        return np.isin(self.story, names)

    @property
    def is_target(self) -> np.ndarray:
        return self.story != "non_target"

    @property
    def customer_from(self) -> np.ndarray:
        """Day the account became a customer (before the window for existing customers)."""
        return np.where(self.has(*CUSTOMER_STORIES, "won"), self.sub_start, np.nan)

    @property
    def customer_until(self) -> np.ndarray:
        """Day the account stopped being a customer (inf while still one)."""
        until = np.where(self.has("churned"), self.churn_day, np.inf)
        return np.where(np.isnan(self.customer_from), np.nan, until)

    def declining(self, day: np.ndarray, account: np.ndarray) -> np.ndarray:
        """0..1 per (account, day) pair: how far into its pre-churn fade the account is."""
        c = self.churn_day[account]
        length = self.decline_len[account]
        frac = np.clip((day - (c - length)) / length, 0.0, 1.0)
        frac = np.where(self.surprise[account], 0.15 * frac, frac)
        return np.nan_to_num(np.where(self.has("churned", "at_risk")[account], frac, 0.0))


def draw_stories(n: int, timeline: Timeline, rng: np.random.Generator) -> Stories:
    """Assign stories, tiers and key days to ``n`` accounts."""
    days = float(timeline.days)
    labels = np.asarray(STORIES, dtype=object)[quota_labels(rng, n, STORY_WEIGHTS, minimum=1)]
    for position, wanted in enumerate(SHOWCASE[: min(n, len(SHOWCASE))]):
        _swap_in(labels, position, wanted)
    tier = _tiers(labels, rng)

    def u(low: float, high: float) -> np.ndarray:
        return rng.uniform(low, high, n)

    def only(mask: np.ndarray, values: np.ndarray) -> np.ndarray:
        return np.where(mask, values, np.nan)

    is_ = {name: labels == name for name in STORIES}
    churn = np.where(is_["churned"], u(100, days - 7), u(days + 15, days + 110))
    # Whole contract years before the churn day, starting before the window: the churn
    # falls on a renewal date, the way subscriptions usually end.
    years = (np.ceil((churn + 30.0) / 365.0) + rng.integers(0, 2, n)) * 365.0
    opp = np.select(
        [is_["won"], is_["lost"], is_["open"]],
        [u(45, days - 150), u(45, days - 40), u(days - 140, days - 3)],
        np.nan,
    )
    close = np.where(is_["open"], np.nan, np.minimum(opp + u(25, 110), days - 2))
    existing_start = u(-1100, -30)
    sub_start = np.select(
        [is_["churned"] | is_["at_risk"], is_["steady"] | is_["expanding"], is_["won"]],
        [churn - years, existing_start, close + u(1, 14)],
        np.nan,
    )
    inbound = (rng.random(n) < 0.2) & np.isin(labels, OPPORTUNITY_STORIES)
    ramp = np.where(inbound, u(5, 12), u(40, 100))
    peak = np.where(inbound, u(0.6, 1.0), u(2.0, 3.2))
    dip = only(is_["steady"] & (rng.random(n) < 0.25), u(60, days - 30))
    level = np.array([1.0, 2.2, 1.4, 1.0])[tier] * rng.lognormal(0.0, 0.3, n)
    return Stories(
        story=labels,
        tier=tier,
        level=level,
        sub_start=np.floor(sub_start),
        churn_day=np.floor(only(is_["churned"] | is_["at_risk"], churn)),
        decline_len=np.select(
            [is_["churned"], is_["at_risk"]], [u(60, 170), u(150, 220)], np.nan
        ),
        surprise=is_["churned"] & (rng.random(n) < 0.2),
        dip_day=dip,
        dip_len=only(~np.isnan(dip), u(40, 90)),
        opp_day=opp,
        close_day=close,
        ramp_len=ramp,
        peak=peak,
        inbound=inbound,
        expand_day=only(is_["expanding"], u(days - 330, days - 10)),
        warm_day=only(is_["warm"], u(60, days + 30)),
        fade_day=only(is_["cold"], u(-30, days - 150)),
        fade_tau=u(30, 70),
        quiet_day=only(is_["quiet"], u(days - 420, days - 95)),
        phase=u(0, 2 * np.pi),
    )


def _swap_in(labels: np.ndarray, position: int, wanted: str) -> None:
    """Give account ``position`` the story ``wanted`` by swapping with another account."""
    if labels[position] == wanted:
        return
    candidates = np.flatnonzero(labels == wanted)
    candidates = candidates[candidates >= len(SHOWCASE)]
    if len(candidates):
        other = candidates[0]
        labels[position], labels[other] = labels[other], labels[position]


def _tiers(labels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Tier quotas (10/30/60 %), handed out so customers lean towards tier 1."""
    n = len(labels)
    score = pd.Series(labels).map(TIER_PRIOR).to_numpy(float) + rng.normal(0, 0.6, n)
    order = np.argsort(-score, kind="stable")
    counts = np.floor(np.asarray(TIER_SHARES) * n + 0.5).astype(int)
    counts[2] = n - counts[0] - counts[1]
    tier = np.empty(n, dtype=int)
    tier[order] = np.repeat([1, 2, 3], counts)
    return tier
