"""The words a report's contents need for ids, handed in by the caller.

The domain holds no words: a workbook sheet that shows a metric's name, formula or reason,
a group's or a health component's name, or why a KPI is n/a, asks a ``Words`` for them. The desktop hands in its
wording (``desktop.reports.workbook_words.CATALOG_WORDS``, in the chosen language);
``IDS``, the default, shows the ids themselves (tests of the contents' numbers need no
language).
"""

from __future__ import annotations

from typing import Protocol


class Words(Protocol):
    def metric_name(self, metric_id: str) -> str: ...

    def metric_formula(self, metric_id: str) -> str: ...

    def metric_reason(self, metric_id: str, verdict: str) -> str | None:
        """Why not to steer by the metric, for a ``verdict`` of "vanity" or "caution"; None
        for a "measure" metric the articles give no reason about."""

    def group_name(self, group: str) -> str: ...

    def component_name(self, component: str) -> str:
        """A health component's name as a heading ("Buying committee")."""

    def na_reason(self, reason: str) -> str: ...


class _Ids:
    """Every word is the id it stands for."""

    def metric_name(self, metric_id: str) -> str:
        return metric_id

    def metric_formula(self, metric_id: str) -> str:
        return metric_id

    def metric_reason(self, metric_id: str, verdict: str) -> str | None:
        return None if verdict == "measure" else verdict

    def group_name(self, group: str) -> str:
        return group

    def component_name(self, component: str) -> str:
        return component

    def na_reason(self, reason: str) -> str:
        return reason


IDS: Words = _Ids()
