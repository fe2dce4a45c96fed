"""The demo's clock: an 18-month window ending at the as-of date, and its text forms.

Inside the generator every moment is a float number of days since the window's start
(``Timeline.start``), which keeps story arithmetic vectorised; only the writer turns days
into the text SQLAlchemy's SQLite ``DateTime`` and ``Date`` types store
('YYYY-MM-DD HH:MM:SS.ffffff' and 'YYYY-MM-DD'), so ``storage.frames`` reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

WINDOW_MONTHS = 18
DAY_US = 86_400_000_000


@dataclass(frozen=True)
class Timeline:
    """The demo's history: [start, as_of) in days, weeks and months."""

    as_of: date
    start: date

    @classmethod
    def ending(cls, as_of: date, months: int = WINDOW_MONTHS) -> Timeline:
        start = (pd.Timestamp(as_of) - pd.DateOffset(months=months)).date()
        return cls(as_of=as_of, start=start)

    @property
    def days(self) -> int:
        """Length of the window in days; events happen at days in [0, days)."""
        return (self.as_of - self.start).days

    @property
    def weeks(self) -> int:
        return -(-self.days // 7)

    def month_starts(self) -> np.ndarray:
        """Day offsets of the first day of every calendar month that starts in the window,
        preceded by 0 (the window's first, partial month)."""
        firsts = pd.date_range(self.start, self.as_of, freq="MS", inclusive="left")
        offsets = (firsts - pd.Timestamp(self.start)).days.to_numpy()
        return np.unique(np.concatenate([[0], offsets])).astype("float64")

    def to_timestamps(self, days: np.ndarray) -> np.ndarray:
        """Days since start as ``datetime64[us]`` (rounded to the second); NaN stays NaT."""
        days = np.asarray(days, dtype="float64")
        seconds = np.round(days * 86_400.0)
        out = np.full(len(days), np.datetime64("NaT"), dtype="datetime64[us]")
        ok = ~np.isnan(seconds)
        out[ok] = np.datetime64(self.start, "us") + (seconds[ok] * 1_000_000).astype(
            "int64"
        ).astype("timedelta64[us]")
        return out


def datetime_texts(timeline: Timeline, days: np.ndarray) -> np.ndarray:
    """Days since start as SQLAlchemy's SQLite DateTime text; NaN becomes None.

    Formatting a million stamps this way takes a fraction of a second, where
    ``datetime.strftime`` per row would take several.
    """
    stamps = timeline.to_timestamps(days)
    out = np.full(len(stamps), None, dtype=object)
    ok = ~np.isnat(stamps)
    if ok.any():
        text = np.datetime_as_string(stamps[ok], unit="us")
        # ISO 8601 puts a 'T' between date and time; SQLAlchemy writes a space there.
        text.view("U1").reshape(len(text), -1)[:, 10] = " "
        out[ok] = text
    return out


def date_texts(timeline: Timeline, days: np.ndarray) -> np.ndarray:
    """Whole days since start as 'YYYY-MM-DD'; NaN becomes None."""
    days = np.asarray(days, dtype="float64")
    out = np.full(len(days), None, dtype=object)
    ok = ~np.isnan(days)
    if ok.any():
        stamps = np.datetime64(timeline.start, "D") + np.floor(days[ok]).astype(
            "int64"
        ).astype("timedelta64[D]")
        out[ok] = np.datetime_as_string(stamps, unit="D")
    return out
