"""Table models for the import wizard and history: a read-only view over a pandas frame.

The model keeps a reference to the frame (it never copies it into items); ``set_frame``
replaces it between ``beginResetModel`` and ``endResetModel``. ``DisplayRole`` is text,
``SORT_ROLE`` the raw value (so 10 sorts after 9), ``ITEM_ROLE`` the whole row as a dict.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class FrameModel(QAbstractTableModel):
    """A frame's columns (or a chosen subset, with their own headers) as a table."""

    def __init__(
        self,
        frame: pd.DataFrame | None = None,
        columns: Sequence[str] | None = None,
        headers: Sequence[str] | None = None,
        row_numbers: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._frame = frame if frame is not None else pd.DataFrame()
        self._columns = list(columns) if columns is not None else None
        self._headers = list(headers) if headers is not None else None
        self._row_numbers = row_numbers  # a column to show as the vertical header

    def set_frame(self, frame: pd.DataFrame, columns: Sequence[str] | None = None,
                  headers: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self._frame = frame
        if columns is not None:
            self._columns = list(columns)
            self._headers = list(headers) if headers is not None else None
        self.endResetModel()

    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    def columns(self) -> list[str]:
        if self._columns is not None:
            return [c for c in self._columns if c in self._frame.columns]
        return [c for c in self._frame.columns if c != self._row_numbers]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.columns())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._frame)):
            return None
        columns = self.columns()
        if not (0 <= index.column() < len(columns)):
            return None
        value = self._frame[columns[index.column()]].iloc[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _text(value)
        if role == SORT_ROLE:
            return None if _missing(value) else (value.item() if hasattr(value, "item") else value)
        if role == ITEM_ROLE:
            return self._frame.iloc[index.row()].to_dict()
        if role == Qt.ItemDataRole.TextAlignmentRole and _is_number(value):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The tooltip repeats a heading, which a narrow table elides.
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.headerData(section, orientation)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            columns = self.columns()
            if not (0 <= section < len(columns)):
                return None
            if self._headers is not None and self._columns is not None:
                return self._headers[self._columns.index(columns[section])]
            return str(columns[section])
        if not (0 <= section < len(self._frame)):
            return None
        if self._row_numbers and self._row_numbers in self._frame.columns:
            return str(self._frame[self._row_numbers].iloc[section])
        return str(section + 1)


def _missing(value: object) -> bool:
    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _is_number(value: object) -> bool:
    if isinstance(value, bool | np.bool_):
        return False
    return isinstance(value, int | float | np.integer | np.floating) and not math.isnan(value)


def _text(value: object) -> str:
    if _missing(value):
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}" if not value.is_integer() else f"{int(value):,}"
    if hasattr(value, "item"):
        return _text(value.item())
    return str(value)
