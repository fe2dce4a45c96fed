"""The panel "Metrics we don't steer by, and why" (SPEC §4 vanity and caution rules).

The dashboard, every report and the workbook's Vanity sheet render the same rows: each
vanity or caution metric with its current value (shown greyed), the reason in one sentence
from the articles behind the catalog (``domain.metrics.sources``), and the metric to steer
by instead with its value, side by side. The rows hold ids; the names, the reason and the
panel's title are words (``desktop.shared.wording.metrics``). Which metrics are vanity or caution is the
workspace's setting (defaults: raw leads and sales-cycle length are vanity; open rate, page
views and time on page are caution). The values are the KPI engine's; nothing is computed
here.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.metrics.catalog import CATALOG, Verdict, metric, verdict_for
from domain.metrics.results import KpiReport
from domain.settings import WorkspaceSettings


@dataclass(frozen=True)
class VanityRow:
    """One line of the panel. Values are raw numbers (None = n/a) in the metric's unit."""

    metric_id: str
    verdict: Verdict  # "vanity" or "caution"
    value: float | None
    previous: float | None
    unit: str
    n: int | None
    alternative_id: str | None
    alternative_value: float | None
    alternative_previous: float | None
    alternative_unit: str | None


def vanity_rows(kpi_report: KpiReport, settings: WorkspaceSettings) -> list[VanityRow]:
    """The panel's rows for one KPI report: vanity metrics first, then caution, catalog order.

    A metric listed in the settings but not computed in the report is left out (there is no
    value to show); an alternative that was not computed shows as n/a.
    """
    listed = [
        d for d in CATALOG if verdict_for(d.id, settings) != "measure" and d.id in kpi_report
    ]
    listed.sort(key=lambda d: 0 if verdict_for(d.id, settings) == "vanity" else 1)
    rows = []
    for definition in listed:
        verdict = verdict_for(definition.id, settings)
        result = kpi_report[definition.id]
        alt_id = definition.alternative
        alt = kpi_report.get(alt_id) if alt_id else None
        alt_def = metric(alt_id) if alt_id else None
        rows.append(
            VanityRow(
                metric_id=definition.id,
                verdict=verdict,
                value=result.value,
                previous=result.previous,
                unit=definition.unit,
                n=result.n,
                alternative_id=alt_id,
                alternative_value=alt.value if alt else None,
                alternative_previous=alt.previous if alt else None,
                alternative_unit=alt_def.unit if alt_def else None,
            )
        )
    return rows
