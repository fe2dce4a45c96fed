"""Numbers and dates in the chosen language's conventions (QLocale), English unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.i18n.conventions import conventions_for, date_pattern
from domain import formatting as fmt

NBSP = "\u00a0"  # Polish groups digits with a no-break space


@pytest.fixture
def using():
    previous = fmt.conventions()

    def use(code):
        fmt.use_conventions(conventions_for(code))

    yield use
    fmt.use_conventions(previous)


def test_qt_date_formats_become_patterns():
    assert date_pattern("d.MM.yyyy") == "{day}.{month:02d}.{year:04d}"
    assert date_pattern("yyyy年M月d日dddd") == "{year:04d}年{month}月{day}日"
    assert date_pattern("dddd, d MMMM yyyy").startswith("{day} ")


def test_polish(qapp, using):
    using("pl")
    assert fmt.day(date(2026, 10, 1)) == "1.10.2026"
    assert fmt.number(1234.5, 1) == f"1{NBSP}234,5"
    assert fmt.rate(0.255) == "25,5%"
    assert fmt.count(1234567) == f"1{NBSP}234{NBSP}567"
    assert fmt.number(-0.04, 1) == "0,0"  # rounds to zero: no sign, Polish decimal comma


def test_japanese_and_chinese(qapp, using):
    for code in ("ja", "zh_CN"):
        using(code)
        assert fmt.day(date(2026, 10, 1)) == "2026年10月1日"
        assert fmt.number(1234.5, 1) == "1,234.5"


def test_english_is_as_before(qapp, using):
    using("en")
    assert fmt.conventions() is fmt.ENGLISH
    assert fmt.day(date(2026, 10, 1)) == "2026-10-01"
    assert fmt.money(28_400, "USD") == "$28.4k"
    assert fmt.change(0.021, "rate") == "+2.1 pts"
    assert fmt.change(0.0, "rate") == "no change"
