"""A read-only table model over a small frame, for the account page's tabs.

Columns are declared (frame column, header, format); DisplayRole formats, SORT_ROLE gives
the raw value, and ``sort`` reorders the frame with pandas (no per-row Python comparisons).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop.shared.elide_delegate import elide_with_tooltips
from desktop.shared.palette import band_color
from desktop.shared.portfolio_rows import as_python
from desktop.shared.table_fit import fit_columns
from domain import formatting as fmt

SORT_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT, _ITEM = int(SORT_ROLE), int(ITEM_ROLE)
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _TOOLTIP, _SORT, _ITEM})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


# A day with a two-digit day and month and a late hour: the widest a date cell gets.
WIDE_DAY = datetime(2026, 12, 28, 23, 58)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"  # text, date, datetime, money, int, float, signed, nps, bool, label
    width: int | None = None


def _fmt(value: object, kind: str, currency: str) -> str:
    value = as_python(value)
    if value is None or value == "":
        return ""
    if kind == "date":
        if isinstance(value, datetime):
            value = value.date()
        return fmt.day(value) if isinstance(value, date) else str(value)
    if kind == "datetime":
        if isinstance(value, datetime):
            return f"{fmt.day(value.date())} {value.strftime('%H:%M')}"
        return str(value)
    if kind == "money":
        return fmt.money_exact(value, currency)
    if kind == "int":
        return fmt.count(value)
    if kind == "float":
        return fmt.number(value)
    if kind == "signed":  # a change in points
        return fmt.signed(value)
    if kind == "nps":
        return str(int(value))  # one response's score, 0-10
    if kind == "label":
        return fmt.label(value)
    if kind == "bool":
        return "✓" if value else ""
    return str(value)


class FrameTableModel(QAbstractTableModel):
    def __init__(self, columns: tuple[Column, ...], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._frame = pd.DataFrame({c.key: pd.Series(dtype="object") for c in columns})
        self._currency = "USD"
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self._columns_changed()

    def set_frame(self, frame: pd.DataFrame, currency: str = "USD") -> None:
        """Replace the rows; a sort the user chose is applied to the new rows too."""
        self.beginResetModel()
        missing = [c.key for c in self.columns if c.key not in frame]
        self._frame = frame.assign(**{k: None for k in missing}).reset_index(drop=True)
        self._currency = currency
        if self._sorted is not None:
            self._frame = self._sorted_frame(*self._sorted)
        self._columns_changed()
        self.endResetModel()

    def _columns_changed(self) -> None:
        # Plain arrays per column: data() indexes them instead of going through pandas.
        self._arrays = [self._frame[c.key].to_numpy(dtype=object) for c in self.columns]
        self._first = self._frame.iloc[:, 0].to_numpy(dtype=object) if len(self._frame.columns) else None

    def frame(self) -> pd.DataFrame:
        return self._frame

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip repeats the heading, which a narrow column elides.
            return self.tr(self.columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if self.columns[section].kind in ("money", "int", "float", "signed", "nps") else _LEFT)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._frame):
            return None
        column = self.columns[index.column()]
        value = self._arrays[index.column()][row]
        if role == _DISPLAY:
            return _fmt(value, column.kind, self._currency)
        if role == _SORT:
            raw = as_python(value)
            return raw.to_pydatetime() if isinstance(raw, pd.Timestamp) else raw
        if role == _ITEM:
            return as_python(self._first[row]) if self._first is not None else None
        if role == _ALIGN:
            return int(_RIGHT if column.kind in ("money", "int", "float", "signed", "nps") else _LEFT)
        if role == _FOREGROUND and column.kind == "nps":
            score = as_python(value)
            if score is None:
                return None
            band = "healthy" if score >= 9 else "at-risk" if score <= 6 else "watch"
            return band_color(band)
        if role == _TOOLTIP and column.kind == "text":
            text = _fmt(value, "text", self._currency)
            return text if len(text) > 40 else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self._frame.empty:
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ordered = self._order(column, order)
        self._frame = self._frame.loc[ordered].reset_index(drop=True)
        self._columns_changed()
        if persistent:
            where = np.empty(len(ordered), dtype="int64")
            where[ordered.to_numpy()] = np.arange(len(ordered))
            self.changePersistentIndexList(
                persistent, [self.index(int(where[p.row()]), p.column()) for p in persistent])
        self.layoutChanged.emit()


    def _order(self, column: int, order: Qt.SortOrder) -> pd.Index:
        values = self._frame[self.columns[column].key]
        if values.dtype == object:
            values = values.map(lambda v: v.casefold() if isinstance(v, str) else v)
        ascending = order == Qt.SortOrder.AscendingOrder
        try:
            return values.sort_values(ascending=ascending, kind="stable", na_position="last").index
        except TypeError:  # mixed types: compare as text
            return values.astype(str).sort_values(ascending=ascending, kind="stable").index

    def _sorted_frame(self, column: int, order: Qt.SortOrder) -> pd.DataFrame:
        return self._frame.loc[self._order(column, order)].reset_index(drop=True)


def make_table(model: FrameTableModel, parent: QWidget | None = None, *, stretch: str | None = None) -> QTableView:
    """A table view styled like the portfolio's, columns sized from the declaration."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    elide_with_tooltips(view)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    # Rows arrive in a meaningful order (newest first); no column is sorted until clicked.
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorShown(True)
    keys = [c.key for c in model.columns]
    widths = [c.width or 100 for c in model.columns]
    # Dates keep their whole width in the language's pattern (2026年11月27日 16:12).
    metrics = view.fontMetrics()
    least = {i: metrics.horizontalAdvance(_fmt(WIDE_DAY, c.kind, "")) + 16
             for i, c in enumerate(model.columns) if c.kind in ("date", "datetime")}
    # Columns scale to the table's width rather than scroll sideways (1280 px windows).
    view._fit = fit_columns(view, widths, keys.index(stretch) if stretch in keys else None, least)
    return view


def muted_color() -> QColor:
    return QColor("#8a8f98")
