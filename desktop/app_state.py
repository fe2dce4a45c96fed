"""What the window knows right now: the open workspace, its settings, frames and health.

One ``AppState`` is shared by every page. It loads the workspace once, off the GUI thread
(``reload``), and tells the pages through ``data_changed``; pages never open a workspace of
their own. ``account_requested(id)`` asks the window to show an account page, from
wherever the account was clicked (portfolio, dashboard at-risk list, movers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd
from PySide6.QtCore import QObject, Signal

from domain.frames import PortfolioFrames
from domain.progress import Progress
from domain.settings import WorkspaceSettings
from storage.frames import load_frames
from storage.settings_repo import load_settings
from storage.workspace import Workspace


@dataclass
class LoadedData:
    """The result of one load, built on a worker thread and handed to the GUI thread."""

    settings: WorkspaceSettings
    frames: PortfolioFrames
    health: Any | None = None  # the health engine's result for ``as_of`` (None: not scored)
    trend: pd.DataFrame | None = None  # latest snapshot per account with trend and sparkline
    extras: dict[str, Any] = field(default_factory=dict)


def load_workspace_data(workspace: Workspace, as_of: date, progress: Progress) -> LoadedData:
    """Read settings and frames and score health as of ``as_of`` (runs on a worker)."""
    progress.update(0.02, "Reading settings")
    settings = load_settings(workspace)
    progress.check()
    progress.update(0.05, "Reading the workspace")
    frames = load_frames(workspace)
    progress.check()
    data = LoadedData(settings=settings, frames=frames)
    for step in _LOAD_STEPS:
        progress.check()
        step(workspace, as_of, data, progress)
    progress.update(1.0, "Ready")
    return data


# Extra load steps (health, trend) register here so the loader stays one function.
LoadStep = Callable[[Workspace, date, LoadedData, Progress], None]
_LOAD_STEPS: list[LoadStep] = []


class AppState(QObject):
    """The shared state of the window (GUI thread only)."""

    data_changed = Signal()
    account_requested = Signal(int)
    workspace_changed = Signal()
    loading_changed = Signal(bool)

    def __init__(self, workspace: Workspace, as_of: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.as_of = as_of
        self.settings = WorkspaceSettings()
        self.frames: PortfolioFrames | None = None
        self.health: Any | None = None
        self.trend: pd.DataFrame | None = None
        self.extras: dict[str, Any] = {}
        self.loading = False
        self.generation = 0  # bumps on every applied load, so views can skip stale work
        self._job = None
        self._token = 0

    @property
    def loaded(self) -> bool:
        return self.frames is not None

    def set_data(self, data: LoadedData) -> None:
        """Apply a finished load and tell every page."""
        self.settings = data.settings
        self.frames = data.frames
        self.health = data.health
        self.trend = data.trend
        self.extras = data.extras
        self.generation += 1
        self._set_loading(False)
        self.data_changed.emit()

    def reload(
        self,
        parent: QObject | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        show_progress: bool = False,
    ):
        """Reload everything off the GUI thread; ``data_changed`` follows. Returns the Job.

        Call after an import, an undo, a settings save or a model recompute.
        """
        from desktop.workers import run_job

        if self._job is not None and self._job.is_running():
            self._job.cancel()
        workspace, as_of = self.workspace, self.as_of
        self._set_loading(True)
        self._token += 1
        token = self._token

        def done(data: LoadedData) -> None:
            if token == self._token:  # a newer reload was asked for: this one is stale
                self.set_data(data)

        def failed(exc: BaseException) -> None:
            self._set_loading(False)
            if on_error is not None:
                on_error(exc)
            else:
                from desktop.errors import show_exception

                widget = parent if parent is not None and parent.isWidgetType() else None
                show_exception(widget, exc, self.tr("Loading the workspace failed"))  # type: ignore[arg-type]

        self._job = run_job(
            parent if parent is not None else self,
            self.tr("Loading the workspace"),
            lambda progress: load_workspace_data(workspace, as_of, progress),
            done,
            failed,
            show_progress=show_progress,
            on_cancel=lambda: None,
        )
        return self._job

    def set_workspace(self, workspace: Workspace) -> None:
        """Switch to another workspace (the caller closes the old one); reload follows."""
        self.workspace = workspace
        self.frames = None
        self.health = None
        self.trend = None
        self.extras = {}
        self.generation += 1
        self.workspace_changed.emit()

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
