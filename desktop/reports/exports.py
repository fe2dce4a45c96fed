"""The three exports as pure jobs ``fn(progress) -> ExportResult``, for the CLI and the window.

``ReportInputs`` is what every export reads: the frames, the settings and the health
service's result (``storage.health_service.PortfolioHealth``: scores, explanations, trend
and sparklines). The command line builds it from the workspace (``load_inputs``); the
window hands over what its ``AppState`` already holds, so an export never reloads the
workspace. The jobs run on a worker thread; Qt's PDF writer and QPainter are safe there.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from PySide6.QtCore import QCoreApplication

from desktop.i18n.install import active_language
from desktop.i18n.placeholders import arg
from desktop.reports.workbook_words import CATALOG_WORDS, worded
from desktop.shared.wording.likelihood import calibrated_here, shortfall
from domain.frames import PortfolioFrames
from domain.funnel import funnel
from domain.metrics import KpiContext, Period, compute_in_context, compute_kpis
from domain.progress import Progress
from domain.report_contents.account import AccountReport, account_report
from domain.report_contents.workbook import HealthInputs, portfolio_workbook
from domain.scope import scope_ids
from domain.settings import WorkspaceSettings
from domain.stages import stage_history
from storage.exports import write_csv_files, write_xlsx

FORMATS = ("xlsx", "csv")
translate = QCoreApplication.translate


@dataclass
class ReportInputs:
    frames: PortfolioFrames
    settings: WorkspaceSettings
    health: Any | None = None  # storage.health_service.PortfolioHealth, None when not scored
    workspace: Any | None = None  # storage.workspace.Workspace, for stored health snapshots
    data_date: date | None = None  # the workspace's data date ("Data as of …")
    prepared: Any | None = None  # the KPI engine's PreparedAggregates of ``frames``, if at hand


@dataclass
class ExportResult:
    paths: list[Path]
    pages: int | None = None  # PDF page count
    rows: dict[str, int] = field(default_factory=dict)  # sheet -> rows written

    @property
    def path(self) -> Path:
        return self.paths[0]


def load_inputs(workspace: Any, day: date, progress: Progress | None = None) -> ReportInputs:
    """Read the workspace and score its health as of the end of ``day`` (for the CLI)."""
    from storage import prepared_cache
    from storage.data_date import data_date
    from storage.frames import load_frames
    from storage.health_service import portfolio_health
    from storage.settings_repo import load_settings

    progress = progress or Progress.none()
    progress.update(0.05, translate("ReportExport", "Reading the workspace"))
    settings = load_settings(workspace)
    key = prepared_cache.stamp(workspace, settings)  # before the frames
    frames = load_frames(workspace)
    prepared = prepared_cache.prepared_for(workspace, frames, settings, key)
    progress.check()
    progress.update(0.4, translate("ReportExport", "Scoring account health"))
    health = portfolio_health(workspace, day, frames=frames, settings=settings)
    progress.check()
    return ReportInputs(frames, settings, health, workspace, data_date(workspace), prepared)


def health_as_of(inputs: ReportInputs, day: date) -> Any | None:
    """The health to print as of ``day``: the inputs' own when scored as of that day, else
    scored now (the window hands over the data date's health; a report for an earlier
    period is scored as of its last day, as ``abm-health report`` does)."""
    health = inputs.health
    if health is None or inputs.workspace is None or getattr(health, "day", day) == day:
        return health
    from storage.health_service import portfolio_health

    return portfolio_health(inputs.workspace, day, frames=inputs.frames,
                            settings=inputs.settings, model=health.model)


def _last_day(period: Period) -> date:
    return (period.end - pd.Timedelta(days=1)).date()


def account_contents(inputs: ReportInputs, account_id: int, period: Period) -> AccountReport:
    """The account report's contents from the KPI engine and the health service's result."""
    context = KpiContext(inputs.frames, inputs.settings, [account_id], prepared=inputs.prepared)
    # The report prints each metric's value, n and flags, never a detail table.
    kpis = compute_in_context(context, period, details=False)
    health = health_as_of(inputs, _last_day(period))
    explanation, trend, change, sparkline, config = None, None, None, (), None
    likelihood, note, moved = None, "", None
    if health is not None and account_id in health.result.frame.index:
        explanation = health.result.explain(account_id)
        row = health.table.loc[account_id]
        trend, change = row.get("trend"), row.get("change_4w")
        sparkline = tuple(row.get("sparkline") or ())
        config = health.model.config
        likelihood, note = row.get("likelihood"), likelihood_note(health, row)
        moved = _movement(inputs, health, account_id, context.frames)
    # The context's frames are already narrowed to the account: the sections reuse them.
    return account_report(
        context.frames, inputs.settings, account_id, kpis, explanation,
        trend=trend if isinstance(trend, str) else None, change_4w=change,
        sparkline=sparkline, config=config, data_date=inputs.data_date,
        likelihood=likelihood, likelihood_note=note, moved=moved,
    )


def likelihood_note(health: Any, row: Any) -> str:
    """What the likelihood is of and on how much history, or why there is none."""
    from domain.health.segments import segment_of

    stage = row.get("stage")
    segment = segment_of(stage)
    if segment is None:
        return translate("ReportExport", "churned") if stage == "churned" else translate("ReportExport", "no score")
    calibration = getattr(health, "calibrations", {}).get(segment)
    if calibration is None:
        return translate("ReportExport", "not calibrated")
    value = row.get("likelihood")
    if value is not None and value == value:
        return calibrated_here(calibration)
    return shortfall(calibration) or translate("ReportExport", "an opportunity is already open")


def _movement(inputs: ReportInputs, health: Any, account_id: int, own: Any = None) -> Any:
    """What moved the score in the four weeks up to the day ``health`` was scored (the
    versions of those days when the workspace is at hand, else the active model on both).
    ``own``: the account's rows of ``inputs.frames``, already narrowed for its KPIs."""
    if inputs.workspace is not None:
        from storage.health_movement import account_movement

        same = getattr(health, "frames", None) is inputs.frames  # ``own`` is a slice of them
        return account_movement(inputs.workspace, health, account_id, own=own if same else None)
    from domain.health.asof import end_of_day
    from domain.health.movement import what_moved

    end = end_of_day(health.day)
    return what_moved(inputs.frames, inputs.settings, account_id, end - pd.Timedelta(weeks=4),
                      end, health.model.config, activity=health.activity)


