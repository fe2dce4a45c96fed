"""The dashboard's contents for one period and scope: what the dashboard page, presentation
mode and the meeting pack all render.

``compute_dashboard(inputs, query, progress)`` is a pure function (the window runs it on a
worker; the meeting pack calls it directly): it asks the
KPI engine for the period (and a short monthly trend per steering metric), the funnel for
the journey, the vanity rules for the panel, and the stored weekly health snapshots for the
band distribution, the at-risk list and the biggest movers (each mover with the main cause
of its move, from ``domain.health.movement``). It computes no KPI and no health score
itself; it only selects and counts what those engines and the workspace hold,
so every surface just copies the same numbers. The stored weekly snapshots come through
``StoredHealth``, a protocol the storage layer implements; nothing here reads a database.

Work that does not depend on the period (the stage history behind the funnel, the weekly
snapshots) is kept in a ``DashboardCache`` handed back with the result and reused until the
data changes.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

import numpy as np
import pandas as pd

from domain.frames import PortfolioFrames
from domain.funnel import FunnelResult, funnel
from domain.metrics import CATALOG, KpiContext, KpiReport, Period, compute_in_context, metric_trend
from domain.metrics.catalog import verdict_for
from domain.metrics.engine import measure
from domain.progress import Progress
from domain.scope import scope_ids
from domain.settings import WorkspaceSettings
from domain.stages import stage_history
from domain.vanity import VanityRow, vanity_rows

TREND_MONTHS = 6  # the tiles' small trend: the half year up to the period's end
BAND_WEEKS = 26  # the band distribution: half a year of weekly snapshots
LIST_LENGTH = 12  # at-risk and movers lists
KEPT_SCOPES = 4  # KPI contexts kept between queries (each holds its scope's memo)


class StoredHealth(Protocol):
    """The stored health history the dashboard reads (``storage.health_repo.StoredHealth``)."""

    def active_version(self) -> int:
        """The active health-model version."""
        ...

    def latest_with_trend(self, version: int) -> pd.DataFrame:
        """Per account: the latest stored score, band, stage, change_4w and trend."""
        ...

    def read_snapshots(self, version: int, since: date | None = None) -> pd.DataFrame:
        """Weekly snapshots (account_id, as_of, score, band) from ``since`` on."""
        ...


@dataclass(frozen=True)
class DashboardQuery:
    """A period and a scope: ``account_ids`` from ``domain.scope.scope_ids`` (the target
    accounts, narrowed by the filters; None = every account of the workspace)."""

    period: Period
    account_ids: frozenset[int] | None = None
    trend_months: int = TREND_MONTHS


@dataclass
class DashboardCache:
    """Period-independent inputs, valid for one load of the workspace (``generation``)."""

    generation: int = -1
    stage_history: pd.DataFrame | None = None
    snapshots: pd.DataFrame | None = None  # account_id, as_of, score, band (weekly, stored)
    health_table: pd.DataFrame | None = None  # latest per account with change_4w and trend
    drivers: dict[tuple[int, int], Any] = field(default_factory=dict)  # -> Driver or None
    causes: dict[int, tuple[str | None, Any]] = field(default_factory=dict)  # mover -> (cause, Movement)
    worlds: dict[tuple[Any, ...], Any] = field(default_factory=dict)  # ``movement.ladder``'s
    first_event: pd.Timestamp | None = None
    # One KPI context per scope (None = every account), most recent last: its memo keeps
    # what does not depend on the period (lead scores, MQL times and their campaigns, the
    # email and visitor keys) and every metric of every period asked for so far, so a
    # period seen before, or a trend month, costs nothing the second time.
    contexts: dict[frozenset[int] | None, KpiContext] = field(default_factory=dict)

    def context(self, frames: PortfolioFrames, settings: WorkspaceSettings,
                account_ids: frozenset[int] | None, prepared: Any | None = None) -> KpiContext:
        """The scope's context, new when the frames or settings it was made with changed.
        ``prepared``: the workspace's ``PreparedAggregates``, whose rows it takes."""
        ctx = self.contexts.pop(account_ids, None)
        if ctx is None or ctx.all_frames is not frames or ctx.settings != settings:
            # A scope shares the period-free indexes of the widest kept context holding all
            # its accounts (``KpiContext``): the portfolio's, or the target accounts' that
            # the dashboard shows first; and the workspace's prepared aggregates.
            ctx = KpiContext(frames, settings, account_ids,
                             portfolio=self._widest(frames, settings, account_ids),
                             prepared=prepared)
        self.contexts[account_ids] = ctx
        while len(self.contexts) > KEPT_SCOPES:
            del self.contexts[next(iter(self.contexts))]
        return ctx

    def _widest(self, frames: PortfolioFrames, settings: WorkspaceSettings,
                account_ids: frozenset[int] | None) -> KpiContext | None:
        if account_ids is None:
            return None
        wider = [ctx for ids, ctx in self.contexts.items()
                 if ctx.all_frames is frames and ctx.settings == settings
                 and (ids is None or (ids != account_ids and account_ids <= ids))]
        return max(wider, default=None, key=lambda c: float("inf") if c.account_ids is None
                   else len(c.account_ids))


