"""Turning export cells into values: blanks and placeholders, numbers and money, dates, booleans.

Every parser takes a whole column (a pandas Series of text) and returns a ``Parsed``: the
values (NaN/NaT where blank or bad) and a mask of the cells that could not be read. They
are vectorised: a clean column of a million cells goes through one pandas call; only the
cells that fail the fast path are looked at again with the slower, more forgiving rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

# Cells CRMs and spreadsheets write for "nothing here" (compared lower-cased, trimmed).
PLACEHOLDERS = frozenset({
    "", "-", "--", "—", "–", "n/a", "na", "null", "none", "(none)", "nil", "nan", "nat",
    "select", "--select--", "-- select --", "(blank)", "#n/a", "brak", "なし", "无",
})

TRUE_WORDS = frozenset({"yes", "y", "true", "t", "1", "1.0", "x", "✓", "✔", "on", "checked",
                        "tak", "ja", "oui", "sí", "si", "はい", "是", "真"})
FALSE_WORDS = frozenset({"no", "n", "false", "f", "0", "0.0", "off", "unchecked",
                         "nie", "nein", "non", "いいえ", "否", "偽"})

# Currency marks in money cells -> the code they stand for. "$", "¥" and "kr" are shared by
# several currencies; COMPATIBLE says which workspace currencies each may stand for.
_CURRENCY_TOKENS = [
    ("US$", "USD"), ("C$", "CAD"), ("A$", "AUD"), ("NZ$", "NZD"), ("$", "$"),
    ("€", "EUR"), ("£", "GBP"), ("¥", "¥"), ("￥", "¥"), ("円", "JPY"), ("元", "CNY"),
    ("₹", "INR"), ("₩", "KRW"), ("zł", "PLN"), ("zl", "PLN"), ("kr", "kr"), ("Kč", "CZK"),
    ("Fr.", "CHF"),
]
_ISO_CODES = ("USD", "EUR", "GBP", "PLN", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD",
              "SEK", "NOK", "DKK", "CZK", "HUF", "INR", "KRW", "SGD", "HKD", "MXN", "BRL")
COMPATIBLE = {
    "$": {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"},
    "¥": {"JPY", "CNY"},
    "kr": {"SEK", "NOK", "DKK"},
    "RMB": {"CNY"},
}
_CURRENCY_RE = re.compile(
    "(" + "|".join(re.escape(t) for t, _ in _CURRENCY_TOKENS)
    + r"|\b(?:" + "|".join(_ISO_CODES) + r")\b)",
    re.IGNORECASE,
)
_TOKEN_CODE = {t.lower(): c for t, c in _CURRENCY_TOKENS} | {c.lower(): c for c in _ISO_CODES}

_SUFFIX_RE = re.compile(r"^(?P<num>.*?\d)\s*(?P<suf>k|m|mm|mn|mln|b|bn|mld|tys\.?)$", re.IGNORECASE)
_SUFFIX = {"k": 1e3, "tys": 1e3, "tys.": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6,
           "b": 1e9, "bn": 1e9, "mld": 1e9}


@dataclass
class Parsed:
    values: pd.Series  # NaN / NaT / None where blank or bad
    bad: pd.Series  # bool: a non-blank cell that could not be read


_PLACEHOLDER_SPELLINGS = frozenset(
    v for p in PLACEHOLDERS for v in (p, p.upper(), p.title(), p.capitalize())
)


def per_unique(cells: pd.Series, transform) -> pd.Series:
    """Apply a Series -> Series ``transform`` to the distinct values only, then spread the
    results back: a column of a million cells with ten thousand distinct values costs ten
    thousand string operations. Missing cells stay missing."""
    sample = cells.iloc[:10_000]
    if len(cells) > 20_000 and sample.nunique() > len(sample) // 2:
        # Mostly distinct (ids, timestamps): hashing first would only add work.
        missing = cells.isna().to_numpy()
        done = transform(cells.astype(object).where(~missing, "")).to_numpy(dtype=object, copy=True)
        done[missing] = None
        return pd.Series(done, index=cells.index, dtype=object)
    codes, uniques = pd.factorize(cells, use_na_sentinel=True)
    if len(uniques) == 0:
        return pd.Series(None, index=cells.index, dtype=object)
    done = transform(pd.Series(uniques, dtype=object)).to_numpy(dtype=object)
    out = np.append(done, None)[codes]  # code -1 (missing) picks the trailing None
    return pd.Series(out, index=cells.index, dtype=object)


def text_of(cells: pd.Series) -> pd.Series:
    """Cells as trimmed text with placeholders and missing cells turned into None."""
    return per_unique(cells, _clean_text)


def _clean_text(values: pd.Series) -> pd.Series:
    if not _all_str(values):
        values = values.map(str)
    stripped = values.str.strip()
    blank = stripped.isin(_PLACEHOLDER_SPELLINGS)
    return stripped.where(~blank, None)


def _all_str(s: pd.Series) -> bool:
    return pd.api.types.infer_dtype(s, skipna=True) in ("string", "empty")


def blank_mask(cells: pd.Series) -> pd.Series:
    return text_of(cells).isna()


# -- numbers and money ----------------------------------------------------------------------
def parse_number(cells: pd.Series, *, decimal_comma: bool = False, clean: bool = False) -> Parsed:
    """Numbers as exported: "1,234.5", "1 234,5", "1.234,5" (decimal comma), "342.09K".

    ``clean=True`` (every parser takes it) says the cells went through ``text_of`` already."""
    values, bad, _ = _numbers(cells, decimal_comma=decimal_comma, money=False, clean=clean)
    return Parsed(values, bad)


def parse_money(cells: pd.Series, *, decimal_comma: bool = False,
                clean: bool = False) -> tuple[Parsed, pd.Series]:
    """Amounts such as "$22,700.00", "1 234,50 zł", "342.09K", "(120.00)", "EUR 99".

    Returns the parsed amounts and, per cell, the currency mark it carried ("USD", "PLN",
    "$", "¥", ... or None), so the caller can reject amounts in another currency.
    """
    values, bad, currency = _numbers(cells, decimal_comma=decimal_comma, money=True, clean=clean)
    return Parsed(values, bad), currency


def currency_agrees(mark: pd.Series, workspace_currency: str) -> pd.Series:
    """True where a cell's currency mark (or code) may stand for the workspace currency."""
    code = workspace_currency.upper()
    allowed = {code} | {m for m, codes in COMPATIBLE.items() if code in codes}
    upper = mark.astype(object).where(mark.notna(), None)
    normalised = upper.map(lambda m: m if m in COMPATIBLE or m is None else str(m).upper())
    return normalised.isna() | normalised.isin(allowed)


