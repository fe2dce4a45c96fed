"""Typed tables: the shape every report section and workbook sheet is handed over in.

A ``Table`` is a frame plus, per column, its title and its *kind* (text, integer, number,
percent, money, date…). Renderers never guess from dtypes: the workbook writes a percent
as the number 0.25 formatted ``0.0%``, a date as a real date, a count as an integer; the
PDF formats the same values for reading. Values stay raw here (numbers, timestamps, NaN for
"n/a"); formatting them for people is the renderers' job.
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
    MEASURE = "measure"  # a KPI value whose unit (a catalog unit) is in another column


NUMERIC_KINDS = frozenset(
    {ColumnKind.INTEGER, ColumnKind.NUMBER, ColumnKind.PERCENT, ColumnKind.MONEY,
     ColumnKind.MEASURE}
)


@dataclass(frozen=True)
class Column:
    key: str  # the frame column
    title: str  # what people read in the header, or an id the caller words (with ``facts``)
    kind: ColumnKind = ColumnKind.TEXT
    unit_key: str | None = None  # MEASURE columns: the column holding each row's unit
    facts: tuple[Any, ...] = ()  # what a worded title needs ("%1 days")


@dataclass(frozen=True)
class Table:
    """A titled table; ``frame`` holds at least the columns' keys."""

    name: str
    columns: tuple[Column, ...]
    frame: pd.DataFrame
    note: str = ""  # one sentence under the table (sample sizes, what n/a means), or an id
    currency: str = "USD"
    note_facts: tuple[Any, ...] = ()  # what a worded note needs
    heading: str = ""  # the name in words, set by whoever words ``name`` (a sheet's title)

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
    columns: Sequence[tuple[str, str, ColumnKind] | tuple[str, str, ColumnKind, str]],
    *,
    note: str = "",
    currency: str = "USD",
    note_facts: tuple[Any, ...] = (),
    title_facts: dict[str, tuple[Any, ...]] | None = None,
) -> Table:
    """A ``Table`` from (key, title, kind[, unit key]) tuples; missing keys become empty.

    ``title_facts`` gives, by column key, the facts a column's worded title needs."""
    frame = frame.copy() if len(frame.columns) else pd.DataFrame(index=frame.index)
    for spec in columns:
        if spec[0] not in frame.columns:
            frame[spec[0]] = None
    facts = title_facts or {}
    cols = tuple(Column(*spec, facts=facts.get(spec[0], ())) for spec in columns)  # type: ignore[misc]
    return Table(name, cols, frame[[c.key for c in cols]].reset_index(drop=True), note, currency,
                 note_facts)


@dataclass(frozen=True)
class Workbook:
    """The portfolio workbook's sheets in order, with the facts every sheet depends on."""

    title: str | Phrase  # a Phrase (id and facts) until the desktop words it
    sheets: tuple[Table, ...]
    as_of: pd.Timestamp | None = None
    properties: dict[str, Any] = field(default_factory=dict)  # facts until worded, then text

    def sheet(self, name: str) -> Table:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(f"no sheet {name!r}; the workbook has {[s.name for s in self.sheets]}")


@dataclass(frozen=True)
class Phrase:
    """A cell that is words: an id and its facts, worded by the caller before writing."""

    id: str
    facts: tuple[Any, ...] = ()


def is_missing(value: Any) -> bool:
    """None, NaN and NaT: what reports show as n/a and workbooks leave empty."""
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