@dataclass(frozen=True)
class DashboardInputs:
    """What the job reads; all of it belongs to the AppState, read-only here."""

    frames: PortfolioFrames
    settings: WorkspaceSettings
    generation: int
    stored_health: StoredHealth | None = None  # the weekly snapshots, as the workspace holds them
    health: Any | None = None  # the AppState's current health (PortfolioHealth) if scored
    cache: DashboardCache | None = None
    data_date: date | None = None  # the workspace's data date, printed "Data as of …"
    prepared: Any | None = None  # the KPI engine's PreparedAggregates of these frames


@dataclass
class HealthView:
    day: date | None  # the last day the latest scores include
    weeks: np.ndarray  # datetime64 of the snapshot days in the band chart
    band_counts: dict[str, np.ndarray]  # band -> accounts per week
    # account_id, name, owner, tier, score, change_4w, driver: why the account is listed,
    # as ids and facts (a ``Driver``; for a mover whose main cause is known, its ``Movement``);
    # ``desktop.shared.wording.listed`` words it.
    at_risk: pd.DataFrame
    movers: pd.DataFrame  # same columns and "cause", the biggest absolute 4-week changes


@dataclass
class DashboardData:
    query: DashboardQuery
    report: KpiReport
    funnel: FunnelResult | None  # ``domain.funnel``: reached by the period's end, entered in it
    first_event: pd.Timestamp | None  # the workspace's first engagement (charts start there)
    vanity: list[VanityRow]
    health: HealthView
    cache: DashboardCache
    context: KpiContext  # the KPI run's scope and memo, reused by ``compute_trends``
    # Wall time per step (kpis, funnel, health) and the worker thread's CPU time for all of
    # them ("cpu"): on a busy machine the wall time also counts other programs' turns.
    seconds: dict[str, float] = field(default_factory=dict)
    data_date: date | None = None
    in_scope: int = 0  # accounts in the scope


@dataclass(frozen=True)
class TileTrends:
    query: DashboardQuery
    months: list[pd.Timestamp]
    values: dict[str, np.ndarray]  # metric id -> value per month (NaN = n/a)
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the worker thread's CPU time for them


def filtered_account_ids(
    accounts: pd.DataFrame,
    owners: Collection[str] = (),
    tiers: Collection[int] = (),
    regions: Collection[str] = (),
    *,
    all_accounts: bool = False,
) -> frozenset[int] | None:
    """The target accounts matching every non-empty filter (``domain.scope.scope_ids``;
    ``all_accounts`` adds the non-target ones); None when that is every account."""
    return scope_ids(accounts, owners, tiers, regions, all_accounts=all_accounts)


