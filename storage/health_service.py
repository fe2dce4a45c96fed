"""Health work that needs the workspace: the portfolio's health in one call, and history jobs.

``portfolio_health`` is what the portfolio window, the CLI and the reports call on a cold
start: it loads the frames once (or takes the ones you already have), prepares activity
once, scores every account as of the date and four weeks earlier (for the trend), and
joins the stored weekly sparkline, and the likelihood of each account's outcome calibrated
on the workspace's history (``storage.health_calibration``). ``recompute_history`` and ``fill_history`` are the
background jobs behind "change the weights" and "first start": pure Python with a Qt-free
``progress(done, total, message) -> bool`` callback (``False`` cancels, nothing is written).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from domain.frames import PortfolioFrames
from domain.health.activity import Activity
from domain.health.asof import day_of, end_of_day
from domain.health.calibration import Calibration
from domain.health.history import HistoryCancelled, HistoryJob, Progress, run, weekly_dates
from domain.health.model import COMPONENTS, HealthModelConfig
from domain.health.score import HealthResult, score_accounts
from domain.health.trend import change_between
from domain.health.world_key import world_key
from domain.settings import WorkspaceSettings
from storage.frames import load_frames
from storage.health_calibration import calibrations as fit_calibrations
from storage.health_calibration import fit_and_store, likelihoods, stored
from storage.health_repo import (
    StoredModel,
    active_model,
    find_active_model,
    read_snapshots,
    save_model,
    snapshot_days,
    write_snapshots,
)
from storage.locks import RECOMPUTE, throughout
from storage.settings_repo import load_settings
from storage.workspace import Workspace

PORTFOLIO_COLUMNS: tuple[str, ...] = (
    "external_id", "name", "tier", "owner", "is_target", "stage", "score", "band",
    "trend", "change_4w", "sparkline", "likelihood", *COMPONENTS,
)


@dataclass
class PortfolioHealth:
    """Everything the portfolio shows about health, plus the result behind the drivers."""

    day: date  # the last day the data includes
    model: StoredModel
    result: HealthResult  # .explain(account_id) for the account page and reports
    table: pd.DataFrame  # account_id index; PORTFOLIO_COLUMNS
    frames: PortfolioFrames
    activity: Activity
    # Per segment (customer, prospect): the fit behind "likelihood", with its observations.
    calibrations: dict[str, Calibration] = field(default_factory=dict)
    # The whole-portfolio scorings behind "what moved" (``domain.health.movement.ladder``),
    # kept with this result: every account page and report of the same day reuses them.
    worlds: dict[tuple[object, ...], HealthResult] = field(default_factory=dict)
    # True when the likelihoods were left out because the stored fit was stale
    # (``fit=False``): ``with_likelihoods`` fills them in.
    likelihood_pending: bool = False


def portfolio_health(
    workspace: Workspace,
    day: date | None = None,
    frames: PortfolioFrames | None = None,
    settings: WorkspaceSettings | None = None,
    model: StoredModel | None = None,
    sparklines: bool = True,
    likelihood: bool = True,
    fit: bool = True,
) -> PortfolioHealth:
    """Scores, bands, stages, trend and sparklines of every account as of the end of ``day``.

    ``sparklines=False`` skips reading the stored weeks (a few seconds for 10,000 accounts
    on a slow disk): each sparkline is then just today's score, and ``sparklines_for`` can
    fill them in later. ``likelihood=False`` skips the calibration (NaN likelihoods), which
    costs a backtest the first time a workspace's data or model changes; ``fit=False`` uses
    the stored fit when it is current and otherwise leaves the likelihoods out with
    ``likelihood_pending`` set, for ``with_likelihoods`` to fill in off the first paint.
    """
    day = day or date.today()
    frames = frames if frames is not None else load_frames(workspace)
    settings = settings or load_settings(workspace)
    model = model or active_model(workspace)
    config = model.config
    instant = end_of_day(day)
    activity = Activity.prepare(frames, settings)
    result = score_accounts(frames, settings, config, instant, activity, model.version)
    earlier = score_accounts(
        frames, settings, config, instant - pd.Timedelta(weeks=config.trend_weeks), activity
    )
    table = result.frame.copy()
    change, arrows = change_between(
        table["score"].astype("float64"), earlier.frame["score"].astype("float64"),
        config.trend_threshold,
    )
    table["change_4w"] = change.to_numpy()
    table["trend"] = pd.Series(arrows.to_numpy(), index=table.index, dtype=object)
    table["sparkline"] = (
        sparklines_for(workspace, model, day, table["score"]) if sparklines
        else [[float(v)] for v in table["score"].to_numpy()]
    )
    pending = False
    if not likelihood:
        fitted = {}
    elif fit:
        fitted = fit_calibrations(workspace, model, frames, settings, activity)
    else:
        found = stored(workspace, model, settings)
        fitted, pending = found or {}, found is None
    table["likelihood"] = likelihoods(
        table["score"], table["stage"], fitted, result.facts["stage_open_opportunities"]
    ).to_numpy()
    # The two scorings are also two worlds of "what moved" over the trend's weeks (the
    # active model on both days): the first account page or report of the day skips them.
    worlds = {
        world_key(frames, settings, instant, config, model.version): result,
        world_key(frames, settings, earlier.as_of, config, model.version):
            replace(earlier, model_version=model.version),
    }
    return PortfolioHealth(
        day=day, model=model, result=result, table=table[list(PORTFOLIO_COLUMNS)],
        frames=frames, activity=activity, calibrations=fitted, worlds=worlds,
        likelihood_pending=pending,
    )


def with_likelihoods(
    workspace: Workspace,
    health: PortfolioHealth,
    settings: WorkspaceSettings,
    progress: Progress | None = None,
) -> PortfolioHealth:
    """``health`` with its likelihoods: the model fitted on the history and the fit stored
    (what ``portfolio_health`` does in line when ``fit`` is True, so the numbers are the same)."""
    fitted = fit_and_store(workspace, health.model, health.frames, settings, health.activity,
                           progress)
    table = health.table.copy()
    table["likelihood"] = likelihoods(
        table["score"], table["stage"], fitted, health.result.facts["stage_open_opportunities"]
    ).to_numpy()
    # The same day's scorings: the "what moved" worlds kept with it stay valid.
    return replace(health, table=table, calibrations=fitted, likelihood_pending=False)


def sparklines_for(
    workspace: Workspace, model: StoredModel, day: date, current: pd.Series
) -> list[list[float]]:
    """Per account of ``current`` (scores indexed by account id): the stored weekly scores of
    the ``sparkline_weeks`` weeks before ``day``, oldest first, then today's score."""
    since = pd.Timestamp(day) - pd.Timedelta(weeks=model.config.sparkline_weeks)
    stored = read_snapshots(workspace, model.version, since=since.date(), until=day, labels=False)
    stored = stored[stored["as_of"] < pd.Timestamp(day)].sort_values("as_of")
    keep = model.config.sparkline_weeks - 1
    if keep > 0 and len(stored):
        stored = stored.groupby("account_id").tail(keep)
    else:
        stored = stored.iloc[0:0]
    today = pd.DataFrame({"account_id": current.index.to_numpy(dtype="int64"),
                          "score": current.to_numpy(dtype="float64")})
    both = pd.concat([stored[["account_id", "score"]], today], ignore_index=True)
    series = both.groupby("account_id", sort=False)["score"].agg(list)
    return list(series.reindex(current.index).to_numpy())


