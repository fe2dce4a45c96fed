"""The engagement events table: e-mail funnels plus account-initiated touches, cleaned
and brought to exactly the number of events asked for.

Both generators are given a slightly larger budget than asked; whole episodes (a send
with its funnel, a web session with its page views) are then dropped at random until the
count fits, and the last few events are filled with single-page visits near existing
activity. So ``--events N`` gives exactly N rows and every kept funnel is whole.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from storage.demo.campaigns import CampaignBook
from storage.demo.contacts import Committee
from storage.demo.email_events import add_email_events
from storage.demo.event_parts import CODE, EMAIL_CODES, EventParts
from storage.demo.lead_entry import add_entry_events
from storage.demo.profile import Profile
from storage.demo.stories import Stories
from storage.demo.timeline import Timeline
from storage.demo.touch_events import add_touch_events

EMAIL_SHARE = 0.45  # of all events: sends, deliveries, opens, clicks, bounces, unsubscribes
SLACK = 1.12  # generate a little more than asked, then trim whole episodes
ENTRY_EVENTS = 3.3  # events per new lead's first touch, on average


def build_events(
    st: Stories,
    profile: Profile,
    committee: Committee,
    accounts: pd.DataFrame,
    contacts: pd.DataFrame,
    book: CampaignBook,
    timeline: Timeline,
    n_events: int,
    rng: np.random.Generator,
) -> pd.DataFrame:
    """Columns: account and contact (positions, -1 = none), campaign_id, kind (code), day,
    asset, channel, session, duration_s; sorted by time."""
    parts = EventParts()
    leads = add_entry_events(contacts, book, timeline, rng, parts, first_episode=0) if n_events else 0
    budget = max(n_events * SLACK - ENTRY_EVENTS * leads, 0.0)
    common = (st, profile, committee, accounts, book, timeline)
    sends = add_email_events(*common, budget * EMAIL_SHARE, rng, parts, first_episode=leads)
    add_touch_events(*common, budget * (1 - EMAIL_SHARE), rng, parts, first_episode=leads + sends)
    events = parts.frame()
    events = _possible(events, st, timeline)
    events = _after_unsubscribe_removed(events, len(committee.account))
    events = _exactly(events, n_events, st, timeline, rng, first_kept=leads)
    return events.sort_values("day", kind="stable").reset_index(drop=True)


def _possible(events: pd.DataFrame, st: Stories, timeline: Timeline) -> pd.DataFrame:
    """Only the past, and nothing from a quiet account after it went silent."""
    day = events["day"].to_numpy()
    quiet = st.quiet_day[events["account"].to_numpy()]
    keep = (day >= 0) & (day < timeline.days) & ~(day >= quiet)
    return events[keep]


def _after_unsubscribe_removed(events: pd.DataFrame, n_contacts: int) -> pd.DataFrame:
    """Nobody is e-mailed after they unsubscribed."""
    kind = events["kind"].to_numpy()
    contact = events["contact"].to_numpy()
    day = events["day"].to_numpy()
    unsub = (kind == CODE["email_unsubscribe"]) & (contact >= 0)
    first = np.full(n_contacts + 1, np.inf)
    np.minimum.at(first, contact[unsub], day[unsub])
    is_email = np.isin(kind, EMAIL_CODES) & (contact >= 0)
    late = is_email & (day > first[np.where(contact >= 0, contact, n_contacts)])
    return events[~late]


def _exactly(
    events: pd.DataFrame, n_events: int, st: Stories, timeline: Timeline,
    rng: np.random.Generator, first_kept: int = 0,
) -> pd.DataFrame:
    """Drop whole episodes at random until the count fits (episodes below ``first_kept``,
    the touches that made people leads, go last), then fill up to exactly ``n_events``."""
    episode = events["episode"].to_numpy()
    if len(events):
        ids, sizes = np.unique(episode, return_counts=True)
        order = rng.permutation(len(ids))
        order = order[np.argsort(ids[order] >= first_kept, kind="stable")]
        fits = np.cumsum(sizes[order]) <= n_events
        keep = np.isin(episode, ids[order][fits])
        events = events[keep]
    missing = n_events - len(events)
    if missing <= 0:
        return events
    return pd.concat([events, _filler(events, missing, st, timeline, rng)], ignore_index=True)


def _filler(
    events: pd.DataFrame, count: int, st: Stories, timeline: Timeline, rng: np.random.Generator
) -> pd.DataFrame:
    """``count`` events of single-page anonymous visits (web_visit + page_view), placed a
    little before existing activity so they keep every account's story shape."""
    pairs, odd = divmod(count, 2)
    sessions = pairs + odd
    if len(events):
        source = rng.integers(0, len(events), sessions)
        account = events["account"].to_numpy()[source]
        day = events["day"].to_numpy()[source] - rng.uniform(0.0, 0.08, sessions)
    else:
        account = rng.integers(0, len(st), sessions)
        day = rng.uniform(0.0, timeline.days, sessions)
    quiet = st.quiet_day[account]
    day = np.where(day >= quiet, quiet - 1.0, day).clip(0.0, timeline.days - 0.01)
    first = int(events["episode"].max()) + 1 if len(events) else 0
    episode = first + np.arange(sessions)
    session = ("wf-" + pd.Series(episode).astype(str)).to_numpy(dtype=object)
    seconds = np.clip(np.round(rng.lognormal(np.log(30.0), 0.7, sessions)), 3, 600)
    parts = EventParts()
    common = {"account": account, "contact": np.full(sessions, -1), "asset": np.full(sessions, "/", dtype=object),
              "channel": np.full(sessions, "direct", dtype=object), "session": session,
              "duration": seconds, "episode": episode}
    parts.add("web_visit", day=day, **common)
    views = slice(0, pairs)
    parts.add("page_view", day=day[views], **{k: v[views] for k, v in common.items()})
    return parts.frame()
