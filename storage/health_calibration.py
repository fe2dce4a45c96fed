"""The likelihood beside each score: the active model calibrated on the workspace's history.

``calibrations`` runs the backtest of the active model over the last ``MONTHS`` month ends
and fits one ``Calibration`` per segment (``domain.health.calibration``). That is a dozen
scorings of the whole portfolio, so the fit is kept next to the workspace in
``<workspace>.calibration.json`` (mode 0600), stamped like the stored portfolio
(``storage.portfolio_cache.stamp``: any change to the data, settings or model versions
makes it stale) plus the model's configuration and the minimum-history setting. Like every
derived cache it can be deleted at any time.

The window does not wait for a stale fit: it shows the portfolio with what ``stored`` finds
(nothing after a change) and fits with ``fit_and_store`` on a worker afterwards.

``likelihoods`` gives each scored account its segment's likelihood (NaN for churned and
"no data" accounts, and for a segment without enough history).
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from domain.frames import PortfolioFrames
from domain.health.activity import Activity
from domain.health.backtest import month_starts, prepare_backtest
from domain.health.calibration import Calibration, fit
from domain.health.evaluation import calibrations_of
from domain.health.history import Progress
from domain.health.segments import PROSPECT, SEGMENTS, segments_of
from domain.settings import WorkspaceSettings
from storage.health_repo import StoredModel
from storage.portfolio_cache import stamp
from storage.workspace import Workspace

MONTHS = 12  # month ends the likelihood is calibrated on (as `abm-health backtest`)
SUFFIX = ".calibration.json"
FORMAT = 2  # 2: steps of at least MIN_BLOCK observations
_STAMP_DAY = date(2000, 1, 1)  # the fit does not depend on the day the portfolio is shown


def _path(workspace: Workspace) -> Path | None:
    return None if workspace.path is None else workspace.path.with_name(workspace.path.name + SUFFIX)


def _key(workspace: Workspace, model: StoredModel, settings: WorkspaceSettings) -> str:
    extra = json.dumps([FORMAT, MONTHS, model.version, model.config.to_dict(),
                        settings.calibration_min_observations], sort_keys=True)
    return stamp(workspace, _STAMP_DAY, extra)


def _read(workspace: Workspace, key: str) -> dict[str, Calibration] | None:
    path = _path(workspace)
    if path is None:
        return None
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored.get("stamp") != key:
            return None
        return {s: Calibration.from_dict(stored["segments"][s]) for s in SEGMENTS}
    except (OSError, ValueError, KeyError, TypeError):  # missing or foreign: fit again
        return None


def _write(workspace: Workspace, key: str, fitted: dict[str, Calibration]) -> None:
    path = _path(workspace)
    if path is None:
        return
    text = json.dumps({"stamp": key, "segments": {s: c.to_dict() for s, c in fitted.items()}})
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def stored(
    workspace: Workspace, model: StoredModel, settings: WorkspaceSettings
) -> dict[str, Calibration] | None:
    """The stored fit of ``model`` when it is still current (None: fit it first)."""
    return _read(workspace, _key(workspace, model, settings))


def fit_on_history(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    model: StoredModel,
    activity: Activity | None = None,
    progress: Progress | None = None,
) -> dict[str, Calibration]:
    """Each segment's calibration of ``model`` on the frames' last ``MONTHS`` month ends."""
    least = settings.calibration_min_observations
    dates = month_starts(frames, months=MONTHS)
    if not dates:  # no month end with 90 days after it: nothing to learn from yet
        return {s: fit(s, np.empty(0), np.empty(0, bool), least) for s in SEGMENTS}
    data = prepare_backtest(frames, settings, model.config, dates, activity=activity,
                            progress=progress)
    return calibrations_of(data, min_observations=least)


def fit_and_store(
    workspace: Workspace,
    model: StoredModel,
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    activity: Activity | None = None,
    progress: Progress | None = None,
) -> dict[str, Calibration]:
    """Fit ``model`` on the history and keep the fit beside the workspace."""
    # The stamp is read before the data is: a change made meanwhile makes the fit stale.
    key = _key(workspace, model, settings)
    fitted = fit_on_history(frames, settings, model, activity, progress)
    _write(workspace, key, fitted)
    return fitted


def calibrations(
    workspace: Workspace,
    model: StoredModel,
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    activity: Activity | None = None,
) -> dict[str, Calibration]:
    """Each segment's calibration of ``model`` on the workspace's month-end history."""
    cached = stored(workspace, model, settings)
    if cached is not None:
        return cached
    return fit_and_store(workspace, model, frames, settings, activity)


def likelihoods(
    scores: pd.Series,
    stages: pd.Series,
    fitted: dict[str, Calibration],
    open_opportunities: pd.Series | None = None,
) -> pd.Series:
    """Per account (the index of ``scores``): its segment's calibrated likelihood, or NaN.

    A prospect with an opportunity already open gets none: the backtest leaves such
    prospects out (their next step is a win or a loss), so the fit says nothing about them.
    """
    values = scores.to_numpy(dtype="float64")
    segment = segments_of(stages.reindex(scores.index).to_numpy(dtype=object))
    if open_opportunities is not None:
        in_play = open_opportunities.reindex(scores.index, fill_value=0).to_numpy() > 0
        segment[in_play & (segment == PROSPECT)] = None
    out = np.full(len(values), np.nan)
    for name, calibration in fitted.items():
        pick = segment == name
        if pick.any():
            out[pick] = calibration.likelihood(values[pick])
    return pd.Series(out, index=scores.index, name="likelihood")
