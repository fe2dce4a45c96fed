"""Everything an account does on its own initiative: web sessions, content, webinars, ads,
social and press, sampled from its weekly engagement profile.

Each (account, week) gets a Poisson number of episodes proportional to its intensity
(with extra gamma noise, so weeks are lumpy); the week's intent decides what kind of
episode it is and how deep it goes (a buyer visits /pricing, views the demo-request form
and fills it in; a researcher reads a blog post and leaves).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from storage.demo import phrases as P
from storage.demo.campaigns import CampaignBook
from storage.demo.contacts import Committee
from storage.demo.event_parts import EventParts
from storage.demo.profile import Profile
from storage.demo.sampling import pick, row_choice, working_hours
from storage.demo.stories import Stories
from storage.demo.timeline import Timeline

EVENTS_PER_EPISODE = 2.45
EPISODES = ("web", "content", "webinar", "ad", "social", "media")
WEB_CHANNELS = ("organic", "direct", "paid", "social", "email", "referral")
WEB_CHANNEL_WEIGHTS = (0.34, 0.20, 0.14, 0.10, 0.14, 0.08)
ANONYMOUS = {"web": 0.25, "ad": 0.4, "social": 0.1, "media": 1.0}
SECOND = 1.0 / 86_400.0


def add_touch_events(
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
    """Add the account-initiated episodes; returns how many there are."""
    n_accounts, weeks = profile.intensity.shape
    expected = profile.intensity * rng.gamma(3.0, 1.0 / 3.0, size=(n_accounts, weeks))
    scale = budget_events / EVENTS_PER_EPISODE / max(expected.sum(), 1e-9)
    cell = np.repeat(np.arange(n_accounts * weeks), rng.poisson(expected * scale).ravel())
    account, week = np.divmod(cell, weeks)
    m = len(cell)
    utc = accounts["utc_offset_h"].to_numpy()[account]
    day = week * 7.0 + np.floor(rng.random(m) * 7.0)
    day = _fewer_weekends(day, timeline, rng) + working_hours(rng, m, utc)
    intent = profile.intent[account, week]
    senior = profile.senior[account, week]

    probs = np.column_stack(
        [
            0.50 + 0.10 * intent,
            0.17 + 0.08 * intent,
            0.05 + 0.08 * intent,
            np.full(m, 0.12),
            np.full(m, 0.13),
            np.array([0.0, 0.03, 0.012, 0.005])[st.tier[account]],
        ]
    )
    kind = row_choice(rng, probs)
    contact = committee.pick(account, day, senior, rng)
    for name, share in ANONYMOUS.items():
        code = EPISODES.index(name)
        contact = np.where((kind == code) & (rng.random(m) < share), -1, contact)
    # Somebody registers for a webinar; an unknown visitor just browses instead.
    kind = np.where((kind == EPISODES.index("webinar")) & (contact < 0), 0, kind)
    episode = first_episode + np.arange(m)
    ep = {"episode": episode, "account": account, "contact": contact, "day": day}

    def subset(name: str) -> dict[str, np.ndarray]:
        rows = kind == EPISODES.index(name)
        return {key: values[rows] for key, values in ep.items()} | {"intent": intent[rows]}

    _web_sessions(subset("web"), book, rng, parts)
    _content(subset("content"), book, rng, parts)
    _webinars(subset("webinar"), book, rng, parts)
    _singles(subset("ad"), subset("social"), subset("media"), accounts, book, rng, parts)
    return m


def _fewer_weekends(day: np.ndarray, timeline: Timeline, rng: np.random.Generator) -> np.ndarray:
    """Move most weekend touches to the Friday before: B2B buyers work on weekdays."""
    weekday = (timeline.start.weekday() + day.astype(np.int64)) % 7  # Monday = 0
    weekend = (weekday >= 5) & (rng.random(len(day)) < 0.75)
    return np.where(weekend, day - (weekday - 4), day).clip(0, None)


def _mixed_choice(
    rng: np.random.Generator, intent: np.ndarray, weights: tuple[tuple[float, ...], ...]
) -> np.ndarray:
    """Index into an asset list: the buyer's mix with probability ``intent``, else the
    researcher's."""
    researcher, buyer = (np.asarray(w) / np.sum(w) for w in weights)
    first = rng.choice(len(researcher), size=len(intent), p=researcher)
    second = rng.choice(len(buyer), size=len(intent), p=buyer)
    return np.where(rng.random(len(intent)) < intent, second, first)


