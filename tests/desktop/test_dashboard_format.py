"""Tile texts, periods and presentation slides: small pure helpers, checked by hand."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from desktop.dashboard.kpi_format import change_tone, format_change, format_value
from desktop.dashboard.period_picker import (
    CUSTOM,
    MONTH,
    PeriodChoice,
    PeriodPicker,
    default_period,
    month_of,
    months_between,
    quarter_of,
)
from desktop.dashboard.sections import chunk, slide_title


def test_values_by_unit():
    assert format_value(0.2345, "rate") == "23.4%"  # 0.2345 × 100, one decimal
    assert format_value(None, "rate") == "n/a"
    assert format_value(1_234_567, "money", "USD") == "$1.23M"
    assert format_value(45_600, "money", "EUR") == "€45.6k"
    assert format_value(950, "money", "PLN") == "PLN 950"
    assert format_value(25, "nps") == "+25"
    assert format_value(-12, "nps") == "-12"
    assert format_value(3.2, "multiple") == "3.2×"
    assert format_value(41.6, "days") == "42 days"
    assert format_value(12_345, "count") == "12,345"  # counts in full


def test_changes_read_in_the_units_people_use():
    # Rates move in percentage points: 25.0% → 27.5% is +2.5 pts.
    assert format_change(0.275, 0.25, "rate") == "+2.5 pts"
    # Counts move by the count, as the CLI and the meeting pack print it: 3 against 1 is +2.
    assert format_change(3, 1, "count") == "+2"
    assert format_change(4, 0, "count") == "+4"
    assert format_change(10, 30, "nps") == "-20 pts"
    assert format_change(1_250_000, 620_000, "money", "USD") == "+$630k"
    assert format_change(5, 5, "count") == "no change"
    assert format_change(None, 5, "count") == ""


def test_tone_follows_the_good_direction():
    assert change_tone(0.3, 0.2, "up") == "good"
    assert change_tone(0.3, 0.2, "down") == "bad"  # e.g. unsubscribe rate rising
    assert change_tone(0.3, 0.2, "neutral") == "neutral"
    assert change_tone(None, 0.2, "up") == "neutral"


@given(st.floats(-1e9, 1e9), st.floats(-1e9, 1e9),
       st.sampled_from(["rate", "ratio", "count", "money", "nps", "days", "hours", "score"]))
def test_change_text_and_tone_agree(value, previous, unit):
    text = format_change(value, previous, unit)
    tone = change_tone(value, previous, "up", unit)
    assert (tone == "good") == text.startswith("+")
    assert (tone == "bad") == text.startswith("-")
    assert (tone == "neutral") == (text == "no change")


def test_periods_and_their_comparison():
    october = month_of(date(2026, 10, 17))
    assert (october.start, october.end) == (date(2026, 10, 1), date(2026, 11, 1))
    assert october.previous == month_of(date(2026, 9, 1))
    assert october.label() == "October 2026"
    q1 = quarter_of(date(2026, 2, 3))
    assert (q1.start, q1.end) == (date(2026, 1, 1), date(2026, 4, 1))
    assert q1.previous == quarter_of(date(2025, 11, 30))
    assert q1.label() == "Q1 2026"
    # A custom range of 10 days compares with the 10 days before it.
    custom = PeriodChoice(date(2026, 10, 11), date(2026, 10, 21), CUSTOM)
    assert custom.previous == PeriodChoice(date(2026, 10, 1), date(2026, 10, 11), CUSTOM)
    assert custom.label() == "11 Oct 2026 – 20 Oct 2026"
    # The weekly meeting on 23 November looks at the last whole month.
    assert default_period(date(2026, 11, 23)) == october
    assert [m.label() for m in months_between(date(2026, 8, 20), date(2026, 10, 2))] == [
        "October 2026", "September 2026", "August 2026"]


def test_picker_switches_kinds_without_losing_the_period(qtbot):
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.set_data_range(date(2025, 1, 1), date(2026, 11, 23))
    picker.set_choice(month_of(date(2026, 10, 1)))
    with qtbot.waitSignal(picker.period_changed) as changed:
        picker.kind.setCurrentIndex(picker.kind.findData(CUSTOM))
    # Custom starts from the month on screen.
    assert changed.args[0] == PeriodChoice(date(2026, 10, 1), date(2026, 11, 1), CUSTOM)
    with qtbot.waitSignal(picker.period_changed) as changed:
        picker.kind.setCurrentIndex(picker.kind.findData(MONTH))
    assert changed.args[0] == month_of(date(2026, 10, 1))
    # The KPI engine compares October with the 31 days before it, and the picker says so.
    assert picker.compare.text() == "compared with 31 Aug 2026 – 30 Sep 2026"


def test_slides_hold_a_few_tiles_each():
    assert [len(s) for s in chunk(list(range(13)))] == [7, 6]  # balanced, not 8 + 5
    assert [len(s) for s in chunk(list(range(8)))] == [8]
    assert chunk([]) == []
    assert slide_title("Leads", 1, 2) == "Leads (2 of 2)"
    assert slide_title("Leads", 0, 1) == "Leads"


def test_tooltips_cite_the_article_by_title():
    from desktop.dashboard.tile import formula_tooltip

    tip = formula_tooltip("Raw leads", "leads created in the period", "002")
    assert "Source: ABM KPIs to measure (and the ones to ignore)" in tip
    assert "seed" not in tip.lower()
