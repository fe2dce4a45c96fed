"""A reporting period ``[start, end)`` and the previous period of equal length (SPEC §4).

Every metric is computed for one period and compared with the one just before it; the
helpers build the periods the dashboard offers (last N days, a calendar month or quarter)
from an explicit as-of date, never from the clock, so results are reproducible.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd

from domain.error_facts import ErrorFacts

DateLike = str | date | datetime | pd.Timestamp
PERIOD_ERROR_KINDS: tuple[str, ...] = ("ends_before_start", "no_such_quarter")
"""The kinds of PeriodError; ``desktop.shared.wording.periods`` words each."""


class PeriodError(ErrorFacts, ValueError):
    """A period that cannot be: "ends_before_start" (facts ``start`` and ``end``, dates) or
    "no_such_quarter" (``quarter``); ``str(exc)`` is the English sentence."""


def _ts(value: DateLike) -> pd.Timestamp:
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is not None:  # the workspace stores naive UTC wall time
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp.as_unit("ns")


@dataclass(frozen=True)
class Period:
    """Half-open interval ``[start, end)`` of naive timestamps."""

    start: pd.Timestamp
    end: pd.Timestamp

    def __init__(self, start: DateLike, end: DateLike) -> None:
        start_ts, end_ts = _ts(start), _ts(end)
        if end_ts <= start_ts:
            raise PeriodError(
                "ends_before_start",
                f"a period must end after it starts: got start {start_ts.date()} and end "
                f"{end_ts.date()}; choose an end date later than the start date",
                start=start_ts.date(), end=end_ts.date(),
            )
        object.__setattr__(self, "start", start_ts)
        object.__setattr__(self, "end", end_ts)

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def last_days(cls, days: int, as_of: DateLike) -> Period:
        """The ``days`` days up to and including the day of ``as_of``."""
        end = _ts(as_of).normalize() + pd.Timedelta(days=1)
        return cls(end - pd.Timedelta(days=days), end)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        start = pd.Timestamp(year=year, month=month, day=1)
        return cls(start, start + pd.offsets.MonthBegin(1))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if quarter not in (1, 2, 3, 4):
            raise PeriodError("no_such_quarter", f"quarter must be 1, 2, 3 or 4, not {quarter}",
                              quarter=quarter)
        start = pd.Timestamp(year=year, month=3 * (quarter - 1) + 1, day=1)
        return cls(start, start + pd.offsets.MonthBegin(3))

    @classmethod
    def month_of(cls, when: DateLike) -> Period:
        stamp = _ts(when)
        return cls.month(stamp.year, stamp.month)

    @classmethod
    def quarter_of(cls, when: DateLike) -> Period:
        stamp = _ts(when)
        return cls.quarter(stamp.year, (stamp.month - 1) // 3 + 1)

    # -- relations ------------------------------------------------------------------------
    @property
    def length(self) -> pd.Timedelta:
        return self.end - self.start

    @property
    def days(self) -> float:
        return self.length / pd.Timedelta(days=1)

    def previous(self) -> Period:
        """The period of equal length that ends where this one starts."""
        return Period(self.start - self.length, self.start)

    def shifted(self, offset: pd.DateOffset | pd.Timedelta) -> Period:
        return Period(self.start + offset, self.end + offset)

    def months(self) -> Iterator[Period]:
        """The calendar months that overlap this period, clipped to it."""
        cursor = self.start.normalize().replace(day=1)
        while cursor < self.end:
            following = cursor + pd.offsets.MonthBegin(1)
            yield Period(max(cursor, self.start), min(following, self.end))
            cursor = following

    def contains(self, values: pd.Series) -> pd.Series:
        """Boolean mask of the timestamps inside the period (NaT is outside)."""
        return (values >= self.start) & (values < self.end)

    @property
    def last_day(self) -> date:
        """The period's last day, included (``desktop.shared.wording.periods`` words the
        period from its first and last day)."""
        return (self.end - pd.Timedelta(microseconds=1)).date()


def month_starts(end: DateLike, months: int) -> list[pd.Timestamp]:
    """The first days of the ``months`` calendar months ending with the one holding ``end``."""
    last = _ts(end).normalize().replace(day=1)
    return [last - pd.offsets.MonthBegin(k) if k else last for k in range(months - 1, -1, -1)]


def time_slice(frame: pd.DataFrame, column: str, period: Period) -> pd.DataFrame:
    """Rows of ``frame`` whose ``column`` lies in the period.

    Event frames arrive sorted by time from storage, so a binary search picks a contiguous
    block; any other frame is masked.
    """
    values = frame[column]
    if values.is_monotonic_increasing and not values.hasnans:
        stamps = values.to_numpy(dtype="datetime64[ns]")
        lo = int(np.searchsorted(stamps, period.start.to_datetime64(), side="left"))
        hi = int(np.searchsorted(stamps, period.end.to_datetime64(), side="left"))
        return frame.iloc[lo:hi]
    return frame[period.contains(values)]
