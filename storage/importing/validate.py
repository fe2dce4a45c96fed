"""Checking every mapped cell against its field: type, range, allowed values, currency, order.

``validate`` turns the mapped text columns into typed columns and a frame of problems,
one per bad cell, each with the row, the file's column, the value and what was expected.
It enforces every rule the workspace's CHECK constraints state (enums, tier, score 0-10,
amounts >= 0), which is what lets the writer skip SQLite's row-by-row re-check.
References (account, contact, campaign) stay text here; ``resolve`` looks them up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from storage.importing import fields as k
from storage.importing.bounds import beyond_limit, limit_expectation
from storage.importing.column_order import Judgement, drop_ambiguous, judge_separators, read_dates
from storage.importing.expectations import expectation
from storage.importing.fields import EntitySpec, Field
from storage.importing.parsing import (
    currency_agrees,
    parse_bool,
    parse_money,
    parse_number,
    text_of,
    word_of,
)
from storage.importing.problems import combine, problems_for, said_column
from storage.importing.resolve import normalise_domain
from storage.said import Said, say

_TIERS = {"1": 1, "2": 2, "3": 3, "1.0": 1, "2.0": 2, "3.0": 3, "tier_1": 1, "tier_2": 2,
          "tier_3": 3, "tier1": 1, "tier2": 2, "tier3": 3, "1:1": 1, "1_1": 1, "one_to_one": 1,
          "1:few": 2, "one_to_few": 2, "1:many": 3, "one_to_many": 3, "strategic": 1,
          "scale": 2, "programmatic": 3}


@dataclass
class ParseOptions:
    day_first: bool = False
    decimal_comma: bool = False
    date_format: str | None = None


@dataclass
class Validated:
    values: pd.DataFrame  # one typed column per mapped field, on the source frame's index
    problems: pd.DataFrame  # PROBLEM_COLUMNS
    judgements: list[Judgement] = field(default_factory=list)  # columns judged as a whole

    def bad_index(self, rows: pd.Series) -> pd.Index:
        """The source-frame index of every row with at least one problem."""
        return rows.index[rows.isin(self.problems["row"]).to_numpy()]


def validate(
    spec: EntitySpec,
    raw: pd.DataFrame,
    labels: dict[str, str],
    rows: pd.Series,
    options: ParseOptions,
    currency: str,
    scales: dict[str, float] | None = None,
) -> Validated:
    """Typed values and problems for the mapped text columns ``raw`` (one per field)."""
    scales = scales or {}
    values = pd.DataFrame(index=raw.index)
    found: list[pd.DataFrame] = []

    originals: dict[str, pd.Series] = raw.attrs.get("originals", {})

    def report(mask: pd.Series, name: str, expected: Said) -> None:
        if name not in originals:
            found.append(problems_for(mask, rows, labels.get(name, name), name, raw[name],
                                      expected))
            return
        # A translated field: show the file's own value and what the mapping made of it.
        original, made = originals[name], raw[name]
        part = problems_for(mask, rows, labels.get(name, name), name, original, expected)
        if len(part):
            hit = mask.to_numpy(dtype=bool)
            made_text = made[hit].astype(object)
            differs = (made_text.fillna("").astype(str).to_numpy()
                       != original[hit].astype(object).fillna("").astype(str).to_numpy())
            part["expected"] = said_column([
                _translated(expected, made) if differ else expected
                for made, differ in zip(made_text.to_numpy(), differs, strict=True)])
        found.append(part)

    if spec.name == "contacts" and "email" in raw:
        # A contact without a name is known by their email (CRMs export many such leads).
        name = raw["name"] if "name" in raw else pd.Series(None, index=raw.index, dtype=object)
        raw = raw.assign(name=text_of(name).fillna(text_of(raw["email"])))
        labels = {**labels, "name": labels.get("name", labels["email"])}
    judgements: list[Judgement] = []
    for name in raw.columns:
        field = spec.field(name)
        order = _ColumnOrder(labels.get(name, name))
        typed, bad, extra = _parse(field, raw[name], options, currency, scales.get(name), order)
        if bad is not None and bad.any():
            report(bad, name, _expected(field, options, currency, extra))
        if order.ambiguous is not None and order.ambiguous.any():
            report(order.ambiguous, name, order.expected)
            bad = order.ambiguous if bad is None else bad | order.ambiguous
        if order.judgement is not None:
            judgements.append(order.judgement)
        if field.kind == k.MONEY and extra.any():
            report(extra, name, say("amount_in_currency", currency=currency))
        if field.required:
            missing = typed.isna() if bad is None else typed.isna() & ~bad
            needs = say("required", field=name)
            if name == "account" and "contact" in raw:
                # An activity row naming only a contact takes the contact's account.
                missing &= raw["contact"].isna()
                needs = say("account_or_contact")
            if missing.any():
                report(missing, name, needs)
        huge = beyond_limit(field, typed)
        if huge is not None and huge.any():  # never a silently wrong value (bounds.py)
            report(huge, name, limit_expectation(field))
            typed = typed.where(~huge)
        if name == "domain":
            typed = normalise_domain(typed)  # one spelling, so lookups by domain work
        if field.stored or field.kind == k.REF:  # a reference may only find the account
            values[name] = typed
    for earlier, later in spec.order_checks:
        if earlier in values and later in values:
            wrong = values[later].notna() & values[earlier].notna() & (values[later] < values[earlier])
            if wrong.any():
                report(wrong, later, say("date_on_or_after", earlier=earlier))
    return Validated(values, combine(found), judgements)


class _ColumnOrder:
    """What judging a column as a whole found (see ``column_order``)."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.ambiguous: pd.Series | None = None
        self.expected = ""
        self.judgement: Judgement | None = None


