"""The workbook's cells that the domain leaves as ids and facts, put into words.

``portfolio_workbook`` (``domain.report_contents.workbook``) fills the accounts sheet's
"drivers" column with each account's top drivers (``Driver`` objects); the writers in
``storage.exports`` write text, so the drivers are worded here, in the chosen language,
before the workbook is written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desktop.shared.wording import drivers as driver_words
from domain import formatting as fmt
from domain.report_contents.tables import Table, Workbook, is_missing

ARROW_UP, ARROW_DOWN = "▲", "▼"


def drivers_cell(drivers: Any) -> str | None:
    """"▲ Sentence; ▼ Sentence": arrows, as in the PDF (a cell starting with "+" or "-"
    would read as a formula)."""
    if drivers is None or (not isinstance(drivers, tuple) and is_missing(drivers)):
        return None
    return "; ".join(f"{ARROW_UP if d.impact > 0 else ARROW_DOWN} "
                     f"{fmt.sentence(driver_words.sentence(d))}" for d in drivers) or None


def _worded_sheet(sheet: Table) -> Table:
    if "drivers" not in sheet.frame.columns:
        return sheet
    frame = sheet.frame.copy()
    frame["drivers"] = [drivers_cell(v) for v in frame["drivers"].to_numpy(dtype=object)]
    return replace(sheet, frame=frame)


def worded(book: Workbook) -> Workbook:
    """``book`` with its id-and-facts cells as text."""
    return replace(book, sheets=tuple(_worded_sheet(s) for s in book.sheets))
