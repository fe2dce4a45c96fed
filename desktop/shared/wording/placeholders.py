"""Filling ``%1``…``%9`` in a translated text, in one pass.

Qt's ``QString.arg`` is not in Python's ``str``; replacing the markers one after the other
would let a value that itself holds "%2" be filled again, so they are filled in one pass.
``%n`` is filled by ``QCoreApplication.translate`` itself.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%([1-9])")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1`` as ``values[0]``, ``%2`` as ``values[1]``…; other markers kept."""
    def one(match: re.Match[str]) -> str:
        i = int(match.group(1)) - 1
        return str(values[i]) if i < len(values) else match.group(0)

    return _MARKER.sub(one, text)
