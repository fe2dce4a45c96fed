"""Why an account address names no account, or several, in words.

``domain.account_address.find_accounts`` refuses with ``AccountNotFound`` or
``AmbiguousAccount`` carrying a kind and facts (the value typed, the way it was read, the
candidates); the commands that take an account (``health --account``, ``kpis --account``,
``report account``) print the sentence from here, in the chosen language. The value typed,
names and addresses (``id:10``, ``ext:10``) stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.i18n.labels import TranslatedLabels
from desktop.shared.wording.placeholders import fill
from domain.account_address import (
    SHOWN_CANDIDATES,
    AccountNotFound,
    AmbiguousAccount,
    Candidate,
)

# One candidate: %1 its address (id:10), %2 its name; one message per way it was found.
CANDIDATES = TranslatedLabels("AccountAddresses", {
    "internal_id": QT_TRANSLATE_NOOP("AccountAddresses", "%1 (%2, by internal id)"),
    "external_id": QT_TRANSLATE_NOOP("AccountAddresses", "%1 (%2, by external id)"),
    "domain": QT_TRANSLATE_NOOP("AccountAddresses", "%1 (%2, by domain)"),
    "name": QT_TRANSLATE_NOOP("AccountAddresses", "%1 (%2, by name)"),
    "name_part": QT_TRANSLATE_NOOP("AccountAddresses", "%1 (%2, by part of the name)"),
})

# %1: the value after "id:" or "ext:" (quoted); one message per way.
NOT_FOUND_BY = TranslatedLabels("AccountAddresses", {
    "internal_id": QT_TRANSLATE_NOOP("AccountAddresses", "no account has the internal id %1"),
    "external_id": QT_TRANSLATE_NOOP("AccountAddresses", "no account has the external id %1"),
})


class AddressWords(QObject):
    """The counted sentence (``self.tr(text, "", n)``, recorded as plural): %n accounts, %1
    the value typed (quoted), %2 the candidates, %3 how to name one, %4 how many more."""

    def ambiguous(self, n: int) -> str:
        return self.tr("%1 names %n accounts: %2; name one of them, e.g. %3", "", n)

    def ambiguous_more(self, n: int) -> str:
        return self.tr("%1 names %n accounts: %2 and %4 more; name one of them, e.g. %3", "", n)


_COUNTED = AddressWords()


def candidate(found: Candidate) -> str:
    """One candidate with its address, name and the way it answered to the value."""
    if found.way not in CANDIDATES:
        return found.describe()
    return fill(CANDIDATES[found.way], found.address, found.name)


def sentence(error: LookupError) -> str:
    """An address refusal in the installed language; other errors as ``str(error)``."""
    if isinstance(error, AmbiguousAccount):
        facts = error.facts
        shown = "; ".join(candidate(c) for c in error.candidates[:SHOWN_CANDIDATES])
        more = len(error.candidates) - SHOWN_CANDIDATES
        n = int(facts["count"])
        text = _COUNTED.ambiguous_more(n) if more > 0 else _COUNTED.ambiguous(n)
        return fill(text, repr(facts["key"]), shown, facts["example"], more)
    if not isinstance(error, AccountNotFound):
        return str(error)
    facts = error.facts
    if error.kind == "bad_internal_id":
        return fill(QCoreApplication.translate(
            "AccountAddresses",
            "%1: after id: comes the workspace's number of the account, e.g. id:42"),
            repr(facts["key"]))
    if error.kind == "not_found":
        return fill(QCoreApplication.translate(
            "AccountAddresses", "no account has the id, external id, domain or name %1"),
            repr(facts["key"]))
    if error.kind == "not_found_by" and facts["way"] in NOT_FOUND_BY:
        return fill(NOT_FOUND_BY[facts["way"]], repr(facts["value"]))
    return str(error)
