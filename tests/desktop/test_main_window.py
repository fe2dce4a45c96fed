"""The main window: portfolio first, account on double-click/Enter, shortcuts, memory, errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.main_window import MainWindow
from desktop.portfolio.model import ITEM_ROLE
from desktop.shared.app_state import AppState
from desktop.shared.recent_workspaces import WindowMemory
from tests.desktop.small_portfolio import AS_OF, TARGET_IDS, fill


def _memory(tmp_path) -> WindowMemory:
    return WindowMemory(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))


def _window(qtbot, workspace, memory) -> MainWindow:
    state = AppState(workspace, AS_OF)
    window = MainWindow(state, memory)
    window.auto_history = False  # no weekly-history job in tests
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        state.reload(window)
    return window


@pytest.fixture
def window(qtbot, workspace, tmp_path):
    fill(workspace)
    return _window(qtbot, workspace, _memory(tmp_path))


def _row_of(window, account_id):
    return window.portfolio.model.row_of(account_id)


def test_portfolio_shows_target_accounts(window, qtmodeltester):
    model = window.portfolio.model
    qtmodeltester.check(model)
    ids = sorted(model.index(r, 0).data(ITEM_ROLE) for r in range(model.rowCount()))
    assert ids == list(TARGET_IDS)
    assert window.current_page() is window.portfolio
    # Health columns are filled from the health engine (every target account is scored).
    assert all(model.index(r, 4).data() for r in range(model.rowCount()))


def test_the_portfolio_toggle_adds_the_non_target_account(window):
    page = window.portfolio
    # The status bar counts the portfolio (3 target accounts) and says the data date: the
    # latest record is Chen's form fill on 13 November, but this window is pinned to AS_OF.
    assert window.status_label.text().startswith("3 target accounts · data as of")
    # A day chosen after the last record names the data date, the same on every surface.
    data_day = window.state.data_date.isoformat()
    assert window.status_label.text() == f"3 target accounts · data as of {data_day}"
    assert window.portfolio.as_of.text().startswith(f"Data as of {data_day}")
    assert data_day.endswith("-11-13") and window.state.as_of.isoformat() > data_day
    page.filters.all_accounts.setChecked(True)
    ids = sorted(page.model.index(r, 0).data(ITEM_ROLE) for r in range(page.model.rowCount()))
    assert ids == [*TARGET_IDS, 4]
    assert page.filters.count.text() == "4 of 4 accounts"
    page.filters.all_accounts.setChecked(False)
    assert page.model.rowCount() == len(TARGET_IDS)


def test_double_click_opens_the_account_and_back_returns(window, qtbot):
    table = window.portfolio.table
    index = window.portfolio.model.index(_row_of(window, 1), 0)
    with qtbot.waitSignal(window.account.loaded, timeout=30_000) as blocker:
        table.doubleClicked.emit(index)
    assert blocker.args == [1]
    assert window.current_page() is window.account
    assert window.account.header.name.text() == "Acme GmbH"
    window.account.header.back.click()
    assert window.current_page() is window.portfolio


def test_enter_opens_the_selected_account(window, qtbot):
    from PySide6.QtTest import QTest

    table = window.portfolio.table
    row = _row_of(window, 3)
    table.setCurrentIndex(window.portfolio.model.index(row, 0))
    with qtbot.waitSignal(window.account.loaded, timeout=30_000) as blocker:
        QTest.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [3]
    assert window.account.header.name.text() == "株式会社さくら精機"


def test_account_page_shows_who_is_missing(window, qtbot, qtmodeltester):
    with qtbot.waitSignal(window.account.loaded, timeout=30_000):
        window.state.request_account(1)
    committee = window.account.committee
    qtmodeltester.check(committee.model)
    # Dana (decision maker) never touched us; Chen's form fill is a scored touch; Uma's
    # email open scores 0 points, so 1 of 3 contacts engaged in the 90-day window.
    text = committee.gaps.text()
    assert "No decision maker with a scored touch in 90 days (no scored touch ever)." in text
    assert "1 of 3 contacts had a scored touch in 90 days." in text
    assert "champion" not in text.lower()
    names = [committee.model.index(r, 0).data() for r in range(committee.model.rowCount())]
    assert names == ["Dana Decider", "Chen Champion", "Uma User"]  # by role
    # The timeline hides sends by default: the form fill and the open remain.
    assert window.account.timeline.events.rowCount() == 2


def test_shortcuts(window):
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.presentation_action.shortcut() == QKeySequence("F11")
    window.activateWindow()
    window.find_action.trigger()
    assert window.portfolio.filters.search.hasFocus() or \
        QApplication.focusWidget() is window.portfolio.filters.search


def test_search_box_filters_the_table(window, qtbot):
    window.portfolio.filters.search.setText("さくら")  # keyClicks only types ASCII
    window.portfolio.filters.flush()
    model = window.portfolio.model
    assert [model.index(r, 0).data(ITEM_ROLE) for r in range(model.rowCount())] == [3]
    assert window.portfolio.filters.count.text() == "1 of 3 accounts"


def test_layout_and_recent_workspaces_are_remembered(qtbot, workspace, tmp_path):
    fill(workspace)
    memory = _memory(tmp_path)
    first = _window(qtbot, workspace, memory)
    first.portfolio.table.setColumnWidth(2, 203)  # the owner column, widened by hand
    geometry = first.saveGeometry()
    first.close()
    assert memory.recent()[0] == workspace.location
    assert memory.blob("geometry") == geometry
    # (The offscreen test screen is too small to check the restored window size itself.)
    second = _window(qtbot, workspace, _memory(tmp_path))
    assert second.portfolio.table.columnWidth(2) == 203


def test_about_names_the_workspace(window):
    window.show_about()
    assert window.state.workspace.location in window._about.workspace_label.text()
    window._about.close()


def test_a_failing_load_reaches_the_user_and_the_window_stays_responsive(window, qtbot):
    # Break the workspace for real: the next load hits a missing table.
    with window.state.workspace.transaction() as conn:
        conn.exec_driver_sql("DROP TABLE nps_responses")
    job = window.state.reload(window, on_error=window.load_failed)
    qtbot.waitUntil(lambda: not job.is_running(), timeout=60_000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and boxes[0].text().startswith("Loading the workspace failed")
    assert "Traceback" not in boxes[0].text() and "Traceback" in boxes[0].detailedText()
    ticks: list[int] = []
    QTimer.singleShot(5, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])
    for box in boxes:
        box.close()


def test_every_page_of_the_navigation_opens(window, qtbot):
    from desktop.dashboard import DashboardPage
    from desktop.import_wizard.history import ImportHistoryDialog
    from desktop.settings.page import SettingsPage

    for row, kind in ((1, DashboardPage), (2, ImportHistoryDialog), (3, SettingsPage)):
        window.navigation.setCurrentRow(row)
        assert isinstance(window.current_page(), kind)
    window.navigation.setCurrentRow(0)
    assert window.current_page() is window.portfolio


def test_import_and_export_open_from_their_shortcuts(window, qtbot, tmp_path):
    from desktop.export.dialog import ExportDialog
    from desktop.import_wizard.wizard import ImportWizard

    wizard = window.open_import(str(tmp_path / "accounts.csv"))
    assert isinstance(wizard, ImportWizard) and wizard.path.endswith("accounts.csv")
    wizard.close()
    with qtbot.waitSignal(window.account.loaded, timeout=30_000):
        window.state.request_account(1)
    dialog = window.open_export()
    assert isinstance(dialog, ExportDialog)
    dialog.close()


def test_dropping_a_csv_starts_the_import_wizard(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from desktop.import_wizard.wizard import ImportWizard

    path = tmp_path / "contacts.csv"
    path.write_text("name\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: any(isinstance(w, ImportWizard) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=5_000)
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard))
    assert wizard.path == str(path)
    wizard.close()


def test_a_saved_filter_is_stored_in_the_workspace_and_applies(window, qtbot):
    from desktop.portfolio.filter import PortfolioFilter
    from storage.settings_repo import load_settings

    page = window.portfolio
    mine = PortfolioFilter(owners=frozenset({"Ewa"}))
    page.filters.save_requested.emit("My accounts", mine)
    qtbot.waitUntil(lambda: "My accounts" in load_settings(window.state.workspace).saved_filters,
                    timeout=20_000)
    assert load_settings(window.state.workspace).saved_filters["My accounts"]["owners"] == ["Ewa"]
    page.filters.apply_saved("My accounts")
    # Ewa owns Acme (1) and Łódź (2); "Not a target" (4) is never shown.
    assert sorted(page.model.index(r, 0).data(ITEM_ROLE) for r in range(page.model.rowCount())) == [1, 2]
    page.filters.apply_saved("Tier 1 at risk")
    assert page.model.current_filter() == PortfolioFilter(tiers=frozenset({1}), bands=frozenset({"at-risk"}))


def test_a_cache_note_from_a_worker_thread_shows_in_the_status_bar(window, qtbot):
    import threading

    from storage import cache_notes

    note = "the events cache w.sqlite.events.npz was damaged (EOFError); it is rebuilt."
    with qtbot.waitSignal(window.cache_note, timeout=30_000):
        threading.Thread(target=cache_notes.note, args=(note,)).start()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("The events cache"))
    window.close()
    assert window._cache_listener not in cache_notes._listeners


def test_account_page_says_what_moved(window, qtbot, qtmodeltester):
    with qtbot.waitSignal(window.account.moved_shown, timeout=60_000):
        window.state.request_account(1)
    moved = window.account.moved
    qtmodeltester.check(moved.model)
    qtmodeltester.check(moved.events)
    # Acme's form fill of 13 November is inside the four weeks up to 23 November, named.
    texts = [moved.events.index(r, 1).data() for r in range(moved.events.rowCount())]
    assert "form fill on 2026-11-13 (form:demo-request)" in texts
    assert moved.summary.text().startswith(("From 2026-10-26 to 2026-11-23",
                                            "Nothing to compare from 2026-10-26"))
    if moved.moved.change is not None:  # the cells add up to the change, to the tenth
        frame = moved.model.frame()
        total = frame[frame["component"] == "Total"].iloc[0]
        assert round(sum(total[c] for c in ("activity", "time", "model")), 1) == moved.moved.change
