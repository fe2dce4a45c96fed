"""The one formatter (``domain.formatting``): every rule checked on values worked out by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from domain import formatting as fmt


def test_scores_are_whole_and_never_round_up_across_a_band():
    assert fmt.score(38.1) == "38"
    assert fmt.score(38.9) == "38"  # 38.9 is below a threshold of 39: shown as 38, not 39
    assert fmt.score(39.99) == "39"
    assert fmt.score(40.0) == "40"
    assert fmt.score(None) == fmt.score(math.nan) == "n/a"
    assert fmt.measure(38.1, "score") == "38"


def test_rates_and_their_changes_in_points():
    assert fmt.rate(0.2345) == "23.4%"
    assert fmt.change(0.025, "rate") == "+2.5 pts"
    assert fmt.change(-0.031, "rate") == "-3.1 pts"
    # +0.0 pp before: a zero change, or one that rounds to zero, is "no change".
    assert fmt.change(0.0, "rate") == "no change"
    assert fmt.change(0.0004, "rate") == "no change"


def test_one_sign_per_change():
    # "++48" before: the NPS value carries its sign, its change carries one sign only.
    assert fmt.measure(48, "nps") == "+48"
    assert fmt.change(48, "nps") == "+48 pts"
    assert fmt.change(-12, "nps") == "-12 pts"
    assert fmt.change(2, "count") == "+2"
    assert fmt.change(-1_500, "money", "USD") == "-$1,500"
    assert fmt.change(0, "count") == "no change"
    assert fmt.change(None, "count") == "n/a"
    assert fmt.change_between(5, None, "count") == "n/a"


def test_counts_in_full():
    assert fmt.count(1234) == "1,234"
    assert fmt.count(0) == "0"
    assert fmt.measure(12_345, "count") == "12,345"


@pytest.mark.parametrize(("value", "currency", "short", "exact"), [
    (619_800, "USD", "$620k", "$619,800"),   # 619.8k rounds to 620k
    (28_400, "USD", "$28.4k", "$28,400"),
    (8_400, "EUR", "€8,400", "€8,400"),
    (15_000, "USD", "$15k", "$15,000"),       # no ".0"
    (2_000_000, "USD", "$2M", "$2,000,000"),
    (1_234_567, "USD", "$1.23M", "$1,234,567"),
    (837.6, "USD", "$838", "$838"),
    (950, "PLN", "PLN 950", "PLN 950"),       # no common symbol: the code before the amount
    (-45_600, "GBP", "-£45.6k", "-£45,600"),
])
def test_money_one_style_per_width(value, currency, short, exact):
    assert fmt.money(value, currency) == short
    assert fmt.measure(value, "money", currency) == short
    assert fmt.money_exact(value, currency) == exact


def test_missing_is_na_never_zero():
    assert fmt.missing(pd.NA) and fmt.missing(pd.NaT) and fmt.missing(float("nan"))
    assert not fmt.missing(0) and not fmt.missing("at-risk")
    for unit in ("rate", "money", "count", "nps", "score", "days", "multiple"):
        assert fmt.measure(None, unit) == "n/a"
        assert fmt.measure(math.inf, unit) == "n/a"


def test_ids_read_as_words():
    assert fmt.label("at-risk") == "At risk"
    assert fmt.label("paid_social") == "Paid social"
    assert fmt.label("decision maker") == "Decision maker"
    assert fmt.label("decision_maker") == "Decision maker"
    assert fmt.label("mqa") == "MQA"
    assert fmt.label(None) == ""


def test_tone_agrees_with_the_shown_change():
    assert fmt.change_tone(0.30, 0.20, "up", "rate") == "good"
    assert fmt.change_tone(0.30, 0.20, "down", "rate") == "bad"
    assert fmt.change_tone(0.2000001, 0.2, "up", "rate") == "neutral"  # shown as "no change"
