"""Counted nouns that read right in every language ("1 note", "3 notes", "5 notatek").

Qt picks the plural form: the call site asks ``self.tr("%Ln notes", "", n)`` (a literal,
so ``pyside6-lupdate`` records it as a plural message), and a catalog gives each language
its own forms (Japanese and Chinese one, Polish three). English is the source language and
has no catalog, so the call site also gives the English singular, used for n == 1:

    counted(n, self.tr("%Ln notes", "", n), self.tr("1 note"))

``%Ln`` writes the count with the language's digit grouping (``QLocale``). Further
placeholders (%1, %2) are filled after, by ``desktop.i18n.placeholders.arg``.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.i18n.install import active_language
from desktop.i18n.placeholders import arg


def counted(n: int, text: str, one: str, *values: object) -> str:
    """``text`` (Qt's form for ``n``), or ``one`` for a single thing in English."""
    n = int(n)
    chosen = text
    if active_language() == "en":
        # No catalog: Qt wrote the source's plural with the system locale's digits (the
        # "C" locale groups none); English groups thousands with commas.
        chosen = one if n == 1 else text.replace(QLocale().toString(n), f"{n:,}", 1)
    return arg(chosen, *values) if values else chosen
