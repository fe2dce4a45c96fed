"""Values as a report prints them, by the one formatter (``domain.formatting``).

The PDF and the HTML report pick the rule driven by the column kind of a typed table
or the unit of a catalog metric (``domain.metrics.catalog.UNITS``).
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication

from desktop.i18n.placeholders import arg
from domain import formatting as fmt
from domain.report_contents.kpi_lines import KpiLine
from domain.report_contents.tables import ColumnKind, is_missing

NA = fmt.NA
ARROWS = {"up": "\u25b2", "down": "\u25bc", "flat": "\u25b6"}


def esc(value: Any) -> str:
    """Text escaped for HTML (quotes too, since values end up in attributes)."""
    return html.escape(str(value), quote=True)


def number(value: float, decimals: int = 0) -> str:
    return fmt.number(value, decimals)


def money(value: float, currency: str = "") -> str:
    return fmt.money(value, currency)


def format_value(value: Any, kind: ColumnKind, currency: str = "") -> str:
    """A typed cell for reading: numbers missing are n/a, text and dates missing are blank."""
    if is_missing(value):
        return "" if kind in (ColumnKind.TEXT, ColumnKind.DATE, ColumnKind.DATETIME) else fmt.conventions().na
    if kind is ColumnKind.TEXT:
        return str(value)
    if kind is ColumnKind.BOOL:
        return (QCoreApplication.translate("ReportValues", "yes") if bool(value)
                else QCoreApplication.translate("ReportValues", "no"))
    if kind is ColumnKind.DATE:
        return fmt.day(pd.Timestamp(value).date())
    if kind is ColumnKind.DATETIME:
        stamp = pd.Timestamp(value)
        return f"{fmt.day(stamp.date())} {stamp.strftime('%H:%M')}"
    value = float(value)
    if kind is ColumnKind.INTEGER:
        return fmt.count(value)
    if kind is ColumnKind.PERCENT:
        return fmt.rate(value)
    if kind is ColumnKind.MONEY:
        return fmt.money(value, currency)
    return fmt.number(value)


def format_measure(value: float | None, unit: str, currency: str = "") -> str:
    """A KPI value in its catalog unit (``domain.formatting.measure``)."""
    return fmt.measure(value, unit, currency)


def format_change(change: float | None, unit: str, currency: str = "") -> str:
    """The change against the previous period (``domain.formatting.change``)."""
    return fmt.change(change, unit, currency)


def change_class(line: KpiLine) -> str:
    """CSS class of a change: good, bad or neutral, by the metric's good direction."""
    improved = line.improved
    return "neutral" if improved is None else ("good" if improved else "bad")


def trend_text(trend: str | None, change: float | None) -> str:
    if trend is None:
        return QCoreApplication.translate("ReportValues", "no trend yet")
    arrow = ARROWS.get(trend, "")
    if change is None or is_missing(change):
        word = {"up": QCoreApplication.translate("ReportValues", "up"),
                "down": QCoreApplication.translate("ReportValues", "down"),
                "flat": QCoreApplication.translate("ReportValues", "flat")}.get(trend, trend)
        return f"{arrow} {word}"
    return arg(QCoreApplication.translate("ReportValues", "%1 %2 in 4 weeks"), arrow,
               fmt.change(change, "score"))


def short_day(value: date) -> str:
    """A week's label on a chart axis: "05 Oct" in English, else the language's date."""
    if fmt.conventions().language == "en":
        return value.strftime("%d %b")
    return fmt.day(value)
