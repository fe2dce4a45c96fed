"""The journey funnel: one centred bar per stage, top down, with the conversion between stages.

The numbers are the funnel's (``domain.funnel``); this only draws them. Bars are centred so
the shape reads as a funnel from across a room; each bar carries its account count, and the
conversion to the next stage is written in the gap between the two bars.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

from desktop.charts.chart_theme import ChartTheme, ThemedPlot, category_labels, color

BAR_HEIGHT = 0.56
MAX_WIDTH = 0.72


class FunnelChart(ThemedPlot):
    """``set_funnel(stage_labels, counts, conversions, conversion_texts)``."""

    def __init__(self, parent=None, theme: ChartTheme | None = None) -> None:
        super().__init__(parent, theme=theme)
        self.bars = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], pen=None)
        self.plot_item.addItem(self.bars)
        self._count_items: list[pg.TextItem] = []
        self._conversion_items: list[pg.TextItem] = []
        self._labels: list[str] = []
        self._counts = np.empty(0)
        self._count_texts: list[str] = []
        self._conversion_texts: list[str] = []
        self.plot_item.hideAxis("bottom")
        self.plot_item.showGrid(x=False, y=False)

    def grid_axes(self) -> dict[str, bool]:
        return {"grid_x": False, "grid_y": False}

    def set_funnel(
        self,
        labels: Sequence[str],
        counts: np.ndarray | Sequence[float],
        count_texts: Sequence[str],
        conversion_texts: Sequence[str],
    ) -> None:
        """``conversion_texts[i]`` is the step from stage i to i + 1 (one fewer than stages)."""
        self._labels = list(labels)
        self._counts = np.asarray(counts, dtype="float64")
        self._count_texts = list(count_texts)
        self._conversion_texts = list(conversion_texts)
        self._draw()

    def conversion_texts(self) -> list[str]:
        return list(self._conversion_texts)

    def counts(self) -> np.ndarray:
        return self._counts

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if len(getattr(self, "_counts", ())):  # (called while pyqtgraph builds the view)
            self._draw()  # the stage names' axis is a share of the width

    def restyle(self) -> None:
        if hasattr(self, "bars"):
            self._draw()

    def _pool(self, pool: list[pg.TextItem], size: int, anchor: tuple[float, float]) -> None:
        while len(pool) < size:
            item = pg.TextItem(anchor=anchor)
            self.plot_item.addItem(item)
            pool.append(item)
        for i, item in enumerate(pool):
            item.setVisible(i < size)

    def _draw(self) -> None:
        n = len(self._counts)
        counts = np.nan_to_num(self._counts)
        widest = max(float(counts.max()) if n else 0.0, 1.0)
        # A stage with a handful of accounts next to one with thousands would vanish: keep a
        # sliver so every stage stays visible, its count says the rest.
        # The widest bar takes MAX_WIDTH of the plot: the rest is room for its count.
        widths = np.maximum(counts / widest, 0.012 * (counts > 0)) * MAX_WIDTH
        y = -np.arange(n, dtype="float64")
        hues = [self.theme.series[0]] * n
        self.bars.setOpts(x0=-widths / 2, y0=y - BAR_HEIGHT / 2, width=widths,
                          height=np.full(n, BAR_HEIGHT), brushes=[color(h) for h in hues],
                          pen=None)
        self._pool(self._count_items, n, (0, 0.5))
        bold = self.theme.font(bold=True)
        for i in range(n):
            item = self._count_items[i]
            item.setFont(bold)
            item.setColor(color(self.theme.foreground))
            item.setText(self._count_texts[i] if i < len(self._count_texts) else "")
            item.setPos(widths[i] / 2 + 0.012, y[i])
        steps = max(n - 1, 0)
        self._pool(self._conversion_items, steps, (0.5, 0.5))
        small = self.theme.font(factor=0.92)
        for i in range(steps):
            item = self._conversion_items[i]
            item.setFont(small)
            item.setColor(color(self.theme.muted))
            text = self._conversion_texts[i] if i < len(self._conversion_texts) else ""
            item.setText(f"↓ {text}")
            item.setPos(-0.58, y[i] - 0.5)
        axis = self.plot_item.getAxis("left")
        labels, width = category_labels(self._labels, self.theme.font(), self.width())
        axis.setTicks([[(float(y[i]), labels[i]) for i in range(n)], []])
        axis.setWidth(width)
        self.plot_item.getViewBox().setRange(xRange=(-0.75, 0.75), yRange=(-n + 0.4, 0.6),
                                             padding=0)
