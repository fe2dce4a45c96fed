"""What the window knows right now: the open workspace, its settings, frames and health.

Its ``as_of`` is the workspace's data date (``storage.data_date``: the latest dated record,
never later than today), read at each load, unless a day was pinned (``--as-of``, tests,
screenshots): health is scored as of it, periods end on it, and the status bar says "data
as of" it. ``view`` is what the dashboard shows (period and scope), so the export dialog
can start from it without the screens importing one another.

One ``AppState`` is shared by every page. It loads the workspace once, off the GUI thread
(``reload``), and tells the pages through ``data_changed``; pages never open a workspace of
their own. ``account_requested(id)`` asks the window to show an account page, from
wherever the account was clicked (portfolio, dashboard at-risk list, movers).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.shared.long_lived import settle
from desktop.shared.portfolio_rows import FIELDS, build_portfolio
from domain.frames import PortfolioFrames
from domain.progress import Progress
from domain.settings import WorkspaceSettings
from storage.workspace import Workspace

if TYPE_CHECKING:  # imported on the worker thread when loading, not at start-up
    from storage.health_service import PortfolioHealth

# A screen's work on the loaded portfolio rows, run on the load's worker: (rows, settings) -> extra.
Preparer = Callable[[pd.DataFrame, WorkspaceSettings], Any]

# A window on a shared workspace hears of colleagues' changes by LISTEN/NOTIFY
# (``storage.change_listener``); without a listening connection it looks this often.
WATCH_MS = 15_000
# Notifications come in bursts (two counters per transaction, several transactions per
# import): one look after the burst. While a load runs, look again after it.
HEARD_MS, BUSY_RETRY_MS = 200, 500
# Part of the stored portfolio's stamp: a change of its columns invalidates old files.
PORTFOLIO_LAYOUT = "portfolio-v1:" + ",".join(FIELDS)


@dataclass
class LoadedData:
    """The result of one load, built on a worker thread and handed to the GUI thread.

    ``complete`` is False for the quick start (the stored portfolio table only: no frames,
    no health result yet); the full load follows.
    """

    settings: WorkspaceSettings
    frames: PortfolioFrames | None
    health: PortfolioHealth | None = None  # health as of ``as_of`` (None: nothing to score)
    extras: dict[str, Any] = field(default_factory=dict)
    complete: bool = True
    as_of: date | None = None  # the day the load scored health as of
    data_date: date | None = None  # the workspace's data date (None: no dated record)


@dataclass(frozen=True)
class DashboardView:
    """The dashboard's current period ``[start, end)`` and scope, for the export dialog."""

    start: date
    end: date
    owner: str | None = None
    tier: int | None = None
    region: str | None = None
    all_accounts: bool = False


def _days(workspace: Workspace, pinned: date | None) -> tuple[date, date | None]:
    """The load's as-of day (the pinned day, else the data date, else today) and the
    data date; one cheap query per dated column."""
    from storage.data_date import data_date

    found = data_date(workspace)
    return pinned or found or date.today(), found


def quick_portfolio(workspace: Workspace, as_of: date | None, progress: Progress,
                    preparers: Mapping[str, Preparer] | None = None) -> LoadedData | None:
    """The portfolio table stored by the last full load, if nothing changed since (worker)."""
    from storage import portfolio_cache

    as_of, found = _days(workspace, as_of)
    settings = WorkspaceSettings.from_mapping(portfolio_cache.stored_settings(workspace))
    stored = portfolio_cache.read(workspace, portfolio_cache.stamp(workspace, as_of, PORTFOLIO_LAYOUT))
    if stored is None:
        return None
    frame, arrays = stored
    extras: dict[str, Any] = {"portfolio": frame, "model_version": _int_or_none(arrays.get("model_version"))}
    extras.update(_prepared(frame, settings, preparers or {}))
    if "bands_ids" in arrays:
        extras["bands_4w_ago"] = pd.Series(arrays["bands"].astype(object),
                                           index=pd.Index(arrays["bands_ids"], dtype="int64"))
    return LoadedData(settings=settings, frames=None, extras=extras, complete=False,
                      as_of=as_of, data_date=found)


def _prepared(frame: pd.DataFrame, settings: WorkspaceSettings,
              preparers: Mapping[str, Preparer]) -> dict[str, Any]:
    # Screen-specific work on the rows (formatting and indexing 10,000 of them for the
    # portfolio table) runs here, on the worker, so the GUI thread stays free. The screens
    # register it (``AppState.register_preparer``); the state never imports a screen.
    return {key: prepare(frame, settings) for key, prepare in preparers.items()}


