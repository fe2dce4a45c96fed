"""Stacked bars over time: e.g. how many accounts sit in each health band, week by week.

One ``BarGraphItem`` per layer, created once (layers are fixed: the bands), each updated
with its bottoms (the layers below, cumulated) and heights. Time is epoch seconds on a date
axis; bars are a little narrower than the spacing between dates so weeks read apart.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

from desktop.charts.chart_theme import ChartTheme, ThemedPlot, color, date_ticks, fitting_most
from desktop.shared.axis import DAY, nice_ticks, tick_text


class StackedBarChart(ThemedPlot):
    """``set_stacks(x_seconds, {layer: counts})`` with layers fixed at construction."""

    def __init__(self, layers: Sequence[tuple[str, str]], parent=None,
                 theme: ChartTheme | None = None) -> None:
        """``layers``: (name, colour) bottom to top."""
        super().__init__(parent, theme=theme, axisItems={"bottom": pg.DateAxisItem()})
        self.layers = list(layers)
        self.legend = self.plot_item.addLegend(offset=(10, 6), colCount=len(self.layers))
        self.items: dict[str, pg.BarGraphItem] = {}
        for name, hue in self.layers:
            item = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], brush=color(hue),
                                   pen=None)
            self.plot_item.addItem(item)
            self.legend.addItem(item, name)
            self.items[name] = item
        self._x = np.empty(0)
        self._stacks: dict[str, np.ndarray] = {}
        self.restyle()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if not hasattr(self, "legend"):
            return  # resized while being built
        # One row of legend entries while they fit, two rows on a narrow card (1280 px).
        needed = sum(self.fontMetrics().horizontalAdvance(name) + 40 for name, _ in self.layers) + 20
        columns = len(self.layers) if event.size().width() >= needed else max(1, (len(self.layers) + 1) // 2)
        if self.legend.columnCount != columns:
            self.legend.setColumnCount(columns)

    def set_stacks(self, x_seconds: np.ndarray, stacks: dict[str, np.ndarray]) -> None:
        x = np.asarray(x_seconds, dtype="float64")
        self._x = x
        self._stacks = {name: np.asarray(stacks.get(name, np.zeros(len(x))), dtype="float64")
                        for name, _ in self.layers}
        step = float(np.median(np.diff(x))) if len(x) > 1 else 7 * 86400.0
        width = np.full(len(x), step * 0.72)
        bottom = np.zeros(len(x))
        for name, _hue in self.layers:
            heights = np.nan_to_num(self._stacks[name])
            self.items[name].setOpts(x0=x - width / 2, y0=bottom.copy(), width=width,
                                     height=heights)
            bottom = bottom + heights
        # One label per snapshot week (thinned out), not the axis's guess of daily ticks.
        axis = self.plot_item.getAxis("bottom")
        room = int(self.plot_item.getViewBox().width()) or self.width() - 60
        axis.setTicks([date_ticks(x, DAY, most=fitting_most(x, DAY, self.theme.font(), room, 7)), []])
        # The latest week is the one that matters: never hide its label at the edge.
        axis.setStyle(hideOverlappingLabels=False)
        # Counts: whole gridlines, each labelled with its own value (never "2.5 accounts").
        ticks = nice_ticks(float(bottom.max()) if len(x) else 0.0, integer=True)
        self.plot_item.getAxis("left").setTicks([[(v, tick_text(v, ticks)) for v in ticks], []])
        vb = self.plot_item.getViewBox()
        if len(x):
            vb.setRange(xRange=(x[0] - step, x[-1] + 2 * step),
                        yRange=(0, max(float(bottom.max()) * 1.18, ticks[-1] * 1.02)), padding=0)

    def totals(self) -> np.ndarray:
        if not self._stacks:
            return np.empty(0)
        return np.sum([np.nan_to_num(v) for v in self._stacks.values()], axis=0)

    def stacks(self) -> dict[str, np.ndarray]:
        return dict(self._stacks)

    def restyle(self) -> None:
        if not hasattr(self, "legend"):
            return
        for _sample, label in self.legend.items:
            label.setText(label.text, color=self.theme.foreground, size=f"{self.theme.font_px}px")
