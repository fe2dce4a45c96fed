"""KPI values and changes on a tile, by the catalog's unit and direction.

The KPI engine returns raw numbers (None = n/a, with the reason in the result); the catalog
says the unit (rate, money, days…) and which direction is good. The texts come from the one
formatter (``domain.formatting``) so a tile reads exactly as the CLI and the meeting pack:
rates change in percentage points ("+2.1 pts"), every change has one sign and a zero change
is "no change". The tone ("good", "bad", "neutral") colours the change; it is never a
judgement the catalog didn't make.
"""

from __future__ import annotations

from domain import formatting as fmt

NA = fmt.NA


def money(number: float, currency: str) -> str:
    return fmt.money(number, currency)


def format_value(value: float | None, unit: str, currency: str = "USD") -> str:
    return fmt.measure(value, unit, currency)


def format_change(value: float | None, previous: float | None, unit: str,
                  currency: str = "USD") -> str:
    """The change from ``previous`` to ``value``; "" when either is n/a (the tile hides it)."""
    if fmt.missing(value) or fmt.missing(previous):
        return ""
    return fmt.change_between(value, previous, unit, currency)


def change_tone(value: float | None, previous: float | None, direction: str,
                unit: str = "count") -> str:
    """"good", "bad" or "neutral" for the change, by the metric's good direction."""
    return fmt.change_tone(value, previous, direction, unit)
