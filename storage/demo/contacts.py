"""Buying committees: 3-12 contacts per account, with roles, titles, e-mails and join days.

Contacts are sorted by (account, day they became a lead), which lets ``Committee.pick``
find, for any account and moment, the people already known then: a touch is never
attributed to someone who is not a lead yet. The CRM fields that depend on behaviour
(lead score, MQL, SQL, unsubscribe) are filled in later by ``storage.demo.leads``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from storage.demo import names as N
from storage.demo import phrases as P
from storage.demo.sampling import pick, uniform_between
from storage.demo.stories import CUSTOMER_STORIES, Stories
from storage.demo.timeline import Timeline

SIZES = {1: (7, 13), 2: (4, 10), 3: (3, 7)}  # [low, high) committee size per tier
OTHER_ROLE_WEIGHTS = (0.08, 0.07, 0.30, 0.30, 0.07, 0.18)  # order of phrases.ROLES
SENIOR_ROLES = ("decision_maker", "champion")
KEY_SPAN = 8192.0  # join days live in (-4096, 4096): account * span + day sorts both


@dataclass
class Committee:
    """The contacts as arrays the generators can search (position = contact id - 1)."""

    account: np.ndarray  # account index (id - 1)
    join: np.ndarray  # day the contact became a lead
    senior: np.ndarray  # decision maker or champion
    start: np.ndarray  # per account: position of its first contact
    keys: np.ndarray

    def pick(
        self,
        account: np.ndarray,
        day: np.ndarray,
        p_senior: np.ndarray,
        rng: np.random.Generator,
    ) -> np.ndarray:
        """One contact position per (account, day), known by then; -1 when nobody is.

        Senior people are preferred with probability ``p_senior``: of three random
        candidates the first with the wanted seniority wins (else the first).
        """
        known = np.searchsorted(self.keys, account * KEY_SPAN + day, side="right")
        known = known - self.start[account]
        first = self.start[account]
        candidates = first[:, None] + np.floor(
            rng.random((len(account), 3)) * np.maximum(known, 1)[:, None]
        ).astype(np.int64)
        want = (rng.random(len(account)) < p_senior)[:, None]
        match = self.senior[candidates] == want
        chosen = candidates[np.arange(len(account)), np.argmax(match, axis=1)]
        return np.where(known > 0, chosen, -1)


def build_contacts(
    st: Stories, accounts: pd.DataFrame, timeline: Timeline, rng: np.random.Generator
) -> tuple[pd.DataFrame, Committee]:
    n_accounts = len(st)
    days = float(timeline.days)
    low = np.array([SIZES[t][0] for t in (1, 2, 3)])[st.tier - 1]
    high = np.array([SIZES[t][1] for t in (1, 2, 3)])[st.tier - 1]
    size = rng.integers(low, high)
    account = np.repeat(np.arange(n_accounts), size)
    position = np.arange(len(account)) - np.repeat(np.cumsum(size) - size, size)
    n = len(account)

    roles = np.asarray(P.ROLES, dtype=object)
    role = pick(rng, P.ROLES, n, OTHER_ROLE_WEIGHTS)
    role = np.where(position == 0, roles[0], np.where(position == 1, roles[1], role))
    join = _join_days(st, account, position, days, rng)

    order = np.lexsort((join, account))
    account, role, join = account[order], role[order], join[order]
    locale = accounts["locale"].to_numpy()[account]
    name, local_part = _person_names(locale, rng)
    domain = accounts["domain"].to_numpy()[account]
    email = pd.Series(local_part + "@" + domain)
    repeat = email.groupby(email).cumcount().to_numpy()
    local_part = np.where(repeat > 0, local_part + repeat.astype(str), local_part)
    title = np.empty(n, dtype=object)
    for r in P.ROLES:
        rows = np.flatnonzero(role == r)
        title[rows] = pick(rng, P.TITLES[r], len(rows))

    frame = pd.DataFrame(
        {
            "id": np.arange(1, n + 1),
            "external_id": "CON-" + pd.Series(np.arange(1, n + 1)).astype(str).str.zfill(7),
            "account_id": account + 1,
            "name": name,
            "email": local_part + "@" + domain,
            "title": title,
            "buying_role": role,
            "lead_source": pick(rng, P.LEAD_SOURCES, n, P.LEAD_SOURCE_WEIGHTS),
            "created_at": join,
            "lead_score": np.nan,
            "mql_at": np.nan,
            "sql_at": np.nan,
            "unsubscribed_at": np.nan,
        }
    )
    start = np.searchsorted(account, np.arange(n_accounts))
    committee = Committee(
        account=account,
        join=join,
        senior=np.isin(role, SENIOR_ROLES),
        start=start,
        keys=account * KEY_SPAN + join,
    )
    return frame, committee


def _join_days(
    st: Stories, account: np.ndarray, position: np.ndarray, days: float, rng: np.random.Generator
) -> np.ndarray:
    """The day each contact became a lead, consistent with its account's story."""
    n = len(account)
    story = st.story[account]
    core = position < 2  # the decision maker and the champion are known early
    before = -rng.uniform(1, 800, n)
    anytime = rng.uniform(0, days - 1, n)
    customer = np.isin(story, CUSTOMER_STORIES)
    join = np.where(rng.random(n) < np.where(customer, 0.75, 0.45), before, anytime)
    # Existing customers knew their core people before they signed.
    signed = st.sub_start[account]
    join = np.where(customer & core, np.fmin(before, signed - rng.uniform(20, 200, n)), join)
    # Prospects with an opportunity or a warm spell meet new people while warming up.
    peak_day = np.fmax(st.opp_day, st.warm_day)[account]
    ramp = st.ramp_len[account]
    around = uniform_between(rng, peak_day - ramp - 40, peak_day + 30)
    warming = ~np.isnan(peak_day)
    join = np.where(warming & ~core & (rng.random(n) < 0.6), np.clip(around, 0, days - 1), join)
    join = np.where(warming & core, uniform_between(rng, before, peak_day - ramp - 10), join)
    # Quiet prospects: nobody new after they went silent.
    quiet = st.quiet_day[account]
    join = np.where(~np.isnan(quiet), np.fmin(join, quiet - rng.uniform(20, 200, n)), join)
    hours = rng.uniform(0.3, 0.75, n)
    return np.floor(join) + hours


