"""Value-axis gridlines whose labels are their exact values, for the window and the PDFs.

A gridline at 2.5 labelled "2" is a lie a reader cannot see. ``nice_ticks`` picks the
gridlines (0 up to a little above the largest value, 2 to 5 steps of 1, 2, 2.5 or 5 times a
power of ten; whole steps only for counts), and ``tick_text`` writes each with just the
decimals its step needs, so every label equals its gridline.
"""

from __future__ import annotations

import math

from domain import formatting as fmt

MOST_STEPS = 5


def _step_decimals(step: float) -> int:
    for decimals in range(0, 7):
        if abs(round(step, decimals) - step) < 1e-9 * max(1.0, abs(step)):
            return decimals
    return 6


def nice_ticks(maximum: float, integer: bool = True, most: int = MOST_STEPS) -> list[float]:
    """Gridline values from 0 to the first nice top at or above ``maximum``.

    ``integer``: the data are counts, so every gridline is a whole number (no 2.5 accounts).
    """
    if not math.isfinite(maximum) or maximum <= 0:
        maximum = 1.0
    magnitude = 10.0 ** math.floor(math.log10(maximum / most))
    for power in (magnitude, magnitude * 10, magnitude * 100):
        for factor in (1.0, 2.0, 2.5, 5.0):
            step = factor * power
            if integer and (step < 1 or not float(step).is_integer()):
                continue
            steps = max(1, math.ceil(maximum / step - 1e-9))
            if steps <= most:
                decimals = _step_decimals(step)
                return [round(i * step, decimals) for i in range(steps + 1)]
    return [0.0, float(maximum)]  # unreachable for finite positive maxima


def tick_text(value: float, ticks: list[float]) -> str:
    """A gridline's label: its value with the decimals the step between gridlines needs."""
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    return fmt.number(value, _step_decimals(step))
