"""The largest number a cell may hold: beyond it the value is a typo, not data.

Numbers are parsed as 64-bit floats. A whole number above 2^53 - 1
(9,007,199,254,740,991) cannot be held exactly and one above 2^63 - 1 does not fit SQLite's
INTEGER at all (``employees = 99999999999999999999999`` used to be stored as
-9223372036854775808), so whole-number fields stop at 2^53 - 1. Amounts and other numbers
stop at 10^15 in the workspace currency: above the yearly revenue of any company even in
yen, and small enough that summing a million of them stays finite and exact to the cent
in the totals the reports show (1e308 used to become "worth inf"). Such a row is rejected
with the bound in the reason, like any other bad cell.

Text cells stop at 100,000 characters (Excel itself stops at 32,767): a bigger cell is a
file gone wrong (a missing closing quote swallowing the rest of the file) and, big
enough, more than SQLite stores in one value ("string or blob too big").
"""

from __future__ import annotations

import pandas as pd

import storage.importing.expectations  # noqa: F401  (declares the kinds said here)
from storage.importing.fields import FLOAT, INT, MONEY, REF, SCORE, TEXT, Field
from storage.said import Said, say

MAX_WHOLE = 2**53 - 1
MAX_AMOUNT = 1e15
MAX_TEXT = 100_000


def limit_for(field: Field) -> float | None:
    if field.kind in (INT, SCORE):
        return MAX_WHOLE
    if field.kind in (FLOAT, MONEY):
        return MAX_AMOUNT
    return None


def beyond_limit(field: Field, values: pd.Series) -> pd.Series | None:
    """True where a parsed number is larger (in size) than its field allows; None: no limit."""
    if field.kind in (TEXT, REF):
        lengths = values.astype(object).where(values.notna(), "").astype(str).str.len()
        return (lengths > MAX_TEXT).astype(bool)
    limit = limit_for(field)
    if limit is None:
        return None
    numbers = pd.to_numeric(values, errors="coerce")
    return (numbers.notna() & (numbers.abs() > limit)).astype(bool)


def limit_expectation(field: Field) -> Said:
    if field.kind in (TEXT, REF):
        return say("text_too_long", limit=MAX_TEXT)
    if field.kind in (INT, SCORE):
        return say("whole_too_large", limit=MAX_WHOLE)
    kind = "amount_too_large" if field.kind == MONEY else "number_too_large"
    return say(kind, limit=int(MAX_AMOUNT))
