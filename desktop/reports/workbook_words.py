"""The workbook's words: the ids and facts of ``domain.report_contents.workbook`` said.

``portfolio_workbook`` asks ``CATALOG_WORDS`` for the metrics' names, formulas and reasons,
the groups' names and the n/a reasons, and fills the accounts sheet's "drivers" column with
each account's top drivers (``Driver`` objects); the writers in ``storage.exports`` write
text, so ``worded`` says the drivers, in the chosen language, before the workbook is written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desktop.shared.wording import components, metrics, reasons
from desktop.shared.wording import drivers as driver_words
from domain import formatting as fmt
from domain.report_contents.tables import Table, Workbook, is_missing

ARROW_UP, ARROW_DOWN = "▲", "▼"


class _CatalogWords:
    """``domain.report_contents.words.Words`` from ``desktop.shared.wording``."""

    def metric_name(self, metric_id: str) -> str:
        return metrics.name(metric_id)

    def metric_formula(self, metric_id: str) -> str:
        return metrics.formula(metric_id)

    def metric_reason(self, metric_id: str, verdict: str) -> str | None:
        said = metrics.reason(metric_id)
        if said or verdict == "measure":
            return said
        return metrics.fallback_reason(verdict)

    def group_name(self, group: str) -> str:
        return metrics.group_name(group)

    def component_name(self, component: str) -> str:
        return components.name(component)

    def na_reason(self, reason: str) -> str:
        return reasons.sentence(reason)


CATALOG_WORDS = _CatalogWords()


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
