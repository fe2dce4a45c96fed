"""Eighteen months of campaigns in every channel, and which campaign a touch belongs to.

Campaigns run in tracks: a track repeats a campaign of one channel at a fixed cadence
(a monthly nurture, a quarterly paid-search flight, a webinar every month, a trade show
every quarter...), so at any moment each channel has a few live campaigns and
``CampaignBook.live`` can attribute a touch to one of them with a vectorised search.
Bigger portfolios get regional copies of the tracks, and budgets grow with the portfolio.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from storage.demo.timeline import Timeline

# channel, name, cadence (days), duration (days), cost range, is_paid
TRACKS = (
    ("email", "Nurture", 30, 30, (400, 1500), False),
    ("email", "Newsletter", 30, 30, (200, 800), False),
    ("email", "Customer product update", 91, 60, (300, 900), False),
    ("paid_search", "Paid search", 91, 91, (6000, 22000), True),
    ("paid_social", "LinkedIn account-based ads", 91, 91, (5000, 18000), True),
    ("display", "Display retargeting", 122, 122, (3000, 12000), True),
    ("event", "Trade show", 91, 3, (15000, 60000), True),
    ("webinar", "Webinar", 30, 21, (800, 4000), False),
    ("content", "Content syndication", 61, 61, (2000, 9000), True),
    ("pr", "Press announcement", 182, 30, (3000, 10000), False),
    ("other", "Partner referral programme", 274, 274, (1000, 5000), False),
)
THEMES = ("Predictive churn", "ABM metrics that matter", "Retention playbook", "NPS in practice",
          "Offline account reviews", "Lead scoring without vanity", "Customer health 101",
          "Board-ready reporting", "Sales and marketing alignment")
SHOWS = ("Hannover Messe", "Japan IT Week Tokyo", "China Digital Expo Shanghai",
         "Targi Poznańskie", "SaaStr Annual", "Web Summit", "LATAM Tech Week São Paulo")


@dataclass
class CampaignBook:
    """Campaigns by channel, sorted by start day, for attributing touches."""

    frame: pd.DataFrame
    by_channel: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]  # starts, ends, ids
    parallel: dict[str, int]

    def live(self, channel: str, day: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """A campaign id of ``channel`` running on each ``day`` (NaN when none is)."""
        starts, ends, ids = self.by_channel[channel]
        latest = np.searchsorted(starts, day, side="right") - 1
        # The live campaigns are among the last few to start: one per parallel track.
        index = latest[:, None] - np.arange(self.parallel[channel])[None, :]
        valid = index >= 0
        index = np.clip(index, 0, len(ids) - 1)
        valid &= (starts[index] <= day[:, None]) & (day[:, None] < ends[index] + 1)
        choice = np.argmax(valid * rng.random(index.shape), axis=1)
        rows = np.arange(len(day))
        return np.where(valid[rows, choice], ids[index[rows, choice]], np.nan)

    def next_webinar(self, day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The next webinar on or after each day: (campaign id, day it is held)."""
        starts, ends, ids = self.by_channel["webinar"]
        order = np.argsort(ends, kind="stable")
        ends, ids = ends[order], ids[order]
        index = np.searchsorted(ends, day, side="left")
        ok = index < len(ids)
        index = np.minimum(index, len(ids) - 1)
        return np.where(ok, ids[index], np.nan), np.where(ok, ends[index], np.nan)


def build_campaigns(timeline: Timeline, accounts: int, rng: np.random.Generator) -> CampaignBook:
    copies = min(4, 1 + accounts // 2500)
    regions = ("EMEA", "North America", "APAC", "LATAM")
    budget = max(accounts / 250.0, 0.2) ** 0.85 / copies
    rows = []
    for t, (channel, label, cadence, duration, cost, paid) in enumerate(TRACKS):
        for copy in range(copies):
            first = -float(rng.integers(0, cadence // 2 + 1)) if cadence > 3 else 0.0
            starts = np.arange(first, timeline.days, cadence)
            for k, start in enumerate(starts):
                rows.append((channel, label, t, copy, k, start, start + duration - 1, cost, paid))
    frame = pd.DataFrame(
        rows,
        columns=["channel", "label", "track", "copy", "k", "start", "end", "cost", "is_paid"],
    )
    frame["start"] = frame["start"].clip(lower=0)
    frame = frame[frame["end"] >= frame["start"]].sort_values(["start", "track", "copy"])
    n = len(frame)
    low = frame["cost"].str[0].to_numpy(float)
    high = frame["cost"].str[1].to_numpy(float)
    cost = np.round(rng.uniform(low, high) * budget, -1)
    stamp = (pd.Timestamp(timeline.start) + pd.to_timedelta(frame["start"], unit="D")).dt
    month = stamp.strftime("%Y-%m").to_numpy(dtype=object)
    theme = np.asarray(THEMES, dtype=object)[(frame["k"].to_numpy() + frame["track"]) % len(THEMES)]
    show = np.asarray(SHOWS, dtype=object)[(frame["k"].to_numpy() + frame["copy"]) % len(SHOWS)]
    label = frame["label"].to_numpy(dtype=object)
    name = month + " " + label + ": " + np.where(frame["channel"] == "event", show, theme)
    region = np.asarray(regions, dtype=object)[frame["copy"].to_numpy() % len(regions)]
    if copies > 1:
        name = name + " (" + region + ")"
    frame = frame.assign(
        id=np.arange(1, n + 1),
        external_id="CMP-" + pd.Series(np.arange(1, n + 1), index=frame.index).astype(str).str.zfill(4),
        name=name,
        cost=cost,
    ).reset_index(drop=True)
    by_channel = {}
    for channel in frame["channel"].unique():
        part = frame[frame["channel"] == channel]
        by_channel[channel] = (
            part["start"].to_numpy(float), part["end"].to_numpy(float), part["id"].to_numpy(float)
        )
    parallel = {
        channel: copies * sum(1 for track in TRACKS if track[0] == channel) for channel in by_channel
    }
    return CampaignBook(frame=frame, by_channel=by_channel, parallel=parallel)
