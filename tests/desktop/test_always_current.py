"""The window notices another process's import within a poll, reloads, keeps the selection;
F5 reloads on demand; the window's own writes, the first load's included, do not count as
changes from elsewhere."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from desktop.main_window import MainWindow
from desktop.shared.app_state import AppState
from desktop.shared.recent_workspaces import WindowMemory
from desktop.shared.workers import run_job, wait_for_all
from tests.desktop.small_portfolio import AS_OF, fill

NEW_ACCOUNTS = "external_id,name,tier,is_target\nN1,Nordlicht AG,1,true\nN2,Oakridge Ltd,2,true\n"


@pytest.fixture
def window(qtbot, workspace, tmp_path):
    fill(workspace)
    state = AppState(workspace, AS_OF)
    memory = WindowMemory(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    main = MainWindow(state, memory)
    main.auto_history = False
    main.watcher.timer.setInterval(200)  # the window polls every 2 s; tests need not wait
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        state.reload(main)
    yield main
    wait_for_all()


def test_an_import_in_another_process_shows_without_a_restart(qtbot, window, workspace, tmp_path):
    assert window.portfolio.model.rowCount() == 3
    window.portfolio.select_account(2)
    csv = tmp_path / "accounts.csv"
    csv.write_text(NEW_ACCOUNTS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "--workspace", str(workspace.path), "import", "accounts", str(csv)],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # The watcher's next poll sees the commit and reloads in the background.
    qtbot.waitUntil(lambda: window.portfolio.model.rowCount() == 5 and not window.state.loading,
                    timeout=30_000)
    assert window.portfolio.selected_account() == 2


def test_f5_reloads(qtbot, window):
    with qtbot.waitSignal(window.state.data_changed, timeout=30_000):
        window.reload_action.trigger()
    assert window.reload_action.shortcut().toString() == "F5"


def test_the_windows_own_write_is_not_a_change_from_elsewhere(qtbot, window, workspace):
    def write(_progress):
        with workspace.transaction() as conn:
            conn.exec_driver_sql("UPDATE accounts SET owner = 'Ewa' WHERE id = 3")

    loads: list[bool] = []
    window.state.loading_changed.connect(loads.append)
    job = run_job(window, "Writing", write, lambda _r: None, show_progress=False, writes=True)
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    qtbot.wait(800)  # four polls
    assert loads == []


def test_the_first_loads_own_model_is_not_a_change_from_elsewhere(qtbot, window, workspace):
    # ``fill`` stores no health model: the window's first load wrote version 1.
    with workspace.connect() as conn:
        versions = conn.exec_driver_sql("SELECT version FROM health_models").scalars().all()
    assert versions == [1]
    loads: list[bool] = []
    window.state.loading_changed.connect(loads.append)
    qtbot.wait(800)  # four polls
    assert loads == []
    assert window.notice.text() == ""