def steering_metric_ids(settings: WorkspaceSettings) -> list[str]:
    """Metrics that get a tile: the catalog's, minus what the settings mark vanity or caution."""
    return [d.id for d in CATALOG if verdict_for(d.id, settings) == "measure"]


def compute_dashboard(
    inputs: DashboardInputs, query: DashboardQuery, progress: Progress | None = None,
    *, causes: bool = True,
) -> DashboardData:
    """The dashboard for ``query``. With ``causes=False`` a mover whose main cause is not
    known yet is listed with its strongest driver, as an at-risk account is, and
    ``movers_causes`` adds the causes after: the window paints first, then works out "what
    moved" for a scope's new movers (the most expensive step of a new scope)."""
    progress = progress or Progress.none()
    seconds: dict[str, float] = {}
    cpu_started = time.thread_time()
    cache = inputs.cache
    if cache is None or cache.generation != inputs.generation:
        cache = DashboardCache(generation=inputs.generation)

    started = time.perf_counter()
    progress.update(0.05, "computing_kpis")  # ids: the desktop words them
    ctx = cache.context(inputs.frames, inputs.settings, query.account_ids, inputs.prepared)
    report = compute_in_context(ctx, query.period)
    seconds["kpis"] = time.perf_counter() - started
    progress.check()

    started = time.perf_counter()
    progress.update(0.7, "journey_funnel")
    if cache.stage_history is None:
        activity = getattr(inputs.health, "activity", None)
        cache.stage_history = stage_history(inputs.frames, inputs.settings, activity=activity)
    # The one funnel definition (``domain.funnel``), as the workbook and the pack show it.
    journey = funnel(cache.stage_history, query.period.end, query.period.start,
                     accounts=query.account_ids)
    if cache.first_event is None and len(inputs.frames.events):
        cache.first_event = pd.Timestamp(inputs.frames.events["occurred_at"].min())
    seconds["funnel"] = time.perf_counter() - started
    progress.check()

    started = time.perf_counter()
    progress.update(0.85, "account_health")
    health = _health_view(inputs, cache, query, causes)
    seconds["health"] = time.perf_counter() - started
    seconds["cpu"] = time.thread_time() - cpu_started
    progress.update(1.0, "")
    return DashboardData(
        query=query, report=report, funnel=journey,
        first_event=cache.first_event,
        vanity=vanity_rows(report, inputs.settings), health=health, cache=cache,
        context=ctx, seconds=seconds, data_date=inputs.data_date,
        in_scope=len(inputs.frames.accounts) if query.account_ids is None
        else len(query.account_ids),
    )


def compute_trends(
    data: DashboardData, settings: WorkspaceSettings, progress: Progress | None = None
) -> TileTrends:
    """Each steering metric month by month up to the period's end (the tiles' sparklines).

    A second job after ``compute_dashboard``: the tiles show their values first and their
    trends a moment later. It reuses the KPI run's context (its memo of shared work); that
    context is used by one job at a time, never by the GUI thread.
    """
    progress = progress or Progress.none()
    started, cpu_started = time.perf_counter(), time.thread_time()
    query, ctx = data.query, data.context
    wanted = steering_metric_ids(settings)
    values: dict[str, np.ndarray] = {}
    months: list[pd.Timestamp] = []
    for i, metric_id in enumerate(wanted):
        progress.check()
        progress.update(i / max(len(wanted), 1), "monthly_trends")
        table = metric_trend(ctx.all_frames, settings, metric_id, query.period.end,
                             months=query.trend_months, context=ctx)
        months = list(table["month"])
        values[metric_id] = pd.to_numeric(table["value"], errors="coerce").to_numpy("float64")
    return TileTrends(query, months, values, time.perf_counter() - started,
                      time.thread_time() - cpu_started)


