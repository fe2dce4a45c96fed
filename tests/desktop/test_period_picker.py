"""The period picker offers the periods that exist: whole months, quarters and years holding
data, newest first, never past the as-of; custom ranges stay within the data."""

from __future__ import annotations

from datetime import date

from desktop.dashboard.period_picker import (
    CUSTOM,
    MONTH,
    QUARTER,
    YEAR,
    PeriodChoice,
    PeriodPicker,
    month_of,
    year_of,
)

FIRST, AS_OF = date(2016, 1, 5), date(2017, 6, 15)
# Data in every month from January 2016 to June 2017 except August 2016.
MONTHS = frozenset(date(y, m, 1) for y, m in [(2016, m) for m in range(1, 13) if m != 8]
                   + [(2017, m) for m in range(1, 7)])


def _picker(qtbot) -> PeriodPicker:
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.set_data_range(FIRST, AS_OF, MONTHS)
    return picker


def test_lists_hold_whole_periods_with_data_newest_first(qtbot):
    picker = _picker(qtbot)
    months = [p.label() for p in picker.options(MONTH)]
    assert months[0] == "May 2017"  # June is not over on 15 June
    assert months[-1] == "January 2016"
    assert "August 2016" not in months and len(months) == 16
    assert [p.label() for p in picker.options(QUARTER)] == [
        "Q1 2017", "Q4 2016", "Q3 2016", "Q2 2016", "Q1 2016"]
    assert picker.options(YEAR) == [year_of(date(2016, 1, 1))]


def test_a_period_not_on_offer_becomes_one_that_is_and_the_list_shows_it(qtbot):
    picker = _picker(qtbot)
    picker.set_choice(month_of(date(2026, 12, 1)))  # the clock's month, years after the data
    assert picker.choice() == month_of(date(2017, 5, 1))
    assert picker.period.currentText() == "May 2017"
    picker.set_choice(month_of(date(2016, 8, 1)))  # no data that month: the one before
    assert picker.choice() == month_of(date(2016, 7, 1))
    assert picker.period.currentText() == "July 2016"
    picker.kind.setCurrentIndex(picker.kind.findData(YEAR))
    assert picker.choice() == year_of(date(2016, 1, 1)) and picker.period.currentText() == "2016"


def test_custom_ranges_are_clamped_to_the_data(qtbot):
    picker = _picker(qtbot)
    picker.set_choice(PeriodChoice(date(2010, 1, 1), date(2030, 1, 1), CUSTOM))
    assert picker.choice() == PeriodChoice(FIRST, date(2017, 6, 16), CUSTOM)
    assert picker.start_edit.minimumDate().toPython() == FIRST
    assert picker.end_edit.maximumDate().toPython() == AS_OF
