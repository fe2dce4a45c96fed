"""One-line notes about derived caches that were found damaged and are being rebuilt.

A cache is never worth an error: when one cannot be read, or disagrees with its stamp or
with itself, it is deleted and rebuilt from the workspace, and the user is told in one
line (the command line prints it on stderr; the window may register its own listener to
show it in the status bar). Storage knows no Qt, so listeners are plain callables.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

Listener = Callable[[str], None]
_listeners: list[Listener] = []


def add_listener(listener: Listener) -> None:
    _listeners.append(listener)


def remove_listener(listener: Listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def note(message: str) -> None:
    if not _listeners:
        print(f"abm-health: note: {message}", file=sys.stderr)
        return
    for listener in list(_listeners):
        try:
            listener(message)
        except Exception:  # noqa: BLE001  e.g. a window already gone: forget it, go on
            remove_listener(listener)


def discard_damaged(path: Path, what: str, reason: str) -> None:
    """Delete a damaged cache file and say so; a cache that cannot be deleted is just ignored."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
    note(f"the {what} {path.name} was damaged ({reason}); it is rebuilt from the workspace.")
