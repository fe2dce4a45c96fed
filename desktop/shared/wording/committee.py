"""Who is missing from the buying committee, in words (``domain.committee.Gap``).

"No champion with a scored touch in 90 days (last scored touch 2026-07-01)." Each gap is a
sentence on its own, with its full stop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.shared.wording.placeholders import fill
from domain.committee import Gap


def _no_contacts(gap: Gap) -> str:
    return QCoreApplication.translate(
        "committee", "No contacts known at this account: find the decision maker and a champion.")


def _role_unknown(gap: Gap) -> str:
    if gap.facts["role"] == "decision_maker":
        return QCoreApplication.translate("committee", "No decision maker known: find and add one.")
    return QCoreApplication.translate("committee", "No champion known: find and add one.")


def _role_not_engaged(gap: Gap) -> str:
    f = gap.facts
    n, last = f["window_days"], f["last_touch"]
    if f["role"] == "decision_maker":
        if last is None:
            return QCoreApplication.translate(
                "committee", "No decision maker with a scored touch in %n days (no scored touch "
                "ever).", None, n)
        return fill(QCoreApplication.translate(
            "committee", "No decision maker with a scored touch in %n days (last scored touch "
            "%1).", None, n), last.isoformat())
    if last is None:
        return QCoreApplication.translate(
            "committee", "No champion with a scored touch in %n days (no scored touch ever).",
            None, n)
    return fill(QCoreApplication.translate(
        "committee", "No champion with a scored touch in %n days (last scored touch %1).", None,
        n), last.isoformat())


def _nobody_engaged(gap: Gap) -> str:
    return QCoreApplication.translate(
        "committee", "Nobody at the account had a scored touch in %n days.", None,
        gap.facts["window_days"])


def _partly_engaged(gap: Gap) -> str:
    f = gap.facts
    return fill(QCoreApplication.translate(
        "committee", "%1 of %2 contacts had a scored touch in %n days.", None, f["window_days"]),
        f["engaged"], f["known"])


WORDS: dict[str, Callable[[Gap], str]] = {
    "no_contacts": _no_contacts,
    "role_unknown": _role_unknown,
    "role_not_engaged": _role_not_engaged,
    "nobody_engaged": _nobody_engaged,
    "partly_engaged": _partly_engaged,
}


def sentence(gap: Gap) -> str:
    return WORDS[gap.kind](gap)
