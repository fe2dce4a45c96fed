"""The at-risk list and the biggest movers: a table model over a small frame of accounts.

The model wraps the frame ``domain.report_contents.dashboard`` hands over (account_id, name, owner, tier,
score, band, change_4w, driver); DisplayRole is formatted text, ``SORT_ROLE`` the raw
value, ``ITEM_ROLE`` the account id the page opens on activation.
"""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.shared.wording.listed import why
from domain import formatting as fmt

SORT_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("AccountListModel", "Account")),
    ("owner", QT_TRANSLATE_NOOP("AccountListModel", "Owner")),
    ("score", QT_TRANSLATE_NOOP("AccountListModel", "Health")),
    ("change_4w", QT_TRANSLATE_NOOP("AccountListModel", "4 weeks")),
    ("driver", QT_TRANSLATE_NOOP("AccountListModel", "Why")),
)
NAME, OWNER, SCORE, CHANGE, DRIVER = range(len(COLUMNS))

_Index = QModelIndex | QPersistentModelIndex


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


class AccountListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame(columns=["account_id"] + [c for c, _ in COLUMNS])
        self._band_colors: dict[str, str] = {}
        self._tones: dict[str, str] = {"good": "#2e9d5b", "bad": "#d64545"}

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self.endResetModel()

    def set_colors(self, bands: dict[str, str], good: str, bad: str) -> None:
        self._band_colors = dict(bands)
        self._tones = {"good": good, "bad": bad}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def frame(self) -> pd.DataFrame:
        return self._frame

    def account_id(self, row: int) -> int:
        return int(self._frame.at[row, "account_id"])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        key = COLUMNS[column][0]
        value = self._frame.at[row, key]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == SORT_ROLE:
            if column == DRIVER:
                return why(value)
            if _missing(value):
                return float("-inf") if column in (SCORE, CHANGE) else ""
            return value.item() if hasattr(value, "item") else value
        if role == ITEM_ROLE:
            return self.account_id(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(column, row, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SCORE, CHANGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == DRIVER and why(value):
            return why(value)
        return None

    def _display(self, column: int, value: object) -> str:
        if column == DRIVER:
            return why(value)
        if _missing(value):
            return "–" if column in (SCORE, CHANGE) else ""
        if column == SCORE:
            return fmt.score(value)
        if column == CHANGE:
            return fmt.change(value, "score")
        return str(value)

    def _foreground(self, column: int, row: int, value: object):
        if column == SCORE:
            band = self._frame.at[row, "band"]
            hue = self._band_colors.get(str(band)) if not _missing(band) else None
            return QColor(hue) if hue else None
        if column == CHANGE and not _missing(value) and round(float(value)):  # type: ignore[arg-type]
            return QColor(self._tones["good" if float(value) > 0 else "bad"])  # type: ignore[arg-type]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section][1])
        return None
