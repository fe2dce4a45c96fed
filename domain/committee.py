"""The buying committee of one account: who they are, how engaged, and who is missing.

One definition for the account page, its committee tab, the health drivers and the account
PDF (README, "One truth"):

- a **scored touch** is a touch worth engagement points (``domain.engagement``: an event
  kind with points, a meeting booked, a demo held), the health model's own stream;
- a contact is **engaged** when they have at least one scored touch in the health window
  (90 days by default) before the as-of instant;
- **last touch** is the latest scored touch at or before the as-of day (a send, a bounce
  or an open worth no points is not a touch of the contact).

"Missing" names the roles a deal needs (a decision maker, a champion) that are unknown or
without a scored touch in the window, as ``Gap`` ids with facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from domain.engagement import decayed_points
from domain.frames import PortfolioFrames
from domain.settings import WorkspaceSettings

# The buying roles' ids, most important first (``desktop.shared.wording.roles`` words them).
ROLES: tuple[str, ...] = ("decision_maker", "champion", "influencer", "user", "blocker", "unknown")
ROLE_ORDER: dict[str, int] = {r: i for i, r in enumerate(ROLES)}
KEY_ROLES: tuple[str, ...] = ("decision_maker", "champion")
COMMITTEE_COLUMNS = ("id", "name", "title", "role", "email", "last_touch",
                     "touches", "points", "mql_at", "unsubscribed_at")


def committee_table(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    as_of: date,
    window_days: int,
    touches: pd.DataFrame,
) -> pd.DataFrame:
    """One row per contact: role, last scored touch, scored touches and points in the window.

    ``touches`` are this account's rows of the health engine's scored touches
    (``Activity.touches``, with their points), so "engaged" and "last touch" here mean what
    they mean in the score and its drivers.
    """
    contacts = frames.contacts
    if contacts.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COMMITTEE_COLUMNS})
    instant = pd.Timestamp(as_of).normalize() + pd.Timedelta(days=1)
    start = instant - pd.Timedelta(days=window_days)
    ids = pd.to_numeric(contacts["id"]).astype("int64")
    # A handful of contacts and a few thousand touches: numpy scatter, not pandas groupby.
    slot = {int(c): i for i, c in enumerate(ids.to_numpy())}
    n = len(slot)
    last = np.full(n, np.iinfo("int64").min, dtype="int64")
    who, when = _contact_slots(touches, slot, instant.value)
    np.maximum.at(last, who, when)
    count = np.zeros(n, dtype="int64")
    np.add.at(count, who[when >= start.value], 1)
    scored = touches[touches["contact_id"].notna() & (touches["occurred_at"] < instant)]
    scored = scored.assign(contact_id=scored["contact_id"].astype("int64"))
    points = decayed_points(scored, instant, settings.half_life_days, window_days, by="contact_id")
    role = contacts["buying_role"].astype("object").fillna("unknown")
    out = pd.DataFrame({
        "id": ids.to_numpy(),
        "name": contacts["name"].to_numpy(),
        "title": contacts["title"].to_numpy(),
        "role": role.to_numpy(),
        "email": contacts["email"].to_numpy(),
        "last_touch": np.where(last == np.iinfo("int64").min, np.iinfo("int64").min, last).view("datetime64[ns]"),
        "touches": count,
        "points": points.reindex(ids).fillna(0.0).to_numpy(dtype="float64"),
        "mql_at": contacts["mql_at"].to_numpy(),
        "unsubscribed_at": contacts["unsubscribed_at"].to_numpy(),
    })
    order = np.lexsort((-out["points"].to_numpy(), out["role"].map(ROLE_ORDER).fillna(99).to_numpy()))
    return out.iloc[order].reset_index(drop=True)


def _contact_slots(stream: pd.DataFrame, slot: dict[int, int], before: int) -> tuple[np.ndarray, np.ndarray]:
    """(row in the committee, time in ns) of the stream's touches by known contacts before ``before``."""
    contact = stream["contact_id"].to_numpy(dtype="float64", na_value=np.nan)
    t = stream["occurred_at"].to_numpy("datetime64[ns]").view("int64")
    keep = ~np.isnan(contact) & (t < before)
    rows = np.array([slot.get(int(c), -1) for c in contact[keep]], dtype="int64")
    known = rows >= 0
    return rows[known], t[keep][known]


@dataclass(frozen=True)
class Gap:
    """Who is missing from the committee, as an id and facts (words:
    ``desktop.shared.wording.committee``)."""

    kind: str  # one of GAP_KINDS
    facts: dict[str, Any] = field(default_factory=dict)


# Every kind of gap and its facts.
GAP_KINDS: dict[str, tuple[str, ...]] = {
    "no_contacts": (),  # nobody known at the account
    "role_unknown": ("role",),  # no decision maker (or champion) known
    "role_not_engaged": ("role", "window_days", "last_touch"),  # last_touch: a date or None
    "nobody_engaged": ("window_days",),
    "partly_engaged": ("engaged", "known", "window_days"),
}


def committee_gaps(committee: pd.DataFrame, window_days: int, facts: dict | None = None) -> list[Gap]:
    """Who is missing from the committee, most serious first.

    ``facts`` are the health engine's facts for the account (dm_known, dm_engaged,
    champions_known, champions_engaged, contacts_known, contacts_engaged, last_dm_touch_at),
    so this tab and the score's drivers agree; without them the table is counted.
    """
    if committee.empty:
        return [Gap("no_contacts")]
    counts: dict[str, float] = {}
    for role, key in (("decision_maker", "dm"), ("champion", "champions")):
        people = committee[committee["role"] == role]
        counts[f"{key}_known"] = len(people)
        counts[f"{key}_engaged"] = int((people["touches"] > 0).sum())
    counts["contacts_known"] = len(committee)
    counts["contacts_engaged"] = int((committee["touches"] > 0).sum())
    if facts:
        counts.update({k: facts[k] for k in counts if k in facts and pd.notna(facts[k])})
    gaps: list[Gap] = []
    for role, key in (("decision_maker", "dm"), ("champion", "champions")):
        people = committee[committee["role"] == role]
        if not counts[f"{key}_known"]:
            gaps.append(Gap("role_unknown", {"role": role}))
        elif not counts[f"{key}_engaged"]:
            last = people["last_touch"].max() if len(people) else pd.NaT
            gaps.append(Gap("role_not_engaged", {
                "role": role, "window_days": window_days,
                "last_touch": pd.Timestamp(last).date() if pd.notna(last) else None}))
    engaged, known = int(counts["contacts_engaged"]), int(counts["contacts_known"])
    if engaged == 0:
        gaps.append(Gap("nobody_engaged", {"window_days": window_days}))
    elif engaged < known:
        gaps.append(Gap("partly_engaged", {"engaged": engaged, "known": known,
                                           "window_days": window_days}))
    return gaps
