"""Who is missing from the buying committee, in words (``domain.committee.Gap``).

"No champion with a scored touch in 90 days (last scored touch 2026-07-01)." Each gap is a
sentence on its own, with its full stop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.committee import Gap


class CommitteeWords(QObject):
    """The committee gaps in words; their message context (methods, so that counted texts are
    asked through ``self.tr(text, "", n)``, which ``pyside6-lupdate`` records as plural)."""

    def _no_contacts(self, gap: Gap) -> str:
        return self.tr("No contacts known at this account: find the decision maker and a champion.")

    def _role_unknown(self, gap: Gap) -> str:
        if gap.facts["role"] == "decision_maker":
            return self.tr("No decision maker known: find and add one.")
        return self.tr("No champion known: find and add one.")

    def _role_not_engaged(self, gap: Gap) -> str:
        f = gap.facts
        n, last = f["window_days"], f["last_touch"]
        if f["role"] == "decision_maker":
            if last is None:
                return self.tr("No decision maker with a scored touch in %n days (no scored touch "
                    "ever).", "", n)
            return fill(self.tr("No decision maker with a scored touch in %n days (last scored touch "
                "%1).", "", n), fmt.day(last))
        if last is None:
            return self.tr("No champion with a scored touch in %n days (no scored touch ever).",
                "", n)
        return fill(self.tr("No champion with a scored touch in %n days (last scored touch %1).", "", n), fmt.day(last))

    def _nobody_engaged(self, gap: Gap) -> str:
        n = gap.facts["window_days"]
        return self.tr("Nobody at the account had a scored touch in %n days.", "", n)

    def _partly_engaged(self, gap: Gap) -> str:
        f = gap.facts
        n = f["window_days"]
        return fill(self.tr("%1 of %2 contacts had a scored touch in %n days.", "", n),
            f["engaged"], f["known"])


WORDS: dict[str, Callable[[CommitteeWords, Gap], str]] = {
    "no_contacts": CommitteeWords._no_contacts,
    "role_unknown": CommitteeWords._role_unknown,
    "role_not_engaged": CommitteeWords._role_not_engaged,
    "nobody_engaged": CommitteeWords._nobody_engaged,
    "partly_engaged": CommitteeWords._partly_engaged,
}

_WORDS = CommitteeWords()


def sentence(gap: Gap) -> str:
    return WORDS[gap.kind](_WORDS, gap)