def _person_names(locale: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Names in the contact's script and an ASCII local part for the e-mail address."""
    n = len(locale)
    name = np.empty(n, dtype=object)
    local = np.empty(n, dtype=object)
    female = rng.random(n) < 0.45
    for loc in np.unique(locale):
        rows = np.flatnonzero(locale == loc)
        k = len(rows)
        if loc in ("ja", "zh"):
            family_pairs, given_pairs = (
                (N.JA_FAMILY, N.JA_GIVEN) if loc == "ja" else (N.ZH_FAMILY, N.ZH_GIVEN)
            )
            fam = rng.integers(0, len(family_pairs), k)
            giv = rng.integers(0, len(given_pairs), k)
            f_script = np.asarray([p[0] for p in family_pairs], dtype=object)[fam]
            g_script = np.asarray([p[0] for p in given_pairs], dtype=object)[giv]
            f_ascii = np.asarray([p[1] for p in family_pairs], dtype=object)[fam]
            g_ascii = np.asarray([p[1] for p in given_pairs], dtype=object)[giv]
            # Japanese writes "family given" with a space, Chinese without one.
            name[rows] = f_script + (" " if loc == "ja" else "") + g_script
            local[rows] = g_ascii + "." + f_ascii
            continue
        given_f, given_m, family_f, family_m = N.PEOPLE[loc]
        family_m = family_m or family_f
        fem = female[rows]
        given = np.where(fem, pick(rng, given_f, k), pick(rng, given_m, k))
        family = np.where(fem, pick(rng, family_f, k), pick(rng, family_m, k))
        name[rows] = given + " " + family
        ascii_ = pd.Series(given + "." + family).str.translate(N.TRANSLIT).str.lower()
        local[rows] = ascii_.to_numpy(dtype=object)
    return name, local
