"""Marketing e-mail: sends to every known contact, and the funnel each send starts.

Sends do not depend on how engaged an account is (the nurture goes to everyone on the
list); what the account does with them does: opens follow its engagement curve, clicks
its buying intent, and unsubscribes rise as it disengages. So a churner's open rate and
CTR fall in the months before it leaves, as in real nurture reports.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from storage.demo.campaigns import CampaignBook
from storage.demo.contacts import Committee
from storage.demo.event_parts import EventParts
from storage.demo.profile import Profile
from storage.demo.sampling import uniform_between, working_hours
from storage.demo.stories import CUSTOMER_STORIES, Stories
from storage.demo.timeline import Timeline

EVENTS_PER_SEND = 2.33  # sent + delivered/bounce + opens + clicks, on average
WAVES = 14  # weekly e-mails a campaign can send (a quarterly track sends 13)
SECOND = 1.0 / 86_400.0


def add_email_events(
    st: Stories,
    profile: Profile,
    committee: Committee,
    accounts: pd.DataFrame,
    book: CampaignBook,
    timeline: Timeline,
    budget_events: float,
    rng: np.random.Generator,
    parts: EventParts,
    first_episode: int,
) -> int:
    """Add sends and their funnels; returns the number of sends (episodes)."""
    days = float(timeline.days)
    account_of = committee.account
    begin = np.clip(committee.join, 0.0, days)
    end = np.fmin(st.quiet_day[account_of], days)
    story = st.story[account_of]
    factor = np.where(np.isin(story, CUSTOMER_STORIES), 1.2, 1.0)
    factor = np.where(story == "non_target", 0.5, factor)
    expected = np.clip(end - begin, 0.0, None) / 7.0 * factor
    rate = budget_events / EVENTS_PER_SEND / max(expected.sum(), 1e-9)
    contact = np.repeat(np.arange(len(account_of)), rng.poisson(expected * rate))
    account = account_of[contact]
    m = len(contact)
    utc = accounts["utc_offset_h"].to_numpy()[account]
    day = np.floor(uniform_between(rng, begin[contact], end[contact])) + working_hours(rng, m, utc)
    # Lists are cleaned after a customer leaves: most of its e-mail stops.
    after_churn = (st.story[account] == "churned") & (day >= st.churn_day[account])
    keep = ~after_churn | (rng.random(m) < 0.3)
    contact, account, day = contact[keep], account[keep], day[keep]
    m = len(contact)
    episode = first_episode + np.arange(m)

    campaign = book.live("email", day, rng)
    asset = _email_assets(book, campaign, day)
    shape = profile.at(profile.shape, account, day)
    intent = profile.at(profile.intent, account, day)
    bounce = rng.random(m) < 0.025
    opened = ~bounce & (rng.random(m) < np.clip(0.10 + 0.17 * shape, 0.03, 0.6))
    reopened = opened & (rng.random(m) < 0.2)
    clicked = opened & (rng.random(m) < np.clip(0.10 + 0.45 * intent, 0.0, 0.7))
    unsubscribed = (
        opened & ~clicked & (rng.random(m) < 0.012 + 0.04 * np.clip(1.0 - shape, 0.0, 1.0))
    )
    open_day = day + np.minimum(rng.exponential(0.25, m), 6.0)

    def add(kind: str, rows: np.ndarray, when: np.ndarray) -> None:
        parts.add(
            kind,
            episode=episode[rows],
            account=account[rows],
            contact=contact[rows],
            day=when,
            campaign=campaign[rows],
            asset=asset[rows],
            channel="email",
        )

    everyone = np.arange(m)
    add("email_sent", everyone, day)
    add("email_delivered", np.flatnonzero(~bounce), day[~bounce] + 20 * SECOND)
    add("email_bounce", np.flatnonzero(bounce), day[bounce] + 45 * SECOND)
    add("email_open", np.flatnonzero(opened), open_day[opened])
    add(
        "email_open",
        np.flatnonzero(reopened),
        open_day[reopened] + np.minimum(rng.exponential(1.0, reopened.sum()), 10.0),
    )
    add(
        "email_click",
        np.flatnonzero(clicked),
        open_day[clicked] + rng.uniform(10, 600, clicked.sum()) * SECOND,
    )
    add(
        "email_unsubscribe",
        np.flatnonzero(unsubscribed),
        open_day[unsubscribed] + rng.uniform(30, 240, unsubscribed.sum()) * SECOND,
    )
    return m


def _email_assets(book: CampaignBook, campaign: np.ndarray, day: np.ndarray) -> np.ndarray:
    """The e-mail's id: its campaign and weekly wave ("email:CMP-0042-w3"); one-to-one
    e-mails from the account manager have no campaign."""
    frame = book.frame
    codes = frame["external_id"].to_numpy(dtype=object)
    waves = np.array([f"-w{k + 1}" for k in range(WAVES)], dtype=object)
    table = "email:" + codes[:, None] + waves[None, :]
    has = ~np.isnan(campaign)
    index = np.where(has, campaign, 1).astype(np.int64) - 1
    start = frame["start"].to_numpy(float)[index]
    wave = np.clip(np.floor((day - start) / 7.0), 0, WAVES - 1).astype(np.int64)
    return np.where(has, table[index, wave], "email:account-manager")
