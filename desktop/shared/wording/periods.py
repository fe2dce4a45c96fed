"""A period in words: "2026-10-01 to 2026-10-31", "1.10.2026 – 31.10.2026".

``domain.metrics.period.Period.label`` stays the domain's English (JSON and logs); what
people read says the days in the installed language's date format, joined by its words.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication

from desktop.i18n.placeholders import arg
from domain import formatting as fmt
from domain.metrics.period import Period


def span(period: Period) -> str:
    """The period's first and last day (both included) in the installed language."""
    last_day = (period.end - pd.Timedelta(microseconds=1)).date()
    # %1: the first day, %2: the last day, both included.
    return arg(QCoreApplication.translate("PeriodWords", "%1 to %2"),
               fmt.day(period.start.date()), fmt.day(last_day))