def _web_sessions(ep: dict, book: CampaignBook, rng: np.random.Generator, parts: EventParts) -> None:
    m = len(ep["day"])
    if m == 0:
        return
    intent, day = ep["intent"], ep["day"]
    pages = np.minimum(rng.geometric(np.clip(0.55 - 0.3 * intent, 0.15, 0.9)), 12)
    channel = pick(rng, WEB_CHANNELS, m, WEB_CHANNEL_WEIGHTS)
    campaign = np.full(m, np.nan)
    for source, campaign_channel, share in (("paid", "paid_search", 1.0),
                                            ("email", "email", 1.0),
                                            ("social", "paid_social", 0.5)):
        rows = np.flatnonzero((channel == source) & (rng.random(m) < share))
        campaign[rows] = book.live(campaign_channel, day[rows], rng)
    session = ("ws-" + pd.Series(ep["episode"]).astype(str)).to_numpy(dtype=object)

    # Page views: the first page is the landing page; each page has its own time on page.
    owner = np.repeat(np.arange(m), pages)
    position = np.arange(len(owner)) - np.repeat(np.cumsum(pages) - pages, pages)
    seconds = np.clip(np.round(rng.lognormal(np.log(40.0), 0.8, len(owner))), 3, 900)
    elapsed = np.cumsum(seconds) - seconds
    elapsed -= np.repeat(elapsed[np.cumsum(pages) - pages], pages)
    page = np.asarray(P.PAGES, dtype=object)[_mixed_choice(rng, intent[owner], P.PAGE_WEIGHTS)]
    length = np.bincount(owner, weights=seconds, minlength=m)
    landing = page[position == 0]

    def add(kind: str, rows: np.ndarray, when: np.ndarray, **extra) -> None:
        parts.add(kind, episode=ep["episode"][rows], account=ep["account"][rows],
                  contact=ep["contact"][rows], day=when, campaign=campaign[rows],
                  channel=channel[rows], session=session[rows], **extra)

    add("web_visit", np.arange(m), day, asset=landing, duration=length)
    add("page_view", owner, day[owner] + elapsed * SECOND, asset=page, duration=seconds)

    known = ep["contact"] >= 0
    viewed = np.flatnonzero(rng.random(m) < 0.08 + 0.35 * intent)
    form = np.asarray(P.FORMS, dtype=object)[_mixed_choice(rng, intent[viewed], P.FORM_WEIGHTS)]
    form_day = day[viewed] + rng.random(len(viewed)) * length[viewed] * SECOND
    add("form_view", viewed, form_day, asset=form)
    filled = known[viewed] & (rng.random(len(viewed)) < 0.15 + 0.45 * intent[viewed])
    add("form_fill", viewed[filled], form_day[filled] + rng.uniform(20, 180, filled.sum()) * SECOND,
        asset=form[filled])

    seen = np.flatnonzero(rng.random(m) < 0.2 + 0.4 * intent)
    cta_index = _mixed_choice(rng, intent[seen], P.CTA_WEIGHTS)
    cta = np.asarray(P.CTAS, dtype=object)[cta_index]
    cta_day = day[seen] + rng.random(len(seen)) * length[seen] * SECOND
    add("cta_view", seen, cta_day, asset=cta)
    rate = np.asarray(P.CTA_CLICK_RATES)[cta_index] * (1.0 + 2.5 * intent[seen])
    clicked = rng.random(len(seen)) < np.minimum(rate, 0.9)
    add("cta_click", seen[clicked], cta_day[clicked] + rng.uniform(2, 30, clicked.sum()) * SECOND,
        asset=cta[clicked])


