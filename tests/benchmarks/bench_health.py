"""Health and journey stages for the whole portfolio, beside one SQLite GROUP BY over events.

Anchor: ``SELECT account_id, kind, COUNT(*) FROM events GROUP BY account_id, kind`` through
the sqlite3 module on the same workspace file (SPEC §11). Figures, all in this process:

- health + stages: ``Activity.prepare`` (touch points, MQL times, time-sorted streams) and
  ``score_accounts`` (stages, six components, scores, bands) as of the last event, from
  frames already in memory (loading them is the KPI benchmark's figure);
- one more weekly as-of with the activity prepared (what each week of a history
  recompute costs);
- the stage history of every account and the funnel over it;
- ``portfolio_health`` cold: load, settings, active model, scores now and four weeks
  earlier, stored sparklines, the stored likelihood fit if current (what the window's first
  paint pays);
- the likelihood fit: the backtest of the last 12 month ends and one isotonic fit per
  segment (what the first load after a change of data, settings or model pays on top, off
  the window's first paint; ``abm-health health`` pays it in line);
- a what-if over the cached components of six month ends (what a weight slider costs).

Run with the harness (``python -m tests.benchmarks.run --only health``) or on any workspace
file: ``python -m tests.benchmarks.bench_health PATH``.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pandas as pd

from domain.funnel import funnel
from domain.health.activity import Activity
from domain.health.asof import day_of
from domain.health.backtest import month_starts, prepare_backtest
from domain.health.evaluation import what_if
from domain.health.model import HealthModelConfig
from domain.health.score import score_accounts
from domain.stages import stage_history
from storage.frames import load_frames
from storage.health_calibration import fit_on_history
from storage.health_repo import StoredModel, find_active_model
from storage.health_service import portfolio_health
from storage.settings_repo import load_settings
from storage.workspace import Workspace
from tests.benchmarks.run import Context, Figure, best_of

ANCHOR_SQL = "SELECT account_id, kind, COUNT(*) FROM events GROUP BY account_id, kind"
ANCHOR = "SQLite GROUP BY account, kind"


def anchor(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(ANCHOR_SQL).fetchall()
    finally:
        conn.close()


def run(ctx: Context) -> list[Figure]:
    path = ctx.workspace
    with Workspace.open(path) as workspace:
        frames = load_frames(workspace)
        settings = load_settings(workspace)
        # The benchmark workspace is read-only here: the defaults stand in for a stored model.
        model = find_active_model(workspace) or StoredModel(
            version=0, config=HealthModelConfig(), created_at=datetime.now(), is_active=True)
        config = model.config
        as_of = (frames.events["occurred_at"].max() + pd.Timedelta(days=1)).normalize()
        accounts = len(frames.accounts)
        anchor_s = best_of(lambda: anchor(path))

        def health_and_stages() -> None:
            activity = Activity.prepare(frames, settings)
            score_accounts(frames, settings, config, as_of, activity)

        health_s = best_of(health_and_stages)
        activity = Activity.prepare(frames, settings)
        week_s = best_of(lambda: score_accounts(
            frames, settings, config, as_of - pd.Timedelta(weeks=1), activity))

        def history_and_funnel() -> None:
            history = stage_history(frames, settings, activity=activity)
            funnel(history, as_of, as_of - pd.Timedelta(days=90))

        history_s = best_of(history_and_funnel)
        cold_s = best_of(lambda: portfolio_health(workspace, day_of(as_of), model=model, fit=False),
                         repeat=2)
        fit_s = best_of(lambda: fit_on_history(frames, settings, model, activity), repeat=2)
        dates = month_starts(frames, months=6)
        data = prepare_backtest(frames, settings, config, dates, activity=activity)
        trial = config.with_weights({"engagement": 35.0, "pipeline": 25.0})
        whatif_s = best_of(lambda: what_if(data, trial), repeat=5)
    n = f"{accounts:,} accounts"
    return [
        Figure(f"health + stages, {n}, frames in memory", health_s, ANCHOR, anchor_s,
               "<= 1.0x anchor"),
        Figure("one more weekly as-of (activity prepared)", week_s, ANCHOR, anchor_s, "info"),
        Figure("stage history + funnel", history_s, ANCHOR, anchor_s, "info"),
        Figure("portfolio_health cold (load, now, 4 weeks ago)", cold_s, ANCHOR, anchor_s, "info"),
        Figure("likelihood fit, 12 month ends (after a change)", fit_s, ANCHOR, anchor_s, "info"),
        Figure(f"what-if on {len(dates)} month ends (cached)", whatif_s, ANCHOR, anchor_s,
               "< 1 s"),
    ]


if __name__ == "__main__":
    target = Path(sys.argv[1]).resolve()
    for figure in run(Context(workspace=target, out=target.parent, quick=False)):
        print(figure.line(), flush=True)
