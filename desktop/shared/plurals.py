"""Counted nouns in English that read right ("1 note", "3 notes") and stay translatable.

``counted(n, "{n} note", "{n} notes")`` picks the English form by ``n`` and passes ``n`` to
Qt's translation (``QCoreApplication.translate(..., n)``), so a translation can give each
text its own plural forms (Polish has three) without any change here. ``{n}`` is the count
with thousands separators, as the rest of the window writes numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "abm-health"


def counted(n: int, one: str, many: str, **values: object) -> str:
    n = int(n)
    template = QCoreApplication.translate(CONTEXT, one if n == 1 else many, None, n)
    return template.format(n=f"{n:,}", **values)
