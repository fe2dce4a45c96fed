"""The portfolio's column widths, worked out from the language's words and the table's width.

Each column wants its designed width, or more when its heading (bold)
or its cells need more in the language shown: a band name beside the score chip
("Do obserwacji", "リスクあり"), a date (2026年11月13日). The account name takes what is left.
When the table is too narrow for all that (Polish at 1280 px), columns give back width in
proportion to what they have above their floor, and a heading cut short ends in "…" with
the whole heading as tooltip; the band and date columns never go below their cells, so a
band's name and a date always show whole. A column the user resized by hand keeps its
width; the others are fitted again whenever the table's width changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.portfolio.model import (
    COL_HEALTH,
    COL_LAST_TOUCH,
    COL_LIKELIHOOD,
    COL_NAME,
    COL_NPS,
    COL_OWNER,
    COL_PIPELINE,
    COL_RENEWAL,
    COL_SPARK,
    COL_STAGE,
    COL_TIER,
    COL_TREND,
)
from desktop.shared.palette import BAND_LABELS
from domain import formatting as fmt

# Designed for English at 1440 px (see COLUMN_WIDTHS in desktop.portfolio.page).
NAME_WANTED = 250
NAME_LEAST = 130
HEADING_PADDING = 16 + 4  # the stylesheet's 8 px either side, and a little air
CELL_PADDING = 12  # the delegate's text margins
CHIP = 8 + 34 + 8 + 10  # the health chip and the gaps around the band name (HealthDelegate)
LEAST = 36
# What a column's cells need at least, in English; the band and date columns are measured.
FLOORS = {COL_TIER: LEAST, COL_OWNER: 84, COL_STAGE: 80, COL_LIKELIHOOD: 72, COL_TREND: 56,
          COL_SPARK: 60, COL_NPS: 56, COL_PIPELINE: 80}
# The widest day of the year in most date patterns: two-digit day and month.
WIDE_DAY = date(2026, 12, 28)


def heading_font(header: QHeaderView) -> QFont:
    """The headings' font as the stylesheet draws it (``font-weight: 600``, app.qss)."""
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    return font


def heading_width(view: QTableView, column: int) -> int:
    text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    metrics = QFontMetrics(heading_font(view.horizontalHeader()))
    return metrics.horizontalAdvance(text) + HEADING_PADDING  # the sort arrow sits above (app.qss)


def cell_floor(view: QTableView, column: int) -> int:
    """The width a column's cells need: whole for bands and dates, the least for the rest."""
    metrics = view.fontMetrics()
    if column == COL_HEALTH:
        return CHIP + max(metrics.horizontalAdvance(label) for label in BAND_LABELS.values())
    if column in (COL_LAST_TOUCH, COL_RENEWAL):
        return metrics.horizontalAdvance(fmt.day(WIDE_DAY)) + CELL_PADDING
    return FLOORS.get(column, LEAST)


def fitted_widths(wanted: dict[int, int], floors: dict[int, int], room: int) -> dict[int, int]:
    """Widths of the columns other than the name's in ``room`` px, leaving the name its share.

    Each column gets ``wanted`` while the name keeps ``NAME_WANTED``; short of room, columns
    give back down to their floor in proportion to what they have above it, until the name
    keeps ``NAME_LEAST``; with even the floors too wide, the floors (the name gets the rest).
    """
    total = sum(wanted.values())
    if total + NAME_WANTED <= room:
        return dict(wanted)
    budget = max(room - NAME_LEAST, sum(floors.values()))
    slack = {c: wanted[c] - floors[c] for c in wanted}
    spare = sum(slack.values())
    cut = total - budget
    if cut <= 0 or spare <= 0:
        return dict(wanted) if cut <= 0 else dict(floors)
    share = min(1.0, cut / spare)
    widths = {c: wanted[c] - int(round(slack[c] * share)) for c in wanted}
    over = sum(widths.values()) - budget  # rounding: the widest slack gives the last pixels
    for c in sorted(widths, key=lambda c: widths[c] - floors[c], reverse=True):
        if over <= 0:
            break
        give = min(over, widths[c] - floors[c])
        widths[c] -= give
        over -= give
    return widths


class PortfolioColumns(QObject):
    """Keeps the portfolio table's columns fitted; ``hand_sized`` are left as the user set them."""

    def __init__(self, view: QTableView, designed: dict[int, int]) -> None:
        super().__init__(view)
        self.view = view
        self.designed = {c: w for c, w in designed.items() if c != COL_NAME}
        self.hand_sized: set[int] = set()
        self._fitting = False
        header = view.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a heading cut ends in "…"
        header.setMinimumSectionSize(LEAST // 2)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)
        # The sparkline's heading names its weeks once the rows arrive.
        view.model().modelReset.connect(self.fit)
        view.model().headerDataChanged.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != COL_NAME:
            self.hand_sized.add(column)

    def keep_hand_sized(self, columns) -> None:
        """Columns restored from the user's layout keep their width; the rest are fitted."""
        self.hand_sized = {int(c) for c in columns if int(c) != COL_NAME}
        self.fit()

    def wanted(self) -> tuple[dict[int, int], dict[int, int]]:
        wanted, floors = {}, {}
        for column, width in self.designed.items():
            floor = cell_floor(self.view, column)
            wanted[column] = max(width, floor, heading_width(self.view, column))
            floors[column] = min(floor, wanted[column])
        return wanted, floors

    def fit(self) -> None:
        room = self.view.viewport().width()
        if room <= 0 or self.view.model() is None:
            return
        wanted, floors = self.wanted()
        free = {c for c in wanted if c not in self.hand_sized}
        room -= sum(self.view.columnWidth(c) for c in wanted if c in self.hand_sized)
        widths = fitted_widths({c: wanted[c] for c in free},
                               {c: floors[c] for c in free}, room)
        self._fitting = True
        try:
            for column, width in widths.items():
                if self.view.columnWidth(column) != width:
                    self.view.setColumnWidth(column, width)
        finally:
            self._fitting = False
