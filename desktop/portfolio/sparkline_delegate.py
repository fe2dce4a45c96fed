"""Paints a health sparkline inside a table cell (no widget per row).

The cell's ``SPARK_ROLE`` holds the weekly scores, oldest first. The line is drawn on a
fixed 0-100 scale, so a flat healthy account and a flat at-risk one sit at different
heights and rows compare at a glance; the last point is a dot in the band's colour.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.portfolio.model import BAND_ROLE, SPARK_ROLE
from desktop.shared.palette import band_color, chart_colors


class SparklineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(110, 24)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # Background and selection as the style draws them (not the text), then the line.
        widget = option.widget
        if widget is not None:
            widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        values = np.asarray(index.data(SPARK_ROLE) or [], dtype="float64")
        finite = np.isfinite(values)
        if finite.sum() < 1:
            return
        rect = QRectF(option.rect).adjusted(8, 5, -10, -5)
        if rect.width() < 10 or rect.height() < 6:
            return
        n = len(values)
        xs = rect.left() + (np.arange(n) / max(n - 1, 1)) * rect.width()
        ys = rect.bottom() - np.clip(values, 0, 100) / 100.0 * rect.height()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        line = option.palette.highlightedText().color() if selected else QColor(chart_colors().muted)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        pen_down = False
        for x, y, ok in zip(xs, ys, finite, strict=True):
            if not ok:  # a missing week breaks the line instead of dropping to 0
                pen_down = False
                continue
            if pen_down:
                path.lineTo(QPointF(x, y))
            else:
                path.moveTo(QPointF(x, y))
                pen_down = True
        painter.setPen(QPen(line, 1.4))
        painter.drawPath(path)
        last = int(np.flatnonzero(finite)[-1])
        dot = band_color(index.data(BAND_ROLE))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(dot)
        painter.drawEllipse(QPointF(xs[last], ys[last]), 2.8, 2.8)
        painter.restore()
