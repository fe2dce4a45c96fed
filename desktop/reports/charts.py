"""Charts drawn for print with QPainter: vector in the PDF, SVG in the HTML report.

A chart is a small spec (``Bars``, ``StackedBars``, ``HBars``, ``Line``) that
``paint_chart`` draws into a rectangle measured in points (1/72 inch), whatever the device:
the PDF writer at 300 dpi, an SVG generator, or an image for a preview. Colours come from
``desktop.shared.palette`` (light theme: reports are printed on white), so a band or an event kind
has the colour it has on screen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgGenerator

from desktop.i18n.placeholders import arg
from desktop.reports.fonts import report_font
from desktop.shared.axis import nice_ticks, tick_text
from domain import formatting as fmt

INK = QColor("#1d2630")
MUTED = QColor("#6b7480")
GRID = QColor("#e3e7ec")
AXIS = QColor("#b8c0ca")


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class StackedBars:
    """Vertical bars over time, stacked by series (engagement by kind per week)."""

    title: str
    labels: tuple[str, ...]  # one per bar; shown sparsely
    series: tuple[Series, ...]
    legend: bool = True


@dataclass(frozen=True)
class Bars:
    """Vertical bars, one per category, each with its own colour and value label."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    colors: tuple[str, ...]
    value_texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class HBars:
    """Horizontal bars (components, funnel, campaigns), value text at the bar's end."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    colors: tuple[str, ...]
    value_texts: tuple[str, ...] = ()
    maximum: float | None = None  # the full-width value (100 for scores)


@dataclass(frozen=True)
class Line:
    title: str
    labels: tuple[str, ...]
    values: tuple[float | None, ...]
    color: str
    minimum: float | None = None
    maximum: float | None = None
    bands: tuple[tuple[float, float, str], ...] = field(default=())  # (low, high, colour)


@dataclass(frozen=True)
class Tile:
    name: str
    value: str
    change: str
    tone: str  # "good", "bad" or "neutral": the change against the metric's good direction
    previous: str


@dataclass(frozen=True)
class TileRow:
    """One row of KPI tiles. Drawn as one object, so a tile is never cut by a page break."""

    tiles: tuple[Tile, ...]
    per_row: int = 4
    title: str = ""


Chart = StackedBars | Bars | HBars | Line | TileRow
TONES = {"good": QColor("#2e7d4f"), "bad": QColor("#c23b3b"), "neutral": MUTED}


def _font(size: int, bold: bool = False) -> QFont:
    # Pixel sizes in a painter scaled to points: a size here is a size in points.
    font = report_font(bold=bold)
    font.setPixelSize(size)
    return font


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, dpi: float) -> None:
    """Draw ``chart`` into ``rect`` (device units) on a device of ``dpi`` dots per inch."""
    scale = dpi / 72.0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.topLeft())
    painter.scale(scale, scale)
    area = QRectF(0, 0, rect.width() / scale, rect.height() / scale)
    if isinstance(chart, TileRow):
        _tiles(painter, area, chart)
        painter.restore()
        return
    painter.setPen(INK)
    painter.setFont(_font(9, bold=True))
    # A title longer than the chart is wide (Polish, beside another chart) takes a second
    # line rather than being cut; the chart below gives up the room.
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    title = painter.fontMetrics().boundingRect(QRectF(0, 0, area.width(), 40).toRect(), flags,
                                               chart.title)
    lines = 2 if title.height() > 16 else 1
    painter.drawText(QRectF(0, 0, area.width(), 14 * lines), flags, chart.title)
    body = area.adjusted(0, 18 + 13 * (lines - 1), 0, 0)
    if isinstance(chart, StackedBars):
        _stacked(painter, body, chart)
    elif isinstance(chart, Bars):
        _bars(painter, body, chart)
    elif isinstance(chart, HBars):
        _hbars(painter, body, chart)
    else:
        _line(painter, body, chart)
    painter.restore()


def _tiles(painter: QPainter, area: QRectF, row: TileRow) -> None:
    gap = 5.0
    width = (area.width() - gap * (row.per_row - 1)) / row.per_row
    height = area.height() - gap
    for i, tile in enumerate(row.tiles):
        box = QRectF(area.left() + i * (width + gap), area.top(), width, height)
        painter.fillRect(box, QColor("#f4f6f9"))
        inner = box.adjusted(6, 4, -6, -4)
        painter.setPen(QColor("#4a5562"))
        painter.setFont(_font(7))
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 18),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, tile.name)
        painter.setPen(INK)
        painter.setFont(_font(14, bold=True))
        painter.drawText(QRectF(inner.left(), inner.top() + 18, inner.width(), 19),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, tile.value)
        painter.setFont(_font(7))
        metrics = painter.fontMetrics()
        painter.setPen(TONES.get(tile.tone, MUTED))
        line = QRectF(inner.left(), inner.bottom() - 10, inner.width(), 10)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft, tile.change)
        painter.setPen(MUTED)
        shift = metrics.horizontalAdvance(tile.change + " ")
        painter.drawText(line.adjusted(shift, 0, 0, 0), Qt.AlignmentFlag.AlignLeft,
                         arg(QCoreApplication.translate("ReportCharts", "vs %1"), tile.previous))


def _nice_max(value: float, integer: bool = True) -> float:
    """The top gridline for ``value`` (``desktop.shared.axis``)."""
    return nice_ticks(value, integer)[-1]


def _axis(painter: QPainter, plot: QRectF, top: float, integer: bool = True) -> None:
    """Gridlines from 0 to ``top`` (a ``nice_ticks`` top), each labelled with its own value."""
    ticks = nice_ticks(top, integer)
    painter.setFont(_font(7))
    for i, value in enumerate(ticks):
        y = plot.bottom() - plot.height() * value / ticks[-1]
        painter.setPen(QPen(GRID if i else AXIS, 0.6))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(QRectF(0, y - 6, plot.left() - 4, 12),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         tick_text(value, ticks))


def _x_labels(painter: QPainter, plot: QRectF, labels: tuple[str, ...], every: int) -> None:
    painter.setFont(_font(7))
    painter.setPen(MUTED)
    width = plot.width() / max(len(labels), 1)
    last = len(labels) - 1
    for i, label in enumerate(labels):
        # Every ``every``-th label, and the last one when it does not crowd its neighbour.
        if i % every and not (i == last and last % every >= max(2, every // 2)):
            continue
        x = plot.left() + width * (i + 0.5)
        align = Qt.AlignmentFlag.AlignRight if i == last else Qt.AlignmentFlag.AlignHCenter
        box = QRectF(x - 30, plot.bottom() + 3, 60, 11)
        if i == last:  # never past the plot's right edge
            box = QRectF(min(x + 30, plot.right() + 4) - 60, plot.bottom() + 3, 60, 11)
        painter.drawText(box, align, label)


def _stacked(painter: QPainter, area: QRectF, chart: StackedBars) -> None:
    legend_h = 14 if chart.legend and chart.series else 0
    plot = QRectF(area.left() + 30, area.top() + legend_h + 4, area.width() - 34,
                  area.height() - legend_h - 20)
    totals = [sum(s.values[i] for s in chart.series) for i in range(len(chart.labels))]
    integer = all(float(t).is_integer() for t in totals)  # counts: whole gridlines only
    top = _nice_max(max(totals, default=0), integer)
    _axis(painter, plot, top, integer)
    width = plot.width() / max(len(chart.labels), 1)
    for i in range(len(chart.labels)):
        base = 0.0
        for s in chart.series:
            value = s.values[i]
            if value <= 0:
                continue
            h = plot.height() * value / top
            y = plot.bottom() - plot.height() * base / top - h
            painter.fillRect(QRectF(plot.left() + width * i + width * 0.15, y, width * 0.7, h),
                             QColor(s.color))
            base += value
    if not any(totals):
        painter.setPen(MUTED)
        painter.setFont(_font(8))
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("ReportCharts", "No engagement in these weeks"))
    _x_labels(painter, plot, chart.labels, max(1, len(chart.labels) // 6))
    if legend_h:
        x = area.left()
        painter.setFont(_font(7))
        for s in chart.series:
            painter.fillRect(QRectF(x, area.top() + 3, 7, 7), QColor(s.color))
            painter.setPen(INK)
            text_w = painter.fontMetrics().horizontalAdvance(s.name) + 16
            painter.drawText(QRectF(x + 10, area.top(), text_w, 12), Qt.AlignmentFlag.AlignLeft,
                             s.name)
            x += text_w + 4


def _bars(painter: QPainter, area: QRectF, chart: Bars) -> None:
    plot = QRectF(area.left() + 30, area.top() + 10, area.width() - 34, area.height() - 26)
    if not any(v > 0 for v in chart.values):
        painter.setPen(MUTED)
        painter.setFont(_font(8))
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("ReportCharts", "Nothing in this period"))
        return
    integer = all(float(v).is_integer() for v in chart.values)
    top = _nice_max(max(chart.values, default=0), integer)
    _axis(painter, plot, top, integer)
    width = plot.width() / max(len(chart.values), 1)
    painter.setFont(_font(7))
    for i, value in enumerate(chart.values):
        h = plot.height() * max(value, 0) / top
        bar = QRectF(plot.left() + width * i + width * 0.18, plot.bottom() - h, width * 0.64, h)
        painter.fillRect(bar, QColor(chart.colors[i % len(chart.colors)]))
        text = chart.value_texts[i] if chart.value_texts else f"{value:,.0f}"
        painter.setPen(INK)
        painter.drawText(QRectF(bar.center().x() - 30, bar.top() - 11, 60, 10),
                         Qt.AlignmentFlag.AlignHCenter, text)
    _x_labels(painter, plot, chart.labels, 1)


def _hbars(painter: QPainter, area: QRectF, chart: HBars) -> None:
    count = max(len(chart.values), 1)
    row_h = min(18.0, area.height() / count)
    top = chart.maximum or _nice_max(max(chart.values, default=0),
                                     all(float(v).is_integer() for v in chart.values))
    painter.setFont(_font(8))
    # The value written after the longest bar must fit ("233 (+1) · 75% i dalej" is twice
    # its English); the labels then take what they need, up to their share.
    metrics = painter.fontMetrics()
    texts = [chart.value_texts[i] if chart.value_texts else f"{v:,.0f}"
             for i, v in enumerate(chart.values)]
    value_w = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 8
    widest_label = max((metrics.horizontalAdvance(t) for t in chart.labels), default=0) + 8
    label_w = min(150.0, area.width() * 0.38, float(widest_label))
    track = max(area.width() * 0.3, area.width() - label_w - max(60.0, value_w))
    for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        y = area.top() + i * row_h
        painter.setPen(INK)
        painter.drawText(QRectF(0, y, label_w - 6, row_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                          int(label_w - 6)))
        painter.fillRect(QRectF(label_w, y + row_h * 0.2, track, row_h * 0.6), QColor("#f0f2f5"))
        w = track * max(0.0, min(value, top)) / top if not math.isnan(value) else 0
        painter.fillRect(QRectF(label_w, y + row_h * 0.2, w, row_h * 0.6),
                         QColor(chart.colors[i % len(chart.colors)]))
        text = texts[i]
        painter.drawText(QRectF(label_w + w + 4, y, max(120.0, value_w), row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


def _line(painter: QPainter, area: QRectF, chart: Line) -> None:
    plot = QRectF(area.left() + 30, area.top() + 4, area.width() - 34, area.height() - 20)
    known = [v for v in chart.values if v is not None]
    low = chart.minimum if chart.minimum is not None else min(known, default=0.0)
    integer = all(float(v).is_integer() for v in known)
    high = chart.maximum if chart.maximum is not None else _nice_max(max(known, default=1.0), integer)
    span = (high - low) or 1.0

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * (v - low) / span

    for band_low, band_high, color in chart.bands:
        tint = QColor(color)
        tint.setAlpha(28)
        painter.fillRect(QRectF(plot.left(), y_of(band_high), plot.width(),
                                y_of(band_low) - y_of(band_high)), tint)
    painter.setPen(QPen(AXIS, 0.6))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    painter.setFont(_font(7))
    painter.setPen(MUTED)
    for v in (low, high):
        text = fmt.number(v, 0 if float(v).is_integer() else None)  # the line's own value
        painter.drawText(QRectF(0, y_of(v) - 6, plot.left() - 4, 12),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    n = len(chart.values)
    step = plot.width() / max(n - 1, 1)
    path = QPainterPath()
    started = False
    for i, v in enumerate(chart.values):
        if v is None:
            started = False
            continue
        point = QPointF(plot.left() + step * i, y_of(v))
        if started:
            path.lineTo(point)
        else:
            path.moveTo(point)
            started = True
    painter.setPen(QPen(QColor(chart.color), 1.6))
    painter.drawPath(path)
    _x_labels(painter, QRectF(plot.left() - step / 2, plot.top(), plot.width() + step,
                              plot.height()), chart.labels, max(1, n // 6))


def chart_svg(chart: Chart, width_pt: float, height_pt: float) -> bytes:
    """The chart as an SVG document (for the HTML report)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(72)
    generator.setSize(QSize(int(width_pt), int(height_pt)))
    generator.setViewBox(QRectF(0, 0, width_pt, height_pt))
    generator.setTitle(chart.title)
    painter = QPainter(generator)
    paint_chart(painter, QRectF(0, 0, width_pt, height_pt), chart, 72)
    painter.end()
    buffer.close()
    return bytes(data.data())
