"""Words every screen uses for the same ids: journey stages and trend arrows.

The portfolio table, its filter bar and the account header show a stage or a trend the
same way; they take the words from here rather than from one another.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n.labels import TranslatedLabels

# Read in the current language at each lookup (``desktop.i18n.labels``).
STAGE_LABELS = TranslatedLabels("Stages", {
    "target": QT_TRANSLATE_NOOP("Stages", "Target"),
    "aware": QT_TRANSLATE_NOOP("Stages", "Aware"),
    "engaged": QT_TRANSLATE_NOOP("Stages", "Engaged"),
    "mqa": QT_TRANSLATE_NOOP("Stages", "MQA"),
    "opportunity": QT_TRANSLATE_NOOP("Stages", "Opportunity"),
    "customer": QT_TRANSLATE_NOOP("Stages", "Customer"),
    "expansion": QT_TRANSLATE_NOOP("Stages", "Expansion"),
    "churned": QT_TRANSLATE_NOOP("Stages", "Churned"),
})
STAGE_ORDER: dict[str, int] = {s: i for i, s in enumerate(STAGE_LABELS)}
TREND_ARROWS = {"up": "▲", "down": "▼", "flat": "▶"}
