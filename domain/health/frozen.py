"""The data as it stood at an instant: what "nothing new happened since" looks like.

``frames_before(frames, instant, accounts)`` keeps only what was known before ``instant``
for the given accounts (all when None): rows dated at or after it are dropped (touches,
meetings booked, opportunities created, subscriptions started, NPS responses, questions
asked, contacts created), and states that changed at or after it are put back (an
opportunity closed later is open again, a subscription that ended or churned later is
active, a question answered later is unanswered, a meeting held later is still
scheduled, an MQL reached later is not reached). Scoring these frames at a later instant
gives the score the account would have if it had done nothing since: the difference to
the real score is the account's new activity ("what moved the score").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import pandas as pd

from domain.frames import PortfolioFrames

# Per table: the column whose date says when a row became known (dropped at or after T).
ROW_DATES = {
    "events": "occurred_at",
    "meetings": "booked_at",
    "opportunities": "created_at",
    "subscriptions": "start_date",
    "nps": "responded_at",
    "questions": "asked_at",
    "contacts": "created_at",
}
# Per table: dates of later changes to a known row, cleared when at or after T.
LATER_DATES = {
    "opportunities": ("closed_at",),
    "subscriptions": ("end_date", "churned_at"),
    "questions": ("answered_at",),
    "contacts": ("mql_at", "sql_at", "unsubscribed_at"),
}


def _mine(frame: pd.DataFrame, accounts: set[int] | None, column: str = "account_id") -> pd.Series:
    if accounts is None:
        return pd.Series(True, index=frame.index)
    return pd.to_numeric(frame[column], errors="coerce").isin(accounts)


def frames_before(
    frames: PortfolioFrames, instant: pd.Timestamp, accounts: Iterable[int] | None = None
) -> PortfolioFrames:
    """``frames`` with what ``accounts`` (all when None) did at or after ``instant`` undone."""
    instant = pd.Timestamp(instant)
    chosen = None if accounts is None else {int(a) for a in accounts}
    tables: dict[str, pd.DataFrame] = {}
    for name, column in ROW_DATES.items():
        frame = getattr(frames, name)
        mine = _mine(frame, chosen)
        later = frame[column].notna() & (frame[column] >= instant)
        frame = frame[~(mine & later)].copy()
        mine = mine[frame.index]
        for changed in LATER_DATES.get(name, ()):
            after = mine & frame[changed].notna() & (frame[changed] >= instant)
            frame.loc[after, changed] = pd.NaT
            if name == "opportunities":
                frame.loc[after, "status"] = "open"
        if name == "meetings":
            held_later = mine & frame["scheduled_for"].notna() & (frame["scheduled_for"] >= instant)
            frame.loc[held_later, "status"] = "scheduled"
        tables[name] = frame
    return replace(frames, **tables)
