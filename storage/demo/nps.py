"""NPS responses: quarterly relationship surveys of customers and an onboarding survey
after a win, scored the way the account behaves.

A customer fading towards churn answers as a detractor more and more often, an expanding
customer as a promoter; a steady customer in a dip turns passive. Comments are written
in the account's language about two times in three (Japanese, Chinese, Polish, German,
Spanish), else in English, and always agree with the score's band.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from storage.demo import phrases as P
from storage.demo.contacts import Committee
from storage.demo.sampling import working_hours
from storage.demo.stories import Stories
from storage.demo.timeline import Timeline

WAVE_EVERY = 91.0
FIRST_WAVE = 30.0
ASKED = np.array([0, 5, 4, 3])  # contacts asked per account, by tier
RESPONSE_RATE = 0.35
DETRACTOR_SCORES = (np.arange(0, 7), np.array([1, 1, 2, 3, 5, 7, 9], dtype=float))


def build_nps(
    st: Stories, accounts: pd.DataFrame, committee: Committee, timeline: Timeline,
    rng: np.random.Generator,
) -> pd.DataFrame:
    days = float(timeline.days)
    n = len(st)
    waves = np.arange(FIRST_WAVE, days, WAVE_EVERY)
    # (account, wave) pairs where the account is a customer on the survey day.
    account = np.repeat(np.arange(n), len(waves))
    sent = np.tile(waves, n)
    active = (st.customer_from[account] <= sent) & (sent < st.customer_until[account])
    account, sent = account[active], sent[active]
    survey = np.full(len(account), P.SURVEYS[0], dtype=object)
    # Onboarding survey two months after a win.
    won = np.flatnonzero(st.has("won") & (st.sub_start + 60 < days))
    account = np.concatenate([account, won])
    sent = np.concatenate([sent, st.sub_start[won] + 60])
    survey = np.concatenate([survey, np.full(len(won), P.SURVEYS[1], dtype=object)])

    asked = ASKED[st.tier[account]]
    responses = rng.binomial(asked, RESPONSE_RATE)
    rows = np.repeat(np.arange(len(account)), responses)
    account, survey = account[rows], survey[rows]
    utc = accounts["utc_offset_h"].to_numpy()[account]
    day = sent[rows] + np.floor(rng.exponential(3.0, len(rows)).clip(0, 20)) + working_hours(
        rng, len(rows), utc)
    contact = committee.pick(account, day, np.full(len(rows), 0.5), rng)
    frame = pd.DataFrame({"account": account, "contact": contact, "day": day, "survey": survey,
                          "wave": rows})
    frame = frame[(frame["day"] < days) & (frame["contact"] >= 0)]
    frame = frame.drop_duplicates(["contact", "wave"])
    account = frame["account"].to_numpy()
    day = frame["day"].to_numpy()
    band = _bands(st, account, day, frame["survey"].to_numpy(), rng)
    score = _scores(band, rng)
    comment = _comments(band, accounts["locale"].to_numpy()[account], rng)
    label = _survey_labels(timeline, day, frame["survey"].to_numpy())
    return pd.DataFrame({"account": account, "contact": frame["contact"].to_numpy(), "score": score,
                         "comment": comment, "day": day, "survey": label}).sort_values(
        "day", kind="stable").reset_index(drop=True)


def _bands(st: Stories, account: np.ndarray, day: np.ndarray, survey: np.ndarray,
           rng: np.random.Generator) -> np.ndarray:
    """0 detractor, 1 passive, 2 promoter, from the account's state on the day."""
    fade = st.declining(day, account)
    # Dissatisfaction shows early in a fade: a third of the way in, most answers are 0-6.
    p_detractor = 0.08 + 0.8 * fade**0.6
    p_promoter = 0.62 * (1.0 - fade) ** 1.5
    expanding = st.has("expanding")[account] | (survey == P.SURVEYS[1])
    p_promoter = np.where(expanding, np.minimum(p_promoter + 0.2, 0.85), p_promoter)
    dip = (day >= st.dip_day[account]) & (day < (st.dip_day + st.dip_len)[account])
    p_detractor = np.where(dip, 0.3, p_detractor)
    p_promoter = np.where(dip, 0.2, p_promoter)
    u = rng.random(len(account))
    return np.where(u < p_detractor, 0, np.where(u < p_detractor + p_promoter, 2, 1))


def _scores(band: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    values, weights = DETRACTOR_SCORES
    detractor = rng.choice(values, size=len(band), p=weights / weights.sum())
    passive = rng.integers(7, 9, len(band))
    promoter = np.where(rng.random(len(band)) < 0.55, 9, 10)
    return np.select([band == 0, band == 1], [detractor, passive], promoter).astype(np.int64)


def _comments(band: np.ndarray, locale: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    n = len(band)
    local = np.isin(locale, list(P.COMMENTS)) & (rng.random(n) < 0.65)
    language = np.where(local, locale, "en")
    has = rng.random(n) < np.where(band == 1, 0.3, 0.5)  # passives say least
    out = np.full(n, None, dtype=object)
    pick = rng.integers(0, 1_000, n)
    for lang, by_band in P.COMMENTS.items():
        for b, options in enumerate(by_band):
            rows = has & (language == lang) & (band == b)
            out[rows] = np.asarray(options, dtype=object)[pick[rows] % len(options)]
    return out


def _survey_labels(timeline: Timeline, day: np.ndarray, survey: np.ndarray) -> np.ndarray:
    """"Relationship NPS 2026-Q2": the survey's name and the quarter it ran in."""
    stamps = pd.Timestamp(timeline.start) + pd.to_timedelta(np.floor(day), unit="D")
    quarter = (stamps.year.astype(str) + "-Q" + stamps.quarter.astype(str)).to_numpy(dtype=object)
    return np.where(survey == P.SURVEYS[0], survey + " " + quarter, survey)
