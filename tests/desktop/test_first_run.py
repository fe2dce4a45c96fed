"""First run: no workspace yet -> a new file with the demo portfolio, announced; any other
new path opens empty, on the start page."""

from __future__ import annotations

from datetime import date

from desktop.app import open_window
from desktop.shared.workers import wait_for_all
from storage.paths import default_workspace_path


def test_first_run_creates_the_demo_and_says_so(qtbot, tmp_path):
    target = default_workspace_path()  # in the test's own user data folder (conftest)
    assert not target.exists()
    workspace, window = open_window(str(target), date(2026, 11, 23))
    qtbot.addWidget(window)
    try:
        def notice() -> str:
            return window.notice.text()

        qtbot.waitUntil(lambda: "demo portfolio" in notice(), timeout=120_000)
        assert str(target) in notice()
        assert target.exists()
        assert not workspace.is_empty()
        # The portfolio fills once the load that follows the demo has finished.
        qtbot.waitUntil(lambda: window.state.health is not None, timeout=120_000)
    finally:
        wait_for_all()
        window.close()
        workspace.close()


def test_an_existing_workspace_is_opened_as_it_is(qtbot, tmp_path, workspace):
    with workspace.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (name, tier, is_target) VALUES ('Solo', 1, 1)")
    ws, window = open_window(workspace.location, date(2026, 11, 23))
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.state.health is not None, timeout=60_000)
        count = ws.read_frame("SELECT COUNT(*) AS n FROM accounts")["n"].iloc[0]
        assert count == 1  # no demo was added to a workspace that already existed
    finally:
        wait_for_all()
        window.close()
        ws.close()


def test_a_new_path_opens_empty_on_the_start_page_and_can_load_the_demo(qtbot, tmp_path):
    target = tmp_path / "mine" / "crm.sqlite"
    workspace, window = open_window(str(target), date(2026, 11, 23))
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.state.frames is not None, timeout=60_000)
        assert workspace.is_empty()  # no demo in a workspace the user named
        start = window.start_page
        assert window.current_page() is start
        assert str(target) in start.where.text()
        assert start.import_button.text() == "Import your data…"
        with qtbot.waitSignal(window.state.data_changed, timeout=120_000):
            start.demo_button.click()
        qtbot.waitUntil(lambda: window.current_page() is window.portfolio, timeout=60_000)
        assert window.portfolio.model.rowCount() > 0
    finally:
        wait_for_all()
        window.close()
        workspace.close()
