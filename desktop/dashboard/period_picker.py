"""The dashboard's period picker: a month, a quarter or a custom range, and what it compares with.

A choice is always a half-open day range ``[start, end)`` (the KPI engine's convention); the
custom range is shown to people inclusively ("1 Sep – 30 Sep") and stored exclusively. The
comparison is the previous period of equal length, as the KPI engine computes it; the picker
only names it so the room knows what "change" means.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

MONTH, QUARTER, CUSTOM = "month", "quarter", "custom"


@dataclass(frozen=True)
class PeriodChoice:
    """A period ``[start, end)`` in whole days, with the words people read for it."""

    start: date
    end: date
    kind: str = CUSTOM

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    @property
    def compared(self) -> PeriodChoice:
        """What the KPI engine compares with: the days of equal length just before (SPEC
        §4), so October compares with 31 August – 30 September. The words on screen name
        these days, as the reports and the commands do."""
        return PeriodChoice(self.start - timedelta(days=self.days), self.start, CUSTOM)

    @property
    def previous(self) -> PeriodChoice:
        """The period before in the lists (months and quarters: the previous one)."""
        if self.kind == MONTH:
            return month_of(_add_months(self.start, -1))
        if self.kind == QUARTER:
            return quarter_of(_add_months(self.start, -3))
        return PeriodChoice(self.start - timedelta(days=self.days), self.start, CUSTOM)

    def label(self) -> str:
        if self.kind == MONTH:
            return self.start.strftime("%B %Y")
        if self.kind == QUARTER:
            return f"Q{(self.start.month - 1) // 3 + 1} {self.start.year}"
        last = self.end - timedelta(days=1)
        return f"{_day(self.start)} – {_day(last)}"


def _day(value: date) -> str:
    return f"{value.day} {value.strftime('%b %Y')}"


def _add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_of(day: date) -> PeriodChoice:
    start = date(day.year, day.month, 1)
    return PeriodChoice(start, _add_months(start, 1), MONTH)


def quarter_of(day: date) -> PeriodChoice:
    start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return PeriodChoice(start, _add_months(start, 3), QUARTER)


def months_between(first: date, last: date) -> list[PeriodChoice]:
    """Every month touching ``[first, last]``, the latest first (what people pick most)."""
    out, current = [], month_of(last)
    while current.end > first:
        out.append(current)
        current = current.previous
    return out


def quarters_between(first: date, last: date) -> list[PeriodChoice]:
    out, current = [], quarter_of(last)
    while current.end > first:
        out.append(current)
        current = current.previous
    return out


def default_period(as_of: date) -> PeriodChoice:
    """The last complete month before ``as_of``: a weekly meeting compares whole months."""
    return month_of(date(as_of.year, as_of.month, 1) - timedelta(days=1))


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PeriodPicker(QWidget):
    """Kind (month, quarter, custom) + the period; emits ``period_changed(PeriodChoice)``."""

    period_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first = self._last = date.today()
        self._choice = default_period(self._last)
        self._updating = False
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for key, text in ((MONTH, self.tr("Month")), (QUARTER, self.tr("Quarter")),
                          (CUSTOM, self.tr("Custom"))):
            self.kind.addItem(text, key)
        self.period = QComboBox()
        self.period.setObjectName("periodList")
        self.period.setMinimumContentsLength(14)
        self.start_edit = QDateEdit(calendarPopup=True)
        self.end_edit = QDateEdit(calendarPopup=True)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("d MMM yyyy")
        self.to_label = QLabel(self.tr("to"))
        self.compare = QLabel()
        self.compare.setObjectName("periodCompare")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.period, self.start_edit, self.to_label, self.end_edit,
                       self.compare):
            layout.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._list_changed)
        self.start_edit.dateChanged.connect(self._custom_changed)
        self.end_edit.dateChanged.connect(self._custom_changed)
        self._show_kind(MONTH)

    # -- public -------------------------------------------------------------------------
    def choice(self) -> PeriodChoice:
        return self._choice

    def set_data_range(self, first: date, last: date) -> None:
        """The days the workspace has data for: the lists offer the periods touching them."""
        self._first, self._last = min(first, last), max(first, last)
        self._updating = True
        try:
            for edit in (self.start_edit, self.end_edit):
                edit.setDateRange(_qdate(self._first - timedelta(days=366 * 5)),
                                  _qdate(self._last + timedelta(days=366)))
            self._fill_list(str(self.kind.currentData()))
        finally:
            self._updating = False

    def set_choice(self, choice: PeriodChoice) -> None:
        """Select ``choice`` (any kind) and emit ``period_changed`` if it differs."""
        self._updating = True
        try:
            self.kind.setCurrentIndex(self.kind.findData(choice.kind))
            self._show_kind(choice.kind)
            self._fill_list(choice.kind, selected=choice)
            self.start_edit.setDate(_qdate(choice.start))
            self.end_edit.setDate(_qdate(choice.end - timedelta(days=1)))
        finally:
            self._updating = False
        self._set(choice)

    # -- internals ----------------------------------------------------------------------
    def _options(self, kind: str) -> list[PeriodChoice]:
        if kind == QUARTER:
            return quarters_between(self._first, self._last)
        return months_between(self._first, self._last)

    def _fill_list(self, kind: str, selected: PeriodChoice | None = None) -> None:
        if kind == CUSTOM:
            return
        selected = selected or self._choice
        self.period.blockSignals(True)
        self.period.clear()
        for option in self._options(kind):
            self.period.addItem(option.label(), option)
        for row in range(self.period.count()):
            if self.period.itemData(row) == selected:
                self.period.setCurrentIndex(row)
                break
        self.period.blockSignals(False)

    def _show_kind(self, kind: str) -> None:
        custom = kind == CUSTOM
        self.period.setVisible(not custom)
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(custom)

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        self._show_kind(kind)
        if self._updating:
            return
        if kind == CUSTOM:
            # Start from the period on screen so switching to custom changes nothing yet.
            self._updating = True
            self.start_edit.setDate(_qdate(self._choice.start))
            self.end_edit.setDate(_qdate(self._choice.end - timedelta(days=1)))
            self._updating = False
            self._set(PeriodChoice(self._choice.start, self._choice.end, CUSTOM))
            return
        anchor = self._choice.end - timedelta(days=1)
        choice = quarter_of(anchor) if kind == QUARTER else month_of(anchor)
        self._fill_list(kind, selected=choice)
        current = self.period.currentData()
        self._set(current if isinstance(current, PeriodChoice) else choice)

    def _list_changed(self) -> None:
        current = self.period.currentData()
        if not self._updating and isinstance(current, PeriodChoice):
            self._set(current)

    def _custom_changed(self) -> None:
        if self._updating:
            return
        start, last = _pydate(self.start_edit.date()), _pydate(self.end_edit.date())
        if last < start:
            start, last = last, start
        self._set(PeriodChoice(start, last + timedelta(days=1), CUSTOM))

    def _set(self, choice: PeriodChoice) -> None:
        self.compare.setText(self.tr("compared with {0}").format(choice.compared.label()))
        if choice == self._choice:
            return
        self._choice = choice
        self.period_changed.emit(choice)
