"""Neutralising text that a spreadsheet would run as a formula (SPEC §9, §11 security).

A CRM export can carry a contact called ``=HYPERLINK("http://…")`` or a note starting with
``+``; opened in Excel or LibreOffice such a cell runs. Every CSV and XLSX the application
writes passes its text through ``neutralise``, which prefixes a single quote: spreadsheets
show the text as typed and run nothing. Numbers, dates and booleans pass unchanged, so a
negative amount stays a number. This module is the one implementation; the command line's
printers and the workbook exports both use it.
"""

from __future__ import annotations

import re
from typing import Any

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make Excel, LibreOffice or Google Sheets evaluate a cell."""

QUOTE = "'"


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet would evaluate ``text`` typed into a cell."""
    return text.startswith(FORMULA_PREFIXES)


_LINE_START = re.compile(r"([\r\n])(?=[=+\-@\t])")


def neutralise_csv(value: Any) -> Any:
    """``neutralise``, and also every line inside the cell that starts like a formula.

    A CSV reader that splits rows on a bare carriage return turns each line of a
    multi-line cell into a cell of its own, so a note ending in "\\r@SUM(1+1)" must not
    arrive as a formula there either. (XLSX cells are never split, so ``neutralise`` is
    enough for the workbook.)"""
    value = neutralise(value)
    if isinstance(value, str) and ("\n" in value or "\r" in value):
        return _LINE_START.sub(r"\1" + QUOTE, value)
    return value


def neutralise(value: Any) -> Any:
    """Prefix text a spreadsheet would evaluate with a quote; anything else is returned as is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return QUOTE + value
    return value
