"""A period in words: "2026-10-01 to 2026-10-31", "1.10.2026 – 31.10.2026"; and why a
period can't be.

``domain.metrics.period.Period`` holds its first day and end (and ``last_day``), no words;
what people read says the days in the installed language's date format, joined by its
words. A ``PeriodError`` (a period that ends before it starts, a quarter 5) is a kind with
facts, worded by ``refusal``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n.placeholders import arg
from domain import formatting as fmt
from domain.metrics.period import Period, PeriodError

REFUSALS = {
    # %1: the first day, %2: the end (the day after the last).
    "ends_before_start": QT_TRANSLATE_NOOP(
        "PeriodWords", "a period must end after it starts: got start %1 and end %2; choose an "
        "end date later than the start date"),
    # %1: the quarter's number as given.
    "no_such_quarter": QT_TRANSLATE_NOOP("PeriodWords", "quarter must be 1, 2, 3 or 4, not %1"),
}


def span(period: Period) -> str:
    """The period's first and last day (both included) in the installed language."""
    # %1: the first day, %2: the last day, both included.
    return arg(QCoreApplication.translate("PeriodWords", "%1 to %2"),
               fmt.day(period.start.date()), fmt.day(period.last_day))


def refusal(error: PeriodError) -> str:
    """Why the period can't be, in the installed language; other kinds as ``str(error)``."""
    if error.kind == "ends_before_start":
        return arg(QCoreApplication.translate("PeriodWords", REFUSALS[error.kind]),
                   fmt.day(error.facts["start"]), fmt.day(error.facts["end"]))
    if error.kind == "no_such_quarter":
        return arg(QCoreApplication.translate("PeriodWords", REFUSALS[error.kind]),
                   error.facts["quarter"])
    return str(error)
