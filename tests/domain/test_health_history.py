"""Weekly history: snapshot dates, the background job's progress and cancel, trend, sparkline."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from domain.health.history import HistoryCancelled, HistoryJob, run, weekly_dates
from domain.health.model import HealthModelConfig
from domain.health.trend import latest_with_trend, trend_arrows
from domain.settings import WorkspaceSettings
from tests.domain.test_health_components import portfolio

T = pd.Timestamp


def test_weekly_dates_are_mondays_up_to_the_end():
    # 2026-11-25 is a Wednesday; the latest Monday on or before it is 23 November.
    assert weekly_dates(T("2026-11-25 15:00"), 3) == [T("2026-11-09"), T("2026-11-16"), T("2026-11-23")]
    assert weekly_dates(T("2026-11-23"), 1) == [T("2026-11-23")]


def test_history_job_reports_progress_and_labels_snapshots_by_their_last_day():
    calls = []
    job = HistoryJob(portfolio(), WorkspaceSettings(), HealthModelConfig(),
                     [T("2026-05-25"), T("2026-06-01")])
    snaps = run(job, lambda done, total, message: calls.append((done, total)) or True)
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert sorted(snaps["as_of"].unique()) == [T("2026-05-24"), T("2026-05-31")]
    assert len(snaps) == 8  # 4 accounts × 2 dates
    june = snaps[snaps["as_of"] == T("2026-05-31")].set_index("account_id")
    assert june.at[4, "band"] == "churned"


def test_history_job_can_be_cancelled():
    job = HistoryJob(portfolio(), WorkspaceSettings(), HealthModelConfig(), [T("2026-06-01")])
    with pytest.raises(HistoryCancelled):
        run(job, lambda done, total, message: done < 1)


def snapshots() -> pd.DataFrame:
    rows = []
    sundays = [T("2026-10-25"), T("2026-11-01"), T("2026-11-08"), T("2026-11-15"), T("2026-11-22")]
    for day, a, b in zip(sundays, [50, 52, 55, 58, 61], [60, 59, 58, 58, 57], strict=True):
        rows += [{"account_id": 1, "as_of": day, "score": a, "band": "watch", "stage": "mqa"},
                 {"account_id": 2, "as_of": day, "score": b, "band": "watch", "stage": "customer"}]
    rows += [
        {"account_id": 3, "as_of": T("2026-11-22"), "score": 30, "band": "at-risk", "stage": "aware"},
        # Account 4 has no snapshot on 25 Oct; the one 5 days earlier stands in.
        {"account_id": 4, "as_of": T("2026-10-20"), "score": 80, "band": "healthy", "stage": "customer"},
        {"account_id": 4, "as_of": T("2026-11-22"), "score": 70, "band": "healthy", "stage": "customer"},
    ]
    return pd.DataFrame(rows)


def test_trend_is_the_change_against_four_weeks_earlier():
    table = latest_with_trend(snapshots(), HealthModelConfig(sparkline_weeks=3))
    assert table.at[1, "change_4w"] == 11 and table.at[1, "trend"] == "up"  # 61 - 50
    assert table.at[2, "change_4w"] == -3 and table.at[2, "trend"] == "flat"  # under 5 points
    assert math.isnan(table.at[3, "change_4w"]) and table.at[3, "trend"] is None
    assert table.at[4, "change_4w"] == -10 and table.at[4, "trend"] == "down"
    # Sparkline: the weeks after 22 Nov - 3 weeks = 1 Nov, oldest first.
    assert table.at[1, "sparkline"] == [55, 58, 61]
    assert table.at[3, "sparkline"] == [30]


def test_trend_as_of_an_earlier_week():
    table = latest_with_trend(snapshots(), HealthModelConfig(), as_of=T("2026-11-15"))
    assert table.at[1, "score"] == 58 and math.isnan(table.at[1, "change_4w"])
    assert 3 not in table.index


def test_trend_arrows_threshold():
    arrows = trend_arrows([5.0, 4.9, -5.0, -4.9, float("nan")], 5.0)
    assert list(arrows) == ["up", "flat", "down", "flat", None]
