"""The window's "as of" day: a date box in the sidebar that moves every screen to that day.

The window opens at the workspace's data date (its latest dated record, never after
today). Choosing another day asks for it (``as_of_requested(day)``); "Latest" goes back to
following the data date (``as_of_requested(None)``). The box only asks: the window reloads
the state for that day off the GUI thread, and every screen follows.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QDateEdit, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop.i18n.date_boxes import fit_date_box
from desktop.shared.flow_layout import FlowLayout


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AsOfControl(QWidget):
    as_of_requested = Signal(object)  # a date, or None for "follow the data date"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("asOfControl")
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.date = QDateEdit(calendarPopup=True)
        self.date.setObjectName("asOfDate")
        self.latest = QToolButton()
        self._past = False
        self.retranslate()
        self.latest.clicked.connect(lambda: self.as_of_requested.emit(None))
        self._data_date: date | None = None
        self._shown: date | None = None
        self._filling = False
        # Typing a date passes through other valid dates ("2025-06-3" is the 3rd): ask once
        # the typing pauses, or at once when the box is left or a calendar day is picked.
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(700)
        self._pause.timeout.connect(self._ask)
        self.date.dateChanged.connect(self._changed)
        self.date.editingFinished.connect(self._ask)
        # The whole date always shows (its least width is the widest day's, set with the
        # language's format in retranslate); where "Latest" is a long word (Polish) the
        # button wraps under it rather than squeeze the date in the narrow sidebar.
        row = QWidget()
        flow = FlowLayout(row, spacing=4)
        flow.add_widget(self.date, stretch=True)
        flow.add_widget(self.latest)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 6, 12, 12)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(row)
        self.setEnabled(False)  # until a load says which days there are

    def set_days(self, as_of: date, data_date: date | None, first: date | None) -> None:
        """Show ``as_of``; offer the days from the first record to the data date."""
        self._data_date = data_date
        self._filling = True
        try:
            last = data_date or as_of
            self.date.setDateRange(_qdate(min(first or last, as_of)), _qdate(max(last, as_of)))
            self.date.setDate(_qdate(as_of))
        finally:
            self._filling = False
        self._shown = as_of
        self.latest.setVisible(data_date is not None and as_of != data_date)
        self._past = data_date is not None and as_of < data_date
        self.retranslate()
        self.setEnabled(True)

    def retranslate(self) -> None:
        """Its words in the current language (at build, and when the language changes)."""
        self.caption.setText(self.tr("As it stood on") if self._past else self.tr("Data as of"))
        self.date.setToolTip(self.tr("Show every screen as it stood on this day"))
        self.latest.setText(self.tr("Latest"))
        self.latest.setToolTip(self.tr("Back to the latest data"))
        fit_date_box(self.date)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _changed(self, _value: QDate) -> None:
        if not self._filling:
            self._pause.start()

    def _ask(self) -> None:
        self._pause.stop()
        value = self.date.date()
        if not value.isValid():
            return
        day = date(value.year(), value.month(), value.day())
        if day == self._shown:
            return
        self._shown = day
        self.as_of_requested.emit(None if day == self._data_date else day)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self._data_date is not None:
            self.as_of_requested.emit(None)
            return
        super().keyPressEvent(event)
