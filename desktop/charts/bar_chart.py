"""A categorical bar chart (vertical or horizontal) with its value written on each bar.

One ``BarGraphItem`` is created once; ``set_bars`` swaps its arrays. Value labels come from a
pool of ``TextItem`` that grows to the largest number of bars seen and hides the spare ones,
so a redraw never rebuilds the scene. A missing value (NaN: a rate with nothing to divide)
draws no bar and says "n/a".
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from desktop.charts.chart_theme import ChartTheme, ThemedPlot, category_labels, color

BAR_WIDTH = 0.62
INSIDE_SHARE = 0.6  # bars longer than this share of the longest carry their label inside
MIN_SLOTS = 4
MAX_LABEL_CHARS = 30


def elide(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class BarChart(ThemedPlot):
    """``set_bars(labels, values, colors=None, texts=None)``; horizontal bars read top-down."""

    def __init__(self, parent=None, *, horizontal: bool = False,
                 theme: ChartTheme | None = None) -> None:
        self.horizontal = horizontal
        self._labels: list[str] = []
        self._values = np.empty(0)
        self._colors: list[str] | None = None
        self._texts: list[str] = []
        self._pool: list[pg.TextItem] = []
        self._inside: list[bool] = []
        super().__init__(parent, theme=theme)
        self.bars = pg.BarGraphItem(x0=[], y0=[], width=[], height=[], pen=None)
        self.plot_item.addItem(self.bars)

    def grid_axes(self) -> dict[str, bool]:
        return {"grid_x": False, "grid_y": False}

    # -- data ---------------------------------------------------------------------------
    def set_bars(
        self,
        labels: Sequence[str],
        values: np.ndarray | Sequence[float],
        colors: Sequence[str] | None = None,
        texts: Sequence[str] | None = None,
    ) -> None:
        values = np.asarray(values, dtype="float64")
        if len(labels) != len(values):
            raise ValueError(f"{len(labels)} labels for {len(values)} values")
        self._labels = [str(label) for label in labels]
        self._values = values
        self._colors = list(colors) if colors is not None else None
        self._texts = list(texts) if texts is not None else [_plain(v) for v in values]
        self._draw()

    def labels(self) -> list[str]:
        return list(self._labels)

    def values(self) -> np.ndarray:
        return self._values

    def texts(self) -> list[str]:
        return list(self._texts)

    def restyle(self) -> None:
        self._draw()

    # -- drawing ------------------------------------------------------------------------
    def _draw(self) -> None:
        n = len(self._values)
        drawn = np.nan_to_num(self._values, nan=0.0)
        positions = np.arange(n, dtype="float64")
        if self.horizontal:
            positions = positions[::-1].copy()  # first category at the top
        brushes = [color(c) for c in (self._colors or [self.theme.accent] * n)]
        low = min(0.0, float(drawn.min())) if n else 0.0
        high = max(0.0, float(drawn.max())) if n else 1.0
        # Always x0/y0/width/height: mixing centre (x, y) and corner options between calls
        # leaves stale arrays in the item's options.
        if self.horizontal:
            self.bars.setOpts(x0=np.minimum(drawn, 0), y0=positions - BAR_WIDTH / 2,
                              width=np.abs(drawn), height=np.full(n, BAR_WIDTH),
                              brushes=brushes, pen=None)
        else:
            self.bars.setOpts(x0=positions - BAR_WIDTH / 2, y0=np.minimum(drawn, 0),
                              width=np.full(n, BAR_WIDTH), height=np.abs(drawn),
                              brushes=brushes, pen=None)
        self._set_ticks(positions)
        self._set_range(n, low, high)
        self._draw_labels(positions, drawn)

    def _draw_labels(self, positions: np.ndarray, drawn: np.ndarray) -> None:
        while len(self._pool) < len(drawn):
            item = pg.TextItem(anchor=(0, 0.5) if self.horizontal else (0.5, 1.0))
            self.plot_item.addItem(item)
            self._pool.append(item)
        font = self.theme.font(bold=True)
        for i, item in enumerate(self._pool):
            if i >= len(drawn):
                item.setVisible(False)
                continue
            item.setVisible(True)
            item.setFont(font)
            item.setText(self._texts[i])
            value = drawn[i]
            if self.horizontal:
                # Long bars carry their label inside their end, in white; short ones beside
                # it, so no label ever runs out of the plot.
                inside = self._inside[i] if i < len(self._inside) else False
                item.setColor(color("#ffffff" if inside else self.theme.foreground))
                if value >= 0:
                    item.setAnchor((1, 0.5) if inside else (0, 0.5))
                else:
                    item.setAnchor((0, 0.5) if inside else (1, 0.5))
                item.setPos(value, positions[i])
            else:
                item.setColor(color(self.theme.foreground))
                item.setAnchor((0.5, 1.0) if value >= 0 else (0.5, 0.0))
                item.setPos(positions[i], value)

    def _set_ticks(self, positions: np.ndarray) -> None:
        ticks = [(float(p), elide(label)) for p, label in zip(positions, self._labels, strict=True)]
        axis = self.plot_item.getAxis("left" if self.horizontal else "bottom")
        axis.setTicks([ticks, []])
        # Values are written on the bars: a value axis would only repeat them.
        self.plot_item.showGrid(x=False, y=False)
        value_axis = self.plot_item.getAxis("bottom" if self.horizontal else "left")
        value_axis.setStyle(showValues=False, tickLength=0)
        if self.horizontal:
            labels, width = category_labels([t for _, t in ticks], self.theme.font(), self.width())
            axis.setTicks([[(p, t) for (p, _), t in zip(ticks, labels, strict=True)], []])
            axis.setWidth(width)
            value_axis.setHeight(4)
        else:
            value_axis.setWidth(4)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.horizontal and len(self._values):
            self._draw()  # which labels fit inside their bars depends on the width

    def _fit_labels(self, low: float, end: float) -> float:
        """Decide which labels go inside their bar (those that fit in it) and return the
        value-axis end that leaves room for the others beside their bars."""
        drawn = np.nan_to_num(self._values, nan=0.0)
        width = self.plot_item.getViewBox().width()
        longest = float(np.abs(drawn).max()) if len(drawn) else 0.0
        if width <= 0:  # not laid out yet: the long bars carry their label
            self._inside = [longest > 0 and abs(v) > INSIDE_SHARE * longest for v in drawn]
            return end
        metrics = QFontMetrics(self.theme.font(bold=True))
        needed = [metrics.horizontalAdvance(t) + 8 for t in self._texts]
        for _ in range(3):  # a wider axis shortens the bars: settle in a few rounds
            per_px = (end - low) / width
            self._inside = [abs(v) / per_px >= px for v, px in zip(drawn, needed, strict=False)]
            wanted = end
            for value, px, inside in zip(drawn, needed, self._inside, strict=False):
                if inside or value < 0:
                    continue
                share = min(px / width, 0.8)
                wanted = max(wanted, (value - share * low) / (1 - share))  # value + share*range <= end
            if wanted <= end:
                break
            end = wanted
        return end

    def _set_range(self, n: int, low: float, high: float) -> None:
        span = (high - low) or 1.0
        # Room for the labels written beyond the short bars (and above vertical ones).
        headroom = 0.12 if self.horizontal else 0.14
        value_range = (low - (span * headroom if low < 0 else 0), high + span * headroom)
        if self.horizontal:
            value_range = (value_range[0], self._fit_labels(value_range[0], value_range[1]))
        # At least MIN_SLOTS slots, so one or two bars don't swell to fill the plot.
        slots = max(n, MIN_SLOTS)
        vb = self.plot_item.getViewBox()
        if self.horizontal:
            top = n - 0.4
            vb.setRange(xRange=value_range, yRange=(top - slots - 0.2, top), padding=0)
        else:
            vb.setRange(xRange=(-0.6, slots - 0.4), yRange=value_range, padding=0)


def _plain(value: float) -> str:
    if not np.isfinite(value):
        return "n/a"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
