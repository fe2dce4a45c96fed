"""The likelihood beside each score on a real workspace: the minimum-history setting, the
cache next to the workspace, and no likelihood for churned accounts or open deals."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

from storage.health_calibration import SUFFIX
from storage.health_service import portfolio_health
from storage.settings_repo import load_settings, save_settings
from storage.workspace import Workspace
from tests.domain.test_health_components import ACME, CORP, GONE, portfolio
from tests.storage.test_health_repo import store

DAY = date(2026, 5, 31)


def test_not_enough_history_then_a_likelihood(tmp_path):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        # An early touch gives the fixture month ends with 90 days before and after them.
        store(ws, portfolio(events=[{"account_id": 2, "kind": "web_visit", "occurred_at": "2025-09-01"}]))
        health = portfolio_health(ws, DAY, sparklines=False)
        customers = health.calibrations["customer"]
        # The fixture's few months hold far fewer than the default 100 observations.
        assert not customers.enough and customers.shortfall == "too_few_observations"
        assert health.table["likelihood"].isna().all()
        cache = path.with_name(path.name + SUFFIX)
        assert cache.exists() and oct(cache.stat().st_mode & 0o777) == "0o600"

        save_settings(ws, replace(load_settings(ws), calibration_min_observations=1))
        health = portfolio_health(ws, DAY, sparklines=False)  # the setting makes the cache stale
        customers = health.calibrations["customer"]
        assert customers.enough and customers.observations >= 1
        likelihood = health.table["likelihood"]
        assert 0.0 <= likelihood[CORP] <= 1.0
        assert math.isnan(likelihood[GONE])  # churned: its outcome already happened
        assert health.table.at[ACME, "stage"] != "churned"


def test_the_earlier_day_is_scored_under_the_version_in_use_then(tmp_path):
    from datetime import datetime

    from domain.health.model import HealthModelConfig
    from storage import health_repo
    from storage.health_movement import model_on

    with Workspace.open(tmp_path / "v.sqlite") as ws:
        first = health_repo.save_model(ws, HealthModelConfig(), created_at=datetime(2026, 5, 1, 9))
        second = health_repo.save_model(ws, HealthModelConfig().with_weights({"engagement": 40}),
                                        created_at=datetime(2026, 6, 10, 17))
        assert model_on(ws, date(2026, 6, 9), second).version == first.version
        assert model_on(ws, date(2026, 6, 10), second).version == second.version  # that evening
        # Before any version existed the score was never shown: the active one stands in.
        assert model_on(ws, date(2026, 1, 1), second).version == second.version


def test_the_fit_alone_is_the_fit_the_backtest_reports(tmp_path):
    from domain.health.backtest import month_starts, prepare_backtest
    from domain.health.evaluation import calibrations_of, evaluate
    from storage.frames import load_frames
    from storage.health_calibration import MONTHS, fit_on_history, stored
    from storage.health_repo import active_model

    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        store(ws, portfolio(events=[{"account_id": 2, "kind": "web_visit", "occurred_at": "2025-09-01"}]))
        save_settings(ws, replace(load_settings(ws), calibration_min_observations=1))
        frames, settings, model = load_frames(ws), load_settings(ws), active_model(ws)
        data = prepare_backtest(frames, settings, model.config, month_starts(frames, months=MONTHS))
        report = evaluate(data, min_observations=1)
        alone = calibrations_of(data, min_observations=1)
        again = fit_on_history(frames, settings, model)
        for segment in ("customer", "prospect"):
            reported = report.segment(segment).calibration.to_dict()
            assert alone[segment].to_dict() == reported == again[segment].to_dict(), segment
        assert alone["customer"].enough  # a fit with steps, not two empty ones compared
        # Nothing stored yet; portfolio_health(fit=False) then leaves the likelihood out.
        assert stored(ws, model, settings) is None
        later = portfolio_health(ws, DAY, sparklines=False, fit=False)
        assert later.likelihood_pending and later.table["likelihood"].isna().all()
