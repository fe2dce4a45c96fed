"""Settings: the tables, the live what-if backtest, and saving (new model version, new scores)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from desktop.portfolio.page import PortfolioPage
from desktop.settings.page import SettingsPage
from desktop.settings.tables import (
    BandRateModel,
    EngagementPointsModel,
    MetricVerdictModel,
    ReliabilityModel,
)
from desktop.shared.app_state import AppState, load_workspace_data
from desktop.shared.workers import wait_for_all
from domain.health.backtest import BacktestData
from domain.health.evaluation import evaluate
from domain.health.model import COMPONENTS, HealthModelConfig
from domain.progress import Progress
from domain.settings import WorkspaceSettings
from storage.health_repo import list_models
from storage.settings_repo import load_settings
from tests.desktop import dashboard_fixture as fx


def two_customers() -> BacktestData:
    """Two customers at one month end, components other than engagement and satisfaction n/a.

    A: engagement 90, satisfaction 10, did not churn.  B: engagement 10, satisfaction 90, churned.
    Default weights (engagement 25, satisfaction 15): A = (25×90 + 15×10) / 40 = 60,
    B = (25×10 + 15×90) / 40 = 40, so the one who stayed ranks higher: AUC 1.
    Engagement weight 0: A = 10, B = 90: the ranking flips, AUC 0.
    """
    rows = pd.DataFrame({
        "as_of": pd.Timestamp("2026-10-01"), "account_id": [1, 2],
        "segment": ["customer", "customer"], "outcome": [False, True],
        "stage": ["customer", "customer"],
    })
    for name in COMPONENTS:
        rows[name] = np.nan
    rows["engagement"] = [90.0, 10.0]
    rows["satisfaction"] = [10.0, 90.0]
    return BacktestData(HealthModelConfig(), 90, (pd.Timestamp("2026-10-01"),), rows)


@pytest.fixture
def state(workspace):
    fx.fill(workspace)
    app_state = AppState(workspace, fx.AS_OF)
    app_state.set_data(load_workspace_data(workspace, fx.AS_OF, Progress.none()))
    return app_state


@pytest.fixture
def page(qtbot, state):
    widget = SettingsPage(state)
    qtbot.addWidget(widget)
    yield widget
    widget.cancel_jobs()
    wait_for_all()


def test_tables_are_sound_models(qtmodeltester):
    points = EngagementPointsModel(WorkspaceSettings().points)
    qtmodeltester.check(points)
    verdicts = MetricVerdictModel(WorkspaceSettings())
    qtmodeltester.check(verdicts)
    rates = BandRateModel()
    data = two_customers()
    rates.set_reports(evaluate(data), evaluate(data))
    qtmodeltester.check(rates)
    # A (60) and B (40) are both "watch" under the default bands: 2 observed, 1 churned.
    watch = [r for r in rates.rows() if r[0].startswith("Customers") and r[1] == "watch"]
    assert watch[0][2:4] == (2, 1)


def test_reliability_table_by_decile(qtmodeltester):
    from tests.domain.test_calibration import synthetic

    scores, outcome, _, months = synthetic(seed=5, n=1_200)
    dates = tuple(pd.Timestamp("2025-01-01") + pd.DateOffset(months=m) for m in range(12))
    rows = pd.DataFrame({"as_of": [dates[m] for m in months], "account_id": range(len(scores)),
                         "segment": "customer", "outcome": outcome, "stage": "customer",
                         **{c: scores for c in COMPONENTS}})
    report = evaluate(BacktestData(HealthModelConfig(), 90, dates, rows))
    model = ReliabilityModel()
    model.set_report(report)
    qtmodeltester.check(model)
    customers = [r for r in model.rows() if r[0] == "Customers: churn"]
    assert [r[1] for r in customers] == list(range(1, 11))
    assert sum(r[4] for r in customers) == 1_200
    # Deciles are sorted by likelihood: the predicted column never falls.
    assert all(a[2] <= b[2] for a, b in zip(customers, customers[1:], strict=False))
    assert model.index(0, 2).data().endswith("%")


def test_points_and_verdicts_edit_in_place():
    points = EngagementPointsModel(WorkspaceSettings().points)
    row = [points.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(points.rowCount())
           ].index("form_fill")
    assert points.setData(points.index(row, 1), 75)
    assert not points.setData(points.index(row, 1), -1)  # points are never negative
    assert points.points()["form_fill"] == 75
    verdicts = MetricVerdictModel(WorkspaceSettings())
    index = verdicts.index(verdicts.row_of("web_visits"), MetricVerdictModel.VERDICT)
    assert verdicts.setData(index, "vanity")
    assert set(verdicts.vanity()) == {"raw_leads", "sales_cycle_days", "web_visits"}
    assert verdicts.index(index.row(), 3).data() == ""  # web visits name no alternative


def test_sliders_drive_the_what_if_backtest(qtbot, page):
    editor = page.health
    editor.data = two_customers()
    editor.saved_report = evaluate(editor.data)
    with qtbot.waitSignal(editor.backtest_shown, timeout=30_000):
        editor.sliders["satisfaction"].setValue(15)  # unchanged value: no edit
        editor.sliders["momentum"].setValue(20)  # n/a for both: same ranking
    assert editor.auc.text() == "1.00"
    with qtbot.waitSignal(editor.backtest_shown, timeout=30_000):
        editor.sliders["engagement"].setValue(10)
        editor.sliders["engagement"].setValue(0)  # debounced: only this one is evaluated
    assert editor.auc.text() == "0.00"
    assert "saved model: 1.00" in editor.auc_saved.text()
    # Beside the AUC, the Brier score needs a second month end to check the likelihood out
    # of sample; two observations are under the default minimum of 100.
    assert ("Customers' churn likelihood: it takes two month ends or more to check it; "
            "not enough history: 2 customer observations, 100 needed.") in editor.brier.text()
    assert editor.reliability.rowCount() == 0
    assert page.save_button.isEnabled()


def test_impossible_weights_are_named_and_not_saved(qtbot, page, state):
    for slider in page.health.sliders.values():
        slider.setValue(0)
    assert "weights add up to 0" in page.health.problem.text()
    page.save()
    assert "weights add up to 0" in page.message.text()
    assert [m.version for m in list_models(state.workspace)] == [1]


def test_saving_weights_makes_a_new_version_and_the_portfolio_shows_it(qtbot, page, state):
    portfolio = PortfolioPage(state)
    qtbot.addWidget(portfolio)
    before = portfolio.model.frame().set_index("id")["score"]
    # All the weight on engagement: every score becomes the engagement component itself.
    for component, slider in page.health.sliders.items():
        slider.setValue(40 if component == "engagement" else 0)
    assert page.health_changed()
    with qtbot.waitSignal(state.data_changed, timeout=120_000):
        page.save_button.click()
    models = list_models(state.workspace)
    assert [m.version for m in models] == [1, 2]
    assert models[-1].is_active
    assert models[-1].config.weights["engagement"] == 40
    assert models[-1].config.weights["pipeline"] == 0
    assert state.health.model.version == 2
    engagement = state.health.result.frame["engagement"].round(1)
    shown = portfolio.model.frame().set_index("id")["score"].astype("float64")
    expected = engagement.reindex(shown.index).astype("float64")
    assert np.allclose(shown.round(1), expected, equal_nan=True)
    assert not np.allclose(before.astype("float64"), shown, equal_nan=True)
    assert "version 2" in page.message.text()
    assert not page.save_button.isEnabled()


def test_saving_a_verdict_stores_settings_without_a_new_model(qtbot, page, state):
    verdicts = page.verdicts
    verdicts.setData(verdicts.index(verdicts.row_of("web_visits"), MetricVerdictModel.VERDICT),
                     "caution")
    page.currency.setCurrentText("eur")
    assert not page.health_changed()
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        page.save()
    stored = load_settings(state.workspace)
    assert "web_visits" in stored.caution_metrics
    assert stored.currency == "EUR"
    assert [m.version for m in list_models(state.workspace)] == [1]