def _int_or_none(values: np.ndarray | None) -> int | None:
    return None if values is None or not len(values) else int(values[0])


def load_workspace_data(workspace: Workspace, as_of: date | None, progress: Progress,
                        preparers: Mapping[str, Preparer] | None = None) -> LoadedData:
    """Read settings and frames, score health as of ``as_of`` (None: the data date), build
    the portfolio rows.

    Runs on a worker thread; the result is applied on the GUI thread by ``set_data``. The
    portfolio table is stored for the next quick start, under the stamp read *before* the
    data, so a change made meanwhile invalidates it.
    """
    from storage import portfolio_cache, prepared_cache
    from storage.frames import load_frames
    from desktop.shared.workers import write_notifier
    from storage.health_repo import active_model, find_active_model
    from storage.settings_repo import load_settings, settings_version

    progress.update(0.02, QCoreApplication.translate("AppState", "Reading settings"))
    as_of, found = _days(workspace, as_of)
    if find_active_model(workspace) is None:
        active_model(workspace)  # a new workspace gets its first model now, not mid-load
        # This window's own write: the watcher must not call it another program's change.
        # Delivered on the GUI thread before the load's end, so before the next poll.
        write_notifier().write_finished.emit()
    key = portfolio_cache.stamp(workspace, as_of, PORTFOLIO_LAYOUT)
    # Read before the settings: a save made on it is refused if anyone saved in between.
    settings_at = settings_version(workspace).version
    settings = load_settings(workspace)
    progress.check()
    progress.update(0.05, QCoreApplication.translate("AppState", "Reading the workspace"))
    prepared_key = prepared_cache.stamp(workspace, settings)  # before the frames, as ``key``
    frames = load_frames(workspace)
    progress.check()
    data = LoadedData(settings=settings, frames=frames, as_of=as_of, data_date=found)
    data.extras["settings_version"] = settings_at
    # The KPI engine's period-free work, read from its file (prepared and stored after a
    # change): the dashboard's and the reports' KPI contexts take their rows of it.
    data.extras["kpi_prepared"] = prepared_cache.prepared_for(workspace, frames, settings,
                                                              prepared_key)
    progress.check()
    progress.update(0.45, QCoreApplication.translate("AppState", "Scoring account health"))
    health = _score_health(workspace, as_of, frames, settings)
    progress.check()
    data.health = health
    table = health.table if health is not None else None
    facts = health.result.facts if health is not None else None
    # Every account, flagged: the portfolio's filter shows the targets unless asked for all.
    portfolio = build_portfolio(frames.accounts, table, facts, targets_only=False)
    data.extras["portfolio"] = portfolio
    data.extras.update(_prepared(portfolio, settings, preparers or {}))
    arrays: dict[str, np.ndarray] = {}
    if health is not None:
        bands = _stored_bands_before(workspace, health, as_of)
        data.extras["bands_4w_ago"] = bands
        data.extras["model_version"] = health.model.version
        arrays["model_version"] = np.array([health.model.version], dtype="int64")
        if bands is not None:
            arrays["bands_ids"] = bands.index.to_numpy(dtype="int64")
            arrays["bands"] = np.array([str(b) if isinstance(b, str) else "" for b in bands], dtype=str)
    data.extras["stored_arrays"] = arrays
    if health is not None and health.likelihood_pending:
        data.extras["likelihood_pending"] = True  # stored again once the likelihoods are in
    portfolio_cache.write(workspace, key, portfolio, arrays)
    data.extras["stamp"] = key  # what the data looked like: a later change shows in it
    data.extras["stamp_as_of"] = as_of  # the day it was computed for
    progress.update(0.95, QCoreApplication.translate("AppState", "Indexing accounts"))
    from desktop.shared.account_rows import AccountRows

    streams = {}
    if health is not None:
        # The account page's committee counts scored touches only (domain.committee).
        streams = {"touches": health.activity.touches}
    data.extras["account_rows"] = AccountRows(frames, streams)
    progress.update(1.0, QCoreApplication.translate("AppState", "Ready"))
    return data


def _score_health(
    workspace: Workspace, as_of: date, frames: PortfolioFrames, settings: WorkspaceSettings
) -> PortfolioHealth | None:
    from storage.health_service import portfolio_health

    if frames.accounts.empty:
        return None
    # A stale likelihood fit (a backtest over 12 month ends) is not worth waiting for: the
    # portfolio shows first, and ``add_likelihoods`` fits on a worker afterwards.
    return portfolio_health(workspace, as_of, frames=frames, settings=settings, fit=False)


