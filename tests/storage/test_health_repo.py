"""Model versions, snapshots and the portfolio health service on a real workspace file."""

from __future__ import annotations

import json
import math
from datetime import date

import pandas as pd
import pytest
from sqlalchemy import Date, insert

from domain.frames import PortfolioFrames
from domain.health.model import HealthModelConfig
from storage import health_repo
from storage.health_service import fill_history, portfolio_health, recompute_history
from storage.schema import ENTITY_TABLES
from storage.workspace import Workspace
from tests.domain.test_health_components import ACME, CORP, GONE, portfolio


@pytest.fixture
def workspace(any_workspace):
    """These tests run on a workspace file and on a PostgreSQL database."""
    return any_workspace


DAY = date(2026, 5, 31)  # as of 2026-06-01 00:00: the components tests' date


def _value(value, column):
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        default = column.default
        return default.arg if default is not None and default.is_scalar else None
    if isinstance(value, pd.Timestamp):
        return value.date() if isinstance(column.type, Date) else value.to_pydatetime()
    return value.item() if hasattr(value, "item") else value


def store(workspace: Workspace, frames: PortfolioFrames) -> None:
    """Write fixture frames into the workspace tables (ids kept)."""
    with workspace.transaction() as conn:
        for name in ("accounts", "contacts", "events", "meetings", "opportunities",
                     "subscriptions", "nps", "questions"):
            frame = getattr(frames, name)
            if frame.empty:
                continue
            table = ENTITY_TABLES[name].__table__
            rows = [
                {k: _value(v, table.c[k]) for k, v in row.items() if k in table.c}
                for row in frame.to_dict("records")
            ]
            conn.execute(insert(table), rows)


@pytest.fixture
def filled(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite")
    store(ws, portfolio())
    yield ws
    ws.close()


def test_a_new_workspace_gets_the_default_model_as_version_1(workspace):
    model = health_repo.active_model(workspace)
    assert model.version == 1 and model.is_active
    assert model.config == HealthModelConfig()
    assert health_repo.active_model(workspace).version == 1  # not added twice


def test_saving_a_changed_model_adds_a_version_and_keeps_old_snapshots(workspace):
    store(workspace, PortfolioFrames.build(accounts=[{"name": "A"}, {"name": "B"}]))
    v1 = health_repo.active_model(workspace)
    snaps = pd.DataFrame({
        "account_id": [1, 2], "as_of": pd.Timestamp("2026-05-31"), "score": [55.5, float("nan")],
        "band": ["watch", None], "stage": ["aware", "target"],
        "engagement": [60.0, 0.0], "buying_committee": [50.0, 0.0], "momentum": [40.0, 0.0],
        "pipeline": [0.0, 0.0], "retention": [float("nan")] * 2, "satisfaction": [float("nan")] * 2,
    })
    assert health_repo.write_snapshots(workspace, v1.version, snaps) == 2
    v2 = health_repo.save_model(workspace, v1.config.with_weights({"engagement": 40}))
    assert v2.version == 2 and health_repo.active_model(workspace).version == 2
    assert [m.is_active for m in health_repo.list_models(workspace)] == [False, True]
    assert health_repo.active_model(workspace).config.weights["engagement"] == 40
    old = health_repo.read_snapshots(workspace, 1, components=True)
    assert list(old["score"].fillna(-1)) == [55.5, -1]
    assert old["band"].iloc[1] is None
    assert old.at[0, "engagement"] == 60.0 and math.isnan(old.at[0, "retention"])
    assert health_repo.read_snapshots(workspace, 2).empty
    # Writing the same date again replaces it (no duplicates).
    health_repo.write_snapshots(workspace, 1, snaps.assign(score=[60.0, 1.0]))
    assert list(health_repo.read_snapshots(workspace, 1)["score"]) == [60.0, 1.0]
    health_repo.activate_model(workspace, 1)
    assert health_repo.active_model(workspace).version == 1


def test_portfolio_health_scores_and_trends_every_account(filled):
    health = portfolio_health(filled, DAY)
    table = health.table
    assert list(table.index) == [1, 2, 3, 4]
    assert table.at[GONE, "band"] == "churned"
    assert table.at[CORP, "stage"] == "expansion"
    assert table.at[ACME, "external_id"] == "A-1"
    # Four weeks earlier (before 2 May) Acme had only the 2-point visit: its score rose.
    assert table.at[ACME, "trend"] == "up" and table.at[ACME, "change_4w"] > 5
    assert table.at[ACME, "sparkline"] == [table.at[ACME, "score"]]  # no stored weeks yet
    assert health.result.explain(CORP).drivers


def test_recompute_history_is_a_new_version_with_its_own_snapshots(filled):
    assert health_repo.active_model(filled).version == 1
    steps = []
    config = HealthModelConfig(sparkline_weeks=3).with_weights({"engagement": 50})
    model = recompute_history(filled, config, lambda d, t, m: steps.append(d) or True, until=DAY)
    assert model.version == 2 and steps[-1] == steps[0] + 4
    assert health_repo.snapshot_days(filled, 2) == [date(2026, 5, 17), date(2026, 5, 24), date(2026, 5, 31)]
    trend = health_repo.latest_with_trend(filled)
    assert len(trend.at[ACME, "sparkline"]) == 3
    health = portfolio_health(filled, date(2026, 6, 3))
    assert health.model.version == 2
    # Stored weeks before 3 June (17, 24, 31 May) minus one, then today's score.
    assert len(health.table.at[ACME, "sparkline"]) == 3


def test_recomputing_an_unchanged_model_keeps_its_version(filled):
    model = health_repo.active_model(filled)
    again = recompute_history(filled, HealthModelConfig(), until=DAY, weeks=1)
    assert again.version == model.version == 1
    assert [m.version for m in health_repo.list_models(filled)] == [1]
    assert health_repo.snapshot_days(filled, 1) == [DAY]


def test_a_cancelled_recompute_writes_nothing(filled):
    from domain.health.history import HistoryCancelled

    with pytest.raises(HistoryCancelled):
        recompute_history(filled, HealthModelConfig(healthy_min=80), lambda d, t, m: d < 2, until=DAY)
    assert [m.version for m in health_repo.list_models(filled)] in ([], [1])


def test_fill_history_adds_only_missing_weeks(filled):
    assert fill_history(filled, weeks=2, until=DAY) == 2
    assert fill_history(filled, weeks=3, until=DAY) == 1
    assert fill_history(filled, weeks=3, until=DAY) == 0
    stored = health_repo.read_snapshots(filled, 1, components=True)
    assert len(stored) == 3 * 4
    row = stored[(stored["account_id"] == CORP) & (stored["as_of"] == pd.Timestamp(DAY))].iloc[0]
    assert json.loads(json.dumps(row["score"])) == pytest.approx(67.2, abs=0.1)
