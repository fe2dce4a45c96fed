"""Date boxes that write the day as the rest of the window does, in the current language.

A ``QDateEdit`` shows what its display format says, ISO by default here. ``fit_date_box``
gives it the installed language's day format (Polish 1.10.2026, Japanese and Chinese
2026年10月1日, English ISO as before: ``desktop.i18n.conventions.qt_day_format``) and a
least width that holds the widest day of the year in that format, so the whole date shows
in a narrow place such as the sidebar. Call it again when the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from desktop.i18n.conventions import qt_day_format
from domain import formatting as fmt

# Room for the box's arrow and frame beside the widest date it writes.
DATE_BOX_EXTRA = 40


def widest_day(edit: QDateEdit, display: str) -> int:
    """The width of the widest day ``display`` writes (two-digit days and months)."""
    metrics = edit.fontMetrics()
    return max(metrics.horizontalAdvance(QDate(2026, month, day).toString(display))
               for month in (9, 10, 11, 12) for day in (28, 30))


def fit_date_box(edit: QDateEdit, extra: int = DATE_BOX_EXTRA) -> None:
    display = qt_day_format(fmt.conventions().language)
    edit.setDisplayFormat(display)
    edit.setMinimumWidth(widest_day(edit, display) + extra)
