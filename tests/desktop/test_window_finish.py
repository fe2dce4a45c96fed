"""The finished window: unsaved settings are asked about, the theme is remembered, the
sidebar always navigates, status-bar notices expire and never pile up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.main_window import NAV_PORTFOLIO, NAV_SETTINGS, MainWindow
from desktop.shared import palette
from desktop.shared.app_state import AppState
from desktop.shared.recent_workspaces import WindowMemory
from desktop.shared.workers import wait_for_all
from tests.desktop.small_portfolio import AS_OF, fill


def _memory(tmp_path) -> WindowMemory:
    return WindowMemory(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))


def _window(qtbot, workspace, memory) -> MainWindow:
    state = AppState(workspace, AS_OF)
    window = MainWindow(state, memory)
    window.auto_history = False
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        state.reload(window)
    return window


@pytest.fixture
def window(qtbot, workspace, tmp_path):
    fill(workspace)
    main = _window(qtbot, workspace, _memory(tmp_path))
    yield main
    wait_for_all()


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the next message box with ``button`` once it is shown."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def _edit_settings(qtbot, window):
    window.navigation.setCurrentRow(NAV_SETTINGS)
    page = window.current_page()
    page.mql_threshold.setValue(page.mql_threshold.value() + 5)
    assert page.is_changed()
    return page


def test_leaving_unsaved_settings_asks_and_cancel_stays(qtbot, window):
    page = _edit_settings(qtbot, window)
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.Cancel, seen)
    window.navigation.setCurrentRow(NAV_PORTFOLIO)
    assert seen == ["The settings have unsaved changes. Save them?"]
    assert window.current_page() is page
    assert window.navigation.currentRow() == NAV_SETTINGS
    assert page.is_changed()

    _answer(QMessageBox.StandardButton.Discard, seen)
    window.navigation.setCurrentRow(NAV_PORTFOLIO)
    assert window.current_page() is window.portfolio
    assert not page.is_changed()  # the settings in force are back


def test_quitting_with_unsaved_settings_asks(qtbot, window):
    _edit_settings(qtbot, window)
    seen: list[str] = []
    _answer(QMessageBox.StandardButton.Cancel, seen)
    window.close()
    assert seen and window.isVisible()
    _answer(QMessageBox.StandardButton.Discard, seen)
    window.close()
    assert not window.isVisible()


def test_saving_on_quit_saves_then_closes(qtbot, window, workspace):
    page = _edit_settings(qtbot, window)
    wanted = page.mql_threshold.value()
    _answer(QMessageBox.StandardButton.Save, [])
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    from storage.settings_repo import load_settings

    assert load_settings(workspace).mql_threshold == wanted


def test_the_theme_is_remembered(qtbot, workspace, tmp_path, qapp):
    fill(workspace)
    memory = _memory(tmp_path)
    first = _window(qtbot, workspace, memory)
    try:
        first.set_theme("dark")
        first.close()
        palette.apply_theme(qapp, "light")
        second = _window(qtbot, workspace, memory)
        assert palette.is_dark()
        checked = [a.data() for a in second.theme_group.actions() if a.isChecked()]
        assert checked == ["dark"]
        second.close()
    finally:
        palette.apply_theme(qapp, "light")
        wait_for_all()


def test_portfolio_in_the_sidebar_leaves_an_open_account(qtbot, window):
    with qtbot.waitSignal(window.account.loaded, timeout=30_000):
        window.state.request_account(1)
    assert window.current_page() is window.account
    item = window.navigation.item(NAV_PORTFOLIO)
    assert window.navigation.currentRow() == NAV_PORTFOLIO
    window.navigation.itemClicked.emit(item)
    assert window.current_page() is window.portfolio


def test_a_notice_expires_and_a_new_one_replaces_it(qtbot, window):
    window.notify("first", 100_000)
    window.notify("second", 200)
    assert window.notice.text() == "second"
    qtbot.waitUntil(lambda: window.notice.text() == "", timeout=10_000)
    window.notify("about the old workspace", 100_000)
    window.state.workspace_changed.emit()
    assert window.notice.text() == ""
