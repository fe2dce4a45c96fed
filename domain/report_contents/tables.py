"""Typed tables: the shape every report section and workbook sheet is handed over in.

A ``Table`` is a frame plus, per column, its title and its *kind* (text, integer, number,
percent, money, date…). Renderers never guess from dtypes: the workbook writes a percent
as the number 0.25 formatted ``0.0%``, a date as a real date, a count as an integer; the
PDF formats the same values for reading. Values stay raw here (numbers, timestamps, NaN for
"n/a"); formatting for people is ``format_value``'s job, shared by PDF and HTML.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import pandas as pd


class ColumnKind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    PERCENT = "percent"  # a fraction: 0.25 is 25 %
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"


NUMERIC_KINDS = frozenset(
    {ColumnKind.INTEGER, ColumnKind.NUMBER, ColumnKind.PERCENT, ColumnKind.MONEY}
)


@dataclass(frozen=True)
class Column:
    key: str  # the frame column
    title: str  # what people read in the header
    kind: ColumnKind = ColumnKind.TEXT


@dataclass(frozen=True)
class Table:
    """A titled table; ``frame`` holds at least the columns' keys."""

    name: str
    columns: tuple[Column, ...]
    frame: pd.DataFrame
    note: str = ""  # one sentence under the table (sample sizes, what n/a means)
    currency: str = "USD"

    def __post_init__(self) -> None:
        missing = [c.key for c in self.columns if c.key not in self.frame.columns]
        if missing:
            raise KeyError(f"table {self.name!r} lacks the column(s) {', '.join(missing)}")

    @property
    def titles(self) -> list[str]:
        return [c.title for c in self.columns]

    def __len__(self) -> int:
        return len(self.frame)


def table(
    name: str,
    frame: pd.DataFrame,
    columns: Sequence[tuple[str, str, ColumnKind]],
    *,
    note: str = "",
    currency: str = "USD",
) -> Table:
    """A ``Table`` from (key, title, kind) triples; missing keys become empty columns."""
    frame = frame.copy() if len(frame.columns) else pd.DataFrame(index=frame.index)
    for key, _title, _kind in columns:
        if key not in frame.columns:
            frame[key] = None
    cols = tuple(Column(key, title, kind) for key, title, kind in columns)
    return Table(name, cols, frame[[c.key for c in cols]].reset_index(drop=True), note, currency)


@dataclass(frozen=True)
class Workbook:
    """The portfolio workbook's sheets in order, with the facts every sheet depends on."""

    title: str
    sheets: tuple[Table, ...]
    as_of: pd.Timestamp | None = None
    properties: dict[str, str] = field(default_factory=dict)

    def sheet(self, name: str) -> Table:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(f"no sheet {name!r}; the workbook has {[s.name for s in self.sheets]}")


# -- formatting for reading (PDF, HTML, screen) -------------------------------------------------

NA = "n/a"


def is_missing(value: Any) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def format_value(value: Any, kind: ColumnKind, currency: str = "USD") -> str:
    """A value as people read it in a report: ``n/a`` for missing, 1,234 for counts…"""
    if is_missing(value):
        return NA
    if kind is ColumnKind.TEXT:
        return str(value)
    if kind is ColumnKind.BOOL:
        return "yes" if bool(value) else "no"
    if kind is ColumnKind.DATE:
        return pd.Timestamp(value).date().isoformat()
    if kind is ColumnKind.DATETIME:
        return pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")
    number = float(value)
    if kind is ColumnKind.INTEGER:
        return f"{number:,.0f}"
    if kind is ColumnKind.PERCENT:
        return f"{number * 100:.1f}%"
    if kind is ColumnKind.MONEY:
        return f"{_money(number)} {currency}" if currency else _money(number)
    return format_number(number)


def _money(number: float) -> str:
    if abs(number) >= 1_000_000:
        return f"{number / 1_000_000:,.2f}M"
    return f"{number:,.0f}"


def format_number(number: float) -> str:
    """Plain numbers: no trailing noise, thousands separated, small ones with 2 decimals."""
    if float(number).is_integer() and abs(number) < 1e15:
        return f"{number:,.0f}"
    if abs(number) >= 100:
        return f"{number:,.0f}"
    if abs(number) >= 10:
        return f"{number:,.1f}"
    return f"{number:,.2f}"