def _waiting(progress: Progress | None) -> tuple:
    """The ``on_wait`` and ``while_waiting`` of a job's lock: the sentence naming who
    recomputes goes to ``progress``, and a cancel there ends the wait."""
    said = [""]

    def on_wait(sentence: str) -> None:
        said[0] = sentence
        if progress is not None and progress(0, 1, sentence) is False:
            raise HistoryCancelled(sentence)

    def while_waiting() -> None:
        if progress is not None and progress(0, 1, said[0]) is False:
            raise HistoryCancelled(said[0])

    return on_wait, while_waiting


def recompute_history(
    workspace: Workspace,
    config: HealthModelConfig,
    progress: Progress | None = None,
    weeks: int | None = None,
    until: date | None = None,
    frames: PortfolioFrames | None = None,
) -> StoredModel:
    """Save ``config`` as a new active model version with its weekly history recomputed
    (when it equals the active version's, that version is kept and its missing weeks filled).

    The history is computed first; the version and its snapshots are then written in one
    transaction, so a cancelled or failed job leaves the workspace as it was. Snapshots of
    older versions are kept. On a shared workspace one recompute runs at a time, from
    start to end: a second one waits (``progress`` hears who recomputes), and does nothing
    if the first one has meanwhile made ``config`` the active model with every week.
    """
    config = config.validated()
    end = end_of_day(until or date.today())

    def done_meanwhile() -> bool:
        current = find_active_model(workspace)
        return (current is not None and current.config == config
                and not _missing(workspace, current, end, weeks))

    on_wait, while_waiting = _waiting(progress)
    with throughout(workspace, RECOMPUTE, "recomputing the health history",
                    on_wait=on_wait, while_waiting=while_waiting,
                    done_meanwhile=done_meanwhile) as held:
        if not held:
            return active_model(workspace)
        current = find_active_model(workspace)
        if current is not None and current.config == config:
            # Nothing changed: no new version, just the weeks the active one is missing.
            _fill(workspace, current, _missing(workspace, current, end, weeks), progress, frames)
            return current
        frames = frames if frames is not None else load_frames(workspace)
        settings = load_settings(workspace)
        dates = weekly_dates(end, weeks or config.sparkline_weeks)
        snapshots = run(HistoryJob(frames, settings, config, dates), progress)
        return save_model(workspace, config, snapshots=snapshots)


