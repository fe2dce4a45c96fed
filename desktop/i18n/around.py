"""Lay widgets out in the order a translated sentence puts them: "%1 to %2", "%1から%2まで".

A date range is two date fields with words around them. Gluing a separately translated
"to" between them fixes the English word order; instead the whole phrase "%1 to %2" is
one message, and ``lay_out`` cuts its translation at the placeholders: the words become
labels, each ``%N`` the N-th widget, in the translation's order. Japanese can then write
"%1から%2まで" (a word after the second field) and any language may swap the fields.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

_PLACEHOLDER = re.compile(r"%([1-9])")


def pieces(text: str) -> list[str | int]:
    """``"%1 to %2"`` -> ``[0, "to", 1]``: words (stripped, empty ones dropped) and the
    zero-based index of each placeholder, in reading order."""
    found: list[str | int] = []
    last = 0
    for match in _PLACEHOLDER.finditer(text):
        words = text[last:match.start()].strip()
        if words:
            found.append(words)
        found.append(int(match.group(1)) - 1)
        last = match.end()
    if text[last:].strip():
        found.append(text[last:].strip())
    return found


def lay_out(layout: QBoxLayout, text: str, widgets: list[QWidget]) -> list[QLabel]:
    """Add ``widgets`` and the words of ``text`` to ``layout`` in the text's order; returns
    the labels made for the words (to show or hide with the widgets)."""
    labels = []
    for piece in pieces(text):
        if isinstance(piece, int):
            layout.addWidget(widgets[piece])
        else:
            label = QLabel(piece)
            labels.append(label)
            layout.addWidget(label)
    return labels