def export_account(inputs: ReportInputs, account_id: int, period: Period, path: str | Path,
                   progress: Progress | None = None) -> ExportResult:
    from desktop.reports.account_report import write_account_report

    progress = progress or Progress.none()
    progress.update(0.1, translate("ReportExport", "Computing the account's KPIs"))
    report = account_contents(inputs, account_id, period)
    progress.check()
    progress.update(0.6, arg(translate("ReportExport", "Writing %1"), Path(path).name))
    pages = write_account_report(report, path)
    progress.update(1.0, arg(translate("ReportExport", "Wrote %1"), Path(path).name))
    return ExportResult([Path(path)], pages=pages)


def export_portfolio(inputs: ReportInputs, period: Period, path: str | Path, fmt: str = "xlsx",
                     progress: Progress | None = None,
                     account_ids: Collection[int] | None | Literal["targets"] = "targets",
                     ) -> ExportResult:
    """The portfolio workbook as one XLSX file, or (``fmt="csv"``) a folder of CSV files.

    ``account_ids`` is the scope (``domain.scope``): by default the target accounts; None
    for every account of the workspace.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown workbook format {fmt!r}; expected one of {', '.join(FORMATS)}")
    ids = scope_ids(inputs.frames.accounts) if account_ids == "targets" else account_ids
    progress = progress or Progress.none()
    progress.update(0.05, translate("ReportExport", "Computing the portfolio's KPIs"))
    kpis = compute_kpis(inputs.frames, inputs.settings, period, ids, prepared=inputs.prepared)
    progress.check()
    progress.update(0.3, translate("ReportExport", "Scoring account health"))
    health = health_as_of(inputs, _last_day(period))
    progress.check()
    progress.update(0.4, translate("ReportExport", "Journey funnel"))
    activity = getattr(health, "activity", None)
    history = stage_history(inputs.frames, inputs.settings, activity=activity)
    journey = funnel(history, period.end, period.start, accounts=ids)
    progress.check()
    health_inputs = None
    if health is not None:
        health_inputs = HealthInputs(
            frame=health.result.frame, facts=health.result.facts,
            trend=health.table[["trend", "change_4w"]], config=health.model.config,
            model_version=health.model.version,
        )
    book = worded(portfolio_workbook(inputs.frames, inputs.settings, kpis, health_inputs,
                                     journey, ids, inputs.data_date, CATALOG_WORDS))
    rows = {sheet.heading or sheet.name: len(sheet) for sheet in book.sheets}
    writing = progress.sub(0.55, 1.0)
    if fmt == "csv":
        paths = write_csv_files(book, path, writing.update)
    else:
        paths = [write_xlsx(book, path, writing.update, language=active_language())]
    progress.update(1.0, translate("ReportExport", "Done"))
    return ExportResult(paths, rows=rows)


def export_meeting(inputs: ReportInputs, period: Period, account_ids: Collection[int] | None,
                   scope: str, path: str | Path, progress: Progress | None = None) -> ExportResult:
    """The meeting pack: ``compute_dashboard`` for the period and scope (``account_ids`` from
    ``domain.scope``, None = every account), so it shows what the dashboard shows."""
    from desktop.reports.meeting_pack import write_meeting_pack
    from domain.report_contents.dashboard import DashboardInputs, DashboardQuery, compute_dashboard
    from storage.health_repo import StoredHealth

    progress = progress or Progress.none()
    query = DashboardQuery(period, None if account_ids is None else frozenset(account_ids))
    data = compute_dashboard(
        DashboardInputs(inputs.frames, inputs.settings, generation=0,
                        stored_health=None if inputs.workspace is None else StoredHealth(inputs.workspace),
                        health=inputs.health, data_date=inputs.data_date,
                        prepared=inputs.prepared),
        query, progress.sub(0.0, 0.7),
    )
    progress.check()
    progress.update(0.75, arg(translate("ReportExport", "Writing %1"), Path(path).name))
    version = getattr(getattr(inputs.health, "model", None), "version", None)
    pages = write_meeting_pack(data, scope, inputs.settings.currency, path, version)
    progress.update(1.0, arg(translate("ReportExport", "Wrote %1"), Path(path).name))
    return ExportResult([Path(path)], pages=pages)