def _missing(workspace: Workspace, model: StoredModel, end: pd.Timestamp,
             weeks: int | None) -> list[pd.Timestamp]:
    wanted = weekly_dates(end, weeks or model.config.sparkline_weeks)
    have = set(snapshot_days(workspace, model.version))
    return [d for d in wanted if day_of(d) not in have]


def _fill(workspace: Workspace, model: StoredModel, missing: list[pd.Timestamp],
          progress: Progress | None, frames: PortfolioFrames | None) -> int:
    if not missing:
        return 0
    frames = frames if frames is not None else load_frames(workspace)
    settings = load_settings(workspace)
    snapshots = run(HistoryJob(frames, settings, model.config, missing), progress)
    write_snapshots(workspace, model.version, snapshots)
    return len(missing)


def fill_history(
    workspace: Workspace,
    progress: Progress | None = None,
    weeks: int | None = None,
    until: date | None = None,
    frames: PortfolioFrames | None = None,
) -> int:
    """Compute the active model's missing weekly snapshots (first start, new weeks); returns
    how many dates were added.

    One at a time on a shared workspace, like ``recompute_history``: a second window
    opening the same book waits, then adds only what is still missing (often nothing).
    """
    model = active_model(workspace)
    end = end_of_day(until or date.today())
    if not _missing(workspace, model, end, weeks):
        return 0  # the usual case: nothing to compute, no lock to take
    on_wait, while_waiting = _waiting(progress)
    with throughout(workspace, RECOMPUTE, "filling in the weekly health history",
                    on_wait=on_wait, while_waiting=while_waiting,
                    done_meanwhile=lambda: not _missing(workspace, active_model(workspace),
                                                        end, weeks)) as held:
        if not held:
            return 0
        model = active_model(workspace)  # as it is now that this job's turn has come
        return _fill(workspace, model, _missing(workspace, model, end, weeks), progress, frames)
