"""Numbers and ids as people read them: the one formatter of the window, the CLI and the PDFs.

Every surface that shows a number as text takes it from here, so the same quantity reads the
same wherever it is shown (README, "One truth: scope, data date, funnel, formats"):

- **n/a** for a missing value (None, NaN, infinity), never 0.
- **Scores** (health, lead score) are whole numbers, rounded down: a score shown as 40 has
  reached the threshold 40, so a shown score never contradicts its band.
- **Rates** are per cent with one decimal ("25.0%"); their **changes** are percentage points
  ("+2.1 pts"). Every change carries one sign ("+" or "-"), and a zero change is "no change".
- **Counts** are whole numbers with thousands separators ("1,234").
- **Money** is in the workspace currency, written with its symbol where it has a common one
  ("$620k") and its code before the amount otherwise ("CHF 620k"). Short (tiles, tables,
  sentences): whole units below 10,000, thousands from 10,000 ("28.4k", "15k", "620k"),
  millions from 1,000,000 ("1.25M", "2M"). Exact (a deal amount on its own line): every unit ("$619,800").
- **Labels**: ids become words with a capital first letter ("at-risk" -> "At risk",
  "paid_social" -> "Paid social", "decision maker" -> "Decision maker").

The workbook and CSV exports keep raw numbers (with number formats); only their label
columns go through ``label``.

**Conventions.** The marks and words above are English's. ``Conventions`` holds another
language's (decimal mark, digit grouping, per-cent pattern, date pattern, the words for
n/a, no change, percentage points and score points, days, hours and seconds, the money
abbreviations and whether
big amounts go by thousands or by 万 and 亿/億); the desktop builds them from QLocale
and the catalog (``desktop.i18n.conventions``) and makes them the default with
``use_conventions``, or passes them to ``conventions_for``-aware callers. The domain stays
free of Qt; machine outputs (CSV, JSON) never go through this module's text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Conventions:
    """How a language writes numbers, dates and a few words (English by default)."""

    language: str = "en"
    decimal: str = "."
    group: str = ","
    percent: str = "{}%"  # {} is the number
    date: str = "{year:04d}-{month:02d}-{day:02d}"  # str.format fields: year, month, day
    na: str = "n/a"
    no_change: str = "no change"
    points: str = "{} pts"  # percentage points: a rate's change
    score_points: str = "{} pts"  # points of NPS, which English also writes "pts"
    days: str = "{} days"
    hours: str = "{} h"
    seconds: str = "{} s"
    thousand: str = "k"
    million: str = "M"
    billion: str = "B"
    # "thousands" groups big amounts by 10^3 (k, M, B); "myriads" by 10^4 and 10^8 as
    # Chinese and Japanese do (万, 亿/億), so 199,000 is "19.9万", not "199千".
    scale: str = "thousands"
    myriad: str = "万"
    hundred_million: str = "亿"


ENGLISH = Conventions()
_current = [ENGLISH]


def use_conventions(conventions: Conventions) -> Conventions:
    """Make ``conventions`` the default of every function here; returns the previous one."""
    previous = _current[0]
    _current[0] = conventions
    return previous


def conventions() -> Conventions:
    """The conventions in use (English unless the desktop chose another language)."""
    return _current[0]


def _digits(text: str) -> str:
    """English digits ("1,234.5") in the current conventions ("1 234,5")."""
    c = _current[0]
    if c.decimal == "." and c.group == ",":
        return text
    return text.replace(",", "\x00").replace(".", c.decimal).replace("\x00", c.group)


def day(value: date | None) -> str:
    """A date as the language writes it: "2026-10-01", "1.10.2026", "2026年10月1日"."""
    if value is None or missing(value):
        return ""
    return _current[0].date.format(year=value.year, month=value.month, day=value.day)

NA = "n/a"
NO_CHANGE = "no change"
PERCENT_UNITS = ("rate", "ratio")
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹"}
# Ids whose words are not just the id with spaces and a capital.
LABELS = {"mqa": "MQA", "nps": "NPS", "pr": "PR", "cta_view": "CTA view",
          "cta_click": "CTA click", "no_show": "No-show", "arr": "ARR"}
FLAT = 1e-9


def missing(value: Any) -> bool:
    """True for None, NaN (also pandas' NA and NaT) and infinities: values shown as n/a."""
    if value is None:
        return True
    try:
        number = float(value)
    except (TypeError, ValueError):
        try:
            return bool(value != value)  # NaT is not equal to itself
        except TypeError:
            return True  # pandas.NA: its comparisons are NA, not False
    return not math.isfinite(number)


def _signed(text: str, negative: bool) -> str:
    return f"-{text}" if negative else text


def _grouped(size: float, decimals: int) -> str:
    text = f"{size:,.{decimals}f}"
    return "0" if float(text.replace(",", "")) == 0 and decimals == 0 else text


def number(value: Any, decimals: int | None = None) -> str:
    """A plain number: whole when it is whole, else one decimal (or ``decimals``)."""
    if missing(value):
        return _current[0].na
    value = float(value)
    if decimals is None:
        decimals = 0 if value.is_integer() or abs(value) >= 100 else 1
    text = _grouped(abs(value), decimals)
    return _signed(_digits(text), value < 0 and float(text.replace(",", "")) != 0)


def _half_up(size: float) -> int:
    """A size rounded half up (6.5 -> 7), not to the even neighbour as ``round`` does."""
    return int(math.floor(size + 0.5))


def count(value: Any) -> str:
    """A count: "1,234"."""
    return _current[0].na if missing(value) else number(round(float(value)), 0)


def score_value(value: Any) -> int | None:
    """The whole number a score is shown as (rounded down), None when missing."""
    return None if missing(value) else int(math.floor(float(value) + FLAT))


def score(value: Any) -> str:
    """A health or lead score: "38" (rounded down, so it agrees with its band)."""
    shown = score_value(value)
    return _current[0].na if shown is None else str(shown)


def rate(value: Any) -> str:
    """A rate (0.25) as "25.0%"."""
    if missing(value):
        return _current[0].na
    return _current[0].percent.format(number(float(value) * 100, 1))


def _trimmed(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def compact(value: float) -> str:
    """1,234 / 28.4k / 15k / 620k / 1.25M: a big number in a few characters.

    Decimals that are zero are dropped ("15k", not "15.0k"; "2M", not "2.00M"). Conventions
    that go by myriads write 19.9万 / 1,250万 / 2.5亿 instead.
    """
    c = _current[0]
    size = abs(value)
    if c.scale == "myriads":
        text = _by_myriads(size, c)
        return _signed(text, value < 0 and text != "0")
    if size >= 999_995_000:
        text = _digits(_trimmed(f"{size / 1_000_000_000:,.2f}")) + c.billion
    elif size >= 999_500:
        text = _digits(_trimmed(f"{size / 1_000_000:,.2f}")) + c.million
    elif size >= 99_950:
        text = _digits(f"{size / 1_000:,.0f}") + c.thousand
    elif size >= 10_000:
        text = _digits(_trimmed(f"{size / 1_000:,.1f}")) + c.thousand
    else:
        text = _digits(_grouped(size, 0))
    return _signed(text, value < 0 and text != "0")


def _by_myriads(size: float, c: Conventions) -> str:
    """199,000 as "19.9万", 12,500,000 as "1,250万", 250,000,000 as "2.5亿": the same
    precision steps as thousands, on 10^4 and 10^8."""
    if size >= 99_995_000:
        return _digits(_trimmed(f"{size / 100_000_000:,.2f}")) + c.hundred_million
    if size >= 999_950:
        return _digits(f"{size / 10_000:,.0f}") + c.myriad
    if size >= 10_000:
        return _digits(_trimmed(f"{size / 10_000:,.1f}")) + c.myriad
    return _digits(_grouped(size, 0))


def _with_currency(text: str, currency: str) -> str:
    negative = text.startswith("-")
    body = text[1:] if negative else text
    symbol = CURRENCY_SYMBOLS.get((currency or "").upper())
    if symbol:
        body = f"{symbol}{body}"
    elif currency:
        body = f"{currency.upper()} {body}"
    return _signed(body, negative)


def money(value: Any, currency: str = "") -> str:
    """Money, short: "$620k", "$8,400", "CHF 1.25M"."""
    return _current[0].na if missing(value) else _with_currency(compact(float(value)), currency)


def money_exact(value: Any, currency: str = "") -> str:
    """Money, every unit: "$619,800"."""
    if missing(value):
        return _current[0].na
    return _with_currency(number(round(float(value)), 0), currency)


def measure(value: Any, unit: str, currency: str = "") -> str:
    """A KPI value in its catalog unit (``domain.metrics.catalog.UNITS``)."""
    if missing(value):
        return _current[0].na
    value = float(value)
    if unit in PERCENT_UNITS:
        return rate(value)
    if unit == "money":
        return money(value, currency)
    if unit == "multiple":
        return number(value, 1) + "×"
    if unit == "days":
        return _current[0].days.format(number(value, 0))
    if unit == "hours":
        return _current[0].hours.format(number(value, 1))
    if unit == "seconds":
        return _current[0].seconds.format(number(value, 0))
    if unit == "nps":
        shown = round(value)
        return ("+" if shown > 0 else "") + number(shown, 0)
    if unit == "score":
        return score(value)
    if unit == "count":
        return count(value) if float(value).is_integer() else number(value, 1)
    return number(value)


def change(value: Any, unit: str, currency: str = "") -> str:
    """A change against an earlier value, with one sign: "+2.1 pts", "-$1.2k", "no change".

    Rates change in percentage points, NPS and scores in points; other units in their own
    terms. A change that rounds to zero in its shown precision is "no change".
    """
    c = _current[0]
    if missing(value):
        return c.na
    value = float(value)
    size = abs(value)
    if unit in PERCENT_UNITS:
        text = c.points.format(number(size * 100, 1))
    elif unit == "nps":
        text = c.score_points.format(number(_half_up(size), 0))
    elif unit == "score":
        text = number(_half_up(size), 0)  # scores are whole numbers, so are their changes
    elif unit == "money":
        text = money(size, currency)
    elif unit == "multiple":
        text = number(size, 1) + "×"
    elif unit == "hours":
        text = c.hours.format(number(size, 1))
    elif unit == "days":
        text = c.days.format(number(size, 0))
    elif unit == "seconds":
        text = c.seconds.format(number(size, 0))
    else:
        text = number(size)
    if size < FLAT or not any(ch in "123456789" for ch in text):
        return c.no_change
    return ("+" if value > 0 else "-") + text


def change_between(now: Any, before: Any, unit: str, currency: str = "") -> str:
    """The change from ``before`` to ``now`` (n/a when either is missing)."""
    if missing(now) or missing(before):
        return _current[0].na
    return change(float(now) - float(before), unit, currency)


def change_tone(now: Any, before: Any, direction: str, unit: str = "count") -> str:
    """"good", "bad" or "neutral" for a change, by the metric's good direction.

    A change shown as "no change" in ``unit`` is neutral, whatever its tiny size.
    """
    if missing(now) or missing(before) or direction not in ("up", "down"):
        return "neutral"
    diff = float(now) - float(before)
    if change(diff, unit) == _current[0].no_change:
        return "neutral"
    return "good" if (diff > 0) == (direction == "up") else "bad"


def sentence(text: str) -> str:
    """A driver or reason as a sentence on its own: its first letter capital."""
    return text[:1].upper() + text[1:]


def label(value: Any) -> str:
    """An id as a word: "at-risk" -> "At risk", "paid_social" -> "Paid social"; "" when missing."""
    if value is None or (not isinstance(value, str) and missing(value)):
        return ""
    text = str(value).strip()
    if text.lower() in LABELS:
        return LABELS[text.lower()]
    words = text.replace("_", " ").replace("-", " ")
    return words[:1].upper() + words[1:]


# Numbers inside sentences (a score's move, a weight, a lift): the digits Python's fixed
# formats give in English, with the conventions' decimal mark elsewhere ("+2.5" -> "+2,5").
def fixed(value: Any, decimals: int = 1) -> str:
    """``f"{value:.{decimals}f}"`` in the conventions: "25.5", Polish "25,5"; n/a when missing."""
    if missing(value):
        return _current[0].na
    return _digits(f"{float(value):.{decimals}f}")


def signed(value: Any, decimals: int = 1) -> str:
    """``f"{value:+.{decimals}f}"`` in the conventions: "+6.2", "-0.4", Polish "+6,2"."""
    if missing(value):
        return _current[0].na
    return _digits(f"{float(value):+.{decimals}f}")


def general(value: Any) -> str:
    """``f"{value:g}"`` (a weight, a threshold: 25, 0.5) in the conventions: Polish "0,5"."""
    if missing(value):
        return _current[0].na
    return _digits(f"{float(value):g}")


def as_written(value: Any) -> str:
    """A number as Python writes it (``str``: "40.0", "0.9", "30") in the conventions'
    decimal mark (Polish "40,0"): a value echoed back from a file or a field; anything else
    as ``repr`` writes it ("'abc'")."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return repr(value)
    return _digits(str(value))
