"""Values as a report prints them: n/a for missing, 25.0% for rates, 1,234 for counts.

One set of rules for the PDF and the HTML report, driven by the column kind of a typed table
or the unit of a catalog metric (``domain.metrics.catalog.UNITS``).
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

from domain.report_contents.kpi_lines import KpiLine
from domain.report_contents.tables import ColumnKind, is_missing

NA = "n/a"
MINUS = "\u2212"
ARROWS = {"up": "\u25b2", "down": "\u25bc", "flat": "\u25b6"}


def esc(value: Any) -> str:
    """Text escaped for HTML (quotes too, since values end up in attributes)."""
    return html.escape(str(value), quote=True)


def number(value: float, decimals: int = 0) -> str:
    text = f"{abs(value):,.{decimals}f}"
    return f"{MINUS}{text}" if value < 0 and float(text.replace(",", "")) != 0 else text


def money(value: float, currency: str = "") -> str:
    if abs(value) >= 1_000_000:
        text = number(value / 1_000_000, 2) + "M"
    elif abs(value) >= 10_000:
        text = number(value / 1_000, 1) + "k"
    else:
        text = number(value, 0)
    return f"{text} {currency}".strip()


def format_value(value: Any, kind: ColumnKind, currency: str = "") -> str:
    """A typed cell for reading: numbers missing are n/a, text and dates missing are blank."""
    if is_missing(value):
        return "" if kind in (ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.DATETIME) else NA
    if kind is ColumnKind.TEXT:
        return str(value)
    if kind is ColumnKind.BOOL:
        return "yes" if bool(value) else "no"
    if kind is ColumnKind.DATE:
        return pd.Timestamp(value).date().isoformat()
    if kind is ColumnKind.DATETIME:
        return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")
    value = float(value)
    if kind is ColumnKind.INTEGER:
        return number(value)
    if kind is ColumnKind.PERCENT:
        return number(value * 100, 1) + "%"
    if kind is ColumnKind.MONEY:
        return money(value, currency)
    return number(value, 0 if abs(value) >= 100 or value.is_integer() else 1)


def format_measure(value: float | None, unit: str, currency: str = "") -> str:
    """A KPI value in its catalog unit."""
    if value is None or is_missing(value):
        return NA
    if unit in ("rate", "ratio"):
        return number(value * 100, 1) + "%"
    if unit == "money":
        return money(value, currency)
    if unit == "multiple":
        return number(value, 1) + "\u00d7"
    if unit == "days":
        return number(value, 0) + " days"
    if unit == "hours":
        return number(value, 1) + " h"
    if unit == "seconds":
        return number(value, 0) + " s"
    if unit == "nps":
        return ("+" if value > 0 else "") + number(value, 0)
    if unit == "score":
        return number(value, 0)
    return number(value, 0 if float(value).is_integer() else 1)


def format_change(change: float | None, unit: str, currency: str = "") -> str:
    """The change against the previous period: percentage points for rates."""
    if change is None or is_missing(change):
        return NA
    if change == 0:
        return "no change"
    sign = "+" if change > 0 else MINUS
    size = abs(change)
    if unit in ("rate", "ratio"):
        return f"{sign}{number(size * 100, 1)} pts"
    if unit == "money":
        return sign + money(size, currency)
    if unit in ("hours", "multiple"):
        return f"{sign}{number(size, 1)}"
    return sign + number(size, 0 if float(size).is_integer() else 1)


def change_class(line: KpiLine) -> str:
    """CSS class of a change: good, bad or neutral, by the metric's good direction."""
    improved = line.improved
    return "neutral" if improved is None else ("good" if improved else "bad")


def trend_text(trend: str | None, change: float | None) -> str:
    if trend is None:
        return "no trend yet"
    arrow = ARROWS.get(trend, "")
    if change is None or is_missing(change):
        return f"{arrow} {trend}"
    sign = "+" if change > 0 else MINUS if change < 0 else "\u00b1"
    return f"{arrow} {sign}{number(abs(change), 1)} in 4 weeks"
