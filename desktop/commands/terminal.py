"""Text for a terminal: control characters from the data are shown, never obeyed.

Account names, file names and headers come from CRM exports. One holding an escape
sequence (``ESC]0;…BEL`` sets the window title, ``ESC[2J`` clears the screen) would be
run by the terminal if printed raw. ``printable`` replaces every C0 and C1 control
character (ESC, BEL, DEL, CSI, …) by U+FFFD, except the line breaks and tabs the given
context allows; ``SafeStream`` applies it to everything a command prints on a terminal
(stdout and stderr are wrapped by ``desktop.cli`` when they are terminals; files and pipes
get the bytes as they are, so CSV and JSON keep their exact content).
"""

from __future__ import annotations

import io
import re
from typing import TextIO

REPLACEMENT = "\ufffd"
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]


def _table(keep: str) -> dict[int, str]:
    return {c: REPLACEMENT for c in _CONTROLS if chr(c) not in keep}


_CELL = _table("")
_CELL.update({ord("\n"): " ", ord("\r"): " ", ord("\t"): " "})  # a table cell is one line
_STREAM_TABLES: dict[str, dict[int, str]] = {}
# Any character ``_CELL`` replaces: most cells hold none, and a search for one is far
# cheaper than translating the text character by character.
_ANY_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROLS) + "]")


def printable(text: str, keep: str = "") -> str:
    """``text`` with control characters replaced (those in ``keep`` stay)."""
    table = _STREAM_TABLES.setdefault(keep, _table(keep))
    return text.translate(table)


def cell_text(text: str) -> str:
    """One table cell: line breaks and tabs become spaces, other controls U+FFFD."""
    if _ANY_CONTROL.search(text) is None:
        return text
    return text.translate(_CELL)


class SafeStream(io.TextIOBase):
    """A text stream that passes everything through ``printable`` before the terminal."""

    def __init__(self, stream: TextIO, keep: str = "\n\t") -> None:
        self.stream = stream
        self.keep = keep

    def write(self, text: str) -> int:
        self.stream.write(printable(text, self.keep))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding


def guard_terminals(stdout: TextIO, stderr: TextIO) -> tuple[TextIO, TextIO]:
    """The streams to print to: terminals wrapped, files and pipes untouched.

    stderr keeps the carriage return: the import's progress bar redraws its line with it."""
    out = SafeStream(stdout) if _is_tty(stdout) else stdout
    err = SafeStream(stderr, keep="\n\t\r") if _is_tty(stderr) else stderr
    return out, err


def _is_tty(stream: TextIO) -> bool:
    if isinstance(stream, SafeStream):
        return False  # already guarded
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