def _parse(field: Field, cells: pd.Series, options: ParseOptions, currency: str,
           scale: float | None, order: _ColumnOrder):
    """(typed values, bad mask, extra) for one column; extra carries hints per kind."""
    kind = field.kind
    # The cells come from apply_mapping, already trimmed with placeholders as None.
    if kind in (k.TEXT, k.REF):
        text = cells
        bad = None
        if field.max_length:
            bad = text.str.len().gt(field.max_length).fillna(False).astype(bool)
        return text, bad, None
    if kind in (k.INT, k.FLOAT, k.SCORE, k.MONEY):
        comma, order.ambiguous, order.expected, order.judgement = judge_separators(
            cells, order.label, decimal_comma=options.decimal_comma)
    if kind in (k.INT, k.FLOAT, k.SCORE):
        parsed = drop_ambiguous(parse_number(cells, decimal_comma=comma, clean=True),
                                order.ambiguous)
        values = parsed.values * scale if scale else parsed.values
        bad = parsed.bad | _out_of_range(values, field)
        if kind in (k.INT, k.SCORE):
            bad |= values.notna() & (values % 1 != 0)
        return values.where(~bad), bad, None
    if kind == k.MONEY:
        parsed, marks = parse_money(cells, decimal_comma=comma, clean=True)
        parsed = drop_ambiguous(parsed, order.ambiguous)
        values = parsed.values * scale if scale else parsed.values
        bad = parsed.bad | _out_of_range(values, field)
        other_currency = ~currency_agrees(marks, currency) & ~bad
        return values.where(~bad & ~other_currency), bad, other_currency
    if kind in (k.DATETIME, k.DATE):
        judged = read_dates(cells, order.label, date_only=kind == k.DATE,
                            day_first=options.day_first, date_format=options.date_format)
        order.ambiguous, order.expected = judged.ambiguous, judged.ambiguous_expected
        order.judgement = judged.judgement
        parsed = judged.parsed
        hint = parsed.day_first_hint
        looks_day_first = bool(hint is not None and hint[parsed.bad].any())
        return parsed.values, parsed.bad, looks_day_first
    if kind == k.BOOL:
        parsed = parse_bool(cells, clean=True)
        return parsed.values, parsed.bad, None
    if kind == k.ENUM:
        words = word_of(cells)
        bad = words.notna() & ~words.isin(field.choices)
        return words.where(~bad), bad, None
    if kind == k.TIER:
        words = word_of(cells)
        tiers = words.map(_TIERS).astype(float)
        bad = words.notna() & tiers.isna()
        return tiers, bad, None
    if kind == k.CURRENCY:
        text = cells
        bad = text.notna() & ~currency_agrees(text.str.strip(), currency)
        return text, bad, None
    raise ValueError(f"unknown field kind {kind!r}")


def _out_of_range(values: pd.Series, field: Field) -> pd.Series:
    bad = pd.Series(~np.isfinite(values.fillna(0).to_numpy()), index=values.index)
    if field.minimum is not None:
        bad |= values < field.minimum
    if field.maximum is not None:
        bad |= values > field.maximum
    return bad


def _expected(field: Field, options: ParseOptions, currency: str, extra: object) -> Said:
    if field.kind == k.CURRENCY:
        return say("workspace_currency", currency=currency)
    said = expectation(field)
    if field.kind in (k.DATETIME, k.DATE):
        if options.date_format:
            said = say("date_in_format", format=options.date_format)
        if extra is True:
            said = say("looks_day_first", expected=said)
    return said


def _translated(expected: Said, made: object) -> Said:
    """The expectation with what the mapping made of the file's value."""
    if made is None:
        return say("translated_to_blank", expected=expected)
    return say("translated", expected=expected, made=made)
