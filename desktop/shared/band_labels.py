"""The health bands' words in the chosen language, apart from their colours.

``desktop.shared.palette`` holds the bands' colours with Qt's GUI classes; a command that
prints bands (``abm-health health``) needs only their words, and so does not load QtGui and
QtWidgets for them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n.labels import TranslatedLabels

# Read in the current language at each lookup (``desktop.i18n.labels``).
BAND_LABELS = TranslatedLabels("Bands", {
    "healthy": QT_TRANSLATE_NOOP("Bands", "Healthy"),
    "watch": QT_TRANSLATE_NOOP("Bands", "Watch"),
    "at-risk": QT_TRANSLATE_NOOP("Bands", "At risk"),
    "churned": QT_TRANSLATE_NOOP("Bands", "Churned"),
    "hot": QT_TRANSLATE_NOOP("Bands", "Hot"),
    "warm": QT_TRANSLATE_NOOP("Bands", "Warm"),
    "cold": QT_TRANSLATE_NOOP("Bands", "Cold"),
    "no-data": QT_TRANSLATE_NOOP("Bands", "No data"),
})
