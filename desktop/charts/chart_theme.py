"""How every dashboard chart looks: colours (from the palette), type size, and a styled plot.

A ``ChartTheme`` is a plain value: the dashboard builds one from ``desktop.shared.palette`` for the
light or dark window, and presentation mode builds one with larger type. Charts take the
theme in ``apply_theme`` and restyle their existing items; nothing is recreated, so a theme
change is as cheap as a redraw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from desktop.shared.axis import date_label


@dataclass(frozen=True)
class ChartTheme:
    background: str = "#ffffff"
    foreground: str = "#1f2933"  # titles, value labels
    muted: str = "#6b7785"  # axes, secondary text
    grid: str = "#d9dee4"
    accent: str = "#2f6fdf"  # a single series
    secondary: str = "#9aa5b1"  # a comparison series (the year before, the previous period)
    good: str = "#1e8e4f"
    bad: str = "#c8372d"
    series: tuple[str, ...] = field(
        default=("#2f6fdf", "#e08a1e", "#1e8e4f", "#8e44ad", "#c8372d", "#16a2b8")
    )
    font_px: int = 12  # tick labels and value labels; presentation mode doubles it

    def scaled(self, factor: float) -> ChartTheme:
        return replace(self, font_px=max(8, round(self.font_px * factor)))

    def font(self, bold: bool = False, factor: float = 1.0) -> QFont:
        font = QFont()
        font.setPixelSize(max(8, round(self.font_px * factor)))
        font.setBold(bold)
        return font


def style_plot(plot: pg.PlotItem, theme: ChartTheme, *, grid_x: bool = False,
               grid_y: bool = True) -> None:
    """Axes in the muted colour with the theme's type, a light grid, no mouse zooming.

    A projected dashboard is read, not explored: panning by accident would leave a chart
    showing the wrong range in front of the room, so the view boxes don't follow the mouse.
    """
    plot.getViewBox().setMouseEnabled(x=False, y=False)
    plot.getViewBox().setMenuEnabled(False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    pen = pg.mkPen(theme.muted, width=1)
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pen)
        axis.setTextPen(pg.mkPen(theme.muted))
        axis.setStyle(tickFont=theme.font(), tickLength=-4, maxTickLevel=0)
    # Room for one line of tick labels in the theme's type (large in presentation mode).
    plot.getAxis("bottom").setHeight(round(theme.font_px * 1.6) + 8)
    plot.showGrid(x=grid_x, y=grid_y, alpha=0.35)


# A category axis (funnel stages, campaign names) takes at most this share of its chart: the
# rest is for the bars and the values written beside them.
CATEGORY_SHARE = 0.4


def category_labels(labels: Sequence[str], font: QFont, chart_width: int) -> tuple[list[str], int]:
    """The labels elided to fit a category axis, and that axis's width: as wide as the
    widest label (a Polish stage name is twice its English), never over ``CATEGORY_SHARE``
    of the chart. pyqtgraph leaves out a tick label wider than its axis, so the width must
    be measured rather than set for English."""
    metrics = QFontMetrics(font)
    widest = max((metrics.horizontalAdvance(t) for t in labels), default=0) + 2  # rounding
    room = widest if chart_width <= 0 else min(widest, int(chart_width * CATEGORY_SHARE))
    shown = [metrics.elidedText(t, Qt.TextElideMode.ElideRight, room) for t in labels]
    return shown, (room + 14 if widest else 4)


def date_ticks(seconds: np.ndarray, kind: str, most: int = 8) -> list[tuple[float, str]]:
    """Labels for at most ``most`` of the given instants, evenly spread, the latest kept;
    ``kind`` is ``axis.MONTH`` or ``axis.DAY``, written in the language in use."""
    if not len(seconds):
        return []
    step = max(1, -(-len(seconds) // most))
    chosen = list(range(len(seconds) - 1, -1, -step))[::-1]
    stamps = pd.to_datetime(np.asarray(seconds, dtype="float64")[chosen], unit="s")
    return [(float(seconds[i]), date_label(stamp.date(), kind))
            for i, stamp in zip(chosen, stamps, strict=True)]


def fitting_most(seconds: np.ndarray, kind: str, font: QFont, room: int, most: int) -> int:
    """How many date labels fit side by side in ``room`` px (at most ``most``): a Chinese
    month ("2026年11月") in presentation type is three times an English "Nov 26"."""
    if room <= 0 or not len(seconds):
        return most
    metrics = QFontMetrics(font)
    stamps = pd.to_datetime(np.asarray(seconds, dtype="float64"), unit="s")
    widest = max(metrics.horizontalAdvance(date_label(s.date(), kind)) for s in stamps)
    return max(2, min(most, int(room // (widest + metrics.averageCharWidth() * 2))))


def epoch_seconds(values) -> np.ndarray:
    """Seconds since 1970 for a date axis, whatever the unit pandas stored them in."""
    index = pd.DatetimeIndex(values)
    return index.as_unit("s").asi8.astype("float64")


def color(value: str | QColor, alpha: int | None = None) -> QColor:
    out = QColor(value)
    if alpha is not None:
        out.setAlpha(alpha)
    return out


class PagePlot(pg.PlotWidget):
    """A ``PlotWidget`` that lets the mouse wheel scroll the page it sits on.

    Most of the dashboard is charts: if each one swallowed the wheel (pyqtgraph zooms, or
    accepts the event even with the mouse disabled), the page would only scroll with the
    pointer in the gaps between them. The chart gets the wheel only with Ctrl held.
    """

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        # Handed to the page explicitly: Qt does not pass an ignored wheel event on to the
        # parent when the event was synthesised (touchpads, tests, accessibility tools).
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            event.ignore()
            return
        QApplication.sendEvent(area.viewport(), event)
        event.accept()


class ThemedPlot(PagePlot):
    """A ``PlotWidget`` that owns a ``ChartTheme`` and restyles itself when it changes."""

    def __init__(self, parent=None, theme: ChartTheme | None = None, **kwargs) -> None:
        super().__init__(parent=parent, **kwargs)
        self.theme = theme or ChartTheme()
        self.setMinimumHeight(180)
        self.plot_item: pg.PlotItem = self.getPlotItem()
        self._apply_base_theme()

    def _apply_base_theme(self) -> None:
        self.setBackground(self.theme.background)
        style_plot(self.plot_item, self.theme, **self.grid_axes())

    def grid_axes(self) -> dict[str, bool]:
        return {"grid_x": False, "grid_y": True}

    def apply_theme(self, theme: ChartTheme) -> None:
        self.theme = theme
        self._apply_base_theme()
        self.restyle()

    def restyle(self) -> None:
        """Subclasses restyle their items here (colours, label fonts)."""


def theme_from_palette(dark: bool | None = None, scale: float = 1.0) -> ChartTheme:
    """The window's light or dark chart colours (``desktop.shared.palette``) as a ``ChartTheme``."""
    from desktop.shared.palette import chart_colors

    colors = chart_colors(dark)
    theme = ChartTheme(
        background=colors.background,
        foreground=colors.foreground,
        muted=colors.muted,
        grid=colors.grid,
        accent=colors.accent,
        secondary=colors.bands.get("churned", colors.muted),
        good=colors.bands.get("healthy", "#1e8e4f"),
        bad=colors.bands.get("at-risk", "#c8372d"),
        series=tuple(colors.series),
    )
    return theme.scaled(scale) if scale != 1.0 else theme
