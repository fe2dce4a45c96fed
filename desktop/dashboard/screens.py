"""Screenshot builders for the dashboard and presentation mode.

``desktop.screenshots`` lists them in ``SCREENS``: each gets the loaded main window and a
``wait(condition)`` helper, brings its screen to the state worth showing (computed, trends
drawn, backtest run) and returns the widget to grab at the window's size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

Wait = Callable[[Callable[[], bool]], None]
NAV_DASHBOARD = 1


def close_presentation(window) -> None:
    shown = getattr(window.pages, "_presentation", None)
    if shown is not None and shown.isVisible():
        shown.close()


def _dashboard_page(window, wait: Wait):
    from desktop.dashboard import DashboardPage

    close_presentation(window)
    window.navigation.setCurrentRow(NAV_DASHBOARD)
    page = window.stack.currentWidget()
    assert isinstance(page, DashboardPage)
    wait(lambda: page.data is not None and page.trends is not None
         and page.status.text() == "")
    return page


def dashboard_screen(window, wait: Wait) -> QWidget:
    page = _dashboard_page(window, wait)
    page.scroll.verticalScrollBar().setValue(0)
    return window


def _dashboard_at(section_key: str) -> Callable[[object, Wait], QWidget]:
    def build(window, wait: Wait) -> QWidget:
        page = _dashboard_page(window, wait)
        target = next(s for s in page.sections if s.key == section_key).widget
        # The section's top at the top of the view (ensureWidgetVisible only scrolls enough
        # to show its bottom edge).
        page.scroll.verticalScrollBar().setValue(target.y())
        return window

    return build


def _presentation(section_key: str) -> Callable[[object, Wait], QWidget]:
    def build(window, wait: Wait) -> QWidget:
        _dashboard_page(window, wait)
        window.open_presentation()
        shown = window.pages._presentation
        # Offscreen there is no projector: the main window's size stands in for the screen.
        shown.showNormal()
        shown.fit_to_height(window.height())
        wait(lambda: True)  # the smaller tiles lower the window's minimum size first
        shown.resize(window.size())
        keys = [s.key for s in shown.page.sections]
        shown.page.show_section(next(i for i, k in enumerate(keys) if k.startswith(section_key)))
        wait(lambda: True)
        return shown

    return build


SCREENS: list[tuple[str, Callable[[object, Wait], QWidget]]] = [
    ("dashboard", dashboard_screen),
    ("dashboard-journey", _dashboard_at("journey")),
    ("dashboard-outcomes", _dashboard_at("outcomes")),
    ("presentation", _presentation("tiles_journey")),
    ("presentation-charts", _presentation("journey")),
]
