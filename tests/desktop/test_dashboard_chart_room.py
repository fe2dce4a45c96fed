"""A dashboard chart with nothing to draw says why where the chart would be, in the
language; the trend chart's legend covers none of its lines.

On the demo as of 2026-12-02 the NPS distribution (no answers in November) and the health
bands (no weekly snapshots stored) were blank, their reason in a caption below the fold;
the trend legend sat in the plot over the first months. Fixture:
tests/desktop/dashboard_fixture.py (NPS answers only in October 2026, so September has none).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from desktop.dashboard import DashboardPage
from desktop.dashboard.period_picker import month_of
from desktop.i18n.install import install_language
from desktop.shared.app_state import AppState, load_workspace_data
from desktop.shared.workers import wait_for_all
from domain.progress import Progress
from storage.health_service import fill_history
from storage.workspace import Workspace
from tests.desktop import dashboard_fixture as fx

OCTOBER = month_of(date(2026, 10, 1))
SEPTEMBER = month_of(date(2026, 9, 1))  # no NPS answer in it


@pytest.fixture
def english():
    yield
    install_language("en")


def shown(widget) -> bool:
    """Shown within its card (a card in a section scrolled out of view is still laid out)."""
    return widget.isVisibleTo(widget.parentWidget())


def open_page(qtbot, tmp_path, *, history: bool, period) -> DashboardPage:
    workspace = Workspace.open(tmp_path / "w.sqlite")
    fx.fill(workspace)
    if history:
        fill_history(workspace, weeks=6, until=fx.AS_OF)
    state = AppState(workspace, fx.AS_OF)
    state.set_data(load_workspace_data(workspace, fx.AS_OF, Progress.none()))
    page = DashboardPage(state)
    page.trend_months = 0
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.rendered, timeout=60_000):
        page.show()
    with qtbot.waitSignal(page.rendered, timeout=60_000):
        page.set_period(period)
        page.request_refresh()
    QApplication.processEvents()
    return page


@pytest.mark.parametrize("language, nps, bands", [
    ("en", "No NPS responses in the period.", "No weekly health snapshots in the half year"),
    ("pl", "Brak odpowiedzi NPS w okresie.", "Brak tygodniowych migawek kondycji"),
    ("ja", "この期間に NPS の回答はありません。", "期間の終わりまでの半年間に週次のヘルススナップショットがありません"),
])
def test_a_blank_chart_says_why_where_the_chart_would_be(qtbot, tmp_path, english, language,
                                                         nps, bands):
    assert install_language(language).startswith(language)
    page = open_page(qtbot, tmp_path, history=False, period=SEPTEMBER)
    try:
        cards = page.charts.cards
        for key, words in (("nps", nps), ("bands", bands)):
            card = cards[key]
            assert shown(card.empty) and not shown(card.body)
            assert card.empty.text().startswith(words)
            assert card.caption.text() == ""  # said once, in the chart's place
        # Charts with something to draw show it, with their caption.
        assert shown(cards["funnel"].body) and not shown(cards["funnel"].empty)
    finally:
        page.cancel_jobs()
        wait_for_all()
        page.state.workspace.close()


def test_charts_come_back_when_there_is_something_to_draw(qtbot, tmp_path):
    page = open_page(qtbot, tmp_path, history=True, period=SEPTEMBER)
    try:
        nps = page.charts.cards["nps"]
        assert shown(nps.empty)
        with qtbot.waitSignal(page.rendered, timeout=60_000):
            page.set_period(OCTOBER)
            page.request_refresh()
        assert shown(nps.body) and not shown(nps.empty)
        assert nps.caption.text().startswith("NPS +25 · n = 4")
        bands = page.charts.cards["bands"]
        assert shown(bands.body) and not shown(bands.empty)
    finally:
        page.cancel_jobs()
        wait_for_all()
        page.state.workspace.close()


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_trend_legend_covers_no_line(qtbot, tmp_path, english, language):
    # Polish: "Ten sam miesiąc rok wcześniej" and "Zaangażowane kontakty" side by side ran
    # past the chart's right edge.
    assert install_language(language).startswith(language)
    page = open_page(qtbot, tmp_path, history=True, period=OCTOBER)
    try:
        chart = page.charts.engagement
        legend = chart.legend
        assert len(legend.items) == 2  # the engaged contacts and the year before
        plot = chart.plot_item.getViewBox()
        legend_box = legend.mapRectToScene(legend.boundingRect())
        plot_box = plot.mapRectToScene(plot.boundingRect())
        assert not legend_box.intersects(plot_box)
        # and it is inside the chart, cut off at no edge
        assert legend_box.top() >= 0 and legend_box.bottom() <= chart.height()
        assert legend_box.left() >= 0 and legend_box.right() <= chart.width()
    finally:
        page.cancel_jobs()
        wait_for_all()
        page.state.workspace.close()