def add_likelihoods(workspace: Workspace, data: LoadedData, progress: Progress,
                    preparers: Mapping[str, Preparer] | None = None
                    ) -> tuple[PortfolioHealth, dict[str, Any]] | None:
    """The health of ``data`` (a complete load whose likelihoods were left out) with the
    likelihood fitted on the workspace's history, and the extras that change with it (the
    portfolio rows, rebuilt and stored); None when nothing was scored (worker thread)."""
    from storage import portfolio_cache
    from storage.health_service import with_likelihoods

    def step(done: int, total: int, message: str) -> bool:
        # The backtest's own step (an id with facts), worded by the job runner in the
        # window's language; the job's title says it is the likelihood being fitted.
        progress.update(done / max(total, 1), message)
        progress.check()
        return True

    if data.health is None or data.frames is None:
        return None
    health = with_likelihoods(workspace, data.health, data.settings, step)
    portfolio = build_portfolio(data.frames.accounts, health.table, health.result.facts,
                                targets_only=False)
    updates: dict[str, Any] = {"portfolio": portfolio}
    updates.update(_prepared(portfolio, data.settings, preparers or {}))
    portfolio_cache.write(workspace, data.extras["stamp"], portfolio,
                          data.extras.get("stored_arrays", {}))
    return health, updates


def _stored_bands_before(workspace: Workspace, health: Any, as_of: date) -> pd.Series | None:
    """Each account's stored band about four weeks before ``as_of`` (None: no snapshot)."""
    from storage.health_repo import read_snapshots

    weeks = int(getattr(health.model.config, "trend_weeks", 4))
    then = pd.Timestamp(as_of) - pd.Timedelta(weeks=weeks)
    # The weekly snapshot on that day or in the six days before it (as the trend does).
    stored = read_snapshots(workspace, health.model.version,
                            since=(then - pd.Timedelta(days=6)).date(), until=then.date())
    if stored.empty:
        return None
    latest = stored.sort_values("as_of").drop_duplicates("account_id", keep="last")
    return pd.Series(latest["band"].to_numpy(), index=pd.Index(latest["account_id"], dtype="int64"))


