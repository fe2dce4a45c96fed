"""Table cells that show their whole text as a tooltip when the column is too narrow for it.

At 1280 px some columns must be narrow (account names, reasons, e-mail addresses); Qt elides
them with "…", and this delegate makes the rest reachable by hovering. A cell whose model
gives a tooltip of its own keeps that one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)


class ElidingDelegate(QStyledItemDelegate):
    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,  # noqa: N802
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event is None or view is None or not index.isValid():
            return False
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text is None or text == "":
            QToolTip.hideText()
            return False
        text = str(text)
        room = option.rect.width() - 12  # the cell's text margins
        if option.fontMetrics.horizontalAdvance(text) > room:
            QToolTip.showText(event.globalPos(), text, view)
            return True
        QToolTip.hideText()
        return True


def elide_with_tooltips(view: QAbstractItemView) -> ElidingDelegate:
    """Make ``view``'s default delegate an ``ElidingDelegate`` (column delegates stay)."""
    delegate = ElidingDelegate(view)
    view.setItemDelegate(delegate)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return delegate
