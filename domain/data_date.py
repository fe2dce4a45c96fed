"""The workspace's data date: the day of the latest record it holds, never later than today.

It is the default "as of" of every surface: health is scored as of it, periods end on it,
and each screen, command and report prints "Data as of …". A workspace whose data ends in
2017 is shown as of 2017, not as of today with every number at zero.

The dates read are the ones at which something happened or was recorded: engagement
events, meetings booked (and held or missed on their day), opportunities created and
closed (an open opportunity's close date is a forecast), subscriptions started and
churned (an end date may be a contract's future end), NPS responses, questions asked and
answered, notes written. Dates in the future (a meeting already on a calendar, a typing
mistake) are clipped to today.

``DATED_COLUMNS`` is the one list; ``data_date(frames, today)`` reads it from frames and
``storage.data_date`` with one cheap ``MAX`` per column from the workspace.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from domain.frames import PortfolioFrames

# table -> (column, condition as (column, values) that a row must meet, or None)
DATED_COLUMNS: dict[str, tuple[tuple[str, tuple[str, tuple[str, ...]] | None], ...]] = {
    "events": (("occurred_at", None),),
    "meetings": (("booked_at", None), ("scheduled_for", ("status", ("held", "no_show")))),
    "opportunities": (("created_at", None), ("closed_at", ("status", ("won", "lost")))),
    "subscriptions": (("start_date", None), ("churned_at", None)),
    "nps": (("responded_at", None),),
    "questions": (("asked_at", None), ("answered_at", None)),
    "notes": (("created_at", None),),
}


def latest_of(days: list[date | None], today: date) -> date | None:
    """The latest of ``days`` (None ignored) clipped to ``today``; None when there is none."""
    known = [d for d in days if d is not None]
    if not known:
        return None
    return min(max(known), today)


def data_date(frames: PortfolioFrames, today: date) -> date | None:
    """The data date of ``frames`` (see the module docstring); None for a workspace with no
    dated record."""
    days: list[date | None] = []
    for table, columns in DATED_COLUMNS.items():
        frame = getattr(frames, table)
        for column, condition in columns:
            if column not in frame.columns or not len(frame):
                continue
            values = pd.to_datetime(frame[column], errors="coerce")
            if condition is not None:
                key, allowed = condition
                values = values[frame[key].astype("object").isin(allowed)]
            latest = values.max()
            days.append(None if pd.isna(latest) else pd.Timestamp(latest).date())
    return latest_of(days, today)
