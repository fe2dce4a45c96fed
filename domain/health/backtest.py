"""Backtesting the health model on the workspace's own history (SPEC §6, "validation").

For each month end (the instant T = 00:00 on the 1st of the next month, so the month's last
day counts: see ``domain.health.asof``), every account is scored as of T and compared with what happened in the ``horizon_days`` after it:

- a customer (stage customer or expansion at T) has the outcome "churned" when it is
  churned at T + horizon;
- a prospect (any other stage except churned) has the outcome "opportunity created" when an
  opportunity of any type was created in [T, T + horizon);
- accounts already churned at T are left out, and so are prospects with an opportunity
  already open at T (their next event is a win or a loss, not a new opportunity).

``prepare_backtest`` does the expensive part once and keeps every account's component
scores per T; ``domain.health.evaluation.evaluate`` turns them into AUC, band rates and
lift for any weights and band thresholds with arithmetic only, which is what the what-if
sliders call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields

import numpy as np
import pandas as pd

from domain.frames import PortfolioFrames
from domain.health.activity import FACT_DATES, Activity
from domain.health.asof import day_of
from domain.health.history import HistoryCancelled
from domain.health.model import COMPONENTS, HealthModelConfig
from domain.health.score import score_accounts
from domain.health.segments import CUSTOMER, CUSTOMER_STAGES, PROSPECT
from domain.progress import step as progress_step
from domain.settings import WorkspaceSettings
from domain.stages import customer_state

# Config fields a what-if may change without recomputing components (plain arithmetic).
REWEIGHT_FIELDS = frozenset(
    {"weights", "healthy_min", "watch_min", "hot_min", "warm_min", "trend_weeks", "trend_threshold",
     "sparkline_weeks", "top_drivers"}
)

Progress = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class BacktestData:
    """Component scores and outcomes per (T, account): what every evaluation reuses."""

    config: HealthModelConfig  # the configuration the components were computed with
    horizon_days: int
    dates: tuple[pd.Timestamp, ...]
    rows: pd.DataFrame  # as_of, account_id, segment, outcome (bool), stage, COMPONENTS


def needs_recompute(prepared: HealthModelConfig, wanted: HealthModelConfig) -> list[str]:
    """Config fields that differ in a way cached component scores cannot absorb."""
    return [
        f.name
        for f in fields(HealthModelConfig)
        if f.name not in REWEIGHT_FIELDS and getattr(prepared, f.name) != getattr(wanted, f.name)
    ]


def data_end(frames: PortfolioFrames) -> pd.Timestamp | None:
    """The latest dated fact in the frames (the backtest cannot look past it)."""
    candidates = [
        frames.events["occurred_at"].max(),
        frames.meetings["booked_at"].max(),
        frames.opportunities["created_at"].max(),
        frames.opportunities["closed_at"].max(),
        frames.subscriptions["start_date"].max(),
        frames.subscriptions["churned_at"].max(),
        frames.nps["responded_at"].max(),
    ]
    found = [pd.Timestamp(c) for c in candidates if pd.notna(c)]
    return max(found) if found else None


def data_start(frames: PortfolioFrames) -> pd.Timestamp | None:
    """The earliest dated fact of any kind (a CRM export of subscriptions alone has history)."""
    candidates = [getattr(frames, table)[column].min() for table, column in FACT_DATES]
    found = [pd.Timestamp(c) for c in candidates if pd.notna(c)]
    return min(found) if found else None


def month_starts(
    frames: PortfolioFrames,
    until: pd.Timestamp | None = None,
    months: int = 12,
    horizon_days: int = 90,
    warmup_days: int = 90,
) -> list[pd.Timestamp]:
    """The last ``months`` month-end instants T (1st of a month, 00:00) with a full horizon
    before ``until`` (default: the latest dated fact) and ``warmup_days`` of data before T."""
    end = pd.Timestamp(until) if until is not None else data_end(frames)
    begin = data_start(frames)
    if end is None or begin is None:
        return []
    last = (end - pd.Timedelta(days=horizon_days)).normalize()
    first = begin.normalize() + pd.Timedelta(days=warmup_days)
    dates = pd.date_range(first, last, freq="MS")
    return [pd.Timestamp(d) for d in dates[-months:]] if months > 0 else []


def _outcomes(
    frames: PortfolioFrames, ids: pd.Index, as_of: pd.Timestamp, horizon_days: int
) -> np.ndarray:
    later = as_of + pd.Timedelta(days=horizon_days)
    churned_later = customer_state(frames, later)["is_churned"].reindex(ids, fill_value=False)
    opps = frames.opportunities
    created = opps[(opps["created_at"] >= as_of) & (opps["created_at"] < later)]
    opened = ids.isin(pd.to_numeric(created["account_id"]).astype("int64").unique())
    return np.stack([churned_later.to_numpy(dtype=bool), opened])


def prepare_backtest(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    config: HealthModelConfig | None = None,
    dates: Sequence[pd.Timestamp] | None = None,
    horizon_days: int = 90,
    activity: Activity | None = None,
    progress: Progress | None = None,
) -> BacktestData:
    """Score every account at every T of ``dates`` (default: ``month_starts(frames)``)."""
    config = (config or HealthModelConfig()).validated()
    dates = tuple(pd.Timestamp(d) for d in (dates if dates is not None else month_starts(frames, horizon_days=horizon_days)))
    total = len(dates) + 1

    def step(done: int, message: str) -> None:
        if progress is not None and progress(done, total, message) is False:
            raise HistoryCancelled(message)

    step(0, progress_step("preparing_activity"))  # ids: the desktop words them
    activity = activity or Activity.prepare(frames, settings)
    parts = []
    for i, as_of in enumerate(dates, start=1):
        step(i, progress_step("scoring_as_of", day_of(as_of).isoformat()))
        result = score_accounts(frames, settings, config, as_of, activity)
        facts = result.facts
        # A prospect with an opportunity already open is waiting for a win or a loss, not
        # for a new opportunity: its outcome would say nothing about the score.
        in_play = (facts["stage_open_opportunities"] > 0) & ~result.frame["stage"].isin(CUSTOMER_STAGES)
        # No-data accounts have no score to test; churned ones have had their outcome.
        no_data = result.frame["band"] == "no-data"
        frame = result.frame[~result.frame["is_churned"] & ~in_play & ~no_data]
        ids = frame.index
        churned_later, opened = _outcomes(frames, ids, as_of, horizon_days)
        is_customer = frame["stage"].isin(CUSTOMER_STAGES).to_numpy()
        part = pd.DataFrame(
            {
                "as_of": as_of,
                "account_id": ids.to_numpy(dtype="int64"),
                "segment": np.where(is_customer, CUSTOMER, PROSPECT),
                "outcome": np.where(is_customer, churned_later, opened),
                "stage": frame["stage"].to_numpy(dtype=object),
            }
        )
        for name in COMPONENTS:
            part[name] = frame[name].to_numpy(dtype="float64")
        parts.append(part)
    step(total, progress_step("done"))
    columns = ["as_of", "account_id", "segment", "outcome", "stage", *COMPONENTS]
    rows = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    return BacktestData(config=config, horizon_days=horizon_days, dates=dates, rows=rows)
