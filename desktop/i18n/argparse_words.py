"""argparse's own words ("usage:", "options", "invalid choice: …") in the chosen language.

argparse asks ``gettext`` for every word it prints itself, through the module's global
``_``; ``speak_argparse`` points that at Qt's catalog (context ``argparse``), so the help,
the usage line and the parser's errors speak the language of the rest of the command
line. The words are listed here with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate``
puts them in the catalogs; they are argparse's exact texts (with its ``%(name)s`` fields,
which a translation keeps). A word not listed stays English.
"""

from __future__ import annotations

import argparse


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    # Marks the words for lupdate without importing Qt: English --help loads no Qt.
    return text

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "show the version and exit"),
)


def _translated(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("argparse", text)


def speak_argparse() -> None:
    """From now on argparse's words come from the installed catalog (English without one)."""
    argparse._ = _translated  # argparse looks its global ``_`` up on every call
