"""The formatter's conventions for a language, from QLocale and the catalog.

``domain.formatting`` writes numbers and dates by a ``Conventions`` value and stays free of
Qt; this builds one for a language: the decimal mark and digit grouping from ``QLocale``
("1 234,5" in Polish), the date pattern (Polish "1.10.2026" from its short format, Japanese
and Chinese "2026年10月1日" from their long format without the weekday) and the few words
("n/a", "no change", "pts" for percentage points and, apart, for score points, days,
hours and seconds, the money abbreviations) from the installed catalog; Chinese and Japanese group big amounts by 万 and
亿/億 (``MYRIADS``) rather than by thousands. English
keeps ``domain.formatting.ENGLISH`` unchanged (ISO dates), so English output is as before.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from desktop.i18n.languages import BY_CODE
from domain import formatting as fmt

CONTEXT = "Conventions"
WORDS = {
    "na": QT_TRANSLATE_NOOP("Conventions", "n/a"),
    "no_change": QT_TRANSLATE_NOOP("Conventions", "no change"),
    # {} is the number: "+2.1 pts"
    "points": QT_TRANSLATE_NOOP("Conventions", "{} pts"),
    "days": QT_TRANSLATE_NOOP("Conventions", "{} days"),
    # Average answer times and time on page: "3.5 h", "63 s".
    "hours": QT_TRANSLATE_NOOP("Conventions", "{} h"),
    "seconds": QT_TRANSLATE_NOOP("Conventions", "{} s"),
    "thousand": QT_TRANSLATE_NOOP("Conventions", "k"),
    "million": QT_TRANSLATE_NOOP("Conventions", "M"),
    "billion": QT_TRANSLATE_NOOP("Conventions", "B"),
}
# Languages that group big amounts by 10^4 and 10^8, with their words for the two.
MYRIADS = {"zh_CN": ("万", "亿"), "ja": ("万", "億")}


class ConventionWords(QObject):
    """Words that share an English source with a ``Conventions`` word and need their own
    translation: their own context, ``ConventionWords``."""

    def score_points(self) -> str:
        # English writes NPS changes in "pts" like rate changes; other languages tell
        # points from percentage points ("+5 pkt." against "+2,1 p.p.").
        return self.tr("{} pts", "points of NPS or a score, not percentage points")


_TOKENS = {"yyyy": "{year:04d}", "MM": "{month:02d}", "M": "{month}", "dd": "{day:02d}",
           "d": "{day}"}


def date_pattern(qt_format: str) -> str:
    """A Qt date format ("d.MM.yyyy", "yyyy年M月d日dddd") as a ``str.format`` pattern,
    without the weekday."""
    text = re.sub(r",?\s*d{3,4}\s*,?", "", qt_format).strip()  # the weekday, with its comma
    parts = re.split(r"(yyyy|MM|M|dd|d)", text)
    return "".join(_TOKENS.get(p, p.replace("{", "{{").replace("}", "}}")) for p in parts)


def qt_day_format(code: str) -> str:
    """The Qt date format ``code`` writes a day in ("d.MM.yyyy", "yyyy年M月d日"), the one
    ``conventions_for`` turns into its date pattern, without the weekday; English ISO."""
    if code == "en" or code not in BY_CODE:
        return "yyyy-MM-dd"
    locale = QLocale(BY_CODE[code].locale)
    long_dates = locale.language() in (QLocale.Language.Japanese, QLocale.Language.Chinese)
    kind = QLocale.FormatType.LongFormat if long_dates else QLocale.FormatType.ShortFormat
    return re.sub(r",?\s*d{3,4}\s*,?", "", locale.dateFormat(kind)).strip()


def conventions_for(code: str) -> fmt.Conventions:
    """The conventions of ``code`` (its catalog must be installed for its words)."""
    if code == "en" or code not in BY_CODE:
        return fmt.ENGLISH
    locale = QLocale(BY_CODE[code].locale)
    words = {key: QCoreApplication.translate(CONTEXT, text) for key, text in WORDS.items()}
    words["score_points"] = ConventionWords().score_points()
    if code in MYRIADS:
        words.update(scale="myriads", myriad=MYRIADS[code][0], hundred_million=MYRIADS[code][1])
    return fmt.Conventions(language=code, decimal=locale.decimalPoint(),
                           group=locale.groupSeparator(), percent="{}" + locale.percent(),
                           date=date_pattern(qt_day_format(code)), **words)


def written_day(value: date) -> str:
    """A day in running text: "1 Oct 2026" in English, else the language's date."""
    if fmt.conventions().language == "en":
        return f"{value.day} {value.strftime('%b %Y')}"
    return fmt.day(value)
