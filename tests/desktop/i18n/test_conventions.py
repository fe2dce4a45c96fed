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


def test_chinese_and_japanese_money_goes_by_myriads(qapp, using):
    using("zh_CN")
    assert fmt.money(199_000, "USD") == "$19.9万"  # 199,000 / 10^4 = 19.9
    assert fmt.money(9_999, "USD") == "$9,999"  # below 10^4: every unit
    assert fmt.money(10_000, "USD") == "$1万"
    assert fmt.money(1_234_567, "CNY") == "¥123万"  # 123.4567万, whole from 100万
    assert fmt.money(250_000_000, "CNY") == "¥2.5亿"  # 2.5 x 10^8
    assert fmt.money(-45_000, "USD") == "-$4.5万"
    assert fmt.change(-45_000, "money", "USD") == "-$4.5万"
    using("ja")
    assert fmt.money(12_500_000, "JPY") == "¥1,250万"  # 1,250 x 10^4
    assert fmt.money(312_000_000, "JPY") == "¥3.12億"  # 3.12 x 10^8
    using("pl")
    assert fmt.money(199_000, "USD") == "$199k"  # Polish stays with thousands


def test_score_points_are_their_own_word(qapp, using):
    using("en")
    assert fmt.change(5, "nps") == "+5 pts"  # English keeps "pts" for both
    assert fmt.change(0.05, "rate") == "+5.0 pts"
    fmt.use_conventions(fmt.Conventions(points="{} p.p.", score_points="{} pkt."))
    assert fmt.change(5, "nps") == "+5 pkt."
    assert fmt.change(0.05, "rate") == "+5.0 p.p."
    assert fmt.change(-3, "score") == "-3"  # a score's change is a bare whole number
