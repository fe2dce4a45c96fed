"""A mapping file's mistakes in the chosen language: wrong types, rules, conditions, field
sources and ``[lookups]`` tables.

``storage.importing`` (``option_checks``, ``value_rules``, ``mapping``, ``lookups``) says
each as a ``storage.said.Said``; ``desktop.shared.wording.said.worded`` says it again with
the words here. What the file wrote stays as written: TOML keys (``only_if``, ``when``,
``[fields.kind]``), values, column and field names, and the file's own name (``%1`` in
most, with the field: "crm.toml: [fields.account]").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n.placeholders import arg
from desktop.shared.wording.said import register, worded
from storage.said import Said

WORDS = {
    # Values of the wrong type; %1 the key, %2 the value as written.
    "mapping_key_not_text": QT_TRANSLATE_NOOP("MappingFiles", '%1 = %2 must be text in quotes'),
    "mapping_key_not_bool": QT_TRANSLATE_NOOP("MappingFiles", '%1 = %2 must be true or false'),
    # %1 the key, %2 what is wrong with its value.
    "mapping_key_problem": QT_TRANSLATE_NOOP("MappingFiles", '%1: %2'),
    "mapping_fields_not_table": QT_TRANSLATE_NOOP("MappingFiles", 'fields must be a table ([fields])'),
    # %1 the field, %2 what is wrong in its table.
    "mapping_field_problem": QT_TRANSLATE_NOOP("MappingFiles", '[fields.%1] %2'),
    "mapping_value_not_scalar": QT_TRANSLATE_NOOP("MappingFiles", 'value = %1 must be one text, number or true/false'),
    "mapping_columns_not_list": QT_TRANSLATE_NOOP("MappingFiles", 'columns = %1 must be a list of column names'),
    "mapping_values_not_table": QT_TRANSLATE_NOOP("MappingFiles", 'values = %1 must be a table such as { "Closed Won" = "won" }'),
    "mapping_scale_not_positive": QT_TRANSLATE_NOOP("MappingFiles", 'scale = %1 must be a number greater than 0, e.g. 1000000'),
    "mapping_only_if_field": QT_TRANSLATE_NOOP("MappingFiles", 'only_if field = %1 must be a field name in quotes'),
    "mapping_only_if_in": QT_TRANSLATE_NOOP("MappingFiles", 'only_if in = %1 must be a list such as ["won", "lost"]'),
    # A rule of a field: %1 the file and field, %2 the rule's number.
    "mapping_rule_where": QT_TRANSLATE_NOOP("MappingFiles", '%1: rule %2'),
    "when_not_table": QT_TRANSLATE_NOOP("MappingFiles", '%1: when takes { column = "...", above = 0 } (or below, at_least, at_most, equals, in, blank).'),
    # %2: the conditions a when may hold (as written in the file).
    "when_needs_one": QT_TRANSLATE_NOOP("MappingFiles", '%1: when needs a column and exactly one of %2.'),
    # %2: the condition (above, below…), %3: the value written.
    "when_needs_number": QT_TRANSLATE_NOOP("MappingFiles", '%1: when %2 takes a number, not %3.'),
    "when_blank_bool": QT_TRANSLATE_NOOP("MappingFiles", '%1: when blank takes true or false.'),
    "when_in_list": QT_TRANSLATE_NOOP("MappingFiles", '%1: when in takes a list of values.'),
    "rules_not_list": QT_TRANSLATE_NOOP("MappingFiles", '%1: rules takes a list of { contains = "...", value = "..." }.'),
    "rule_not_table": QT_TRANSLATE_NOOP("MappingFiles", '%1 must be a table such as { contains = "demo", value = "demo" }.'),
    "rule_needs_value": QT_TRANSLATE_NOOP("MappingFiles", '%1 needs a value.'),
    "rule_needs_test": QT_TRANSLATE_NOOP("MappingFiles", '%1 needs a test: exact, contains, regex or when.'),
    # %2: the regular expression, %3: why Python cannot read it.
    "rule_bad_regex": QT_TRANSLATE_NOOP("MappingFiles", '%1: regex %2 is not a regular expression (%3).'),
    "field_not_column_or_table": QT_TRANSLATE_NOOP("MappingFiles", '%1 must be a column name or a table.'),
    "field_needs_one_source": QT_TRANSLATE_NOOP("MappingFiles", '%1 needs exactly one of column, columns, template or value.'),
    "only_if_shape": QT_TRANSLATE_NOOP("MappingFiles", '%1: only_if takes a column name or { field = ..., in = [...] }.'),
    # %2: the account fields a match may name, %3: the names it may not.
    "match_unknown": QT_TRANSLATE_NOOP("MappingFiles", '%1: match takes account fields among %2; got %3.'),
    "match_none": QT_TRANSLATE_NOOP("MappingFiles", '%1: match takes account fields among %2; got none.'),
    # %2: the fields matched on, %3: how many columns were given.
    "match_count": QT_TRANSLATE_NOOP("MappingFiles", '%1: match = [%2] needs as many columns, in the same order (columns = [...]); got %3.'),
    "lookups_not_tables": QT_TRANSLATE_NOOP("MappingFiles", '%1: [lookups] must hold tables such as [lookups.lead].'),
    "lookup_not_table": QT_TRANSLATE_NOOP("MappingFiles", '%1 must be a table with file and key.'),
    "lookup_needs_file_and_key": QT_TRANSLATE_NOOP("MappingFiles", '%1 needs file and key (text).'),
    # %2: the key missing (file or key).
    "lookup_needs": QT_TRANSLATE_NOOP("MappingFiles", '%1 needs %2 (text).'),
}

# Every type problem of a mapping: %1 the file, %2 the problems. Two problems are joined
# by PROBLEM_PAIR (the first may be a list already), so the language picks its separator.
TYPE_PROBLEMS = QT_TRANSLATE_NOOP("MappingFiles", '%1: %2.')
PROBLEM_PAIR = QT_TRANSLATE_NOOP("MappingFiles", '%1; %2')


def _type_problems(said: Said) -> str:
    each = said.facts.get("each") or (said.facts["problems"],)
    joined = worded(each[0])
    for problem in each[1:]:
        joined = arg(QCoreApplication.translate("MappingFiles", PROBLEM_PAIR), joined,
                     worded(problem))
    return arg(QCoreApplication.translate("MappingFiles", TYPE_PROBLEMS), said.facts["where"],
               joined)


register("MappingFiles", WORDS, special={"mapping_type_problems": _type_problems})
