"""Questions customers and prospects ask (forum, e-mail, chat, community) with the time it
took to answer them, and the account managers' notes.

Fading customers ask more and wait much longer for answers (median hours grow from about
four to a few days), the slow-support signal the satisfaction component reads. Notes
are short next steps in the owner's words, matched to the account's story.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from storage.demo import phrases as P
from storage.demo.contacts import Committee
from storage.demo.profile import Profile
from storage.demo.sampling import pick, working_hours
from storage.demo.stories import Stories
from storage.demo.timeline import Timeline

QUESTION_CHANNELS = ("email", "chat", "forum", "community")
QUESTION_CHANNEL_WEIGHTS = (0.35, 0.30, 0.15, 0.20)
MONTHLY_QUESTIONS = np.array([0.0, 1.2, 0.8, 0.45])  # per customer, by tier
NOTE_SHARE = np.array([0.0, 0.6, 0.35, 0.1])  # accounts with notes, by tier


def build_questions(
    st: Stories, profile: Profile, accounts: pd.DataFrame, committee: Committee,
    timeline: Timeline, rng: np.random.Generator,
) -> pd.DataFrame:
    days = float(timeline.days)
    months = np.append(timeline.month_starts(), days)
    start, length = months[:-1], np.diff(months)
    n = len(st)
    account = np.repeat(np.arange(n), len(start))
    month = np.tile(np.arange(len(start)), n)
    middle = start[month] + length[month] / 2
    customer = (st.customer_from[account] <= middle) & (middle < st.customer_until[account])
    fade = st.declining(middle, account)
    intent = profile.at(profile.intent, account, middle)
    rate = np.where(customer, MONTHLY_QUESTIONS[st.tier[account]] * (1.0 + 1.5 * fade), 0.25 * intent)
    rate *= length[month] / 30.4
    rows = np.repeat(np.arange(len(account)), rng.poisson(rate))
    account, month, fade = account[rows], month[rows], fade[rows]
    utc = accounts["utc_offset_h"].to_numpy()[account]
    asked = start[month] + np.floor(rng.random(len(rows)) * length[month]) + working_hours(
        rng, len(rows), utc)
    quiet = st.quiet_day[account]
    keep = (asked < days) & ~(asked >= quiet)
    account, asked, fade = account[keep], asked[keep], fade[keep]
    k = len(account)
    # Median answer time: about 4 hours for a healthy account, about 3 days for a fading one.
    hours = rng.lognormal(np.log(4.0) + fade * np.log(18.0), 0.9, k)
    answered = asked + hours / 24.0
    answered = np.where((answered >= days) | (rng.random(k) < 0.03), np.nan, answered)
    contact = committee.pick(account, asked, np.full(k, 0.3), rng)
    return pd.DataFrame({
        "account": account, "contact": contact,
        "channel": pick(rng, QUESTION_CHANNELS, k, QUESTION_CHANNEL_WEIGHTS),
        "asked": asked, "answered": answered,
    }).sort_values("asked", kind="stable").reset_index(drop=True)


def build_notes(
    st: Stories, accounts: pd.DataFrame, timeline: Timeline, rng: np.random.Generator
) -> pd.DataFrame:
    days = float(timeline.days)
    n = len(st)
    has = rng.random(n) < NOTE_SHARE[st.tier]
    account = np.repeat(np.flatnonzero(has), rng.integers(1, 4, has.sum()))
    k = len(account)
    story = st.story[account]
    topic = np.select(
        [np.isin(story, ("churned", "at_risk")), np.isin(story, ("won", "lost", "open", "expanding")),
         story == "steady"],
        ["risk", "pipeline", "customer"],
        "nurture",
    )
    created = np.floor(rng.uniform(days - 200, days - 1, k)) + rng.uniform(0.35, 0.75, k)
    # A churner's notes were written while it was still a customer.
    churn = st.churn_day[account]
    created = np.where(created >= churn, churn - rng.uniform(5, 60, k), created)
    text = np.empty(k, dtype=object)
    pick_ = rng.integers(0, 1_000, k)
    for name, options in P.NOTES.items():
        rows = topic == name
        text[rows] = np.asarray(options, dtype=object)[pick_[rows] % len(options)]
    due = np.floor(created + rng.uniform(5, 40, k))
    due = np.where(rng.random(k) < 0.15, np.nan, due)
    done = (due < days) & (rng.random(k) < 0.75)
    return pd.DataFrame({
        "account": account, "author": accounts["owner"].to_numpy(dtype=object)[account],
        "created": created, "text": text, "due": due, "done": done,
    }).sort_values("created", kind="stable").reset_index(drop=True)
