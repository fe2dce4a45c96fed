"""Engagement points (SPEC §5): points per touch × role × tier multipliers, 30-day half-life.

Shared by the lead score (MQLs, SPEC §4), the journey stages (§5) and the health model's
engagement and momentum components (§6). Meetings count as touches too: a booked meeting
at its booking time, a held demo at the time it was held.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.frames import PortfolioFrames
from domain.settings import WorkspaceSettings

POINT_COLUMNS = ("account_id", "contact_id", "occurred_at", "kind", "points")


def touch_points(
    frames: PortfolioFrames, settings: WorkspaceSettings, contacts_only: bool = False
) -> pd.DataFrame:
    """Every scored touch with its undecayed points (multipliers applied).

    Columns: account_id, contact_id (may be NaN), occurred_at, kind, points. Touches worth
    zero points are dropped, so an email open never makes an account look engaged. With
    ``contacts_only``, only the touches of a contact (what the lead score reads).
    """
    points = settings.points
    events = frames.events
    # Rows that cannot score are left out before the frame is built: copying a million
    # events to drop a third of them was most of the cost.
    worth = events["kind"].map(points).astype("float64")
    keep = worth.fillna(0).to_numpy() > 0
    if contacts_only:
        keep &= pd.to_numeric(events["contact_id"], errors="coerce").notna().to_numpy()
    ev = pd.DataFrame(
        {
            "account_id": events["account_id"][keep],
            "contact_id": events["contact_id"][keep],
            "occurred_at": events["occurred_at"][keep],
            "kind": events["kind"][keep],
            "points": worth[keep],
        }
    )
    meetings = frames.meetings
    demos = (meetings["kind"] == "demo") & (meetings["status"] == "held")
    # Which parts had rows before any was left out (see ``parts`` below).
    had = (len(events), len(meetings), int(demos.sum()))
    if contacts_only:
        meetings = meetings[pd.to_numeric(meetings["contact_id"], errors="coerce").notna()]
    booked = pd.DataFrame(
        {
            "account_id": meetings["account_id"],
            "contact_id": meetings["contact_id"],
            "occurred_at": meetings["booked_at"],
            "kind": "meeting_booked",
            "points": float(points.get("meeting_booked", 0)),
        }
    )
    held_demo = meetings[(meetings["kind"] == "demo") & (meetings["status"] == "held")]
    held = pd.DataFrame(
        {
            "account_id": held_demo["account_id"],
            "contact_id": held_demo["contact_id"],
            "occurred_at": held_demo["scheduled_for"].fillna(held_demo["booked_at"]),
            "kind": "demo_held",
            "points": float(points.get("demo_held", 0)),
        }
    )
    # A part is kept when its source had rows, even if none of them scores, so the
    # columns' types do not depend on which rows score.
    parts = [p for p, rows in zip((ev, booked, held), had, strict=True) if rows]
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype="float64") for c in POINT_COLUMNS}).assign(
            occurred_at=pd.Series(dtype="datetime64[ns]"), kind=pd.Series(dtype="object")
        )
    # Each part's unscored rows dropped before joining them: about half the events score
    # nothing, and joining them first copied a million rows twice. The events were chosen
    # above already, so a part that scores throughout is joined as it is.
    touches = pd.concat([p if (p["points"].fillna(0).to_numpy() > 0).all()
                         else p[p["points"].fillna(0).to_numpy() > 0] for p in parts],
                        ignore_index=True)
    touches["points"] *= _role_multiplier(touches, frames, settings)
    touches["points"] *= _tier_multiplier(touches, frames, settings)
    touches["account_id"] = touches["account_id"].astype("int64")
    touches["contact_id"] = pd.to_numeric(touches["contact_id"], errors="coerce")
    return touches.reset_index(drop=True)


def _lookup(keys: pd.Series, ids: pd.Series, values: np.ndarray) -> np.ndarray:
    """values[position of each key in ids], 1.0 where the key is missing or unknown.

    Positional lookups on integer arrays: mapping a million touches through text labels
    was the slowest step of scoring.
    """
    id_values = pd.to_numeric(ids, errors="coerce").astype("float64").to_numpy()
    key_values = pd.to_numeric(keys, errors="coerce").astype("float64").to_numpy()
    positions = _dense_positions(key_values, id_values)
    if positions is None:
        positions = pd.Index(id_values).get_indexer(key_values)
    out = np.ones(len(keys), dtype="float64")
    found = positions >= 0
    out[found] = values[positions[found]]
    return out


def _dense_positions(keys: np.ndarray, ids: np.ndarray) -> np.ndarray | None:
    """``pd.Index(ids).get_indexer(keys)`` through a table indexed by id, for ids that are
    distinct small whole numbers (as a workspace's are): no hashing of every touch. None
    for any other ids."""
    if len(ids) == 0 or np.isnan(ids).any() or ids.min() < 0 or not np.all(ids == np.floor(ids)):
        return None
    high = int(ids.max())
    if high > 8 * (len(ids) + len(keys)) + 1_000_000:
        return None
    table = np.full(high + 1, -1, dtype="intp")
    table[ids.astype("int64")] = np.arange(len(ids))
    if int((table >= 0).sum()) != len(ids):  # an id twice: the index would refuse it
        return None
    inside = (keys >= 0) & (keys <= high) & (keys == np.floor(keys))
    positions = table[np.where(inside, keys, 0).astype("int64")]
    return np.where(inside, positions, -1)


def _role_multiplier(
    touches: pd.DataFrame, frames: PortfolioFrames, settings: WorkspaceSettings
) -> np.ndarray:
    contacts = frames.contacts
    per_contact = (
        contacts["buying_role"].astype("object").map(settings.role_multipliers).fillna(1.0)
    )
    return _lookup(touches["contact_id"], contacts["id"], per_contact.to_numpy("float64"))


def _tier_multiplier(
    touches: pd.DataFrame, frames: PortfolioFrames, settings: WorkspaceSettings
) -> np.ndarray:
    accounts = frames.accounts
    multipliers = {int(k): float(v) for k, v in settings.tier_multipliers.items()}
    per_account = pd.to_numeric(accounts["tier"], errors="coerce").map(multipliers).fillna(1.0)
    return _lookup(touches["account_id"], accounts["id"], per_account.to_numpy("float64"))


def decayed_points(
    touches: pd.DataFrame,
    as_of: pd.Timestamp,
    half_life_days: float,
    window_days: float | None = None,
    by: str = "account_id",
) -> pd.Series:
    """Σ points × 0.5^(age / half-life) per ``by`` key for touches before ``as_of``.

    Touches at or after ``as_of`` are ignored (as-of correctness); with ``window_days`` only
    touches in [as_of − window, as_of) count. Keys with no touches are absent.
    """
    as_of = pd.Timestamp(as_of)
    mask = touches["occurred_at"] < as_of
    if window_days is not None:
        mask &= touches["occurred_at"] >= as_of - pd.Timedelta(days=window_days)
    recent = touches.loc[mask, [by, "occurred_at", "points"]]
    age_days = (as_of - recent["occurred_at"]).dt.total_seconds().to_numpy() / 86400.0
    weighted = recent["points"].to_numpy() * np.power(0.5, age_days / half_life_days)
    return pd.Series(weighted, index=recent[by].to_numpy()).groupby(level=0).sum()
