"""A time-series line chart on a date axis, series created once and updated with ``setData``.

Time is epoch seconds on a ``DateAxisItem``. Each named series is a ``PlotDataItem`` made
the first time the name is seen and reused after; a series missing from a later update is
emptied, not removed, so the legend and the scene stay put. The selected period can be
shaded, which tells the room which points the tiles are about. The legend sits above the
plot, its entries side by side (one under the other when they do not fit the width), in a
margin kept for it: inside the plot it covered the start of the lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from desktop.charts.chart_theme import ChartTheme, ThemedPlot, color, date_ticks, fitting_most
from desktop.shared.axis import nice_ticks, tick_text

# The legend's entries side by side, from the top left of the chart (pyqtgraph counts an
# offset of 0 from the other edge).
LEGEND_COLUMNS, LEGEND_LEFT = 2, 10


class TrendChart(ThemedPlot):
    """``set_series({name: (x_seconds, y)}, styles)``; ``set_highlight(start, end)``."""

    def __init__(self, parent=None, theme: ChartTheme | None = None) -> None:
        super().__init__(parent, theme=theme, axisItems={"bottom": pg.DateAxisItem()})
        self.series: dict[str, pg.PlotDataItem] = {}
        self._dashed: set[str] = set()
        self._order: list[str] = []
        self.legend = pg.LegendItem(offset=(LEGEND_LEFT, 1), colCount=LEGEND_COLUMNS)
        self.legend.setParentItem(self.plot_item)  # the whole chart, not the data's box
        self.plot_item.legend = self.legend  # named series join it as they are added
        self.highlight = pg.LinearRegionItem(movable=False)
        self.highlight.setZValue(-10)
        self.highlight.setVisible(False)
        for line in self.highlight.lines:
            line.setPen(pg.mkPen(None))
        self.plot_item.addItem(self.highlight)
        self.restyle()

    def set_series(
        self,
        data: Mapping[str, tuple[np.ndarray, np.ndarray]],
        dashed: Sequence[str] = (),
        tick_format: str | None = None,  # axis.MONTH or axis.DAY: a label at every point
    ) -> None:
        """Lines by name; names in ``dashed`` are comparisons (drawn thinner, dashed, grey)."""
        self._dashed = set(dashed)
        for name, (x, y) in data.items():
            item = self.series.get(name)
            if item is None:
                item = pg.PlotDataItem(name=name, antialias=True, connect="finite")
                self.plot_item.addItem(item)
                self.series[name] = item
                self._order.append(name)
            xs, ys = np.asarray(x, dtype="float64"), np.asarray(y, dtype="float64")
            if not np.isfinite(ys).any():
                xs, ys = np.empty(0), np.empty(0)  # nothing known: no line (and no NaN bounds)
            item.setData(xs, ys)
        for name, item in self.series.items():
            if name not in data:
                item.setData([], [])
        if tick_format is not None:
            # Explicit labels at the points (e.g. one per month) instead of the axis's guess.
            x_all = next(iter(data.values()))[0] if data else np.empty(0)
            self._dates = (np.asarray(x_all, dtype="float64"), tick_format)
            self._date_ticks()
        self.restyle()
        self.plot_item.getViewBox().enableAutoRange()
        self._value_ticks([np.asarray(y, dtype="float64") for _, y in data.values()])

    def _date_ticks(self) -> None:
        """As many date labels as fit the plot's width, side by side, never overlapping."""
        dates = getattr(self, "_dates", None)
        if dates is None:
            return
        x_all, kind = dates
        room = int(self.plot_item.getViewBox().width()) or self.width() - 60
        most = fitting_most(x_all, kind, self.theme.font(), room, 7)
        ticks = date_ticks(x_all, kind, most=most)
        axis = self.plot_item.getAxis("bottom")
        axis.setTicks([ticks, []])
        # The latest label is centred on the last point, near the plot's right end: let it
        # run half its width past the axis (pyqtgraph hides it otherwise), into a margin.
        metrics = QFontMetrics(self.theme.font())
        half = max((metrics.horizontalAdvance(t) for _, t in ticks), default=0) // 2 + 4
        axis.setStyle(hideOverlappingLabels=half)
        left, top, right, bottom = self.plot_item.layout.getContentsMargins()
        if right != half:
            self.plot_item.layout.setContentsMargins(left, top, half, bottom)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._date_ticks()
        if hasattr(self, "legend"):  # not while the base class is being built
            self._room_for_legend()

    def _value_ticks(self, values: list[np.ndarray]) -> None:
        """Gridlines labelled with their own values; whole ones when every value is whole."""
        known = np.concatenate([v[np.isfinite(v)] for v in values]) if values else np.empty(0)
        axis = self.plot_item.getAxis("left")
        if not len(known) or known.min() < 0:
            axis.setTicks(None)  # signed data: the axis's own ticks (labelled exactly too)
            return
        ticks = nice_ticks(float(known.max()), integer=bool(np.all(known == np.round(known))))
        axis.setTicks([[(v, tick_text(v, ticks)) for v in ticks], []])
        self.plot_item.getViewBox().setYRange(0, ticks[-1], padding=0.02)

    def set_highlight(self, start_s: float | None, end_s: float | None) -> None:
        if start_s is None or end_s is None:
            self.highlight.setVisible(False)
            return
        self.highlight.setRegion((start_s, end_s))
        self.highlight.setVisible(True)

    def restyle(self) -> None:
        if not hasattr(self, "series"):
            return
        self._date_ticks()  # the theme's type size decides how many dates fit
        width = max(2.0, self.theme.font_px / 5)
        for i, name in enumerate(self._order):
            item = self.series[name]
            if name in self._dashed:
                pen = pg.mkPen(self.theme.secondary, width=width * 0.75,
                               style=Qt.PenStyle.DashLine)
                symbol_brush = color(self.theme.secondary)
            else:
                hue = self.theme.series[i % len(self.theme.series)]
                pen = pg.mkPen(hue, width=width)
                symbol_brush = color(hue)
            item.setPen(pen)
            item.setSymbol("o")
            item.setSymbolSize(max(5, self.theme.font_px // 2))
            item.setSymbolBrush(symbol_brush)
            item.setSymbolPen(pg.mkPen(None))
        self.highlight.setBrush(color(self.theme.accent, 28))
        # A legend over a line must not hide it: a ground of its own, slightly see-through.
        self.legend.setBrush(color(self.theme.background, 215))
        self.legend.setPen(color(self.theme.grid))
        self.legend.setLabelTextColor(color(self.theme.foreground))
        self.legend.setLabelTextSize(f"{self.theme.font_px}px")
        for _sample, label in self.legend.items:
            label.setText(label.text, color=self.theme.foreground, size=f"{self.theme.font_px}px")
        self._room_for_legend()

    def _room_for_legend(self) -> None:
        """Entries side by side if they fit the chart's width (else one under the other),
        and a top margin as tall as the legend, so the plot starts below it."""
        self.legend.setColumnCount(LEGEND_COLUMNS)
        self.legend.updateSize()
        if self.legend.boundingRect().width() > self.width() - 2 * LEGEND_LEFT:
            self.legend.setColumnCount(1)  # a long entry (Polish) would run off the chart
        self.legend.updateSize()
        top = int(self.legend.boundingRect().height()) + 4 if self.legend.items else 0
        left, old_top, right, bottom = self.plot_item.layout.getContentsMargins()
        if old_top != top:
            self.plot_item.layout.setContentsMargins(left, top, right, bottom)
