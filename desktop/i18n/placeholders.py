"""Fill Qt placeholders (``%1`` … ``%9``) in a translated sentence, as ``QString::arg`` would.

Python has no ``QString.arg``; this replaces every ``%1`` by the first value, ``%2`` by the
second and so on, in one pass, so a value that itself holds "%2" is not filled again.
Translations may put the placeholders in any order ("%2 の %1").
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """``arg("%1 of %2", 3, 10)`` -> "3 of 10"; a placeholder without a value stays as it is."""

    def fill(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return PLACEHOLDER.sub(fill, text)
