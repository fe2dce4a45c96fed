"""Buying roles in words: "decision_maker" -> "Decision maker" (in the installed language).

``domain.committee`` gives each contact's role as an id; the account page, the account
report and the command line's table word it here. JSON output keeps the English words
(``english``), the same in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n.labels import TranslatedLabels

ROLES = TranslatedLabels("Roles", {
    "decision_maker": QT_TRANSLATE_NOOP("Roles", "Decision maker"),
    "champion": QT_TRANSLATE_NOOP("Roles", "Champion"),
    "influencer": QT_TRANSLATE_NOOP("Roles", "Influencer"),
    "user": QT_TRANSLATE_NOOP("Roles", "User"),
    "blocker": QT_TRANSLATE_NOOP("Roles", "Blocker"),
    "unknown": QT_TRANSLATE_NOOP("Roles", "Unknown"),
})


def label(role: str) -> str:
    """The role's word; a role the domain does not know is shown as it is."""
    return ROLES[role] if role in ROLES else role


def english(role: str) -> str:
    """The role's English word, for JSON (the same in every language)."""
    return ROLES.english.get(role, role)


def from_english(word: str) -> str:
    """The word of the role whose English word is ``word`` (a JSON row shown as a table)."""
    for role, english_word in ROLES.english.items():
        if english_word == word:
            return label(role)
    return word
