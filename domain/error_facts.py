"""An error people read, as an id with its facts: the desktop words it in their language.

A domain check that refuses input (a health model setting, a setting's value, an account
address, a period) raises an error that carries ``kind`` (a stable id such as
"band_thresholds") and ``facts`` (the names, values and numbers it is about). ``str(exc)``
stays an English sentence for logs and for callers that only print; what people read is
worded from the kind and facts by ``desktop.shared.wording`` in the chosen language.
"""

from __future__ import annotations

from typing import Any


class ErrorFacts(Exception):
    """Mixed into a domain error class: ``kind`` and ``facts`` beside the English message."""

    def __init__(self, kind: str, english: str, **facts: Any) -> None:
        super().__init__(english)
        self.kind = kind
        self.facts: dict[str, Any] = facts
