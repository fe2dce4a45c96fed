"""The dashboard renders the KPI engine's numbers for the chosen period and filters.

Fixture: tests/desktop/dashboard_fixture.py (its docstring lists the hand-counted values).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from desktop.cli import main as cli_main
from desktop.dashboard import DashboardPage
from desktop.dashboard.account_list_model import DRIVER, ITEM_ROLE
from desktop.dashboard.filters import FilterChoice
from desktop.dashboard.kpi_format import format_value
from desktop.dashboard.period_picker import month_of
from desktop.shared.app_state import AppState, load_workspace_data
from desktop.shared.workers import wait_for_all
from domain.metrics import CATALOG
from domain.progress import Progress
from storage.health_service import fill_history
from storage.workspace import Workspace
from tests.desktop import dashboard_fixture as fx

OCTOBER = month_of(date(2026, 10, 1))
SEPTEMBER = month_of(date(2026, 9, 1))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """One fixture workspace and its loaded data for the module (the tests only read it)."""
    workspace = Workspace.open(tmp_path_factory.mktemp("dashboard") / "w.sqlite")
    fx.fill(workspace)
    fill_history(workspace, weeks=6, until=fx.AS_OF)
    yield workspace, load_workspace_data(workspace, fx.AS_OF, Progress.none())
    workspace.close()


@pytest.fixture
def state(loaded):
    workspace, data = loaded
    app_state = AppState(workspace, fx.AS_OF)
    app_state.set_data(data)
    return app_state


@pytest.fixture
def page(qtbot, state, request):
    widget = DashboardPage(state)
    # Sparklines cost a second KPI pass per month; only the test about them asks for them.
    widget.trend_months = 6 if "trends" in request.node.name else 0
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    with qtbot.waitSignal(widget.rendered, timeout=60_000):
        widget.show()
    yield widget
    widget.cancel_jobs()
    wait_for_all()


def show(qtbot, page, period=None, filters=None):
    """Change the period or filters and wait for the redraw that follows."""
    with qtbot.waitSignal(page.rendered, timeout=60_000):
        if period is not None:
            page.set_period(period)
        if filters is not None:
            page.set_filters(filters)
        page.request_refresh()  # also when the choice was already on screen


def cli_kpis(capsys, workspace, *extra: str) -> dict[str, dict]:
    capsys.readouterr()
    code = cli_main(["--workspace", str(workspace.path), "kpis", "--format", "json", *extra])
    assert code == 0
    return {row["id"]: row for row in json.loads(capsys.readouterr().out)}


def test_period_change_shows_the_cli_numbers(qtbot, page, state, capsys):
    show(qtbot, page, OCTOBER)
    rows = cli_kpis(capsys, state.workspace, "--from", "2026-10-01", "--to", "2026-10-31")
    currency = state.settings.currency
    for metric_id, tile in page.tiles.items():
        row = rows[metric_id]
        assert tile.value_text() == format_value(row["value"], row["unit"], currency), metric_id
    # By hand (fixture docstring): 3 form fills in October against 1 in September.
    assert page.tiles["form_fills"].value_text() == "3"
    assert page.tiles["form_fills"].change_text() == "+2"  # 3 - 1, as the CLI prints it
    assert page.tiles["form_fills"].tone() == "good"
    # NPS = (2 promoters − 1 detractor) / 4 responses × 100 = +25.
    assert page.tiles["nps"].value_text() == "+25"

    show(qtbot, page, SEPTEMBER)
    rows = cli_kpis(capsys, state.workspace, "--from", "2026-09-01", "--to", "2026-09-30")
    for metric_id, tile in page.tiles.items():
        row = rows[metric_id]
        assert tile.value_text() == format_value(row["value"], row["unit"], currency), metric_id
    assert page.tiles["form_fills"].value_text() == "1"


def test_filters_apply_to_tiles_charts_and_lists(qtbot, page, state, capsys):
    show(qtbot, page, OCTOBER)
    # Whole portfolio: responses 3 (Birch), 7 (Cedar), 9 and 10 (Alpha).
    assert list(page.charts.nps.values()) == [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1]
    show(qtbot, page, filters=FilterChoice(owner="Ken"))
    rows = cli_kpis(capsys, state.workspace, "--from", "2026-10-01", "--to", "2026-10-31",
                    "--owner", "Ken")
    for metric_id, tile in page.tiles.items():
        row = rows[metric_id]
        assert tile.value_text() == format_value(row["value"], row["unit"], "USD"), metric_id
    # Ken's accounts are Cedar and Dune: one form fill (Cedar), one NPS response (7).
    assert page.tiles["form_fills"].value_text() == "1"
    assert list(page.charts.nps.values()) == [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]
    # The funnel's Target stage counts Ken's two accounts only.
    assert page.charts.funnel.counts()[0] == 2
    listed = set(page.lists.at_risk.model.frame()["owner"]) | set(
        page.lists.movers.model.frame()["owner"])
    assert listed <= {"Ken"}
    assert "Ken" in page.scope_label.text()

    show(qtbot, page, filters=FilterChoice(tier=2))
    # Tier 2 is Birch alone: the detractor's 3.
    assert list(page.charts.nps.values()) == [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]


def test_vanity_metrics_are_in_the_panel_and_never_tiles(qtbot, page, state):
    show(qtbot, page, OCTOBER)
    listed = page.vanity.metric_ids()
    assert listed[:2] == ["raw_leads", "sales_cycle_days"]  # vanity first, then caution
    assert set(listed) == {"raw_leads", "sales_cycle_days", "email_open_rate", "page_views",
                           "time_on_page"}
    assert not set(listed) & set(page.tiles)
    raw = page.vanity.rows()[0]
    assert raw.alternative_id == "mqls"
    # Raw leads in October: Anna, Adam and Chen were created then.
    assert format_value(raw.value, raw.unit) == "3"
    measure = {d.id for d in CATALOG} - set(listed)
    assert set(page.tiles) == measure

    # A workspace that also calls web visits vanity: the tile goes, the panel lists it.
    state.settings = replace(state.settings,
                             vanity_metrics=(*state.settings.vanity_metrics, "web_visits"))
    with qtbot.waitSignal(page.rendered, timeout=60_000):
        state.data_changed.emit()
    assert "web_visits" not in page.tiles
    assert "web_visits" in page.vanity.metric_ids()


def test_tiles_formulas_trends_and_account_lists(qtbot, page, state, qtmodeltester):
    assert "won / (won + lost)" in page.tiles["win_rate"].toolTip()
    if page.trends is None:
        with qtbot.waitSignal(page.trends_rendered, timeout=60_000):
            pass
    # Six months up to October; form fills were 1 in September and 3 in October.
    assert list(page.tiles["form_fills"].sparkline.values()[-2:]) == [1, 3]

    model = page.lists.at_risk.model
    qtmodeltester.check(model)
    qtmodeltester.check(page.lists.movers.model)
    # "At risk" is a customer's band: the fixture's one customer (Alpha, just won) is not,
    # and its weak prospects are cold, not at risk.
    assert model.rowCount() == 0
    movers = page.lists.movers.model
    assert movers.rowCount() > 0
    account_id = movers.index(0, 0).data(ITEM_ROLE)
    with qtbot.waitSignal(state.account_requested) as signal:
        page.lists.movers.view.activated.emit(movers.index(0, 0))
    assert signal.args == [account_id]

    # The movers' main causes follow the paint and the trends.
    with qtbot.waitSignal(page.causes_rendered, timeout=60_000):
        page.refresh()
    frame = page.lists.movers.model.frame()
    assert frame["cause"].notna().any()
    changes = np.abs(frame["change_4w"].to_numpy("float64"))
    assert list(changes) == sorted(changes, reverse=True)
    # Each mover says the main cause of its move, as the cause's sentence.
    labels = {"activity": "new activity", "time": "time passing", "model": "model change"}
    for row, (cause, change) in enumerate(zip(frame["cause"], frame["change_4w"], strict=True)):
        if change != 0 and cause is not None:
            why = movers.index(row, DRIVER).data()
            assert why.startswith(labels[cause] + " "), why


def test_stale_results_are_dropped(qtbot, page):
    # Two quick changes: only the last one may reach the screen.
    with qtbot.waitSignal(page.rendered, timeout=60_000):
        page.set_period(SEPTEMBER)
        page.refresh()
        page.set_period(OCTOBER)
    qtbot.wait(50)
    assert page.data.query.period.start.month == 10
