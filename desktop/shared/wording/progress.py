"""What long work in the domain and storage is doing, in words: its progress messages are ids.

``domain.progress.Progress`` carries a message; the domain's and storage's jobs give an id
("computing_kpis"), with facts where the step has some (``domain.progress.step``:
"scoring_as_of" and its date, "writing_sheet" and the sheet's heading), that the desktop's
job runner (``desktop.shared.workers``) words here before showing it. A message that is not
one of these ids is shown as it is (the desktop's own jobs already pass words).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from domain import formatting as fmt
from domain.progress import step_parts

STEPS = TranslatedLabels("ProgressWords", {
    "computing_kpis": QT_TRANSLATE_NOOP("ProgressWords", "Computing the KPIs"),
    "journey_funnel": QT_TRANSLATE_NOOP("ProgressWords", "Journey funnel"),
    "account_health": QT_TRANSLATE_NOOP("ProgressWords", "Account health"),
    "monthly_trends": QT_TRANSLATE_NOOP("ProgressWords", "Monthly trends"),
    "preparing_activity": QT_TRANSLATE_NOOP("ProgressWords", "Preparing account activity"),
    "done": QT_TRANSLATE_NOOP("ProgressWords", "Done"),
})

# Steps with one fact (%1): the health history's and backtest's date, a file or sheet name.
WITH_FACT = {
    "scoring_as_of": QT_TRANSLATE_NOOP("ProgressWords", "Scoring as of %1"),
    "writing_sheet": QT_TRANSLATE_NOOP("ProgressWords", "Writing the %1 sheet"),
    "writing_csv": QT_TRANSLATE_NOOP("ProgressWords", "Writing %1"),
    "wrote_file": QT_TRANSLATE_NOOP("ProgressWords", "Wrote %1"),
}


class ProgressWords(QObject):
    """The counted progress texts (methods, so ``pyside6-lupdate`` records them as plural)."""

    def wrote_files(self, n: int) -> str:
        return self.tr("Wrote %n files to %1", "", n)


_WORDS = ProgressWords()


def _fact(step_id: str, fact: str) -> str:
    if step_id == "scoring_as_of":
        # The domain gives the day as ISO; the language writes it its own way.
        return fmt.day(date.fromisoformat(fact))
    return fact


def said(message: str) -> str:
    step_id, facts = step_parts(message)
    if not facts:
        return STEPS[step_id] if step_id in STEPS else message
    if step_id in WITH_FACT and len(facts) == 1:
        return arg(QCoreApplication.translate("ProgressWords", WITH_FACT[step_id]),
                   _fact(step_id, facts[0]))
    if step_id == "wrote_files" and len(facts) == 2 and facts[0].isdigit():
        return arg(_WORDS.wrote_files(int(facts[0])), facts[1])
    return " ".join([step_id, *facts])  # an id without words: at least readable
