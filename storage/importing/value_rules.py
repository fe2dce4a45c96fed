"""Values by rule: translations that match by pattern, and conditions on other columns.

An exact ``values`` table can't translate 1,103 call subjects ("Demo for Acme", "Demo -
Beta", ...), nor say "held only if the call lasted". A field's ``rules`` can::

    [fields.kind]
    column = "Subject"
    rules = [
      { contains = "demo", value = "demo" },          # case-insensitive
      { regex = "^(intro|discovery)", value = "discovery" },
      { exact = "QBR", value = "qbr" },
    ]
    otherwise = "call"

    [fields.status]
    column = "Call Result"
    rules = [{ when = { column = "Call Duration (in seconds)", above = 0 }, value = "held" }]
    otherwise = "no_show"

Rules are tried in order and the first that matches gives the value; a rule matches when
every test it holds passes: ``exact``, ``contains`` or ``regex`` on the field's own cell,
and ``when`` on another column. Cells no rule matches go on to ``values``, then
``otherwise``. A field's own ``when`` keeps its value only on rows where the condition
holds (blank elsewhere). Conditions: ``above``, ``below``, ``at_least``, ``at_most``
(numbers), ``equals``, ``in`` (text, case-insensitive), ``blank`` (true or false).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from storage.importing.parsing import parse_number, per_unique, text_of
from storage.importing.problems import MappingError
from storage.said import Said, english, say

english({
    # {where} is the mapping file and the field ("rules.toml: [fields.kind]"), or a rule in it.
    "mapping_rule_where": "{where}: rule {number}",
    "when_not_table": "{where}: when takes {{ column = \"...\", above = 0 }} (or below, "
                      "at_least, at_most, equals, in, blank).",
    "when_needs_one": "{where}: when needs a column and exactly one of {ops}.",
    "when_needs_number": "{where}: when {op} takes a number, not {operand!r}.",
    "when_blank_bool": "{where}: when blank takes true or false.",
    "when_in_list": "{where}: when in takes a list of values.",
    "rules_not_list": "{where}: rules takes a list of {{ contains = \"...\", value = \"...\" }}.",
    "rule_not_table": "{where} must be a table such as {{ contains = \"demo\", value = \"demo\" }}.",
    "rule_needs_value": "{where} needs a value.",
    "rule_needs_test": "{where} needs a test: exact, contains, regex or when.",
    "rule_bad_regex": "{where}: regex {regex!r} is not a regular expression ({reason}).",
    "mapping_unknown_keys": "{where}: unknown key(s) {unknown}; expected {expected}.",
})

_RULE_KEYS = {"exact", "contains", "regex", "when", "value"}
_TESTS = ("exact", "contains", "regex")
_NUMBER_OPS = {"above": "gt", "below": "lt", "at_least": "ge", "at_most": "le"}
_WHEN_KEYS = {"column", "equals", "in", "blank", *_NUMBER_OPS}


@dataclass(frozen=True)
class Condition:
    column: str
    op: str  # above, below, at_least, at_most, equals, in, blank
    operand: object

    def holds(self, frame: pd.DataFrame) -> pd.Series:
        cells = text_of(frame[self.column])
        if self.op in _NUMBER_OPS:
            numbers = parse_number(cells, clean=True).values
            return getattr(numbers, _NUMBER_OPS[self.op])(float(self.operand)).fillna(False)
        if self.op == "blank":
            return cells.isna() if self.operand else cells.notna()
        wanted = [self.operand] if self.op == "equals" else list(self.operand)
        folded = {str(w).strip().casefold() for w in wanted}
        return cells.str.casefold().isin(folded).fillna(False).astype(bool)

    def to_toml(self, quote) -> str:
        if isinstance(self.operand, bool):
            operand = "true" if self.operand else "false"
        elif isinstance(self.operand, (int, float)):
            operand = repr(self.operand)
        elif isinstance(self.operand, tuple):
            operand = "[" + ", ".join(quote(v) for v in self.operand) + "]"
        else:
            operand = quote(self.operand)
        return f"{{ column = {quote(self.column)}, {self.op} = {operand} }}"


@dataclass(frozen=True)
class Rule:
    value: str
    exact: str | None = None
    contains: str | None = None
    regex: str | None = None
    when: Condition | None = None

    def matches(self, cells: pd.Series, frame: pd.DataFrame) -> pd.Series:
        hit = pd.Series(True, index=cells.index)
        text = cells.astype(object)
        if self.exact is not None:
            hit &= text.str.strip().str.casefold().eq(self.exact.strip().casefold()).fillna(False)
        if self.contains is not None:
            hit &= text.str.casefold().str.contains(self.contains.casefold(), regex=False
                                                    ).fillna(False).astype(bool)
        if self.regex is not None:
            pattern = re.compile(self.regex, re.IGNORECASE)
            found = per_unique(text, lambda u: u.map(lambda v: pattern.search(v) is not None))
            hit &= found.fillna(False).astype(bool)
        if self.when is not None:
            hit &= self.when.holds(frame).to_numpy()
        return hit

    def to_toml(self, quote) -> str:
        parts = [f"{key} = {quote(getattr(self, key))}" for key in _TESTS
                 if getattr(self, key) is not None]
        if self.when is not None:
            parts.append(f"when = {self.when.to_toml(quote)}")
        parts.append(f"value = {quote(self.value)}")
        return "{ " + ", ".join(parts) + " }"


def parse_condition(raw: object, where: str | Said) -> Condition:
    if not isinstance(raw, dict) or not isinstance(raw.get("column"), str):
        raise MappingError(say("when_not_table", where=where))
    unknown = set(raw) - _WHEN_KEYS
    ops = [k for k in raw if k != "column"]
    if unknown or len(ops) != 1:
        raise MappingError(say("when_needs_one", where=where,
                               ops=", ".join(sorted(_WHEN_KEYS - {"column"}))))
    op, operand = ops[0], raw[ops[0]]
    if op in _NUMBER_OPS and (isinstance(operand, bool) or not isinstance(operand, (int, float))):
        raise MappingError(say("when_needs_number", where=where, op=op, operand=operand))
    if op == "blank" and not isinstance(operand, bool):
        raise MappingError(say("when_blank_bool", where=where))
    if op == "in":
        if not isinstance(operand, list):
            raise MappingError(say("when_in_list", where=where))
        operand = tuple(str(v) for v in operand)
    if op == "equals":
        operand = str(operand)
    return Condition(raw["column"], op, operand)


def parse_rules(raw: object, where: str) -> tuple[Rule, ...]:
    if not isinstance(raw, list):
        raise MappingError(say("rules_not_list", where=where))
    rules = []
    for number, item in enumerate(raw, start=1):
        here = say("mapping_rule_where", where=where, number=number)
        if not isinstance(item, dict):
            raise MappingError(say("rule_not_table", where=here))
        unknown = set(item) - _RULE_KEYS
        if unknown:
            raise MappingError(say("mapping_unknown_keys", where=here,
                                   unknown=", ".join(sorted(unknown)),
                                   expected=", ".join(sorted(_RULE_KEYS))))
        if "value" not in item:
            raise MappingError(say("rule_needs_value", where=here))
        if not any(k in item for k in (*_TESTS, "when")):
            raise MappingError(say("rule_needs_test", where=here))
        if "regex" in item:
            try:
                re.compile(str(item["regex"]))
            except re.error as exc:
                raise MappingError(say("rule_bad_regex", where=here, regex=item["regex"],
                                       reason=exc)) from exc
        rules.append(Rule(
            value=str(item["value"]),
            exact=None if item.get("exact") is None else str(item["exact"]),
            contains=None if item.get("contains") is None else str(item["contains"]),
            regex=None if item.get("regex") is None else str(item["regex"]),
            when=parse_condition(item["when"], here) if "when" in item else None))
    return tuple(rules)


def rule_columns(rules: tuple[Rule, ...], when: Condition | None) -> list[str]:
    """The other columns the rules and the field's condition read."""
    cols = [r.when.column for r in rules if r.when is not None]
    return cols + ([when.column] if when is not None else [])


def apply_rules(rules: tuple[Rule, ...], cells: pd.Series, frame: pd.DataFrame
                ) -> tuple[pd.Series, pd.Series]:
    """(the value of the first rule each row matches, or None; mask of rows matched)."""
    out = pd.Series(None, index=cells.index, dtype=object)
    done = pd.Series(False, index=cells.index)
    for rule in rules:
        hit = rule.matches(cells, frame) & ~done
        out[hit] = rule.value
        done |= hit
    return out, done
