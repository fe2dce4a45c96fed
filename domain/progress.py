"""Progress and cancellation for long work, without Qt.

Long work is a pure function ``fn(progress) -> result``. It calls ``progress.update(...)``
as it goes and ``progress.check()`` at safe points; the desktop turns updates into a
progress bar and a Cancel button into ``cancel()``. Updates are throttled here, so a loop
over a million rows may call ``update`` every row without flooding the GUI with signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

Listener = Callable[[float, str], None]

# A step's id and its facts travel in the one message string (a listener takes a str, and
# Qt signals carry plain strings): "scoring_as_of\x1f2026-10-01". The unit separator never
# occurs in words, so a message without it is an id or words as they are.
FACT_SEPARATOR = "\x1f"


def step(step_id: str, *facts: object) -> str:
    """A progress message naming a step by id, with its facts (dates, names) for the wording."""
    return FACT_SEPARATOR.join([step_id, *(str(fact) for fact in facts)])


def step_parts(message: str) -> tuple[str, tuple[str, ...]]:
    """The id and facts of a message made by ``step`` (a plain message has no facts)."""
    step_id, *facts = message.split(FACT_SEPARATOR)
    return step_id, tuple(facts)


class Cancelled(Exception):  # noqa: N818 - a state, not an error: the user asked for it
    """Raised by ``Progress.check()`` once the user has asked to cancel."""


class Progress:
    """Reports a fraction done (0..1) and a message; knows whether to stop.

    ``listener(fraction, message)`` is called at most once per ``interval`` seconds, except
    for the first update, a changed message and completion (fraction >= 1), which always
    pass. The listener runs on the worker's thread; a desktop listener only emits a signal.
    """

    def __init__(self, listener: Listener | None = None, *, interval: float = 0.05) -> None:
        self._listener = listener
        self._interval = interval
        self._last_emit = float("-inf")
        self._last_message: str | None = None
        self._cancel = threading.Event()
        self.fraction = 0.0
        self.message = ""

    @classmethod
    def none(cls) -> Progress:
        """A progress that reports nowhere and is never cancelled (for callers that don't care)."""
        return cls(None)

    def update(self, fraction: float, message: str = "") -> None:
        self.fraction = min(max(float(fraction), 0.0), 1.0)
        if message:
            self.message = message
        if self._listener is None:
            return
        now = time.monotonic()
        changed_message = bool(message) and message != self._last_message
        if changed_message or self.fraction >= 1.0 or now - self._last_emit >= self._interval:
            self._last_emit = now
            self._last_message = self.message
            self._listener(self.fraction, self.message)

    def cancel(self) -> None:
        """Ask the work to stop at its next ``check()`` (thread-safe)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if cancellation was asked for."""
        if self._cancel.is_set():
            raise Cancelled()

    def sub(self, start: float, end: float) -> Progress:
        """A child covering ``[start, end]`` of this progress (for work made of steps)."""
        return _SubProgress(self, start, end)


class _SubProgress(Progress):
    def __init__(self, parent: Progress, start: float, end: float) -> None:
        super().__init__(None)
        self._parent = parent
        self._start = start
        self._span = end - start
        self._cancel = parent._cancel  # one cancel flag for the whole job

    def update(self, fraction: float, message: str = "") -> None:
        self.fraction = min(max(float(fraction), 0.0), 1.0)
        self._parent.update(self._start + self._span * self.fraction, message)
