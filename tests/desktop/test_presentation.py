"""Presentation mode: the dashboard alone, one section a screen, keys step, Esc and F11 leave."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop.dashboard import DashboardPage
from desktop.dashboard.filters import FilterChoice
from desktop.dashboard.period_picker import month_of
from desktop.dashboard.presentation import PresentationWindow
from desktop.shared.app_state import AppState, load_workspace_data
from desktop.shared.workers import wait_for_all
from domain.progress import Progress
from tests.desktop import dashboard_fixture as fx


@pytest.fixture
def window(qtbot, workspace):
    fx.fill(workspace)
    state = AppState(workspace, fx.AS_OF)
    state.set_data(load_workspace_data(workspace, fx.AS_OF, Progress.none()))
    main = QMainWindow()
    qtbot.addWidget(main)
    desk = DashboardPage(state, main)
    desk.trend_months = 0
    main.setCentralWidget(desk)
    with qtbot.waitSignal(desk.rendered, timeout=60_000):
        main.show()
        desk.set_filters(FilterChoice(owner="Ken"))
        desk.set_period(month_of(date(2026, 9, 1)))
    yield main, desk, state
    desk.cancel_jobs()
    wait_for_all()


def test_presentation_enters_steps_and_leaves(qtbot, window):
    main, desk, state = window
    shown = PresentationWindow(state, main)
    qtbot.addWidget(shown)
    shown.showFullScreen()
    qtbot.waitExposed(shown)
    page = shown.page
    # It shows the desk's period, filters and numbers: nothing to recompute.
    assert page.picker.choice() == desk.picker.choice()
    assert page.filters.choice().owner == "Ken"
    assert page.data is desk.data
    assert page.tiles["form_fills"].value_text() == desk.tiles["form_fills"].value_text()
    # Only the dashboard, in large type: no period or filter controls, bigger tiles.
    assert not page.picker.isVisible() and not page.filters.isVisible()
    assert page.tiles["form_fills"].height() > desk.tiles["form_fills"].height()

    count = page.section_count()
    assert page.current_section() == 0
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert page.current_section() == 1
    qtbot.keyClick(shown, Qt.Key.Key_Left)
    qtbot.keyClick(shown, Qt.Key.Key_Left)  # no section before the first
    assert page.current_section() == 0
    qtbot.keyClick(shown, Qt.Key.Key_End)
    assert page.current_section() == count - 1
    assert page.sections[-1].key == "vanity"
    assert f"{count} / {count}" in shown.position.text()

    with qtbot.waitSignal(shown.left):
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()


def test_f11_leaves_and_tiles_come_a_few_to_a_screen(qtbot, window):
    main, _desk, state = window
    shown = PresentationWindow(state, main)
    qtbot.addWidget(shown)
    shown.show()
    page = shown.page
    tile_sections = [s for s in page.sections if s.key.startswith("tiles_")]
    assert tile_sections
    for section in tile_sections:
        assert len(section.widget.findChildren(type(page.tiles["form_fills"]))) <= 8
    # Every measure tile is on exactly one screen.
    on_screens = sum(len(s.widget.findChildren(type(page.tiles["form_fills"])))
                     for s in tile_sections)
    assert on_screens == len(page.tiles)
    qtbot.keyClick(shown, Qt.Key.Key_F11)
    assert not shown.isVisible()


def test_a_hidden_dashboard_waits_until_it_is_shown(qtbot, window):
    _main, desk, state = window
    rendered = []
    desk.rendered.connect(lambda: rendered.append(True))
    desk.hide()
    state.data_changed.emit()  # e.g. an import while the portfolio page is in front
    qtbot.wait(200)
    assert not rendered
    with qtbot.waitSignal(desk.rendered, timeout=60_000):
        desk.show()