def complete_previous(data: DashboardData, progress: Progress | None = None) -> None:
    """Every metric of the previous period in full, detail tables too, kept in the KPI
    run's context: the report needs only that period's values (``compute_in_context``), but
    a step back to it then costs no more than its own previous period. A job after the
    paint, the trends and the causes, stopped by the next query (``progress.check``)."""
    progress = progress or Progress.none()
    ctx, previous = data.context, data.query.period.previous()
    for definition in CATALOG:
        progress.check()
        measure(ctx, definition.id, previous)


# -- health ------------------------------------------------------------------------------
LIST_COLUMNS = ("account_id", "name", "owner", "tier", "score", "band", "change_4w", "driver")


def movers_pending(inputs: DashboardInputs, data: DashboardData) -> bool:
    """Whether a mover listed in ``data`` still waits for its main cause
    (``compute_dashboard(..., causes=False)``)."""
    return _causes_known(inputs) and any(
        int(a) not in data.cache.causes for a in data.health.movers["account_id"])


def movers_causes(inputs: DashboardInputs, data: DashboardData) -> HealthView:
    """``data``'s health view with each mover's main cause: what ``compute_dashboard``
    gives with ``causes=True`` (a job after the paint; the causes are kept in the cache)."""
    return _health_view(inputs, data.cache, data.query, True)


def _health_view(inputs: DashboardInputs, cache: DashboardCache, query: DashboardQuery,
                 causes: bool = True) -> HealthView:
    _load_health(inputs, cache)
    table = cache.health_table
    snapshots = cache.snapshots
    ids = query.account_ids
    if snapshots is not None and len(snapshots):
        end = query.period.end
        recent = snapshots[(snapshots["as_of"] < end)
                           & (snapshots["as_of"] >= end - pd.Timedelta(weeks=BAND_WEEKS))]
        if ids is not None:
            recent = recent[recent["account_id"].isin(list(ids))]
        counts = pd.crosstab(recent["as_of"], recent["band"]) if len(recent) else pd.DataFrame()
        weeks = counts.index.to_numpy(dtype="datetime64[ns]")
        band_counts = {str(b): counts[b].to_numpy("float64") for b in counts.columns}
    else:
        weeks, band_counts = np.empty(0, dtype="datetime64[ns]"), {}
    if table is None or table.empty:
        empty = pd.DataFrame({c: pd.Series(dtype="object") for c in LIST_COLUMNS})
        return HealthView(None, weeks, band_counts, empty, empty.copy())
    if ids is not None:
        table = table[table.index.isin(list(ids))]
    at_risk = table[table["band"] == "at-risk"].sort_values(["score", "change_4w"])
    change = pd.to_numeric(table["change_4w"], errors="coerce")
    movers = table.loc[change.abs().dropna().sort_values(ascending=False).index]
    day = getattr(inputs.health, "day", None)
    if day is None and "as_of" in table.columns and len(table):
        day = pd.Timestamp(table["as_of"].max()).date()
    return HealthView(day, weeks, band_counts, _listed(at_risk, inputs, cache, at_risk=True),
                      _listed(movers, inputs, cache, at_risk=False, causes=causes))


def _load_health(inputs: DashboardInputs, cache: DashboardCache) -> None:
    if cache.health_table is not None:
        return
    table = getattr(inputs.health, "table", None)
    version = getattr(getattr(inputs.health, "model", None), "version", None)
    stored = inputs.stored_health
    if stored is not None:
        if version is None:
            version = stored.active_version()
        if table is None:
            table = stored.latest_with_trend(version)
        since = None
        if table is not None and "as_of" in getattr(table, "columns", ()) and len(table):
            since = (pd.Timestamp(table["as_of"].max()) - pd.Timedelta(weeks=104)).date()
        cache.snapshots = stored.read_snapshots(version, since=since)
    cache.health_table = _with_accounts(table, inputs.frames)


