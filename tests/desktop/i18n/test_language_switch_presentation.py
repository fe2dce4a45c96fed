"""A language switch while presenting: the presentation window speaks the new language at
once, on the same period, filters, numbers and section."""

from __future__ import annotations

from desktop.dashboard.presentation import PresentationWindow
from desktop.i18n.install import install_language
from tests.desktop.i18n.catalogs import write_catalog
from tests.desktop.test_presentation import window as window  # noqa: F401 - the fixture

POLISH = {
    ("PresentationWindow", "← →  sections      Esc  leave"): "← →  sekcje      Esc  wyjście",
    ("DashboardPage", "Engagement and the journey"): "Zaangażowanie i ścieżka klienta",
    ("DashboardPage", "The journey"): "Ścieżka klienta",
}


def test_the_open_presentation_follows_a_language_switch(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    folder = tmp_path / "catalogs"
    write_catalog(folder, "pl", lambda context, source: POLISH.get((context, source)))
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))
    main, desk, state = window
    shown = PresentationWindow(state, main)
    qtbot.addWidget(shown)
    shown.showFullScreen()
    qtbot.waitExposed(shown)
    journey = next(i for i, s in enumerate(shown.page.sections) if s.key == "journey")
    shown.page.show_section(journey)
    english_title = shown.page.sections[journey].title
    assert english_title in ("Engagement and the journey", "The journey")
    before = shown.page

    install_language("pl")
    qtbot.waitUntil(lambda: shown.page is not before, timeout=10_000)
    page = shown.page
    assert shown.hint.text() == "← →  sekcje      Esc  wyjście"
    assert page.sections[journey].title == POLISH[("DashboardPage", english_title)]
    # The same place and numbers: nothing recomputed, nothing lost.
    assert page.current_section() == journey
    assert page.picker.choice() == desk.picker.choice()
    assert page.filters.choice().owner == "Ken"
    assert page.data is desk.data
    assert shown.position.text().startswith(POLISH[("DashboardPage", english_title)])
    page.cancel_jobs()
