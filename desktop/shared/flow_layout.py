"""A layout that places its widgets in a row and wraps onto the next row when out of room.

For bars of controls whose words vary in length from language to language: a row that
fits in English may not in Polish, and a wrapped second row beats a window forced wider
than the screen. Items keep their size hints; a widget given ``stretch`` in
``add_widget`` takes the row's spare width (the search box of a filter bar).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[int] = set()
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_widget(self, widget: QWidget, stretch: bool = False) -> None:
        if stretch:
            self._stretch.add(id(widget))
        self.addWidget(widget)

    # -- QLayout ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = sum(i.sizeHint().width() for i in self._visible()) + self._gap * max(
            len(self._visible()) - 1, 0)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        # As narrow as its widest item: the rest wraps.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    # -- placing ---------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            hint = item.sizeHint().width()
            if rows[-1] and used + self._gap + hint > width:
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + hint
            rows[-1].append(item)
        return rows

    def _place(self, rect: QRect, move: bool) -> int:
        y = rect.y()
        for row in self._rows(rect.width()):
            if not row:
                continue
            spare = rect.width() - sum(i.sizeHint().width() for i in row) - self._gap * (len(row) - 1)
            growing = [i for i in row if i.widget() is not None and id(i.widget()) in self._stretch]
            height = max(i.sizeHint().height() for i in row)
            x = rect.x()
            for item in row:
                width = item.sizeHint().width()
                if item in growing and spare > 0:
                    width += spare * 2 // (3 * len(growing))  # a third stays free, on the right
                width = min(width, rect.width())
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - item.sizeHint().height()) // 2),
                                           QSize(width, item.sizeHint().height())))
                x += width + self._gap
            y += height + self._gap
        return y - rect.y() - self._gap
