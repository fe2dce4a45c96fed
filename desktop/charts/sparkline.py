"""A sparkline: a tiny line of recent values, painted directly (no plot widget per tile).

Thirty KPI tiles each with a full ``PlotWidget`` would cost more to lay out than the whole
dashboard redraw budget; a ``QPainter`` polyline over a handful of points costs nothing.
Missing values (NaN, a rate with nothing to divide) break the line rather than drawing 0.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class Sparkline(QWidget):
    """``set_values(array)`` draws the series left (oldest) to right (latest)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = np.empty(0)
        self._color = QColor("#2f6fdf")
        self._line_width = 1.6
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(22)

    def sizeHint(self) -> QSize:
        return QSize(120, 26)

    def set_color(self, color: QColor | str) -> None:
        self._color = QColor(color)
        self.update()

    def set_line_width(self, width: float) -> None:
        self._line_width = width
        self.update()

    def values(self) -> np.ndarray:
        return self._values

    def set_values(self, values: np.ndarray | list[float]) -> None:
        self._values = np.asarray(values, dtype=float)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        values = self._values
        finite = np.isfinite(values)
        if len(values) < 2 or finite.sum() < 1:
            return
        low, high = float(values[finite].min()), float(values[finite].max())
        span = high - low or 1.0
        margin = 3.0
        width, height = self.width() - 2 * margin, self.height() - 2 * margin
        step = width / (len(values) - 1)
        xs = margin + step * np.arange(len(values))
        # A flat series sits mid-height instead of hugging the bottom edge.
        ys = margin + height * (1 - ((values - low) / span if high > low else 0.5 + 0 * values))
        path = QPainterPath()
        pen_down = False
        for x, y, ok in zip(xs, ys, finite, strict=True):
            if not ok:
                pen_down = False
                continue
            if pen_down:
                path.lineTo(QPointF(x, y))
            else:
                path.moveTo(QPointF(x, y))
                pen_down = True
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._color, self._line_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)
        if finite[-1]:
            painter.setBrush(self._color)
            painter.drawEllipse(QPointF(xs[-1], ys[-1]), 2.6, 2.6)
        painter.end()
