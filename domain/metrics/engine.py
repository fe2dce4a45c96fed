"""The KPI engine's entry points: every catalog metric for a scope and period, compared with
the previous period (``compute_kpis``), and one metric month by month (``metric_trend``).

A metric that cannot be computed for lack of data is ``None`` (n/a), never 0; one whose
inputs the workspace never held (``domain.metrics.inputs``) is n/a with the reason. A compute
function that meets data it does not expect raises, since hiding a bug as "n/a" would let a
wrong number through silently.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

import pandas as pd

from domain.frames import PortfolioFrames
from domain.metrics import community, funnel_top, journey, leads, loyalty
from domain.metrics.catalog import CATALOG, metric, verdict_for
from domain.metrics.context import KpiContext
from domain.metrics.inputs import held_inputs, missing_inputs, missing_reason, without_missing
from domain.metrics.period import Period, month_starts
from domain.metrics.results import KpiReport, KpiResult, Measure
from domain.settings import WorkspaceSettings

if TYPE_CHECKING:
    from domain.metrics.prepared import PreparedAggregates

COMPUTE: dict[str, Callable[[KpiContext, Period], Measure]] = {
    **journey.COMPUTE,
    **leads.COMPUTE,
    **funnel_top.COMPUTE,
    **community.COMPUTE,
    **loyalty.COMPUTE,
}


def _not_available(ctx: KpiContext, period: Period) -> Measure:
    return Measure(None)


def compute_kpis(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    period: Period,
    account_ids: Collection[int] | None = None,
    metric_ids: Iterable[str] | None = None,
    prepared: PreparedAggregates | None = None,
) -> KpiReport:
    """Every catalog metric (or the named ones) for ``period`` and the period before it.

    ``account_ids`` narrows the scope (a filter by owner, tier, region, stage or band, or a
    single account); None is the whole portfolio. ``prepared``: the workspace's prepared
    aggregates (``domain.metrics.prepared``), when at hand, spare the period-free work.
    """
    ctx = KpiContext(frames, settings, account_ids, prepared=prepared)
    return compute_in_context(ctx, period, metric_ids)


def measure(ctx: KpiContext, metric_id: str, period: Period) -> Measure:
    """One metric for one period, kept in the context's memo: a context that lives on (the
    dashboard keeps one per scope) answers a period it has seen, e.g. the month before, or a
    trend month that is also a reporting period, without computing it again."""
    return ctx.memo(("measure", metric_id, period), lambda: COMPUTE[metric_id](ctx, period))


def value_measure(ctx: KpiContext, metric_id: str, period: Period) -> Measure:
    """One metric's value and n, for a month of a trend or the previous period of a report
    (neither shows a detail table): the full measure when the context holds it, else its
    value alone where ``domain.metrics.values`` has one (the same numbers without the
    detail), else the full measure."""
    from domain.metrics.values import VALUE

    light = VALUE.get(metric_id)
    if light is None or ctx.remembers(("measure", metric_id, period)):
        return measure(ctx, metric_id, period)
    return ctx.memo(("value", metric_id, period), lambda: light(ctx, period))


def compute_in_context(
    ctx: KpiContext, period: Period, metric_ids: Iterable[str] | None = None,
    *, details: bool = True,
) -> KpiReport:
    """Every catalog metric (or the named ones) for ``period`` and the period before it, in
    ``ctx``. ``details=False`` is for a surface that prints values, n and flags but no
    detail table (the account report): a metric with a value-only form that sets no flags
    is then computed without its detail (``KpiResult.detail`` None)."""
    from domain.metrics.values import FLAGGED

    ids = [d.id for d in CATALOG] if metric_ids is None else [metric(i).id for i in metric_ids]
    previous_period = period.previous()
    held = ctx.memo("held_inputs", lambda: held_inputs(ctx.all_frames, ctx.settings))
    results = []
    for metric_id in ids:
        # Only the previous period's value and n are reported, never its detail.
        now = (measure(ctx, metric_id, period) if details or metric_id in FLAGGED
               else value_measure(ctx, metric_id, period))
        before = value_measure(ctx, metric_id, previous_period)
        # Never held: n/a with the reason, not a computed 0 (the detail, e.g. the MQLs per
        # campaign, still holds what is known).
        reason = missing_reason(metric_id, held)
        missing = missing_inputs(metric_id, held)
        results.append(KpiResult(
            id=metric_id,
            verdict=verdict_for(metric_id, ctx.settings),
            value=None if reason else now.value,
            previous=None if reason else before.value,
            na_reason=reason,
            n=now.n,
            previous_n=before.n,
            detail=without_missing(now.detail, missing),
            flags=now.flags,
        ))
    return KpiReport(period, previous_period, ctx.account_ids, results)


def metric_trend(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    metric_id: str,
    end: pd.Timestamp,
    months: int = 12,
    account_ids: Collection[int] | None = None,
    context: KpiContext | None = None,
) -> pd.DataFrame:
    """One metric per calendar month for the ``months`` months up to ``end`` (sparklines).

    The last month is cut at ``end``. Columns: month (first day), value (None = n/a), n.
    Pass the ``context`` of an earlier run to reuse its intermediate results.
    """
    metric_id = metric(metric_id).id
    ctx = context or KpiContext(frames, settings, account_ids)
    held = ctx.memo("held_inputs", lambda: held_inputs(ctx.all_frames, ctx.settings))
    missing = missing_reason(metric_id, held) is not None
    end = pd.Timestamp(end)
    rows = []
    for start in month_starts(end - pd.Timedelta(microseconds=1), months):
        month = Period(start, min(start + pd.offsets.MonthBegin(1), end))
        found = _not_available(ctx, month) if missing else value_measure(ctx, metric_id, month)
        rows.append({"month": start, "value": found.value, "n": found.n})
    return pd.DataFrame(rows, columns=["month", "value", "n"])
