"""A list of phrases joined the way the chosen language joins them.

``listed(["owner Ken", "tier 1", "region EU"])`` is "owner Ken, tier 1, and region EU" in
English, "owner Ken, tier 1 i region EU" in Polish, with 、 in Japanese: QLocale knows
each language's separators, so no " and " is glued in by the code. The locale is the
chosen language's (not the default QLocale, which is "C" until a language is installed).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from desktop.i18n.install import active_language
from desktop.i18n.languages import BY_CODE


def listed(parts: Iterable[str]) -> str:
    return QLocale(BY_CODE[active_language()].locale).createSeparatedList(list(parts))
