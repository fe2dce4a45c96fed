"""KPI lines: the KPI engine's results as the rows of a report's KPI table or tiles.

A ``KpiLine`` copies what a reader needs from a ``KpiResult`` and its catalog definition
(id, group, unit, which direction is good) so renderers need neither; the metric's name and
formula are words, ``desktop.shared.wording.metrics``'s, looked up by ``metric_id``. Vanity and
caution metrics are not KPI lines: they go to the "metrics we don't steer by" panel.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.metrics.results import KpiReport, KpiResult


@dataclass(frozen=True)
class KpiLine:
    metric_id: str
    group: str  # a group id, domain.metrics.catalog.GROUPS
    unit: str  # a key of domain.metrics.catalog.UNITS
    direction: str  # "up", "down" or "neutral": which way is good
    value: float | None
    previous: float | None
    change: float | None
    n: int | None
    flags: tuple[str, ...]
    seed: str
    na_reason: str | None = None  # why the value is n/a: the id of an input never held

    @property
    def improved(self) -> bool | None:
        """True when the change goes the good way, None when unknown, flat or neutral."""
        if self.change is None or self.change == 0 or self.direction == "neutral":
            return None
        return (self.change > 0) == (self.direction == "up")


def kpi_line(result: KpiResult) -> KpiLine:
    d = result.definition
    return KpiLine(
        metric_id=result.id,
        group=d.group,
        unit=d.unit,
        direction=d.direction,
        value=result.value,
        previous=result.previous,
        change=result.change,
        n=result.n,
        flags=tuple(result.flags),
        seed=d.seed,
        na_reason=result.na_reason,
    )


def kpi_lines(report: KpiReport, *, with_data_only: bool = True) -> tuple[list[KpiLine], int]:
    """The steering (measure) metrics as lines, in catalog order grouped by group.

    With ``with_data_only`` a metric that is n/a in both periods is left out (one account
    has no campaign cost, so its CAC says nothing); the count left out is returned so the
    report can say so. A metric n/a because the workspace never held its inputs stays, with
    its reason: the reader learns what to import.
    """
    lines = []
    left_out = 0
    for results in report.by_group().values():
        for result in results:
            if not result.steer_by:
                continue
            if (with_data_only and result.value is None and result.previous is None
                    and result.na_reason is None):
                left_out += 1
                continue
            lines.append(kpi_line(result))
    return lines, left_out