def _content(ep: dict, book: CampaignBook, rng: np.random.Generator, parts: EventParts) -> None:
    m = len(ep["day"])
    if m == 0:
        return
    intent = ep["intent"]
    asset = pick(rng, P.CONTENT, m)
    channel = pick(rng, ("organic", "email", "social", "paid", "referral"), m,
                   (0.35, 0.25, 0.15, 0.15, 0.10))
    campaign = np.where(rng.random(m) < 0.55, book.live("content", ep["day"], rng), np.nan)
    seconds = np.clip(np.round(rng.lognormal(np.log(110.0), 0.9, m)), 5, 3600)
    common = {"episode": ep["episode"], "account": ep["account"], "contact": ep["contact"],
              "campaign": campaign, "asset": asset, "channel": channel}
    parts.add("content_view", day=ep["day"], duration=seconds, **common)
    got = rng.random(m) < 0.2 + 0.4 * intent
    later = ep["day"] + rng.uniform(10, 300, m) * SECOND
    parts.add("content_download", day=later[got], **{k: v[got] for k, v in common.items()})


def _webinars(ep: dict, book: CampaignBook, rng: np.random.Generator, parts: EventParts) -> None:
    m = len(ep["day"])
    if m == 0:
        return
    campaign, held_on = book.next_webinar(ep["day"])
    codes = book.frame["external_id"].to_numpy(dtype=object)
    has = ~np.isnan(campaign)
    asset = np.where(has, "webinar:" + codes[np.where(has, campaign, 1).astype(int) - 1], None)
    common = {"episode": ep["episode"], "account": ep["account"], "contact": ep["contact"],
              "campaign": campaign, "asset": asset, "channel": np.full(m, "email", dtype=object)}
    parts.add("webinar_registered", day=ep["day"], **common)
    went = has & (rng.random(m) < 0.4 + 0.3 * ep["intent"])
    # Live at 15:00 UTC for an hour; attendees stay 20-60 minutes.
    when = np.floor(held_on[went]) + 15.0 / 24.0 + rng.uniform(0, 300, went.sum()) * SECOND
    parts.add("webinar_attended", day=when, duration=rng.uniform(1200, 3600, went.sum()).round(),
              **{k: v[went] for k, v in common.items()})


def _singles(ads: dict, social: dict, media: dict, accounts: pd.DataFrame, book: CampaignBook,
             rng: np.random.Generator, parts: EventParts) -> None:
    """Ad clicks, social engagement and press mentions: one event per episode."""
    m = len(ads["day"])
    if m:
        which = pick(rng, ("paid_search", "paid_social", "display"), m)
        campaign = np.full(m, np.nan)
        for channel in ("paid_search", "paid_social", "display"):
            rows = np.flatnonzero(which == channel)
            campaign[rows] = book.live(channel, ads["day"][rows], rng)
        codes = book.frame["external_id"].to_numpy(dtype=object)
        has = ~np.isnan(campaign)
        variant = pick(rng, ("-a", "-b", "-c"), m)
        asset = np.where(has, "ad:" + codes[np.where(has, campaign, 1).astype(int) - 1] + variant, None)
        parts.add("ad_click", episode=ads["episode"], account=ads["account"], contact=ads["contact"],
                  day=ads["day"], campaign=campaign, asset=asset, channel="paid")
    m = len(social["day"])
    if m:
        campaign = np.where(rng.random(m) < 0.25, book.live("paid_social", social["day"], rng), np.nan)
        parts.add("social_engagement", episode=social["episode"], account=social["account"],
                  contact=social["contact"], day=social["day"], campaign=campaign,
                  asset=pick(rng, P.SOCIAL_POSTS, m), channel="social")
    m = len(media["day"])
    if m:
        locale = accounts["locale"].to_numpy()[media["account"]]
        asset = np.empty(m, dtype=object)
        for loc in np.unique(locale):
            rows = np.flatnonzero(locale == loc)
            asset[rows] = pick(rng, P.PUBLICATIONS[loc], len(rows))
        campaign = np.where(rng.random(m) < 0.5, book.live("pr", media["day"], rng), np.nan)
        parts.add("media_mention", episode=media["episode"], account=media["account"],
                  contact=np.full(m, -1), day=media["day"], campaign=campaign, asset=asset,
                  channel="other")
