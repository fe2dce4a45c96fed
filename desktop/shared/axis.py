"""Value-axis gridlines whose labels are their exact values, for the window and the PDFs.

A gridline at 2.5 labelled "2" is a lie a reader cannot see. ``nice_ticks`` picks the
gridlines (0 up to a little above the largest value, 2 to 5 steps of 1, 2, 2.5 or 5 times a
power of ten; whole steps only for counts), and ``tick_text`` writes each with just the
decimals its step needs, so every label equals its gridline.

``date_label`` writes a date axis's labels, a month ("Dec 25") or a day ("5 Dec"), in the
chosen language through its QLocale: "gru 25" and "5 gru" in Polish, "2025年12月" and
"12月5日" in Japanese and Chinese (their month names are numbers). English is as before.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QDate, QLocale

from desktop.i18n.languages import BY_CODE
from domain import formatting as fmt

MOST_STEPS = 5
# QLocale date formats of axis labels, by kind; languages not named use the first.
MONTH, DAY = "month", "day"
LABEL_FORMATS = {
    MONTH: {"": "MMM yy", "ja": "yyyy年M月", "zh_CN": "yyyy年M月"},
    DAY: {"": "d MMM", "ja": "M月d日", "zh_CN": "M月d日"},
}
ENGLISH_FORMATS = {MONTH: "%b %y", DAY: "%d %b"}


def _step_decimals(step: float) -> int:
    for decimals in range(0, 7):
        if abs(round(step, decimals) - step) < 1e-9 * max(1.0, abs(step)):
            return decimals
    return 6


def nice_ticks(maximum: float, integer: bool = True, most: int = MOST_STEPS) -> list[float]:
    """Gridline values from 0 to the first nice top at or above ``maximum``.

    ``integer``: the data are counts, so every gridline is a whole number (no 2.5 accounts).
    """
    if not math.isfinite(maximum) or maximum <= 0:
        maximum = 1.0
    magnitude = 10.0 ** math.floor(math.log10(maximum / most))
    for power in (magnitude, magnitude * 10, magnitude * 100):
        for factor in (1.0, 2.0, 2.5, 5.0):
            step = factor * power
            if integer and (step < 1 or not float(step).is_integer()):
                continue
            steps = max(1, math.ceil(maximum / step - 1e-9))
            if steps <= most:
                decimals = _step_decimals(step)
                return [round(i * step, decimals) for i in range(steps + 1)]
    return [0.0, float(maximum)]  # unreachable for finite positive maxima


def tick_text(value: float, ticks: list[float]) -> str:
    """A gridline's label: its value with the decimals the step between gridlines needs."""
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    return fmt.number(value, _step_decimals(step))


def date_label(value: date, kind: str) -> str:
    """A date axis's label: ``kind`` MONTH ("Dec 25") or DAY ("5 Dec"), in the language in use."""
    code = fmt.conventions().language
    if code not in BY_CODE or code == "en":
        return value.strftime(ENGLISH_FORMATS[kind]).lstrip("0")
    formats = LABEL_FORMATS[kind]
    return QLocale(BY_CODE[code].locale).toString(QDate(value.year, value.month, value.day),
                                                  formats.get(code, formats[""]))
