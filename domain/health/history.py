"""Weekly health history (SPEC §6): scores as of every Monday, recomputed under one model.

``run(job, progress)`` is the pure, Qt-free background job: it scores every account as of
each date of ``job.dates`` and returns the snapshots, calling ``progress(done, total,
message)`` between dates; a ``False`` answer cancels (``HistoryCancelled``), and nothing is
returned to be stored. Storing them under the job's model version is the caller's work
(``storage.health_service``), so old versions' snapshots stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd

from domain.frames import PortfolioFrames
from domain.health.activity import Activity
from domain.health.asof import day_of
from domain.health.model import COMPONENTS, HealthModelConfig
from domain.health.score import HealthResult, score_accounts
from domain.progress import step as progress_step
from domain.settings import WorkspaceSettings

Progress = Callable[[int, int, str], bool]
"""progress(done, total, message) -> keep going? (a GUI wraps this in a throttled signal)"""

SNAPSHOT_COLUMNS: tuple[str, ...] = ("account_id", "as_of", "score", "band", "stage") + COMPONENTS


class HistoryCancelled(Exception):
    """The progress callback asked to stop; nothing was produced."""


def weekly_dates(end: pd.Timestamp, weeks: int) -> list[pd.Timestamp]:
    """The as-of instants of ``weeks`` weekly snapshots up to ``end``, oldest first.

    Each is a Monday 00:00 (the latest one on or before ``end``): a snapshot covers the
    weeks up to and including the Sunday before, which is the day it is labelled with.
    """
    end = pd.Timestamp(end).normalize()
    last = end - pd.Timedelta(days=end.weekday())
    return [last - pd.Timedelta(weeks=k) for k in range(weeks - 1, -1, -1)]


def snapshot_rows(result: HealthResult) -> pd.DataFrame:
    """The columns a snapshot stores, one row per scored account."""
    frame = result.frame
    out = pd.DataFrame(
        {
            "account_id": frame.index.to_numpy(dtype="int64"),
            "as_of": pd.Timestamp(day_of(result.as_of)),  # the last day the score includes
            "score": frame["score"].to_numpy(dtype="float64"),
            "band": frame["band"].to_numpy(dtype=object),
            "stage": frame["stage"].to_numpy(dtype=object),
        }
    )
    for name in COMPONENTS:
        out[name] = frame[name].to_numpy(dtype="float64")
    return out


@dataclass(frozen=True)
class HistoryJob:
    frames: PortfolioFrames
    settings: WorkspaceSettings
    config: HealthModelConfig
    dates: Sequence[pd.Timestamp]


def run(job: HistoryJob, progress: Progress | None = None) -> pd.DataFrame:
    """Snapshots (``SNAPSHOT_COLUMNS``) of every account at every date of the job."""
    total = len(job.dates) + 1

    def step(done: int, message: str) -> None:
        if progress is not None and progress(done, total, message) is False:
            raise HistoryCancelled(message)

    step(0, progress_step("preparing_activity"))  # ids: the desktop words them
    activity = Activity.prepare(job.frames, job.settings)
    parts = []
    for i, as_of in enumerate(job.dates, start=1):
        step(i, progress_step("scoring_as_of", day_of(as_of).isoformat()))
        result = score_accounts(job.frames, job.settings, job.config, as_of, activity)
        parts.append(snapshot_rows(result))
    step(total, progress_step("done"))
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in SNAPSHOT_COLUMNS})
    return pd.concat(parts, ignore_index=True)
