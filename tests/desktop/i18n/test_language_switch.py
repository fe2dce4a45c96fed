"""Settings → Language: the open window speaks the new language and the user keeps their place.

A Polish catalog with a few known translations is compiled at test time (the committed
catalogs are not translated yet); ``ABM_HEALTH_CATALOGS`` points the application at it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from desktop.i18n.choice import stored_choice
from desktop.i18n.install import active_language, install_language
from desktop.main_window import NAV_PORTFOLIO, NAV_SETTINGS, MainWindow
from desktop.shared.app_state import AppState
from desktop.shared.recent_workspaces import WindowMemory
from tests.desktop.i18n.catalogs import write_catalog
from tests.desktop.small_portfolio import AS_OF, fill

POLISH = {
    ("MainWindow", "Settings"): "Ustawienia",
    ("MainWindow", "Portfolio"): "Portfel",
    ("SettingsPage", "Settings"): "Ustawienia",
    ("AccountPage", "Timeline"): "Oś czasu",
    ("PortfolioModel", "Account"): "Konto",
}


@pytest.fixture
def polish(tmp_path, monkeypatch):
    folder = tmp_path / "catalogs"
    write_catalog(folder, "pl", lambda context, source: POLISH.get((context, source)))
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))


@pytest.fixture
def window(qtbot, workspace, tmp_path):
    fill(workspace)
    memory = WindowMemory(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    state = AppState(workspace, AS_OF)
    window = MainWindow(state, memory)
    window.auto_history = False
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        state.reload(window)
    return window


def _page_title(page) -> str:
    return next(w.text() for w in page.findChildren(QLabel) if w.objectName() == "pageTitle")


def test_choosing_polish_in_settings_retranslates_the_open_window(polish, window, qtbot):
    window.portfolio.select_account(2)
    window.navigation.setCurrentRow(NAV_SETTINGS)
    settings = window.settings_page()
    assert _page_title(settings) == "Settings"
    combo = settings.language
    index = combo.findData("pl")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)

    qtbot.waitUntil(lambda: window.navigation.item(NAV_SETTINGS).text() == "Ustawienia")
    assert active_language() == "pl"
    assert window.navigation.item(NAV_PORTFOLIO).text() == "Portfel"
    # Still on Settings, now built in Polish, with Polish chosen; the choice is stored.
    page = window.current_page()
    assert page is window.settings_page()
    assert _page_title(page) == "Ustawienia"
    assert page.language.currentData() == "pl"
    assert stored_choice(window.memory.settings) == "pl"
    # The portfolio kept its selected account and shows its headings in Polish.
    assert window.portfolio.selected_account() == 2
    assert window.portfolio.model.headerData(0, Qt.Orientation.Horizontal) == "Konto"
    # A message without a translation stays in English.
    assert window.portfolio.model.headerData(1, Qt.Orientation.Horizontal) == "Tier"


def test_the_account_page_stays_open_through_a_language_change(polish, window, qtbot):
    with qtbot.waitSignal(window.account.loaded, timeout=30_000):
        window.state.request_account(1)
    assert window.account.tabs.tabText(0) == "Timeline"
    install_language("pl")
    qtbot.waitUntil(lambda: window.navigation.item(NAV_PORTFOLIO).text() == "Portfel")
    qtbot.waitUntil(lambda: window.current_page() is window.account
                    and window.account.account_id == 1)
    assert window.account.tabs.tabText(0) == "Oś czasu"
    qtbot.waitUntil(lambda: window.account.header.name.text() == "Acme GmbH", timeout=30_000)
    # And back to English.
    install_language("en")
    qtbot.waitUntil(lambda: window.navigation.item(NAV_PORTFOLIO).text() == "Portfolio")
    assert window.current_page() is window.account and window.account.account_id == 1
