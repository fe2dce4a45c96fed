"""Why an account is on the dashboard's lists, in words: its driver, or what moved it.

The at-risk list and the biggest movers (``domain.report_contents.dashboard``) carry, per
account, the strongest ``Driver`` pulling its score the listed way, or for a mover the
``Movement`` whose main cause is known; the dashboard table and the meeting pack show it
here as one sentence.
"""

from __future__ import annotations

from typing import Any

from desktop.shared.wording import drivers, movement
from domain.health.drivers import Driver
from domain.health.movement import Movement


def why(value: Any) -> str:
    """The sentence for a list's "why" cell; "" when there is nothing to say."""
    if isinstance(value, Driver):
        return drivers.sentence(value)
    if isinstance(value, Movement) and value.change is not None and value.main_cause:
        return movement.cause_sentence(value, value.main_cause, events=2)
    return ""
