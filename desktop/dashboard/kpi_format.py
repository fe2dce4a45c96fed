"""KPI values and changes as people read them on a tile, by the catalog's unit and direction.

The KPI engine returns raw numbers (None = n/a); the catalog says the unit (rate, money,
days…) and which direction is good. Rates change in percentage points ("+2.1 pts"), NPS in
points, everything else in per cent of the previous value (in absolute terms when the
previous value was 0, where a percentage means nothing). The tone ("good", "bad",
"neutral") colours the change; it is never a judgement the catalog didn't make.
"""

from __future__ import annotations

import math

NA = "n/a"
PERCENT_UNITS = ("rate", "ratio")
CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹"}
FLAT = 1e-9


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def compact(number: float, decimals: int = 1) -> str:
    """1,234 / 12.3k / 4.56M: big numbers in a few characters for a tile."""
    size = abs(number)
    if size >= 1_000_000_000:
        return f"{number / 1_000_000_000:,.{decimals + 1}f}B"
    if size >= 1_000_000:
        return f"{number / 1_000_000:,.{decimals + 1}f}M"
    if size >= 100_000:
        return f"{number / 1_000:,.0f}k"
    if size >= 10_000:
        return f"{number / 1_000:,.{decimals}f}k"
    if float(number).is_integer():
        return f"{number:,.0f}"
    if size >= 100:
        return f"{number:,.0f}"
    return f"{number:,.{decimals}f}"


def money(number: float, currency: str) -> str:
    symbol = CURRENCY_SYMBOLS.get(currency.upper())
    text = compact(number, 1)
    if symbol:
        return f"-{symbol}{text[1:]}" if text.startswith("-") else f"{symbol}{text}"
    return f"{text} {currency}"


def format_value(value: float | None, unit: str, currency: str = "USD") -> str:
    if _missing(value):
        return NA
    number = float(value)  # type: ignore[arg-type]
    if unit in PERCENT_UNITS:
        return f"{number * 100:.1f}%"
    if unit == "money":
        return money(number, currency)
    if unit == "multiple":
        return f"{number:.1f}×"
    if unit == "nps":
        return f"{number:+.0f}" if number else "0"
    if unit == "days":
        return f"{number:,.0f} d" if abs(number) >= 10 else f"{number:,.1f} d"
    if unit == "hours":
        return f"{number:,.0f} h" if abs(number) >= 10 else f"{number:,.1f} h"
    if unit == "seconds":
        return f"{number:,.0f} s"
    if unit == "score":
        return f"{number:,.0f} pts" if abs(number) >= 10 else f"{number:,.1f} pts"
    return compact(number)


def format_change(value: float | None, previous: float | None, unit: str,
                  currency: str = "USD") -> str:
    """The change from ``previous`` to ``value`` in the unit's natural terms; "" when n/a."""
    if _missing(value) or _missing(previous):
        return ""
    now, before = float(value), float(previous)  # type: ignore[arg-type]
    diff = now - before
    if abs(diff) < FLAT:
        return "no change"
    arrow = "▲" if diff > 0 else "▼"
    if unit in PERCENT_UNITS:
        return f"{arrow} {abs(diff) * 100:.1f} pts"
    if unit == "nps":
        return f"{arrow} {abs(diff):.0f} pts"
    if before:
        return f"{arrow} {abs(diff) / abs(before) * 100:.0f}%"
    if unit == "money":
        return f"{arrow} {money(abs(diff), currency)}"
    return f"{arrow} {compact(abs(diff))}"


def change_tone(value: float | None, previous: float | None, direction: str) -> str:
    """"good", "bad" or "neutral" for the change, by the metric's good direction."""
    if _missing(value) or _missing(previous) or direction not in ("up", "down"):
        return "neutral"
    diff = float(value) - float(previous)  # type: ignore[arg-type]
    if abs(diff) < FLAT:
        return "neutral"
    better = diff > 0 if direction == "up" else diff < 0
    return "good" if better else "bad"