def _with_accounts(table: pd.DataFrame | None, frames: PortfolioFrames) -> pd.DataFrame:
    if table is None or len(table) == 0:
        return pd.DataFrame()
    accounts = frames.accounts.set_index(pd.to_numeric(frames.accounts["id"]).astype("int64"))
    out = table.copy()
    for column in ("name", "owner", "tier"):
        if column not in out.columns:
            out[column] = accounts[column].reindex(out.index).to_numpy()
    out["change_4w"] = pd.to_numeric(out["change_4w"], errors="coerce")
    out["score"] = pd.to_numeric(out["score"], errors="coerce")
    return out


def _listed(table: pd.DataFrame, inputs: DashboardInputs, cache: DashboardCache, *,
            at_risk: bool, causes: bool = True) -> pd.DataFrame:
    top = table.head(LIST_LENGTH)
    result = getattr(inputs.health, "result", None)
    drivers = []
    for account_id, change in zip(top.index, top["change_4w"].to_numpy("float64"), strict=True):
        # Why an account is at risk, or why it moved: the driver pulling the same way.
        impact = -1 if at_risk or not change > 0 else 1
        key = (int(account_id), impact)
        if key not in cache.drivers:
            cache.drivers[key] = _top_driver(result, int(account_id), impact)
        drivers.append(cache.drivers[key])
    listed_causes: list[str | None] = [None] * len(top)
    if not at_risk:
        ids = [int(a) for a in top.index]
        found = (_causes(inputs, cache, ids) if causes
                 else {a: cache.causes[a] for a in ids if a in cache.causes})
        for i, account_id in enumerate(top.index):
            cause, moved = found.get(int(account_id), (None, None))
            listed_causes[i] = cause
            if cause:
                drivers[i] = moved
    out = pd.DataFrame({
        "account_id": top.index.to_numpy(dtype="int64"),
        "name": top["name"].to_numpy(dtype=object),
        "owner": top["owner"].to_numpy(dtype=object),
        "tier": top["tier"].to_numpy(dtype=object),
        "score": top["score"].to_numpy(dtype="float64"),
        "band": top["band"].to_numpy(dtype=object),
        "change_4w": top["change_4w"].to_numpy(dtype="float64"),
        "driver": np.array(drivers, dtype=object),
    })
    if not at_risk:
        out["cause"] = np.array(listed_causes, dtype=object)
    return out


def _causes(inputs: DashboardInputs, cache: DashboardCache, accounts: list[int]) -> dict[int, tuple[str | None, str]]:
    """Each mover's main cause and its movement (``desktop.shared.wording.movement`` words
    them), computed once per load for all new movers together (``main_causes`` scores them in
    three more worlds at once)."""
    health = inputs.health
    needed = [a for a in accounts if a not in cache.causes]
    if needed and _causes_known(inputs):
        from domain.health.asof import end_of_day
        from domain.health.movement import main_causes

        config = health.model.config
        end = end_of_day(health.day)
        moved = main_causes(health.frames, inputs.settings, needed,
                            end - pd.Timedelta(weeks=config.trend_weeks), end, config,
                            getattr(health, "activity", None), worlds=cache.worlds)
        for account_id, movement in moved.items():
            cause = movement.main_cause if movement.change is not None else None
            cache.causes[account_id] = (cause, movement if cause else None)
    return {a: cache.causes[a] for a in accounts if a in cache.causes}


def _causes_known(inputs: DashboardInputs) -> bool:
    """Whether the movers' causes can be worked out (a scored health with its frames)."""
    health = inputs.health
    return getattr(health, "frames", None) is not None and getattr(health, "day", None) is not None


def _top_driver(result: Any, account_id: int, impact: int) -> Any:
    """The strongest driver pulling the score in the ``impact`` direction (a ``Driver``), or None."""
    if result is None:
        return None
    try:
        drivers = result.explain(account_id).drivers
    except KeyError:
        return None
    same_way = [d for d in drivers if d.impact == impact] or list(drivers)
    return same_way[0] if same_way else None
