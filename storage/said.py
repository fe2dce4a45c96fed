"""What storage tells people, as an id with facts: ``Said``, worded in the desktop.

Storage imports no Qt, so it cannot speak the user's language. A problem, a note or a
refusal it reports is a ``Said``: a stable ``kind`` and the ``facts`` behind it (row,
column, value, a count, a path). It is also a ``str``, the English sentence, so logs, JSON,
the rejects file and every caller that prints or compares it keep working unchanged; the
desktop (``desktop/shared/wording/``) words it by kind in the chosen language.

Each module declares its kinds with their English templates through ``english`` (Python
format strings over the facts' names), and builds sentences with ``say``. A fact may itself
be a ``Said`` (a problem's expectation inside a longer sentence). ``KINDS`` holds every kind
declared, so a test can require words for each.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

KINDS: dict[str, str] = {}


def english(templates: Mapping[str, str]) -> None:
    """Declare kinds with their English templates (a kind is declared once)."""
    for kind, template in templates.items():
        if KINDS.get(kind, template) != template:
            raise ValueError(f"kind {kind!r} declared twice with different words")
        KINDS[kind] = template


class Said(str):
    """An English sentence (the ``str`` itself) with its ``kind`` and ``facts``."""

    kind: str
    facts: dict[str, Any]

    def __new__(cls, text: str, kind: str, facts: Mapping[str, Any]) -> Said:
        made = super().__new__(cls, text)
        made.kind = kind
        made.facts = dict(facts)
        return made

    def __reduce__(self):  # pickles (worker threads, multiprocessing) keep kind and facts
        return (Said, (str(self), self.kind, self.facts))


def say(kind: str, **facts: Any) -> Said:
    """The ``Said`` of ``kind`` with ``facts``, its English made from the declared template."""
    return Said(KINDS[kind].format(**facts), kind, facts)


def kind_of(text: object) -> str | None:
    """The kind of a ``Said``; None for a plain string."""
    return text.kind if isinstance(text, Said) else None
