"""The KPI engine (SPEC §4): the metric catalog, periods, and the computations.

    from domain.metrics import Period, compute_kpis
    report = compute_kpis(frames, settings, Period.month(2026, 10))
    report["email_ctr"].value, report["cost_per_mql"].detail
"""

from __future__ import annotations

from domain.metrics.catalog import CATALOG, GROUPS, UNITS, MetricDef, by_group, metric, verdict_for
from domain.metrics.context import KpiContext
from domain.metrics.engine import COMPUTE, compute_in_context, compute_kpis, metric_trend
from domain.metrics.period import Period, month_starts
from domain.metrics.results import KpiReport, KpiResult, Measure

__all__ = [
    "CATALOG", "COMPUTE", "GROUPS", "UNITS", "KpiContext", "KpiReport", "KpiResult", "Measure",
    "MetricDef", "Period", "by_group", "compute_in_context", "compute_kpis", "metric",
    "metric_trend", "month_starts", "verdict_for",
]
