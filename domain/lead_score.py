"""The engagement lead score of a contact and when it made the contact an MQL (SPEC §4, §5).

The score is a contact's engagement points (``domain.engagement``: points per touch kind ×
role × tier multipliers) decayed with the half-life setting, with no window: old touches
fade on their own. A contact becomes a marketing-qualified lead at the CRM's ``mql_at``
when the CRM gives one; otherwise at the first moment its score reached the
``mql_threshold`` setting (agreed by sales and marketing, seed 004).

The crossing moment is found without a loop over contacts: with ``w = 2^(t / half-life)``
the decayed score right after touch *i* is ``2^(-t_i / h) · Σ_{j ≤ i} p_j · 2^(t_j / h)``,
a cumulative sum per contact. Times are measured from each contact's first touch so the
powers stay far from overflow for centuries of history.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.engagement import decayed_points, touch_points
from domain.frames import PortfolioFrames
from domain.ordering import stable_order
from domain.settings import WorkspaceSettings

NS_PER_DAY = 86_400 * 1_000_000_000


def contact_touches(frames: PortfolioFrames, settings: WorkspaceSettings) -> pd.DataFrame:
    """Scored touches that belong to a contact (account-only touches cannot make an MQL)."""
    return touch_points(frames, settings, contacts_only=True)


def scores_at(
    touches: pd.DataFrame, as_of: pd.Timestamp, settings: WorkspaceSettings
) -> pd.Series:
    """Each contact's lead score just before ``as_of`` (contacts with no touch are absent)."""
    return decayed_points(touches, as_of, settings.half_life_days, by="contact_id")


def score_crossings(touches: pd.DataFrame, threshold: float, half_life_days: float) -> pd.Series:
    """contact_id -> the first time its decayed score reached ``threshold``.

    Contacts that never reached it are absent. A threshold of 0 or less is reached at the
    first touch.
    """
    if touches.empty:
        return pd.Series(dtype="datetime64[ns]", name="crossed_at")
    contacts = touches["contact_id"].to_numpy(dtype="float64")
    times = touches["occurred_at"].to_numpy(dtype="datetime64[ns]").astype("int64")
    points = touches["points"].to_numpy(dtype="float64")
    # By contact, then time, then row (what ``np.lexsort((times, contacts))`` gives):
    # two quick sorts instead of a merge sort over both keys.
    by_time = np.argsort(times, kind="stable")
    order = by_time[stable_order(contacts[by_time])]
    contacts, times, points = contacts[order], times[order], points[order]
    starts = np.flatnonzero(np.r_[True, contacts[1:] != contacts[:-1]])
    seg = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(contacts)]))
    first_time = times[starts][seg]
    half_lives = (times - first_time) / (NS_PER_DAY * half_life_days)
    growth = np.exp2(half_lives)
    cum = np.cumsum(points * growth)
    # Turn the running total into one per contact by subtracting what came before it.
    offsets = np.r_[0.0, cum[starts[1:] - 1]]
    score = (cum - offsets[seg]) / growth
    # A relative tolerance keeps exact hand-made thresholds (e.g. 60 = 50 + 10) from being
    # missed by the last bit of floating-point rounding.
    reached = score >= threshold * (1 - 1e-12)
    if not reached.any():
        return pd.Series(dtype="datetime64[ns]", name="crossed_at")
    hit_seg = seg[reached]
    first_hit = np.r_[True, hit_seg[1:] != hit_seg[:-1]]
    idx = np.flatnonzero(reached)[first_hit]
    return pd.Series(
        times[idx].astype("datetime64[ns]"),
        index=pd.Index(contacts[idx].astype("int64"), name="contact_id"),
        name="crossed_at",
    )


def mql_times(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    touches: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """When each contact became an MQL, and on whose word.

    Columns: contact_id, account_id, mql_at, source ("crm" or "score"). Contacts that are
    not MQLs (no CRM date, score never reached the threshold) are absent.
    """
    contacts = frames.contacts
    crm = contacts.loc[contacts["mql_at"].notna(), ["id", "account_id", "mql_at"]]
    crm = crm.rename(columns={"id": "contact_id"}).assign(source="crm")
    if touches is None:
        touches = contact_touches(frames, settings)
    without = contacts.loc[contacts["mql_at"].isna(), ["id", "account_id"]]
    # Only the columns the crossing reads: copying the touches' text column was slow.
    eligible = touches.loc[touches["contact_id"].isin(without["id"]),
                           ["contact_id", "occurred_at", "points"]]
    crossed = score_crossings(eligible, settings.mql_threshold, settings.half_life_days)
    scored = pd.DataFrame(
        {
            "contact_id": crossed.index.to_numpy(dtype="int64"),
            "mql_at": crossed.to_numpy(),
            "source": "score",
        }
    )
    account_of = pd.Series(without["account_id"].to_numpy(), index=without["id"].to_numpy())
    scored["account_id"] = account_of.reindex(scored["contact_id"].to_numpy()).to_numpy()
    out = pd.concat([crm, scored[crm.columns]], ignore_index=True)
    out["contact_id"] = out["contact_id"].astype("int64")
    out["mql_at"] = out["mql_at"].astype("datetime64[ns]")
    return out
