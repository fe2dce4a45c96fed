"""The portfolio table model: a QAbstractTableModel over a pandas frame of accounts.

The model wraps the frame (it keeps a reference, it doesn't copy rows into items).
DisplayRole gives formatted text, SORT_ROLE the raw value for sorting and filtering,
ITEM_ROLE the account id of the row.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Account"),
    ("tier", "Tier"),
    ("owner", "Owner"),
    ("industry", "Industry"),
    ("region", "Region"),
)

_Index = QModelIndex | QPersistentModelIndex


class PortfolioModel(QAbstractTableModel):
    def __init__(self, frame: pd.DataFrame | None = None, parent=None) -> None:
        super().__init__(parent)
        self._frame = frame if frame is not None else pd.DataFrame(columns=["id"] + [c for c, _ in COLUMNS])

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self._frame

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = COLUMNS[index.column()][0]
        value = self._frame.iat[index.row(), self._frame.columns.get_loc(column)]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None or (isinstance(value, float) and pd.isna(value)):
                return ""
            return str(value)
        if role == SORT_ROLE:
            if value is None or (isinstance(value, float) and pd.isna(value)):
                return ""
            return value.item() if hasattr(value, "item") else value
        if role == ITEM_ROLE:
            return int(self._frame.iat[index.row(), self._frame.columns.get_loc("id")])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]
        return None
