"""The CRM's lead fields, derived from what each contact did: unsubscribe date, MQL and
SQL dates, and the CRM's own lead score for some contacts.

Only about half of the contacts who filled in a form carry an ``mql_at`` from the CRM:
the rest are left empty on purpose so the app's own engagement lead score decides when
they became MQLs (SPEC §4, seed 004). Opportunities also get their source campaign here:
the account's last campaign touch before the opportunity was created.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.settings import DEFAULT_POINTS
from storage.demo.contacts import Committee
from storage.demo.event_parts import CODE, KINDS
from storage.demo.timeline import Timeline

CRM_MQL_SHARE = 0.5
CRM_SCORE_SHARE = 0.4
SOURCE_SHARE = 0.6
KEY_SPAN = 4096.0


def fill_lead_fields(
    contacts: pd.DataFrame,
    committee: Committee,
    events: pd.DataFrame,
    opportunities: pd.DataFrame,
    timeline: Timeline,
    rng: np.random.Generator,
) -> pd.DataFrame:
    n = len(contacts)
    kind = events["kind"].to_numpy()
    who = events["contact"].to_numpy()
    day = events["day"].to_numpy()
    known = who >= 0

    def first(code: int) -> np.ndarray:
        out = np.full(n, np.inf)
        rows = known & (kind == code)
        np.minimum.at(out, who[rows], day[rows])
        return np.where(np.isinf(out), np.nan, out)

    unsubscribed = first(CODE["email_unsubscribe"])
    filled = first(CODE["form_fill"])
    mql = np.where(rng.random(n) < CRM_MQL_SHARE, filled + rng.uniform(0.001, 0.08, n), np.nan)

    sql = np.full(n, np.nan)
    nb = opportunities[opportunities["type"] == "new_business"]
    for _ in range(2):  # one or two people per opportunity were accepted by sales
        chosen = committee.pick(nb["account"].to_numpy(), nb["created"].to_numpy(),
                                np.full(len(nb), 0.9), rng)
        when = nb["created"].to_numpy() - rng.uniform(0.0, 5.0, len(nb))
        ok = chosen >= 0
        np.fmin.at(sql, chosen[ok], np.maximum(when[ok], committee.join[chosen[ok]]))
    # An MQL comes before its SQL; a CRM that says otherwise is left to the app's score.
    mql = np.where(mql > sql, np.nan, mql)

    points = np.array([DEFAULT_POINTS.get(k, 0.0) for k in KINDS])[kind]
    recent = known & (day >= timeline.days - 90)
    total = np.bincount(who[recent], weights=points[recent], minlength=n)
    score = np.clip(np.round(12.0 * np.log1p(total) + rng.normal(0, 6, n)), 0, 100)
    score = np.where(rng.random(n) < CRM_SCORE_SHARE, score, np.nan)
    return contacts.assign(
        unsubscribed_at=unsubscribed, mql_at=mql, sql_at=sql, lead_score=score
    )


def source_campaigns(
    opportunities: pd.DataFrame, events: pd.DataFrame, rng: np.random.Generator
) -> np.ndarray:
    """Campaign id of the account's last campaign touch before each new-business or
    expansion opportunity (for most of them; renewals have no source)."""
    touched = events[events["campaign_id"].notna()]
    keys = touched["account"].to_numpy() * KEY_SPAN + touched["day"].to_numpy()
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    touch_account = touched["account"].to_numpy()[order]
    touch_campaign = touched["campaign_id"].to_numpy()[order]
    account = opportunities["account"].to_numpy()
    before = np.searchsorted(keys, account * KEY_SPAN + opportunities["created"].to_numpy()) - 1
    safe = np.clip(before, 0, max(len(keys) - 1, 0))
    ok = (before >= 0) & (len(keys) > 0)
    if len(keys):
        ok &= touch_account[safe] == account
    ok &= opportunities["type"].isin(("new_business", "expansion")).to_numpy()
    ok &= rng.random(len(account)) < SOURCE_SHARE
    return np.where(ok, touch_campaign[safe] if len(keys) else np.nan, np.nan)
