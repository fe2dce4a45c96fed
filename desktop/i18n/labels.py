"""A table of words by id that answers in the current language each time it is read.

``TranslatedLabels("Stages", {"mqa": QT_TRANSLATE_NOOP("Stages", "MQA"), ...})`` keeps the
English words (which ``pyside6-lupdate`` finds in the ``QT_TRANSLATE_NOOP`` marks) and
translates on every lookup, so a table built at import time follows a language switch.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication


class TranslatedLabels(Mapping[str, str]):
    def __init__(self, context: str, words: Mapping[str, str]) -> None:
        self.context = context
        self.english = dict(words)

    def __getitem__(self, key: str) -> str:
        return QCoreApplication.translate(self.context, self.english[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)

    def __repr__(self) -> str:
        return f"TranslatedLabels({self.context!r}, {self.english!r})"
