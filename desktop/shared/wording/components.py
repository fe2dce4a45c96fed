"""The health components in words: their names, why one does not apply, and the
renormalisation note ("Retention (not a customer) does not apply: their weight (15 of 100)
is shared out over the other components.").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.health.drivers import (
    CUSTOMER_WITHOUT_SUBSCRIPTION,
    NO_DATA,
    NO_NPS_RESPONSE,
    NO_WEIGHT,
    NOT_A_CUSTOMER,
    ComponentLine,
    Renormalisation,
)
from domain.health.model import (
    BUYING_COMMITTEE,
    ENGAGEMENT,
    MOMENTUM,
    PIPELINE,
    RETENTION,
    SATISFACTION,
)


class ComponentWords(QObject):
    """The message context of the components' words; a counted text is a method, asked
    through ``self.tr(text, "", n)``, which ``pyside6-lupdate`` records as plural."""

    def no_nps_response(self, days: int) -> str:
        n = days
        return self.tr("no NPS response in %n days", "", n)


_WORDS = ComponentWords()

NAMES: dict[str, str] = {
    ENGAGEMENT: QT_TRANSLATE_NOOP("ComponentWords", "Engagement"),
    BUYING_COMMITTEE: QT_TRANSLATE_NOOP("ComponentWords", "Buying committee"),
    MOMENTUM: QT_TRANSLATE_NOOP("ComponentWords", "Momentum"),
    PIPELINE: QT_TRANSLATE_NOOP("ComponentWords", "Pipeline"),
    RETENTION: QT_TRANSLATE_NOOP("ComponentWords", "Retention"),
    SATISFACTION: QT_TRANSLATE_NOOP("ComponentWords", "Satisfaction"),
}


def name(component: str) -> str:
    """"Buying committee": the component's name, capitalised as a heading."""
    return QCoreApplication.translate("ComponentWords", NAMES[component])


def reason(line: ComponentLine) -> str:
    """Why the component does not apply: "not a customer", "no NPS response in 365 days"."""
    kind = line.reason_missing
    if kind == NOT_A_CUSTOMER:
        return QCoreApplication.translate("ComponentWords", "not a customer")
    if kind == CUSTOMER_WITHOUT_SUBSCRIPTION:
        return QCoreApplication.translate("ComponentWords", "a customer without a subscription record")
    if kind == NO_NPS_RESPONSE:
        return _WORDS.no_nps_response(line.reason_facts["nps_window_days"])
    if kind == NO_WEIGHT:
        return QCoreApplication.translate("ComponentWords", "no weight")
    raise KeyError(kind)


def _listed(items: list[str]) -> str:
    """"a, b and c", through translated list patterns (the order of a list is the language's)."""
    if len(items) == 1:
        return items[0]
    out = items[-1]
    out = fill(QCoreApplication.translate("ComponentWords", "%1 and %2"), items[-2], out)
    for item in reversed(items[:-2]):
        out = fill(QCoreApplication.translate("ComponentWords", "%1, %2"), item, out)
    return out


def note(renormalisation: Renormalisation) -> str:
    """The renormalisation as a sentence on its own."""
    if renormalisation.kind == NO_DATA:
        return QCoreApplication.translate(
            "ComponentWords", "No data: no touch, meeting, deal, subscription, NPS response or "
            "question is on record for this account yet, so it has no score (rather than a "
            "score of 0).")
    missing = renormalisation.missing
    parts = [fill(QCoreApplication.translate("ComponentWords", "%1 (%2)"), name(line.component).lower(),
                  reason(line)) for line in missing]
    listed = _listed(parts)
    shared, total = fmt.general(renormalisation.shared), fmt.general(renormalisation.total)
    if len(missing) == 1:
        text = fill(QCoreApplication.translate(
            "ComponentWords", "%1 does not apply: their weight (%2 of %3) is shared out over the "
            "other components."), listed, shared, total)
    else:
        text = fill(QCoreApplication.translate(
            "ComponentWords", "%1 do not apply: their weight (%2 of %3) is shared out over the "
            "other components."), listed, shared, total)
    return text[:1].upper() + text[1:]
