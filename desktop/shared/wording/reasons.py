"""Why a KPI is n/a, in words: the input the workspace never held (``domain.metrics.inputs``).

``KpiResult.na_reason`` and ``KpiLine.na_reason`` hold the input's id ("campaign_costs");
every surface says it with ``sentence``, and a report lists the n/a KPIs per reason with
``na_sentence`` ("Not available: Cost per MQL and Campaign ROI (no campaign costs imported);
…").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.shared.wording import metrics
from desktop.shared.wording.placeholders import fill

REASONS: dict[str, str] = {
    "campaign_costs": QT_TRANSLATE_NOOP("na reasons", "no campaign costs imported"),
    "acquisition_costs": QT_TRANSLATE_NOOP(
        "na reasons", "no campaign costs imported and no sales and marketing cost set"),
    "subscriptions": QT_TRANSLATE_NOOP("na reasons", "no subscriptions imported"),
    "nps": QT_TRANSLATE_NOOP("na reasons", "no NPS survey imported"),
}


def sentence(reason: str) -> str:
    """"no campaign costs imported" for the reason id "campaign_costs"."""
    return QCoreApplication.translate("na reasons", REASONS[reason])


def _listed(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    out = fill(QCoreApplication.translate("na reasons", "%1 and %2"), items[-2], items[-1])
    for item in reversed(items[:-2]):
        out = fill(QCoreApplication.translate("na reasons", "%1, %2"), item, out)
    return out


def na_sentence(lines: Iterable[tuple[str, str | None]]) -> str | None:
    """One sentence naming the KPIs (metric id, n/a reason id) that are n/a, and why.

    "Not available: Cost per MQL and Campaign ROI (no campaign costs imported); Gross
    revenue retention (no subscriptions imported)." None when every KPI has its inputs.
    """
    by_reason: dict[str, list[str]] = {}
    for metric_id, reason in lines:
        if reason:
            by_reason.setdefault(reason, []).append(metrics.name(metric_id))
    if not by_reason:
        return None
    parts = [fill(QCoreApplication.translate("na reasons", "%1 (%2)"), _listed(names), sentence(reason))
             for reason, names in by_reason.items()]
    listed = parts[0]
    for part in parts[1:]:
        listed = fill(QCoreApplication.translate("na reasons", "%1; %2"), listed, part)
    return fill(QCoreApplication.translate("na reasons", "Not available: %1."), listed)
