"""Screenshot builder for the settings page (listed in ``desktop.screenshots``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

Wait = Callable[[Callable[[], bool]], None]
NAV_SETTINGS = 3


def close_presentation(window) -> None:
    shown = getattr(window.pages, "_presentation", None)
    if shown is not None and shown.isVisible():
        shown.close()


def settings_screen(window, wait: Wait) -> QWidget:
    from desktop.settings.page import SettingsPage

    close_presentation(window)
    window.navigation.setCurrentRow(NAV_SETTINGS)
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    wait(lambda: page.health.report is not None)
    # A what-if in progress: more weight on engagement, compared with the saved model.
    slider = page.health.sliders["engagement"]
    if slider.value() != 35:
        shown = []
        page.health.backtest_shown.connect(lambda: shown.append(True))
        slider.setValue(35)
        wait(lambda: bool(shown))
    # Down to the reliability table: is the likelihood right?
    from PySide6.QtWidgets import QScrollArea

    scroll = page.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(page.health.reliability_view, 0, 40)
    return window


SCREENS: list[tuple[str, Callable[[object, Wait], QWidget]]] = [("settings", settings_screen)]
