"""Dated account activity, prepared once and sliced by time for every as-of date.

The journey stages and every health component read the same few streams: scored touches
(``domain.engagement.touch_points``), all account-driven touches (an email open is a touch
even though it scores 0 points), high-intent actions, held demos and MQL times. ``Activity``
builds them once, sorted by time, so evaluating one as-of date is a binary search plus a
few group operations over the slice, and a weekly history over 10,000 accounts stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from domain.engagement import touch_points
from domain.frames import PortfolioFrames
from domain.settings import WorkspaceSettings

# Events the account did not do itself (we sent, the mail system bounced or delivered) or
# that show no interest (unsubscribing, a press mention); they never make an account Aware.
NOT_A_TOUCH: frozenset[str] = frozenset(
    {"email_sent", "email_delivered", "email_bounce", "email_unsubscribe", "media_mention"}
)
INTENT_EVENT_KINDS: tuple[str, ...] = ("form_fill", "cta_click")
KEY_ROLES: tuple[str, ...] = ("decision_maker", "champion")


def _ns(values: pd.Series) -> np.ndarray:
    return pd.to_datetime(values).to_numpy("datetime64[ns]").view("int64")


def _stream(frame: pd.DataFrame, time_col: str = "occurred_at") -> pd.DataFrame:
    """Rows with a time, sorted by it, ids as plain numbers, and an int64 ``t`` column."""
    out = frame[frame[time_col].notna()].copy()
    out["account_id"] = pd.to_numeric(out["account_id"]).astype("int64")
    if "contact_id" in out.columns:
        out["contact_id"] = pd.to_numeric(out["contact_id"], errors="coerce").astype("float64")
    out = out.sort_values(time_col, kind="stable").reset_index(drop=True)
    out["t"] = _ns(out[time_col])
    return out


def closed_time(opportunities: pd.DataFrame) -> pd.Series:
    """When each opportunity closed; a won/lost one without ``closed_at`` closed on creation.

    Using the creation time for a missing close date keeps an as-of evaluation from treating
    a deal that is closed today as open on every past date.
    """
    closed = opportunities["closed_at"]
    done = opportunities["status"].isin(["won", "lost"])
    return closed.where(closed.notna() | ~done, opportunities["created_at"])


def mql_times(frames: PortfolioFrames) -> pd.Series:
    """Each contact's MQL time (contact id -> timestamp) from the CRM's ``mql_at``.

    This is the seam for the app's own lead score: where the CRM gives no ``mql_at``, pass
    the lead score's first crossing of the MQL threshold to ``Activity.prepare`` instead.
    """
    contacts = frames.contacts
    return pd.Series(
        contacts["mql_at"].to_numpy(), index=pd.to_numeric(contacts["id"]).to_numpy()
    ).dropna()


@dataclass
class Activity:
    """The time-sorted streams one as-of evaluation slices (see module docstring)."""

    frames: PortfolioFrames
    touches: pd.DataFrame  # scored touches: account_id, contact_id, occurred_at, kind, points, t
    inbound: pd.DataFrame  # every account-driven touch (events and meetings booked)
    intent: pd.DataFrame  # form fills, CTA clicks, meetings booked and held
    demos: pd.DataFrame  # held demos at the time they were held
    mqls: pd.DataFrame  # account_id, contact_id, occurred_at (the MQL time), t
    meetings_booked: pd.DataFrame  # account_id, contact_id, occurred_at (= booked_at), t
    role_by_contact: pd.Series  # contact id -> buying role

    @classmethod
    def prepare(
        cls,
        frames: PortfolioFrames,
        settings: WorkspaceSettings,
        mql_at: pd.Series | None = None,
    ) -> Activity:
        """Build the streams; ``mql_at`` (contact id -> time) overrides the CRM's MQL times."""
        events = frames.events
        meetings = frames.meetings
        touches = _stream(touch_points(frames, settings))

        booked = pd.DataFrame(
            {
                "account_id": meetings["account_id"],
                "contact_id": meetings["contact_id"],
                "occurred_at": meetings["booked_at"],
                "kind": "meeting_booked",
            }
        )
        held_rows = meetings[meetings["status"] == "held"]
        held = pd.DataFrame(
            {
                "account_id": held_rows["account_id"],
                "contact_id": held_rows["contact_id"],
                "occurred_at": held_rows["scheduled_for"].fillna(held_rows["booked_at"]),
                "kind": "meeting_held",
                "meeting_kind": held_rows["kind"],
            }
        )
        account_events = events.loc[
            ~events["kind"].isin(NOT_A_TOUCH), ["account_id", "contact_id", "occurred_at", "kind"]
        ]
        inbound = _stream(_concat([account_events, booked]))
        intent_events = events.loc[
            events["kind"].isin(INTENT_EVENT_KINDS), ["account_id", "occurred_at", "kind"]
        ]
        intent = _stream(
            _concat([intent_events, booked.drop(columns="contact_id"), held.drop(columns=["contact_id", "meeting_kind"])])
        )
        demos = _stream(held[held["meeting_kind"] == "demo"].drop(columns="meeting_kind"))

        mql_series = mql_times(frames) if mql_at is None else mql_at.dropna()
        account_by_contact = pd.Series(
            pd.to_numeric(frames.contacts["account_id"]).to_numpy(),
            index=pd.to_numeric(frames.contacts["id"]).to_numpy(),
        )
        mqls = pd.DataFrame(
            {
                "account_id": pd.Series(mql_series.index, dtype="float64").map(account_by_contact),
                "contact_id": np.asarray(mql_series.index, dtype="float64"),
                "occurred_at": pd.to_datetime(mql_series.to_numpy()),
            }
        )
        mqls = _stream(mqls[mqls["account_id"].notna()])
        role_by_contact = pd.Series(
            frames.contacts["buying_role"].to_numpy(),
            index=pd.to_numeric(frames.contacts["id"]).to_numpy(dtype="float64"),
        )
        return cls(
            frames=frames,
            touches=touches,
            inbound=inbound,
            intent=intent,
            demos=demos,
            mqls=mqls,
            meetings_booked=_stream(booked),
            role_by_contact=role_by_contact,
        )

    @staticmethod
    def window(stream: pd.DataFrame, start: pd.Timestamp | None, end: pd.Timestamp) -> pd.DataFrame:
        """Rows of a stream with ``start <= occurred_at < end`` (``start`` None: from the first)."""
        t = stream["t"].to_numpy()
        hi = np.searchsorted(t, pd.Timestamp(end).value, side="left")
        lo = 0 if start is None else np.searchsorted(t, pd.Timestamp(start).value, side="left")
        return stream.iloc[lo:hi]


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    kept = [p for p in parts if len(p)]
    if not kept:
        return pd.DataFrame(
            {
                "account_id": pd.Series(dtype="int64"),
                "contact_id": pd.Series(dtype="float64"),
                "occurred_at": pd.Series(dtype="datetime64[ns]"),
                "kind": pd.Series(dtype="object"),
            }
        )
    out = pd.concat(kept, ignore_index=True)
    out["occurred_at"] = pd.to_datetime(out["occurred_at"]).astype("datetime64[ns]")
    return out
