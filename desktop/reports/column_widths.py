"""A report table's column shares, widened so that no word has to be broken.

The account report and the meeting pack give their tables column shares in per cent,
chosen for English. A Polish word can be longer than its column is wide
("Społecznościowy", "Punktowane"), and Qt's rich text then breaks it anywhere
("Społecznościow / y"). Here each column gets at least the share its longest word needs
(in the report's font, heading words in bold); the share comes out of the columns that
have room to spare, in proportion to it. Chinese and Japanese text may break between any
two characters, so there a run of up to ``SHORT_CJK`` characters counts as one word (a date
such as 2026年11月17日 or a short label stays on one line) and a longer one may break.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from PySide6.QtGui import QFont, QFontMetricsF

from desktop.reports.fonts import register_report_fonts, report_font

BODY_PT = 8.6  # the document's default font (desktop.reports.document)
CELL_PADDING_PT = 2 * 5.3 * 0.75 + 2  # the stylesheet's 5.3 px either side, and a little air
TABLE_WIDTH_PT = (210 - 28) / 25.4 * 72  # A4 less the side margins
_TAG = re.compile(r"<[^>]+>")
_CJK = re.compile(r"[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]")
SHORT_CJK = 12
MOST = 35.0  # per cent of the table one word may claim
_MEASURE_PX = 100.0  # measured large and scaled: the same on any screen's dpi


def _widest_word_pt(texts: Iterable[str], bold: bool) -> float:
    register_report_fonts()  # measured in the fonts the PDF is set in (once per process)
    font = report_font(bold=bold)
    font.setPixelSize(int(_MEASURE_PX))
    font.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    metrics = QFontMetricsF(font)
    widest = 0.0
    for text in texts:
        for word in html.unescape(_TAG.sub(" ", text)).split():
            if _CJK.search(word) and len(word) > SHORT_CJK:
                continue  # Chinese and Japanese lines may break between any two characters
            widest = max(widest, metrics.horizontalAdvance(word))
    return widest * BODY_PT / _MEASURE_PX


def fitted_shares(widths: Sequence[float], headings: Sequence[str],
                  rows: Sequence[Sequence[str]]) -> list[float]:
    """``widths`` (per cent) with each column raised to what its longest word needs."""
    total = float(sum(widths)) or 100.0
    needs = []
    for column in range(len(widths)):
        cells = [row[column] for row in rows if len(row) == len(widths)]
        word = max(_widest_word_pt([headings[column]], bold=True), _widest_word_pt(cells, bold=False))
        # An id or address as long as a line claims no more than MOST: it breaks, as before.
        needs.append(min(MOST, (word + CELL_PADDING_PT) / TABLE_WIDTH_PT * 100.0))
    shares = [w * 100.0 / total for w in widths]
    short = sum(max(0.0, n - s) for n, s in zip(needs, shares, strict=True))
    if short <= 0:
        return shares
    spare = [max(0.0, s - n) for n, s in zip(needs, shares, strict=True)]
    room = sum(spare)
    if room <= 0:
        return shares  # nothing to give: Qt breaks the words, as before
    taken = min(1.0, short / room)
    return [max(n, s) if n > s else s - sp * taken
            for n, s, sp in zip(needs, shares, spare, strict=True)]
