"""The dashboard's period picker: a month, a quarter, a year or a custom range, and what it
compares with.

The lists offer only periods that exist for this workspace: months, quarters and years
that hold data and end by the as-of day (at the data date, the running one too), newest
first; a custom range is kept within the days with data up to the as-of. What is selected in the list is always the period the
page shows (a period not on offer is replaced by the newest one that is).

A choice is always a half-open day range ``[start, end)`` (the KPI engine's convention); the
custom range is shown to people inclusively ("1 Sep – 30 Sep") and stored exclusively. The
comparison is the previous period of equal length, as the KPI engine computes it; the picker
only names it so the room knows what "change" means.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.i18n.around import lay_out
from desktop.i18n.conventions import written_day
from desktop.i18n.date_boxes import fit_date_box
from desktop.i18n.placeholders import arg
from domain import formatting as fmt

MONTH, QUARTER, YEAR, CUSTOM = "month", "quarter", "year", "custom"


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
        if self.kind == YEAR:
            return year_of(date(self.start.year - 1, 1, 1))
        return PeriodChoice(self.start - timedelta(days=self.days), self.start, CUSTOM)

    def label(self) -> str:
        english = fmt.conventions().language == "en"
        if self.kind == MONTH:
            if english:
                return self.start.strftime("%B %Y")
            # The language's month name, standalone ("październik 2026", "2026年10月").
            locale = QLocale()
            if locale.language() in (QLocale.Language.Japanese, QLocale.Language.Chinese):
                return f"{self.start.year}年{self.start.month}月"
            return f"{locale.standaloneMonthName(self.start.month)} {self.start.year}"
        if self.kind == QUARTER:
            return arg(QCoreApplication.translate("PeriodChoice", "Q%1 %2"),
                       (self.start.month - 1) // 3 + 1, self.start.year)
        if self.kind == YEAR:
            return str(self.start.year)
        last = self.end - timedelta(days=1)
        return arg(QCoreApplication.translate("PeriodChoice", "%1 – %2", "from day – to day"),
                   _day(self.start), _day(last))


def _day(value: date) -> str:
    return written_day(value)


def _add_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_of(day: date) -> PeriodChoice:
    start = date(day.year, day.month, 1)
    return PeriodChoice(start, _add_months(start, 1), MONTH)


def quarter_of(day: date) -> PeriodChoice:
    start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return PeriodChoice(start, _add_months(start, 3), QUARTER)


def year_of(day: date) -> PeriodChoice:
    return PeriodChoice(date(day.year, 1, 1), date(day.year + 1, 1, 1), YEAR)


def _whole_periods(kind: str, first: date, as_of: date, months: frozenset[date] | None,
                   include_current: bool = False) -> list[PeriodChoice]:
    """Periods of ``kind`` that hold data, newest first: they touch ``[first, as_of]`` and,
    when ``months`` (the first days of the months with data) is given, contain one of them.
    They end by ``as_of``; the one running on the as-of day is offered too when
    ``include_current`` (nothing is recorded after the as-of, so it shows no later day)."""
    of = {MONTH: month_of, QUARTER: quarter_of, YEAR: year_of}[kind]
    current = of(as_of)
    if current.end > as_of + timedelta(days=1) and not include_current:
        current = current.previous
    out = []
    while current.end > first:
        if months is None or any(current.start <= m < current.end for m in months):
            out.append(current)
        current = current.previous
    return out


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
    """Kind (month, quarter, year, custom) + the period; emits ``period_changed(PeriodChoice)``."""

    period_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first = self._last = date.today()
        self._months: frozenset[date] | None = None
        self._include_current = False
        self._choice = default_period(self._last)
        self._updating = False
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        for key, text in ((MONTH, self.tr("Month")), (QUARTER, self.tr("Quarter")),
                          (YEAR, self.tr("Year")), (CUSTOM, self.tr("Custom"))):
            self.kind.addItem(text, key)
        self.period = QComboBox()
        self.period.setObjectName("periodList")
        self.period.setMinimumContentsLength(14)
        self.start_edit = QDateEdit(calendarPopup=True)
        self.end_edit = QDateEdit(calendarPopup=True)
        for edit in (self.start_edit, self.end_edit):
            fit_date_box(edit)  # the language's day format, like every other date shown
        self.compare = QLabel()
        self.compare.setObjectName("periodCompare")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.period)
        # The whole phrase, so a language may put words after the second date or swap them.
        self.range_words = lay_out(layout, self.tr("%1 to %2", "a date range: first day, last day"),
                                   [self.start_edit, self.end_edit])
        layout.addWidget(self.compare)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._list_changed)
        self.start_edit.dateChanged.connect(self._custom_changed)
        self.end_edit.dateChanged.connect(self._custom_changed)
        self._show_kind(MONTH)

    # -- public -------------------------------------------------------------------------
    def choice(self) -> PeriodChoice:
        return self._choice

    def set_data_range(self, first: date, last: date, months: frozenset[date] | None = None,
                       include_current: bool = False) -> None:
        """The first day with data and the as-of day ``last``; ``months``: the first days of
        the months holding data (None: every month between); ``include_current``: nothing
        is recorded after ``last`` (it is the data date), so the month, quarter and year
        running on it are offered too. The lists offer the periods holding data up to
        ``last``, a custom range stays within ``[first, last]``; a period on screen that is
        no longer on offer gives way to the newest that is."""
        self._first, self._last = min(first, last), max(first, last)
        self._months = months
        self._include_current = include_current
        self._updating = True
        try:
            for edit in (self.start_edit, self.end_edit):
                edit.setDateRange(_qdate(self._first), _qdate(self._last))
            self._fill_list(str(self.kind.currentData()))
        finally:
            self._updating = False
        kind = str(self.kind.currentData())
        if kind == CUSTOM:
            clamped = self._clamped(self._choice)
            if clamped != self._choice:
                self.set_choice(clamped)
        elif self._choice not in self._options(kind):
            self._settle_on_list()

    def options(self, kind: str | None = None) -> list[PeriodChoice]:
        """What the list offers for ``kind`` (default: the kind shown), newest first."""
        return self._options(kind or str(self.kind.currentData()))

    def newest(self) -> PeriodChoice:
        """The newest whole month holding data (the default), else a custom range of the
        days with data up to the as-of."""
        months = self._options(MONTH)
        if months:
            return months[0]
        return self._clamped(PeriodChoice(self._first, self._last + timedelta(days=1), CUSTOM))

    def set_choice(self, choice: PeriodChoice) -> None:
        """Select ``choice`` (any kind) and emit ``period_changed`` if it differs. A period
        the lists do not offer becomes the latest one on offer that starts no later (else
        the newest); a custom range is kept within the days with data."""
        choice = self._available(choice)
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
        if kind == CUSTOM:
            return []
        return _whole_periods(kind, self._first, self._last, self._months, self._include_current)

    def _available(self, choice: PeriodChoice) -> PeriodChoice:
        if choice.kind == CUSTOM:
            return self._clamped(choice)
        options = self._options(choice.kind)
        if choice in options:
            return choice
        earlier = [o for o in options if o.start <= choice.start]
        if earlier:
            return earlier[0]
        return options[-1] if options else self.newest()

    def _clamped(self, choice: PeriodChoice) -> PeriodChoice:
        """A custom range within the days with data, up to the as-of day."""
        last_day = self._last
        start = min(max(choice.start, self._first), last_day)
        end = max(min(choice.end, last_day + timedelta(days=1)), start + timedelta(days=1))
        return PeriodChoice(start, end, CUSTOM)

    def _settle_on_list(self) -> None:
        """Select the list's current entry as the period (the newest when nothing fits)."""
        current = self.period.currentData()
        if isinstance(current, PeriodChoice):
            self._set(current)
        else:
            newest = self.newest()
            if newest.kind != str(self.kind.currentData()):
                self.set_choice(newest)
            else:
                self._set(newest)

    def _fill_list(self, kind: str, selected: PeriodChoice | None = None) -> None:
        if kind == CUSTOM:
            return
        selected = selected or self._choice
        self.period.blockSignals(True)
        self.period.clear()
        options = self._options(kind)
        for option in options:
            self.period.addItem(option.label(), option)
        # The entry shown is the period shown: the selected one, else the newest on offer.
        self.period.setCurrentIndex(options.index(selected) if selected in options else
                                    (0 if options else -1))
        self.period.blockSignals(False)

    def _show_kind(self, kind: str) -> None:
        custom = kind == CUSTOM
        self.period.setVisible(not custom)
        for widget in (self.start_edit, *self.range_words, self.end_edit):
            widget.setVisible(custom)

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        self._show_kind(kind)
        if self._updating:
            return
        if kind == CUSTOM:
            # Start from the period on screen so switching to custom changes nothing yet.
            custom = self._clamped(PeriodChoice(self._choice.start, self._choice.end, CUSTOM))
            self._updating = True
            self.start_edit.setDate(_qdate(custom.start))
            self.end_edit.setDate(_qdate(custom.end - timedelta(days=1)))
            self._updating = False
            self._set(custom)
            return
        anchor = self._choice.end - timedelta(days=1)
        choice = {QUARTER: quarter_of, YEAR: year_of}.get(kind, month_of)(anchor)
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
        self._set(self._clamped(PeriodChoice(start, last + timedelta(days=1), CUSTOM)))

    def _set(self, choice: PeriodChoice) -> None:
        self.compare.setText(arg(self.tr("compared with %1"), choice.compared.label()))
        if choice == self._choice:
            return
        self._choice = choice
        self.period_changed.emit(choice)
