"""The window's side of "one truth": the dashboard counts the target accounts (a toggle adds
the others), the window's as-of is the data date, and the export dialog starts from the
dashboard's period and scope, so the meeting pack shows what the dashboard shows.

Fixture: tests/desktop/dashboard_fixture.py (four target accounts, hand-counted values in
its docstring) plus one account not on the target list, "Partner Ltd" (id 5, owner Ken),
with two form fills in October 2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import insert

from desktop.dashboard import DashboardPage
from desktop.dashboard.filters import FilterChoice
from desktop.dashboard.period_picker import month_of
from desktop.export.dialog import MEETING, ExportDialog
from desktop.shared.app_state import AppState, load_workspace_data
from desktop.shared.wording import periods
from desktop.shared.workers import wait_for_all
from domain import formatting as fmt
from domain.progress import Progress
from storage.event_cache import mark_events_changed
from storage.health_service import fill_history
from storage.schema import Account, Event
from storage.workspace import Workspace
from tests.desktop import dashboard_fixture as fx

OCTOBER = month_of(date(2026, 10, 1))
DATA_DATE = date(2026, 10, 30)  # Cedar's pilot was lost on 30 October: the latest record


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("truth") / "w.sqlite")
    fx.fill(ws)
    with ws.transaction() as conn:
        conn.execute(insert(Account), [{"id": 5, "name": "Partner Ltd", "tier": 3, "owner": "Ken",
                                        "region": "APAC", "is_target": False,
                                        "created_at": datetime(2025, 5, 1)}])
        conn.execute(insert(Event), [
            {"id": 100 + i, "account_id": 5, "kind": "form_fill", "channel": "organic",
             "occurred_at": datetime(2026, 10, 20 + i, 10), "asset": "demo-form"}
            for i in range(2)])
        mark_events_changed(conn)
    fill_history(ws, weeks=6, until=DATA_DATE)
    yield ws
    ws.close()


@pytest.fixture
def state(workspace):
    # No day pinned: the window follows the workspace's data date.
    app_state = AppState(workspace)
    app_state.set_data(load_workspace_data(workspace, None, Progress.none()))
    return app_state


@pytest.fixture
def page(qtbot, state):
    widget = DashboardPage(state)
    widget.trend_months = 0
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    with qtbot.waitSignal(widget.rendered, timeout=60_000):
        widget.show()
    yield widget
    widget.cancel_jobs()
    wait_for_all()


def show(qtbot, page, period=None, filters=None):
    with qtbot.waitSignal(page.rendered, timeout=60_000):
        if period is not None:
            page.set_period(period)
        if filters is not None:
            page.set_filters(filters)
        page.request_refresh()


def test_the_window_is_as_of_the_data_date(state, page):
    assert state.as_of == DATA_DATE == state.data_date
    assert state.health.day == DATA_DATE
    # The dashboard opens on the last whole month before the data date, and says the date.
    assert page.picker.choice() == month_of(date(2026, 9, 1))
    assert "Data as of 2026-10-30" in page.scope_label.text()


def test_dashboard_counts_target_accounts_unless_the_toggle_adds_the_others(qtbot, page):
    show(qtbot, page, OCTOBER, FilterChoice())
    # Targets: 3 form fills in October (fixture docstring); the funnel starts at the 4
    # target accounts, not the 5 accounts of the workspace.
    assert page.tiles["form_fills"].value_text() == "3"
    assert page.charts.funnel.counts()[0] == 4
    assert "(4 accounts)" in page.scope_label.text()
    # The comparison named is the one computed: the 31 days before October (SPEC §4).
    assert "compared with 31 Aug 2026 – 30 Sep 2026" in page.scope_label.text()
    assert periods.span(page.data.report.previous_period) == "2026-08-31 to 2026-09-30"
    show(qtbot, page, filters=FilterChoice(all_accounts=True))
    assert page.tiles["form_fills"].value_text() == "5"
    assert page.charts.funnel.counts()[0] == 5
    show(qtbot, page, filters=FilterChoice(owner="Ken"))
    assert page.tiles["form_fills"].value_text() == "1"  # Cedar; Partner is not a target
    assert page.charts.funnel.counts()[0] == 2
    counts = list(page.charts.funnel.counts())
    assert counts == sorted(counts, reverse=True)  # reached never increases


def test_regression_the_meeting_pack_starts_from_the_dashboard_period_and_scope(
        qtbot, page, state, tmp_path):
    # The pack exported from the window once defaulted to a rolling 30 days while the
    # dashboard showed the calendar month.
    show(qtbot, page, OCTOBER, FilterChoice(owner="Ken"))
    dialog = ExportDialog(state, None)
    qtbot.addWidget(dialog)
    assert dialog.start.date().toPython() == date(2026, 10, 1)
    assert dialog.end.date().toPython() == date(2026, 10, 31)
    assert dialog.owner.currentData() == "Ken" and not dialog.all_accounts.isChecked()
    ids, scope = dialog.scope()
    assert ids == [3, 4] and scope == "2 target accounts with owner Ken"
    dialog.kind_buttons[MEETING].setChecked(True)
    target = tmp_path / "pack.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(target)).pages)
    assert "2026-10-01 to 2026-10-31" in text
    assert "2 target accounts with owner Ken" in text
    assert "Data as of 2026-10-30" in text
    # The dashboard's Target stage, 2 accounts, is the pack's.
    assert page.charts.funnel.counts()[0] == 2


def test_regression_the_workbook_funnel_is_the_dashboard_funnel(workspace, tmp_path):
    # The workbook's Funnel sheet once counted only the period's arrivals ("target 250,
    # aware 0, engaged 1") while the dashboard showed where the accounts stood.
    import openpyxl

    from desktop.reports.exports import export_portfolio, load_inputs
    from domain.metrics import Period
    from domain.report_contents.dashboard import DashboardInputs, DashboardQuery, compute_dashboard
    from domain.scope import scope_ids

    inputs = load_inputs(workspace, DATA_DATE)
    october = Period(date(2026, 10, 1), date(2026, 11, 1))
    target = tmp_path / "book.xlsx"
    export_portfolio(inputs, october, target)
    ids = scope_ids(inputs.frames.accounts)
    data = compute_dashboard(DashboardInputs(inputs.frames, inputs.settings, 0,
                                             health=inputs.health), DashboardQuery(october, ids))
    sheet = [tuple(r) + (None,) * 6 for r in
             openpyxl.load_workbook(target, read_only=True)["Funnel"].iter_rows(values_only=True)]
    rows = {r[0]: r for r in sheet[1:8]}  # keyed by the stage's label: "Target", "MQA"...
    for stage in data.funnel.stages.itertuples():
        assert rows[fmt.label(stage.stage)][1:3] == (stage.accounts, stage.entered), stage.stage
    # By hand: the 4 target accounts (Partner Ltd is not one), all created in 2025; Alpha
    # and Cedar have had an opportunity since the summer; Alpha became a customer on
    # 28 October (won, subscription from that day); nobody expanded.
    assert rows["Target"][1:3] == (4, 0)
    assert rows["Opportunity"][1:3] == (2, 0)
    assert rows["Customer"][1:3] == (1, 1)
    assert rows["Expansion"][1:3] == (0, 0)
    accounts = [r for r in openpyxl.load_workbook(target, read_only=True)["Accounts"]
                .iter_rows(values_only=True)][1:]
    assert sorted(r[0] for r in accounts if r and isinstance(r[0], int)) == [1, 2, 3, 4]


def test_a_workspace_whose_data_ends_in_2017_opens_as_of_2017(tmp_path):
    ws = Workspace.open(tmp_path / "old.sqlite")
    try:
        with ws.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO accounts (id, name, tier, owner, is_target) "
                                 "VALUES (1, 'Acme', 1, 'Ewa', 1)")
            conn.exec_driver_sql("INSERT INTO events (account_id, kind, occurred_at, channel) "
                                 "VALUES (1, 'web_visit', '2017-05-09 10:00:00', 'organic')")
            mark_events_changed(conn)
        state = AppState(ws)
        state.set_data(load_workspace_data(ws, None, Progress.none()))
        assert state.as_of == state.data_date == date(2017, 5, 9)
        assert state.health.day == date(2017, 5, 9)
    finally:
        ws.close()


def test_the_window_workbook_is_the_command_line_workbook(state, tmp_path, capsys):
    # The window holds health as of its data date (30 October); a workbook for October is
    # scored as of 31 October on both surfaces, so the two files hold the same cells.
    import openpyxl

    from desktop.cli import main as cli_main
    from desktop.reports.exports import ReportInputs, export_portfolio
    from domain.metrics import Period

    inputs = ReportInputs(state.frames, state.settings, state.health, state.workspace,
                          state.data_date)
    window_book, cli_book = tmp_path / "window.xlsx", tmp_path / "cli.xlsx"
    export_portfolio(inputs, Period(date(2026, 10, 1), date(2026, 11, 1)), window_book)
    assert cli_main(["--workspace", str(state.workspace.path), "report", "portfolio",
                     "-o", str(cli_book), "--from", "2026-10-01", "--to", "2026-10-31"]) == 0
    capsys.readouterr()
    for sheet in ("Accounts", "KPIs", "Funnel"):
        cells = [list(openpyxl.load_workbook(p, read_only=True)[sheet].iter_rows(values_only=True))
                 for p in (window_book, cli_book)]
        assert cells[0] == cells[1], sheet


def test_an_account_report_past_the_data_date_says_the_data_date(workspace, tmp_path, capsys):
    from desktop.cli import main as cli_main

    target = tmp_path / "alpha.pdf"
    assert cli_main(["--workspace", str(workspace.path), "report", "account", "1", "-o",
                     str(target), "--from", "2026-11-01", "--to", "2026-12-31"]) == 0
    capsys.readouterr()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(target)).pages)
    assert "data as of 2026-10-30" in text and "data as of 2026-12-31" not in text
