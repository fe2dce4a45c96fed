"""Table columns that always fit the table's width: no sideways scrolling at 1280 px.

Each column keeps its declared width while they all fit; when the table is narrower than
their sum, every column shrinks in proportion (elided cells show whole on hover, see
``desktop.shared.elide_delegate``), and when it is wider the stretch column takes the rest. ``least`` gives columns whose cells
must show whole (a date, written longer in some languages: 2026年11月27日 16:12) a floor
of their own, kept like a heading's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

MIN_COLUMN = 48


class FitColumns(QObject):
    def __init__(self, view: QTableView, widths: list[int], stretch: int | None,
                 least: dict[int, int] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.least = dict(least or {})
        self.widths = [max(w, self.least.get(c, 0)) for c, w in enumerate(widths)]
        self.stretch = stretch
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a heading cut shows "…"
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _floors(self) -> list[int]:
        """Each column at least as wide as its heading (bold, hence the margin)."""
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        model = self.view.model()
        floors = []
        for column in range(len(self.widths)):
            text = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else ""
            floors.append(max(MIN_COLUMN, self.least.get(column, 0),
                              int(metrics.horizontalAdvance(str(text or "")) * 1.1) + 22))
        return floors

    def fit(self) -> None:
        room = self.view.viewport().width()
        total = sum(self.widths)
        if room <= 0 or total <= 0:
            return
        floors = self._floors()
        if sum(floors) > room:
            # Not even the headings fit: every column in proportion to its heading (the
            # headings elide; their tooltips and the cells' hover give the whole text).
            floors = [max(MIN_COLUMN // 2, int(f * room / sum(floors))) for f in floors]
        if total > room:
            # Shrink in proportion, never below a column's heading; what the floors keep
            # comes out of the columns that can still give.
            widths = [max(f, int(w * room / total)) for w, f in zip(self.widths, floors, strict=True)]
        else:
            widths = list(self.widths)
            extra_at = self.stretch if self.stretch is not None else len(widths) - 1
            widths[extra_at] += room - total
        # Rounding and minimums: the last columns give back what is over.
        over = sum(widths) - room
        order = sorted(range(len(widths)), key=lambda i: widths[i] - floors[i], reverse=True)
        for i in order:
            if over <= 0:
                break
            give = min(over, widths[i] - floors[i])
            if give > 0:
                widths[i] -= give
                over -= give
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)


def fit_columns(view: QTableView, widths: list[int], stretch: int | None = None,
                least: dict[int, int] | None = None) -> FitColumns:
    """Keep ``view``'s columns at ``widths`` scaled to its width (``stretch`` takes any rest;
    ``least``: column -> width its cells need whole)."""
    return FitColumns(view, widths, stretch, least)