class AppState(QObject):
    """The shared state of the window (GUI thread only).

    Signals: ``portfolio_ready`` whenever the portfolio table changed (also after the quick
    start, when ``frames`` and ``health`` are still None); ``data_changed`` after each
    complete load, when frames, settings and health are all current; ``likelihoods_ready``
    when a load's likelihoods, fitted after it, are in ``health`` and the portfolio rows.
    """

    data_changed = Signal()
    portfolio_ready = Signal()
    account_requested = Signal(int)
    workspace_changed = Signal()
    loading_changed = Signal(bool)
    notes_changed = Signal(int)  # account id whose notes were edited
    changed_elsewhere = Signal()  # another session changed the shared workspace; reloading
    _heard = Signal()  # from the listener's thread: a colleague committed a change
    likelihoods_ready = Signal()  # the likelihoods a load left out are in the portfolio rows

    def __init__(self, workspace: Workspace, as_of: date | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.pinned_as_of = as_of  # None: follow the workspace's data date
        self.as_of = as_of or date.today()  # until the first load says otherwise
        self.data_date: date | None = None
        self.view: DashboardView | None = None
        self.settings = WorkspaceSettings()
        self.frames: PortfolioFrames | None = None
        self.health: PortfolioHealth | None = None
        self.extras: dict[str, Any] = {}
        self.loading = False
        # True from a load that left the likelihoods out until they are fitted and shown.
        self.likelihood_pending = False
        self.generation = 0  # bumps on every applied load, so views can skip stale work
        self._job = None
        self._token = 0
        self._preparers: dict[str, Preparer] = {}
        # A shared (PostgreSQL) workspace changes under the window: listen for it.
        self._reload_parent: QObject | None = None
        self._watch: QTimer | None = None  # the fallback poll, made only when needed
        self._listener = None  # storage.change_listener.ChangeListener on a server workspace
        self._look_soon = QTimer(self, singleShot=True, interval=HEARD_MS)
        self._look_soon.timeout.connect(self._look_after_notice)
        # Queued: emitted on the listener's thread, handled on this one.
        self._heard.connect(lambda: self._look_soon.start(HEARD_MS))
        self._watch_workspace()

    @property
    def listening(self) -> bool:
        """True while a listener hears the server's change notifications."""
        return self._listener is not None

    def _watch_workspace(self) -> None:
        self.stop_watching()
        if self.workspace.engine.dialect.name != "postgresql":
            return  # a file: the window's WorkspaceWatcher asks SQLite's data_version
        from storage.change_listener import ChangeListener

        listener = ChangeListener(self.workspace, self._heard.emit)
        if listener.start():
            self._listener = listener
            return
        if self._watch is None:  # no listening connection (yet): look now and then
            self._watch = QTimer(self)
            self._watch.setInterval(WATCH_MS)
            self._watch.timeout.connect(self.check_for_changes)
        self._watch.start()

    def _look_after_notice(self) -> None:
        if self.loading:
            self._look_soon.start(BUSY_RETRY_MS)  # the load may predate the change
            return
        self.check_for_changes()  # nothing loaded yet: the next load reads it all anyway

    def stop_watching(self) -> None:
        """Stop listening and looking for colleagues' changes (the window is closing)."""
        if self._watch is not None:
            self._watch.stop()
        self._look_soon.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def check_for_changes(self) -> bool:
        """Reload when someone else changed the workspace since the last full load (its data
        stamp moved); returns True when a reload was started. Quiet when it cannot look."""
        if self.loading or not self.loaded or "stamp" not in self.extras:
            return False
        from storage import portfolio_cache

        try:
            day = self.extras.get("stamp_as_of", self.as_of)
            now = portfolio_cache.stamp(self.workspace, day, PORTFOLIO_LAYOUT)
        except Exception:  # noqa: BLE001 - server away for a moment: look again next time
            return False
        if now == self.extras["stamp"]:
            return False
        self.changed_elsewhere.emit()
        self.reload(self._reload_parent)  # the window that asked for loads owns this one too
        return True

    def shown_data_day(self) -> date:
        """The day "Data as of" names: the as-of, but never after the workspace's data date.

        A day chosen after the last record shows nothing newer than that record, so every
        surface (portfolio, status bar, dashboard, reports) names the data date then.
        """
        latest = self.data_date
        return self.as_of if latest is None or self.as_of <= latest else latest

    def register_preparer(self, key: str, prepare: Preparer) -> None:
        """Have every later load put ``prepare(rows, settings)`` into ``extras[key]``."""
        self._preparers[key] = prepare

    @property
    def loaded(self) -> bool:
        """True once a complete load (frames and health) has been applied."""
        return self.frames is not None

    def set_data(self, data: LoadedData) -> None:
        """Apply a load and tell the pages (a quick start only updates the portfolio)."""
        self.settings = data.settings
        self.extras = data.extras
        if data.as_of is not None:
            self.as_of = data.as_of
            self.data_date = data.data_date
        self.generation += 1
        if data.complete:
            self.frames = data.frames
            self.health = data.health
            self._set_loading(False)
        self.likelihood_pending = bool(data.extras.get("likelihood_pending"))
        self.portfolio_ready.emit()
        if data.complete:
            self.data_changed.emit()
            # The pages have taken the new data: the load's objects leave the collections.
            settle()
        if data.complete and self.likelihood_pending:
            self._fit_likelihoods(data)

    def _fit_likelihoods(self, data: LoadedData) -> None:
        """Fit the likelihood after the portfolio has painted; the rows follow when it is in
        (``portfolio_ready`` and ``likelihoods_ready``: only the likelihood changed, so the
        screens that do not show it are not redrawn). A reload asked for meanwhile cancels it
        (its own load fits again if still needed)."""
        from desktop.shared.workers import run_job

        workspace, preparers, token = self.workspace, dict(self._preparers), self._token

        def done(result: tuple[PortfolioHealth, dict[str, Any]] | None) -> None:
            if token != self._token:
                return
            self.likelihood_pending = False
            self.extras.pop("likelihood_pending", None)
            if result is None:
                return
            # Only the health and the rows: settings changed meanwhile (a saved filter) stay.
            self.health, updates = result
            self.extras.update(updates)
            self.generation += 1
            self.portfolio_ready.emit()
            self.likelihoods_ready.emit()

        def stopped(*_args) -> None:
            # The likelihood stays "n/a" until the next load; the scores are all there.
            if token == self._token:
                self.likelihood_pending = False

        # Owned by the state, not the window: a quiet job, so its progress never replaces
        # a notice in the status bar; the column filling in is what the user sees.
        self._job = run_job(self, self.tr("Calibrating the likelihood"),
                            lambda progress: add_likelihoods(workspace, data, progress, preparers),
                            done, stopped, show_progress=False, on_cancel=stopped)

    def reload(
        self,
        parent: QObject | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        show_progress: bool = False,
        quick: bool = False,
    ):
        """Reload everything off the GUI thread; ``data_changed`` follows. Returns the Job.

        Call after an import, an undo, a settings save or a model recompute. ``quick``
        (start-up) first shows the stored portfolio table when it is still current.
        """
        from desktop.shared.workers import run_job

        if self._job is not None and self._job.is_running():
            self._job.cancel()
        workspace, as_of, preparers = self.workspace, self.pinned_as_of, dict(self._preparers)
        self._set_loading(True)
        self._token += 1
        token = self._token
        owner = parent if parent is not None else self
        if parent is not None:
            self._reload_parent = parent

        def done(data: LoadedData | None) -> None:
            if token == self._token and data is not None:  # else a newer reload was asked for
                self.set_data(data)

        def failed(exc: BaseException) -> None:
            if token != self._token:
                return
            self._set_loading(False)
            if on_error is not None:
                on_error(exc)
            else:
                from desktop.shared.errors import show_exception

                widget = parent if parent is not None and parent.isWidgetType() else None
                show_exception(widget, exc, self.tr("Loading the workspace failed"))  # type: ignore[arg-type]

        def cancelled() -> None:
            if token == self._token:
                self._set_loading(False)

        def full() -> None:
            if token != self._token:
                return
            self._job = run_job(owner, self.tr("Loading the workspace"),
                                lambda progress: load_workspace_data(workspace, as_of, progress, preparers),
                                done, failed, show_progress=show_progress, on_cancel=cancelled)

        if not quick:
            full()
            return self._job

        def quick_done(data: LoadedData | None) -> None:
            done(data)
            # Let the stored table paint before the full load competes for the interpreter.
            QTimer.singleShot(150 if data is not None else 0, full)

        def quick_failed(_exc: BaseException) -> None:
            full()  # the stored table is only a head start; the full load says what is wrong

        self._job = run_job(owner, self.tr("Opening the portfolio"),
                            lambda progress: quick_portfolio(workspace, as_of, progress, preparers),
                            quick_done, quick_failed, show_progress=False)
        return self._job

    def set_workspace(self, workspace: Workspace) -> None:
        """Switch to another workspace (the caller closes the old one); reload follows."""
        self.workspace = workspace
        self.frames = None
        self.health = None
        self.extras = {}
        self.view = None
        self.generation += 1
        self._watch_workspace()
        self.workspace_changed.emit()

    def replace_account_notes(self, account_id: int, notes: list) -> None:
        """Keep the loaded notes frame current after the account page edited its notes."""
        if self.frames is None:
            return
        from domain.frames import normalise_frame
        from storage.notes_repo import notes_frame

        current = self.frames.notes
        others = current[pd.to_numeric(current["account_id"], errors="coerce") != account_id]
        fresh = normalise_frame("notes", notes_frame(notes))
        parts = [p for p in (others, fresh) if len(p)]
        self.frames.notes = (pd.concat(parts, ignore_index=True) if parts else fresh)
        self.notes_changed.emit(account_id)

    def request_account(self, account_id: int) -> None:
        self.account_requested.emit(int(account_id))

    def save_settings(self, settings: WorkspaceSettings) -> None:
        """Store settings in the workspace (one transaction) and reload under them."""
        from storage.settings_repo import save_settings

        save_settings(self.workspace, settings)
        self.settings = settings
        self.reload()

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    # -- the day shown ---------------------------------------------------------------------
    @property
    def showing_past(self) -> bool:
        """True when the window shows a day before the workspace's data date."""
        latest = getattr(self, "data_date", None)
        return latest is not None and self.as_of < latest

    def set_as_of(self, day: date | None, parent: QObject | None = None,
                  on_error: Callable[[BaseException], None] | None = None):
        """Show every screen as of ``day`` (None: follow the data date again); the load
        runs off the GUI thread, scoring health as of that day (with the weekly snapshots
        stored up to it), and ``data_changed`` follows."""
        self.pinned_as_of = day
        if day is not None:
            self.as_of = day
        return self.reload(parent, on_error=on_error)
