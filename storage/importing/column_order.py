"""Judging a whole column at once: day-first or month-first dates, decimal comma or point.

A cell such as "01-02-2018" means 1 February or 2 January depending on the file, and
"1,234" means a thousand and more or one and a bit. Reading each cell by whichever rule
happens to fit would store a mixture: "25-02-2018" day-first beside "01-02-2018"
month-first. So a column is judged as a whole:

- A date column where some value can only be day-first (25-02-2018), and none can only
  be month-first, is read day-first throughout, with a note. A column holding both kinds
  is a mixture: each unambiguous value is read the only way it can be, and every
  ambiguous one (01-02-2018) is rejected rather than guessed.
- A number column where some value can only have a decimal comma ("12,5", "1.234,50")
  and none a decimal point is read with decimal commas throughout ("1,234" is then
  1.234), with a note. Both kinds in one column reject the ambiguous values ("1,234").

``--day-first`` / ``--decimal-comma`` (or a ``--date-format``) state the order, so no
judgement or note is made. With ``--strict`` a judged column refuses the file: the user
has to say which order the export uses.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

import storage.importing.expectations  # noqa: F401  (declares mixed_dates, mixed_numbers)
from storage.importing.parsing import Parsed, ParsedDates, parse_date, parse_datetime
from storage.said import Said, english, say

english({
    "day_first_column": "column {column!r} is read day-first for every row: {count:,} value(s) "
                        "such as {example!r} can only be day-first, so 01-02-2018 is "
                        "1 February. Give --day-first (or day_first = true in the mapping) to "
                        "say so.",
    "mixed_dates_column": "column {column!r} mixes day-first dates (such as {day!r}) and "
                          "month-first dates (such as {month!r}); {count:,} value(s) that could "
                          "be either are rejected.",
    "decimal_comma_column": "column {column!r} is read with decimal commas for every row: "
                            "{count:,} value(s) such as {example!r} can only have a decimal "
                            "comma, so 1,234 is one and a bit. Give --decimal-comma (or "
                            "decimal_comma = true in the mapping) to say so.",
    "mixed_numbers_column": "column {column!r} mixes decimal commas (such as {comma!r}) and "
                            "decimal points (such as {point!r}); {count:,} value(s) that could "
                            "be either are rejected.",
})


@dataclass
class Judgement:
    """What a column was judged to be, for the import's notes."""

    column: str
    note: Said
    refuses_strict: bool = True


@dataclass
class JudgedDates:
    parsed: ParsedDates
    ambiguous: pd.Series | None = None  # cells rejected because the column is a mixture
    ambiguous_expected: Said | str = ""
    judgement: Judgement | None = None


def read_dates(cells: pd.Series, label: str, *, date_only: bool, day_first: bool,
               date_format: str | None) -> JudgedDates:
    """Parse a (clean) date column, judging its day/month order when none was given."""
    reader = parse_date if date_only else parse_datetime
    first = reader(cells, day_first=day_first, date_format=date_format, clean=True)
    hint = first.day_first_hint
    if day_first or date_format or hint is None or not bool(hint.any()):
        return JudgedDates(first)
    # Some cells only read day-first: read the whole column that way and compare.
    by_day = reader(cells, day_first=True, clean=True)
    day_only = first.bad & ~by_day.bad
    month_only = by_day.bad & ~first.bad
    day_example = str(cells[day_only].iloc[0])
    if not month_only.any():
        judged = ParsedDates(by_day.values, by_day.bad, None)
        note = say("day_first_column", column=label, count=int(day_only.sum()),
                   example=day_example)
        return JudgedDates(judged, judgement=Judgement(label, note))
    month_example = str(cells[month_only].iloc[0])
    both = ~first.bad & ~by_day.bad
    differ = both & (first.values != by_day.values)
    values = first.values.where(~day_only, by_day.values).where(~differ)
    judged = ParsedDates(values, first.bad & by_day.bad, None)
    note = say("mixed_dates_column", column=label, day=day_example, month=month_example,
               count=int(differ.sum()))
    expected = say("mixed_dates", day=day_example, month=month_example)
    return JudgedDates(judged, differ, expected, Judgement(label, note))


# -- numbers ----------------------------------------------------------------------------------
_COMMA_ONLY = r"[^.,]*\d,\d+[^.,]*"  # one comma, no dot
_GROUPED_COMMA = r"\D*\d{1,3}(,\d{3})+\D*"
_DOT_ONLY = r"[^.,]*\d\.\d+[^.,]*"
_GROUPED_DOT = r"\D*\d{1,3}(\.\d{3})+\D*"


def judge_separators(cells: pd.Series, label: str, *, decimal_comma: bool,
                     ) -> tuple[bool, pd.Series | None, str, Judgement | None]:
    """(read with decimal commas?, cells to reject as ambiguous or None, their expectation,
    the judgement) for a clean number or money column."""
    if decimal_comma:
        return True, None, "", None
    has_comma = cells.str.contains(",", regex=False).fillna(False).astype(bool)
    if not has_comma.any():  # the usual case: nothing to judge, and cheap to find out
        return False, None, "", None
    text = cells.str.replace(r"[\s\u00a0\u202f']", "", regex=True)
    comma_last = text.str.rfind(",") > text.str.rfind(".")
    has_dot = text.str.contains(".", regex=False).fillna(False).astype(bool)
    both = has_comma & has_dot
    comma_only = text.str.fullmatch(_COMMA_ONLY).fillna(False).astype(bool)
    grouped_comma = text.str.fullmatch(_GROUPED_COMMA).fillna(False).astype(bool)
    dot_only = text.str.fullmatch(_DOT_ONLY).fillna(False).astype(bool)
    grouped_dot = text.str.fullmatch(_GROUPED_DOT).fillna(False).astype(bool)
    comma_decimal = (both & comma_last) | (comma_only & ~grouped_comma)
    point_decimal = (both & ~comma_last) | (dot_only & ~grouped_dot)
    if not comma_decimal.any():
        return False, None, "", None
    comma_example = str(cells[comma_decimal].iloc[0])
    if not point_decimal.any():
        note = say("decimal_comma_column", column=label, count=int(comma_decimal.sum()),
                   example=comma_example)
        return True, None, "", Judgement(label, note)
    point_example = str(cells[point_decimal].iloc[0])
    ambiguous = (comma_only & grouped_comma) | (dot_only & grouped_dot)
    note = say("mixed_numbers_column", column=label, comma=comma_example, point=point_example,
               count=int(ambiguous.sum()))
    expected = say("mixed_numbers", comma=comma_example, point=point_example)
    # Each unambiguous value reads the same either way round; the default rules apply.
    return False, ambiguous, expected, Judgement(label, note)


def drop_ambiguous(parsed: Parsed, ambiguous: pd.Series | None) -> Parsed:
    """The parse with ambiguous cells made missing (they are reported on their own)."""
    if ambiguous is None or not ambiguous.any():
        return parsed
    return Parsed(parsed.values.where(~ambiguous), parsed.bad & ~ambiguous)
