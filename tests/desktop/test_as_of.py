"""Any as-of day: the window opens at the workspace's data date (a CRM export whose activity
ended in 2017 opens in 2017, with the periods of 2016–2017 on offer), and the as-of box
moves the portfolio, the account page and the dashboard to another day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings

from desktop.dashboard.period_picker import MONTH, YEAR, month_of
from desktop.main_window import NAV_DASHBOARD, MainWindow
from desktop.shared.app_state import AppState
from desktop.shared.recent_workspaces import WindowMemory
from desktop.shared.workers import wait_for_all
from storage.event_cache import mark_events_changed
from tests.desktop import dashboard_fixture as fx

LAST_2017 = date(2017, 6, 20)


def _window(qtbot, workspace, tmp_path) -> MainWindow:
    state = AppState(workspace)  # no day pinned: the workspace's data date
    memory = WindowMemory(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    window = MainWindow(state, memory)
    window.auto_history = False
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        state.reload(window)
    return window


def _dashboard(qtbot, window):
    window.navigation.setCurrentRow(NAV_DASHBOARD)
    page = window.current_page()
    page.trend_months = 0
    qtbot.waitUntil(lambda: page.data is not None and not page.status.text(), timeout=60_000)
    return page


def _fill_2017(workspace) -> None:
    """Two target accounts whose activity runs from March 2016 to 20 June 2017."""
    with workspace.transaction() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (id, name, tier, owner, region, is_target, created_at) VALUES "
            "(1, 'Old Mill GmbH', 1, 'Ewa', 'EMEA', 1, '2015-06-01 00:00:00'),"
            "(2, 'Harbour Works Ltd', 2, 'Ken', 'EMEA', 1, '2015-06-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO contacts (id, account_id, name, buying_role, created_at) VALUES "
            "(11, 1, 'Dana', 'decision_maker', '2016-01-10 00:00:00'),"
            "(21, 2, 'Uma', 'user', '2016-01-10 00:00:00')")
        rows = []
        for month in range(3, 19):  # March 2016 to June 2017
            year, m = 2016 + (month - 1) // 12, (month - 1) % 12 + 1
            rows.append(f"(1, 11, 'form_fill', '{year}-{m:02d}-05 10:00:00', 'form:demo', 'organic')")
            rows.append(f"(2, 21, 'email_click', '{year}-{m:02d}-12 10:00:00', 'email:N', 'email')")
        rows.append("(1, 11, 'webinar_attended', '2017-06-20 15:00:00', 'webinar:w', 'organic')")
        conn.exec_driver_sql("INSERT INTO events (account_id, contact_id, kind, occurred_at, asset, channel) "
                             "VALUES " + ",".join(rows))
        mark_events_changed(conn)


def test_data_ending_in_2017_opens_in_2017_with_its_periods(qtbot, workspace, tmp_path):
    _fill_2017(workspace)
    window = _window(qtbot, workspace, tmp_path)
    try:
        state = window.state
        assert state.as_of == LAST_2017 and not state.showing_past
        assert "2017-06-20" in window.portfolio.as_of.text()
        # Scored as of 2017: Old Mill's form fills and webinar are recent, not "90 days ago".
        frame = state.extras["portfolio"]
        assert frame.loc[frame["id"] == 1, "band"].iloc[0] != "at-risk"
        page = _dashboard(qtbot, window)
        months = page.picker.options(MONTH)
        # From the contacts created in January 2016 to June 2017, the data's last month; the
        # dashboard opens on the last whole one.
        assert months[0] == month_of(date(2017, 6, 1)) and months[-1] == month_of(date(2016, 1, 1))
        assert [p.label() for p in page.picker.options(YEAR)] == ["2017", "2016"]
        assert page.picker.choice() == month_of(date(2017, 5, 1))
        assert page.picker.period.currentText() == "May 2017"
    finally:
        wait_for_all()


@pytest.fixture
def window(qtbot, workspace, tmp_path):
    fx.fill(workspace)
    main = _window(qtbot, workspace, tmp_path)
    yield main
    wait_for_all()


def test_an_as_of_change_moves_the_three_screens(qtbot, window):
    state = window.state
    latest = state.data_date
    assert latest is not None and state.as_of == latest
    page = _dashboard(qtbot, window)
    day = date(2026, 9, 20)
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        window.as_of_control.date.setDate(day)
        window.as_of_control.date.editingFinished.emit()
    assert state.as_of == day and state.showing_past
    assert window.as_of_control.latest.isVisible()
    # Dashboard: nothing after the new as-of is offered; the newest whole month is August.
    qtbot.waitUntil(lambda: not page.status.text(), timeout=60_000)
    assert page.picker.options(MONTH)[0] == month_of(date(2026, 8, 1))
    assert page.picker.choice().end <= date(2026, 9, 21)
    # Portfolio and account page say they show the past.
    window.show_portfolio()
    assert "As it stood on 2026-09-20" in window.portfolio.as_of.text()
    with qtbot.waitSignal(window.account.loaded, timeout=30_000):
        state.request_account(1)
    assert window.account.past.isVisible()
    assert "2026-09-20" in window.account.past.text()
    assert window.account.data.as_of == day
    # Latest: back to the data date, and nothing says "past" any more.
    with qtbot.waitSignals([state.data_changed, window.account.loaded], timeout=60_000):
        window.as_of_control.latest.click()  # the open account reloads for the day too
    assert state.as_of == latest and not state.showing_past
    assert not window.account.past.isVisible()
    assert not window.as_of_control.latest.isVisible()
