"""Cell painters of the portfolio table: the health pill (score on the band's colour)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.portfolio.model import BAND_ROLE, SORT_ROLE
from desktop.shared.palette import band_color, band_label
from domain import formatting as fmt


class HealthDelegate(QStyledItemDelegate):
    """A rounded chip with the score in the band colour, and the band's name beside it."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(120, 24)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # Only the cell's background (selection, alternate row): cheaper than the full item.
        widget = option.widget
        if widget is not None:
            widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        band = index.data(BAND_ROLE)
        score = index.data(SORT_ROLE)
        if band is None and score is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect)
        chip = QRectF(rect.left() + 8, rect.center().y() - 9, 34, 18)
        color = band_color(band)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(chip, 9, 9)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        # White on a dark chip, near-black on a light one (amber, and every chip in dark mode).
        painter.setPen(QColor("#ffffff") if color.lightnessF() < 0.55 else QColor("#15181c"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, "—" if score is None else fmt.score(score))
        font.setBold(False)
        painter.setFont(font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.highlightedText().color() if selected else option.palette.text().color()
        painter.setPen(text_color)
        label_rect = QRectF(chip.right() + 8, rect.top(), rect.right() - chip.right() - 10, rect.height())
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, band_label(band))
        painter.restore()