def _numbers(cells: pd.Series, *, decimal_comma: bool, money: bool, clean: bool):
    text = cells if clean else text_of(cells)
    blank = text.isna()
    values = pd.to_numeric(text, errors="coerce") if not decimal_comma else pd.Series(
        np.nan, index=text.index)
    currency = pd.Series(np.full(len(text), None, dtype=object), index=text.index)
    slow = values.isna() & ~blank
    if slow.any():
        sub = text[slow]
        if money:
            found = sub.str.extract(_CURRENCY_RE, expand=False)
            codes = found.str.lower().map(_TOKEN_CODE)
            currency[slow] = codes.astype(object).where(codes.notna(), None)
            sub = sub.str.replace(_CURRENCY_RE, "", regex=True)
        # spaces, no-break spaces and Swiss apostrophes group thousands
        sub = sub.str.replace(r"[\s\u00a0\u202f']", "", regex=True)
        negative = sub.str.match(r"^\(.*\)$") | sub.str.startswith("-")
        sub = sub.str.strip("()").str.lstrip("-+")
        parts = sub.str.extract(_SUFFIX_RE)
        has_suffix = parts["num"].notna()
        multiplier = parts["suf"].str.lower().map(_SUFFIX).where(has_suffix, 1.0).astype(float)
        sub = parts["num"].where(has_suffix, sub)
        sub = _normalise_separators(sub, decimal_comma=decimal_comma)
        number = pd.to_numeric(sub.where(sub.str.fullmatch(r"\d*\.?\d+(e[-+]?\d+)?", case=False)),
                               errors="coerce")
        number = number * multiplier
        values[slow] = number.where(~negative, -number)
    bad = values.isna() & ~blank
    return values.astype(float), bad, currency


def _normalise_separators(sub: pd.Series, *, decimal_comma: bool) -> pd.Series:
    has_comma = sub.str.contains(",", regex=False)
    has_dot = sub.str.contains(".", regex=False)
    out = sub.copy()
    both = has_comma & has_dot
    if both.any():
        comma_last = sub[both].str.rfind(",") > sub[both].str.rfind(".")
        eu = sub[both][comma_last].str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
        us = sub[both][~comma_last].str.replace(",", "", regex=False)
        out[eu.index] = eu
        out[us.index] = us
    only_comma = has_comma & ~has_dot
    if only_comma.any():
        c = sub[only_comma]
        grouped = c.str.fullmatch(r"\d{1,3}(,\d{3})+")
        # "1,234" is a thousand in English exports unless the file uses decimal commas;
        # "12,5" or "1234,50" can only be a decimal comma.
        thousands = grouped & (not decimal_comma)
        out[c.index] = c.str.replace(",", "", regex=False).where(
            thousands, c.str.replace(",", ".", regex=False))
    only_dot = has_dot & ~has_comma
    if decimal_comma and only_dot.any():
        d = sub[only_dot]
        grouped = d.str.fullmatch(r"\d{1,3}(\.\d{3})+")
        out[d.index] = d.str.replace(".", "", regex=False).where(grouped, d)
    return out


# -- dates ------------------------------------------------------------------------------------
_MONTH_FIRST = ("%m/%d/%Y", "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %I:%M %p",
                "%m/%d/%Y %I:%M:%S %p", "%m/%d/%y", "%m/%d/%y %H:%M", "%m-%d-%Y")
_DAY_FIRST = ("%d/%m/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%y", "%d/%m/%y %H:%M",
              "%d-%m-%Y", "%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S")
