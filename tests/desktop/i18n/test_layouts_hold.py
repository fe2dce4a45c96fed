"""Layouts that hold in the shipped languages, with their real catalogs, in a 1280x720 window.

Each test shows a page as a user would see it and measures what was found cut off when
the screens were looked at in Japanese, Chinese and Polish: Settings scrolled sideways in
Polish; the portfolio's band column cut "Do obserwacji" and "リスクあり" and headings lost
their ends without "…"; the account timeline's month labels were cut off under a legend
that wraps onto two lines in Polish. The report fonts are loaded, as after a report was
written (their taller lines are the worst case).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.i18n.install import install_language
from desktop.main_window import NAV_SETTINGS, MainWindow
from desktop.portfolio.columns import CHIP, HEADING_PADDING, WIDE_DAY
from desktop.portfolio.model import COL_HEALTH, COL_LAST_TOUCH, COL_NAME, COL_RENEWAL
from desktop.reports.fonts import register_report_fonts
from desktop.shared.app_state import AppState
from desktop.shared.axis import MONTH, date_label
from desktop.shared.palette import BAND_LABELS, apply_theme
from desktop.shared.recent_workspaces import WindowMemory
from domain import formatting as fmt
from tests.desktop.small_portfolio import AS_OF, fill

SIZE = (1280, 720)


def _settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def open_window(qtbot, workspace, tmp_path, language: str) -> MainWindow:
    # The application's own look: the stylesheet draws headings bold and pads them.
    apply_theme(QApplication.instance(), "light")
    register_report_fonts()
    assert install_language(language).startswith(language)  # zh installs zh_CN
    fill(workspace)
    memory = WindowMemory(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    state = AppState(workspace, AS_OF)
    window = MainWindow(state, memory)
    window.auto_history = False
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        state.reload(window)
    _settle(qtbot)
    return window


@pytest.mark.parametrize("language", ["pl", "ja", "zh"])
def test_settings_never_scrolls_sideways(qtbot, workspace, tmp_path, language):
    window = open_window(qtbot, workspace, tmp_path, language)
    window.navigation.setCurrentRow(NAV_SETTINGS)
    page = window.settings_page()
    qtbot.waitUntil(lambda: page.health.report is not None, timeout=60_000)
    _settle(qtbot)
    scroll = page.findChild(QScrollArea)
    # The page really is in the language (the Polish "Ustawienia", not "Settings").
    assert page.findChild(QScrollArea) is not None and window.navigation.item(NAV_SETTINGS).text() != "Settings"
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    for view in (page.verdicts_view, page.health.rates_view, page.health.reliability_view):
        assert not view.horizontalScrollBar().isVisible()
    assert (window.width(), window.height()) == SIZE


@pytest.mark.parametrize("language", ["ja", "pl", "zh"])
def test_portfolio_band_and_date_columns_show_whole(qtbot, workspace, tmp_path, language):
    window = open_window(qtbot, workspace, tmp_path, language)
    table = window.portfolio.table
    model = table.model()
    cells = table.fontMetrics()
    # Every band's name fits beside the score chip, whichever band a row is in.
    widest_band = max(cells.horizontalAdvance(label) for label in BAND_LABELS.values())
    assert table.columnWidth(COL_HEALTH) >= CHIP + widest_band
    # The band column's heading is whole: its bold width and the padding.
    heading_font = QFont(table.horizontalHeader().font())
    heading_font.setWeight(QFont.Weight.DemiBold)
    heading = model.headerData(COL_HEALTH, Qt.Orientation.Horizontal)
    assert heading != "Health"
    assert table.columnWidth(COL_HEALTH) >= (QFontMetrics(heading_font).horizontalAdvance(heading)
                                             + HEADING_PADDING)
    # Dates whole in the language's pattern (2026年12月28日 is wider than 2026-12-28).
    for column in (COL_LAST_TOUCH, COL_RENEWAL):
        assert table.columnWidth(column) >= cells.horizontalAdvance(fmt.day(WIDE_DAY))
    # All of it inside the table: nothing pushed out at the right, the name keeps room.
    widths = [table.columnWidth(c) for c in range(model.columnCount())]
    assert sum(widths) <= table.viewport().width() + 1
    assert table.columnWidth(COL_NAME) >= 100
    assert (window.width(), window.height()) == SIZE


def test_portfolio_headings_elide_with_their_font_and_say_themselves_on_hover(qtbot, workspace,
                                                                            tmp_path):
    window = open_window(qtbot, workspace, tmp_path, "pl")
    table = window.portfolio.table
    header = table.horizontalHeader()
    model = table.model()
    # Qt elides by the header's own font: it must be the weight the sections are drawn in,
    # or a heading is cut without "…" (as "Ostatnia pu" was).
    assert header.font().weight() >= QFont.Weight.DemiBold
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    cut = []
    for column in range(model.columnCount()):
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        if header.fontMetrics().horizontalAdvance(heading) + HEADING_PADDING > table.columnWidth(column):
            cut.append(heading)
            tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            assert tip.startswith(heading)
    # Polish at 1280 px has headings too long for their columns ("Ostatnia punktowana
    # interakcja"): the case is really met.
    assert cut


def test_portfolio_column_widened_by_hand_keeps_its_width(qtbot, workspace, tmp_path):
    window = open_window(qtbot, workspace, tmp_path, "pl")
    table = window.portfolio.table
    table.setColumnWidth(2, 203)
    window.resize(1440, 900)
    _settle(qtbot)
    assert table.columnWidth(2) == 203
    assert 2 in window.portfolio.columns.hand_sized


def test_timeline_month_labels_are_not_cut_off(qtbot, workspace, tmp_path):
    window = open_window(qtbot, workspace, tmp_path, "pl")
    with qtbot.waitSignal(window.account.loaded, timeout=30_000):
        window.state.request_account(1)
    window.stack.setCurrentWidget(window.account)
    window.account.tabs.setCurrentIndex(0)
    _settle(qtbot)
    timeline = window.account.timeline
    line = QFontMetrics(timeline.legend.font()).lineSpacing()
    # The case met: in Polish the legend takes two lines at 1280 px.
    assert timeline.legend.height() >= 2 * line - 2
    # The plot, with its axis and labels under it, is all inside the chart's part.
    plot = timeline.plot
    assert plot.geometry().bottom() <= plot.parentWidget().height()
    axis = plot.getAxis("bottom")
    assert axis.mapRectToScene(axis.boundingRect()).bottom() <= plot.viewport().height() + 1
    # Months in Polish, spaced so that no two labels overlap.
    ticks = axis._tickLevels[0]
    assert len(ticks) >= 4
    labels = [text for _value, text in ticks]
    assert all(text == date_label(fmt_day, MONTH) for fmt_day, text in
               zip(_days(ticks), labels, strict=True))
    view = plot.getPlotItem().vb
    xs = [view.mapViewToScene(QPointF(value, 0)).x() for value, _text in ticks]
    widest = max(plot.fontMetrics().horizontalAdvance(text) for text in labels)
    assert min(b - a for a, b in zip(xs, xs[1:], strict=False)) > widest
    assert (window.width(), window.height()) == SIZE


def _days(ticks):
    from datetime import UTC, datetime

    return [datetime.fromtimestamp(value, UTC).date() for value, _text in ticks]


def test_funnel_names_every_stage_in_polish(qtbot, workspace, tmp_path):
    from desktop.main_window import NAV_DASHBOARD

    window = open_window(qtbot, workspace, tmp_path, "pl")
    window.navigation.setCurrentRow(NAV_DASHBOARD)
    page = window.current_page()
    qtbot.waitUntil(lambda: page.data is not None, timeout=60_000)
    _settle(qtbot)
    funnel = page.charts.funnel
    axis = funnel.plot_item.getAxis("left")
    shown = [text for _value, text in axis._tickLevels[0]]
    assert shown and len(shown) == len(funnel._labels)
    # pyqtgraph leaves out a tick label wider than its axis ("Szansa sprzedaży" was left
    # out at the English width): every label shown fits the axis, whole or elided.
    metrics = QFontMetrics(funnel.theme.font())
    for label, text in zip(funnel._labels, shown, strict=True):
        assert text == label or text.endswith("…")
        assert metrics.horizontalAdvance(text) + 8 <= axis.width()
    assert "Szansa sprzedaży" in shown


def test_trend_chart_month_labels_never_overlap_in_chinese_presentation_type(qtbot):
    import numpy as np
    import pandas as pd

    from desktop.charts.chart_theme import ChartTheme
    from desktop.charts.trend_chart import TrendChart

    assert install_language("zh").startswith("zh")
    chart = TrendChart(theme=ChartTheme().scaled(2.0))  # presentation mode's type
    qtbot.addWidget(chart)
    chart.resize(560, 360)
    chart.show()
    months = pd.date_range("2025-12-01", periods=12, freq="MS")
    x = np.array([m.timestamp() for m in months])
    chart.set_series({"contacts": (x, np.arange(12.0))}, tick_format=MONTH)
    _settle(qtbot)
    axis = chart.plot_item.getAxis("bottom")
    ticks = axis._tickLevels[0]
    labels = [text for _value, text in ticks]
    assert labels[-1] == date_label(months[-1].date(), MONTH)  # the latest month is named
    assert labels[-1].startswith("2026年11月")
    view = chart.plot_item.getViewBox()
    xs = [view.mapViewToScene(QPointF(value, 0)).x() for value, _text in ticks]
    widest = max(QFontMetrics(chart.theme.font()).horizontalAdvance(t) for t in labels)
    assert len(ticks) >= 2
    assert min(b - a for a, b in zip(xs, xs[1:], strict=False)) > widest
