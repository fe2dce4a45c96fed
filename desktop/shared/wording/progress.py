"""What long work in the domain is doing, in words: its progress messages are ids.

``domain.progress.Progress`` carries a message; the domain's jobs give an id
("computing_kpis") that the desktop's job runner (``desktop.shared.workers``) words here
before showing it. A message that is not one of these ids is shown as it is (the desktop's
own jobs already pass words).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n.labels import TranslatedLabels

STEPS = TranslatedLabels("ProgressWords", {
    "computing_kpis": QT_TRANSLATE_NOOP("ProgressWords", "Computing the KPIs"),
    "journey_funnel": QT_TRANSLATE_NOOP("ProgressWords", "Journey funnel"),
    "account_health": QT_TRANSLATE_NOOP("ProgressWords", "Account health"),
    "monthly_trends": QT_TRANSLATE_NOOP("ProgressWords", "Monthly trends"),
})


def said(message: str) -> str:
    return STEPS[message] if message in STEPS else message
