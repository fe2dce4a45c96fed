"""Axis labels equal their gridlines, in the PDFs and the window (issue "One truth", item 9).

Before: a PDF engagement chart peaking at 10 events a week had gridlines at 0, 2.5, 5, 7.5
and 10 labelled "0, 2, 5, 8, 10". Counts now get whole gridlines (0, 2, 4, 6, 8, 10), and
every label is its gridline's value.
"""

from __future__ import annotations

import re

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from desktop.charts.stacked_bar_chart import StackedBarChart
from desktop.charts.trend_chart import TrendChart
from desktop.reports.charts import Bars, Series, StackedBars, paint_chart
from desktop.shared.axis import nice_ticks, tick_text


def test_nice_ticks_by_hand():
    assert nice_ticks(10) == [0, 2, 4, 6, 8, 10]  # not 0 / 2.5 / 5 / 7.5 / 10
    assert nice_ticks(7) == [0, 2, 4, 6, 8]
    assert nice_ticks(3) == [0, 1, 2, 3]
    assert nice_ticks(0) == [0, 1]  # nothing to show: one whole step
    assert nice_ticks(245) == [0, 50, 100, 150, 200, 250]
    assert nice_ticks(0.37, integer=False) == [0, 0.1, 0.2, 0.3, 0.4]
    ticks = nice_ticks(1234)
    assert ticks == [0, 250, 500, 750, 1000, 1250]
    assert [tick_text(v, ticks) for v in ticks] == ["0", "250", "500", "750", "1,000", "1,250"]
    fine = nice_ticks(0.05, integer=False)
    assert [tick_text(v, fine) for v in fine][:3] == ["0.00", "0.01", "0.02"]


def _svg_texts(chart) -> list[str]:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(400, 200))
    generator.setViewBox(QRectF(0, 0, 400, 200))
    painter = QPainter(generator)
    paint_chart(painter, QRectF(0, 0, 400, 200), chart, 72.0)
    painter.end()
    svg = bytes(data).decode("utf-8")
    return [t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test_pdf_charts_label_each_gridline_with_its_value(qapp):
    weekly = StackedBars("Engagement per week", ("1 Sep", "8 Sep", "15 Sep"),
                         (Series("Email", "#336699", (2.0, 10.0, 4.0)),))
    texts = _svg_texts(weekly)
    assert [t for t in texts if t in {"0", "2", "4", "6", "8", "10"}] == ["0", "2", "4", "6", "8", "10"]
    assert "5" not in texts and "7.5" not in texts and "2.5" not in texts
    nps = Bars("NPS responses", ("0", "9", "10"), (1.0, 3.0, 2.0), ("#336699",))
    texts = _svg_texts(nps)
    assert [t for t in texts if t in {"0", "1", "2", "3"}][:4] == ["0", "1", "2", "3"]


def test_window_charts_label_each_gridline_with_its_value(qtbot):
    bands = StackedBarChart([("Healthy", "#2e9d5b"), ("At risk", "#d64545")])
    qtbot.addWidget(bands)
    weeks = np.array([0.0, 7 * 86400.0, 14 * 86400.0])
    bands.set_stacks(weeks, {"Healthy": np.array([3.0, 4.0, 6.0]),
                             "At risk": np.array([2.0, 1.0, 4.0])})
    levels = bands.plot_item.getAxis("left")._tickLevels
    assert levels[0] == [(v, str(v)) for v in (0, 2, 4, 6, 8, 10)]

    trend = TrendChart()
    qtbot.addWidget(trend)
    months = np.array([0.0, 31 * 86400.0, 61 * 86400.0])
    trend.set_series({"Engaged": (months, np.array([12.0, 7.0, 9.0]))})
    levels = trend.plot_item.getAxis("left")._tickLevels
    assert [label for _, label in levels[0]] == ["0", "5", "10", "15"]
