"""Cell parsers: money, numbers, dates, booleans, placeholders (no database needed)."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.importing.parsing import (
    currency_agrees,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_money,
    parse_number,
    text_of,
    word_of,
)


def cells(*values):
    return pd.Series(list(values), dtype=object)


# -- placeholders ------------------------------------------------------------------------------
def test_placeholders_and_blanks_become_missing():
    got = text_of(cells("", "  ", "-", "Select", "--", "N/A", "null", "None", " Acme ", None))
    assert got.tolist() == [None] * 8 + ["Acme", None]


def test_a_lone_dash_is_blank_but_a_negative_number_is_not():
    parsed = parse_number(cells("-", "-12"))
    assert math.isnan(parsed.values[0]) and not parsed.bad[0]
    assert parsed.values[1] == -12


# -- money -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "amount", "mark"),
    [
        ("$22,700.00", 22_700.0, "$"),
        ("1 234,50 zł", 1_234.5, "PLN"),
        ("1\u00a0234,50\u00a0zł", 1_234.5, "PLN"),  # no-break spaces, as Excel exports them
        ("342.09K", 342_090.0, None),
        ("1.5M", 1_500_000.0, None),
        ("€1.234,56", 1_234.56, "EUR"),
        ("£99", 99.0, "GBP"),
        ("EUR 1,200", 1_200.0, "EUR"),
        ("12,5", 12.5, None),  # a comma followed by one digit can only be decimal
        ("1,234", 1_234.0, None),  # English grouping unless --decimal-comma
        ("(120.00)", -120.0, None),  # accounting negative
        ("1'234.5", 1_234.5, None),  # Swiss grouping
        ("4821", 4_821.0, None),
    ],
)
def test_money_forms(text, amount, mark):
    parsed, marks = parse_money(cells(text))
    assert not parsed.bad[0]
    assert parsed.values[0] == pytest.approx(amount)
    assert marks[0] == mark


def test_decimal_comma_option_reads_grouped_dots_and_three_decimals():
    # "1.234" is 1234 and "1,234" is 1.234 in a Polish file.
    parsed, _ = parse_money(cells("1.234", "1,234", "1.234,5"), decimal_comma=True)
    assert parsed.values.tolist() == pytest.approx([1234.0, 1.234, 1234.5])


def test_money_that_is_not_a_number_is_bad():
    parsed, _ = parse_money(cells("about 300", "12.3.4", "$"))
    assert parsed.bad.tolist() == [True, True, True]


def test_currency_marks_agree_with_the_workspace_currency():
    marks = cells(None, "$", "USD", "PLN", "€", "¥")
    assert currency_agrees(marks, "USD").tolist() == [True, True, True, False, False, False]
    assert currency_agrees(cells("$", "PLN"), "PLN").tolist() == [False, True]
    assert currency_agrees(cells("¥"), "JPY").tolist() == [True]


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_grouped_dollar_amounts_round_trip(units, cents):
    text = f"${units:,}.{cents:02d}"
    parsed, _ = parse_money(cells(text))
    assert parsed.values[0] == pytest.approx(units + cents / 100)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_polish_amounts_round_trip(units, cents):
    grouped = f"{units:,}".replace(",", " ")
    parsed, marks = parse_money(cells(f"{grouped},{cents:02d} zł"), decimal_comma=True)
    assert parsed.values[0] == pytest.approx(units + cents / 100)
    assert marks[0] == "PLN"


# -- dates -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-10-27", "2024-10-27 00:00:00"),
        ("2024-10-27 14:30:05", "2024-10-27 14:30:05"),
        ("2024-10-27T14:30:05Z", "2024-10-27 14:30:05"),
        ("2024-10-27T16:30:05+02:00", "2024-10-27 14:30:05"),  # converted to UTC
        ("15 Apr, 2021 00:02:00", "2021-04-15 00:02:00"),
        ("Apr 15, 2021", "2021-04-15 00:00:00"),
        ("04/15/2021", "2021-04-15 00:00:00"),  # month first by default
        ("27.10.2024", "2024-10-27 00:00:00"),  # dotted dates are always day-first
        ("2024/10/27", "2024-10-27 00:00:00"),
        ("2024年10月27日", "2024-10-27 00:00:00"),
    ],
)
def test_datetime_forms(text, expected):
    parsed = parse_datetime(cells(text))
    assert not parsed.bad[0]
    assert parsed.values[0] == pd.Timestamp(expected)


def test_day_first_option():
    parsed = parse_datetime(cells("03/04/2025", "27/10/2024"), day_first=True)
    assert parsed.values.tolist() == [pd.Timestamp("2025-04-03"), pd.Timestamp("2024-10-27")]


def test_a_day_first_date_read_month_first_is_bad_with_a_hint():
    parsed = parse_datetime(cells("27/10/2024"))
    assert parsed.bad[0]
    assert parsed.day_first_hint[0]


def test_explicit_date_format():
    parsed = parse_datetime(cells("27-10-2024 14h30"), date_format="%d-%m-%Y %Hh%M")
    assert parsed.values[0] == pd.Timestamp("2024-10-27 14:30")


def test_bad_and_implausible_dates():
    parsed = parse_datetime(cells("yesterday", "2024-13-01", "0202-01-01", "", "-"))
    assert parsed.bad.tolist() == [True, True, True, False, False]


def test_dates_drop_the_time_of_day():
    parsed = parse_date(cells("2024-10-27 14:30"))
    assert parsed.values[0] == pd.Timestamp("2024-10-27")


# -- booleans and words ---------------------------------------------------------------------------
def test_booleans():
    parsed = parse_bool(cells("yes", "No", "TRUE", "false", "1", "0", "y", "tak", "", "maybe"))
    assert parsed.values.tolist() == [True, False, True, False, True, False, True, True, None, None]
    assert parsed.bad.tolist() == [False] * 9 + [True]


def test_enum_words_are_normalised():
    assert word_of(cells("Decision Maker", "no-show", "Paid Search", " Webinar ")).tolist() == [
        "decision_maker", "no_show", "paid_search", "webinar"]


def test_large_columns_take_the_same_path_as_small_ones():
    # Over 20,000 mostly distinct cells switch text_of to its no-hashing path.
    values = [f" id-{i} " for i in range(30_000)] + ["Select"]
    got = text_of(cells(*values))
    assert got.iloc[0] == "id-0" and got.iloc[-1] is None and got.notna().sum() == 30_000