_UNAMBIGUOUS = (
    "%d.%m.%Y", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%y",
    "%Y/%m/%d", "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y.%m.%d",
    "%Y年%m月%d日", "%Y年%m月%d日 %H:%M", "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H時%M分",
    "%d %b, %Y %H:%M:%S", "%d %b, %Y %H:%M", "%d %b, %Y", "%d %b %Y %H:%M:%S", "%d %b %Y %H:%M",
    "%d %b %Y", "%d %B %Y", "%d %B, %Y", "%b %d, %Y", "%b %d, %Y %H:%M:%S", "%b %d, %Y %I:%M %p",
    "%B %d, %Y", "%B %d, %Y %I:%M %p", "%a %b %d %Y", "%a, %d %b %Y %H:%M:%S",
    "%Y-%m-%d %I:%M %p", "%Y-%m-%d %H:%M:%S %Z", "%Y%m%d",
)
_YEARS = (1900, 2200)


@dataclass
class ParsedDates(Parsed):
    day_first_hint: pd.Series | None = None  # bad cells that would parse with --day-first


def parse_datetime(
    cells: pd.Series, *, day_first: bool = False, date_format: str | None = None,
    clean: bool = False,
) -> ParsedDates:
    """Timestamps as naive UTC wall time: ISO 8601 (with or without zone), US or day-first
    slashes, dotted European dates, "15 Apr, 2021 00:02:00", "Apr 15, 2021", 2024年10月27日."""
    text = cells if clean else text_of(cells)
    blank = text.isna()
    if date_format:
        values = _plausible(_to_datetime(text, format=date_format))
    else:
        values = _iso(text)
        todo = values.isna() & ~blank
        formats = (_DAY_FIRST if day_first else _MONTH_FIRST) + _UNAMBIGUOUS
        for fmt in formats:
            if not todo.any():
                break
            got = _plausible(_to_datetime(text[todo], format=fmt))
            values[got.index] = values[got.index].where(got.isna(), got)
            todo = values.isna() & ~blank
    values = pd.Series(values, index=text.index).astype("datetime64[ns]")
    bad = values.isna() & ~blank
    hint = None
    if bad.any() and not day_first and not date_format:
        retry = parse_datetime(text[bad], day_first=True, clean=True)
        hint = pd.Series(False, index=text.index)
        hint[retry.values.index] = retry.values.notna()
    return ParsedDates(values, bad, hint)


def _iso(text: pd.Series) -> pd.Series:
    # utc=True accepts a mix of zoned and naive stamps; naive ones are taken as UTC already.
    parsed = _to_datetime(text, format="ISO8601", utc=True)
    return _plausible(parsed.dt.tz_localize(None))


def _plausible(values: pd.Series) -> pd.Series:
    """Timestamps in nanoseconds, with years outside 1900-2199 (typos) made missing."""
    values = pd.to_datetime(values)
    years = values.dt.year
    return values.where((years >= _YEARS[0]) & (years < _YEARS[1])).astype("datetime64[ns]")


def _to_datetime(text: pd.Series, **options) -> pd.Series:
    """pd.to_datetime(errors="coerce"), except that a year outside pandas' range (a typo
    such as 0202) makes only that cell bad instead of raising for the whole column."""
    try:
        return pd.to_datetime(text, errors="coerce", **options)
    except (pd.errors.OutOfBoundsDatetime, OverflowError):
        def one(value):
            try:
                return pd.to_datetime(value, errors="coerce", **options)
            except (pd.errors.OutOfBoundsDatetime, OverflowError):
                return pd.NaT
        parsed = per_unique(text, lambda u: u.map(one))
        return pd.to_datetime(parsed, utc=options.get("utc", False))


def parse_date(cells: pd.Series, *, day_first: bool = False,
               date_format: str | None = None, clean: bool = False) -> ParsedDates:
    """Calendar dates: any form parse_datetime reads, with the time of day dropped."""
    parsed = parse_datetime(cells, day_first=day_first, date_format=date_format, clean=clean)
    parsed.values = parsed.values.dt.normalize()
    return parsed


# -- booleans and words ------------------------------------------------------------------------
def parse_bool(cells: pd.Series, *, clean: bool = False) -> Parsed:
    """yes/no, true/false, 1/0, y/n, x, tak/nie, はい/いいえ, 是/否 (case-insensitive)."""
    text = cells if clean else text_of(cells)

    def truth(u: pd.Series) -> pd.Series:
        lower = u.str.lower()
        return pd.Series(np.where(lower.isin(TRUE_WORDS), True,
                                  np.where(lower.isin(FALSE_WORDS), False, None)), dtype=object)

    values = per_unique(text, truth)
    bad = values.isna() & text.notna()
    return Parsed(values, bad)


def word_of(cells: pd.Series) -> pd.Series:
    """Enum-like words normalised: "Decision Maker", "decision-maker" -> "decision_maker"."""
    return per_unique(cells, lambda u: _clean_text(u).str.lower().str.replace(
        r"[\s\-/]+", "_", regex=True))
