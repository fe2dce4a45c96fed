"""Every import option and mapping value is checked for its type and sense before any work.

The command line (``--delimiter``, ``--date-format``, ``--encoding``), a mapping file and
the importer itself call these; each returns the sentence naming what to fix, or None. A
wrong value used to surface as a traceback from deep inside pandas or ``strptime``
(``--delimiter ab``, ``--date-format "%Q%"``, ``scale = "abc"``, ``values = "x"``,
``only_if = { field = …, in = 5 }``, ``delimiter = 5``, ``date_format = 5``).
"""

from __future__ import annotations

import codecs
import math
from datetime import UTC, datetime
from typing import Any

from storage.said import Said, english, say

english({
    "delimiter_not_text": "the delimiter must be one character in quotes, not {value!r}",
    "delimiter_not_one": "the delimiter {value!r} is not one separating character; use , ; | "
                         "or tab",
    "date_format_not_text": "the date format must be a strptime format in quotes such as "
                            "\"%d.%m.%Y\", not {value!r}",
    "date_format_no_directive": "the date format {value!r} has no % directive; e.g. %d.%m.%Y",
    "date_format_invalid": "the date format {value!r} is not a strptime format ({reason}); e.g. "
                           "%d.%m.%Y",
    "encoding_not_text": "the encoding must be a name in quotes such as \"cp1250\", not "
                         "{value!r}",
    "encoding_unknown": "{value!r} is not an encoding abm-health knows; use utf-8, utf-16, "
                        "cp1252 or cp1250",
    # A mapping file's values of the wrong type; {key} is the TOML key as written.
    "mapping_key_not_text": "{key} = {value!r} must be text in quotes",
    "mapping_key_not_bool": "{key} = {value!r} must be true or false",
    "mapping_key_problem": "{key}: {problem}",
    "mapping_fields_not_table": "fields must be a table ([fields])",
    "mapping_field_problem": "[fields.{name}] {problem}",
    "mapping_value_not_scalar": "value = {value!r} must be one text, number or true/false",
    "mapping_columns_not_list": "columns = {value!r} must be a list of column names",
    "mapping_values_not_table": "values = {value!r} must be a table such as "
                                "{{ \"Closed Won\" = \"won\" }}",
    "mapping_scale_not_positive": "scale = {value!r} must be a number greater than 0, e.g. "
                                  "1000000",
    "mapping_only_if_field": "only_if field = {value!r} must be a field name in quotes",
    "mapping_only_if_in": "only_if in = {value!r} must be a list such as [\"won\", \"lost\"]",
    # Every type problem of a mapping at once: the English joins them with "; ".
    "mapping_type_problems": "{where}: {problems}.",
})

TAB_NAMES = ("tab", "\\t", "TAB", "\t")
_SAMPLE = datetime(2024, 10, 27, 13, 45, 30, tzinfo=UTC)
_STR_KEYS = ("entity", "preset", "title", "date_format", "encoding", "delimiter", "sheet")
_BOOL_KEYS = ("day_first", "decimal_comma")


def delimiter_problem(value: object) -> Said | None:
    if not isinstance(value, str):
        return say("delimiter_not_text", value=value)
    if value in TAB_NAMES:
        return None
    if len(value) != 1 or value in ('"', "\r", "\n") or value.isalnum():
        return say("delimiter_not_one", value=value)
    return None


def date_format_problem(value: object) -> Said | None:
    if not isinstance(value, str) or not value.strip():
        return say("date_format_not_text", value=value)
    if "%" not in value:
        return say("date_format_no_directive", value=value)
    try:
        datetime.strptime(_SAMPLE.strftime(value), value)
    except (ValueError, TypeError) as exc:
        return say("date_format_invalid", value=value, reason=exc)
    return None


def encoding_problem(value: object) -> Said | None:
    if not isinstance(value, str):
        return say("encoding_not_text", value=value)
    try:
        codecs.lookup(value)
    except LookupError:
        return say("encoding_unknown", value=value)
    return None


def mapping_problems(data: dict[str, Any]) -> list[Said]:
    """Type problems in a parsed mapping (TOML) file: ``key: what is wrong`` sentences."""
    found: list[Said] = []
    for key in _STR_KEYS:
        if key in data and not isinstance(data[key], str):
            found.append(say("mapping_key_not_text", key=key, value=data[key]))
    for key in _BOOL_KEYS:
        if key in data and not isinstance(data[key], bool):
            found.append(say("mapping_key_not_bool", key=key, value=data[key]))
    for key, check in (("delimiter", delimiter_problem), ("date_format", date_format_problem),
                       ("encoding", encoding_problem)):
        if isinstance(data.get(key), str) and (problem := check(data[key])):
            found.append(say("mapping_key_problem", key=key, problem=problem))
    fields = data.get("fields", {})
    if not isinstance(fields, dict):
        return [*found, say("mapping_fields_not_table")]
    for name, raw in fields.items():
        if isinstance(raw, dict):
            found += [say("mapping_field_problem", name=name, problem=p)
                      for p in _field_problems(raw)]
    return found


def type_problems(where: str, problems: list[Said]) -> Said:
    """All of a mapping's type problems in one sentence; ``each`` keeps them apart so the
    desktop can join them in the language's way."""
    return say("mapping_type_problems", where=where, problems="; ".join(problems),
               each=tuple(problems))


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float | bool)


def _field_problems(raw: dict[str, Any]) -> list[Said]:
    found = []
    for key in ("column", "template", "otherwise"):
        if key in raw and not isinstance(raw[key], str):
            found.append(say("mapping_key_not_text", key=key, value=raw[key]))
    if "value" in raw and not _is_scalar(raw["value"]):
        found.append(say("mapping_value_not_scalar", value=raw["value"]))
    if "columns" in raw and (not isinstance(raw["columns"], list)
                             or not all(isinstance(c, str) for c in raw["columns"])):
        found.append(say("mapping_columns_not_list", value=raw["columns"]))
    if "values" in raw and (not isinstance(raw["values"], dict)
                            or not all(_is_scalar(v) for v in raw["values"].values())):
        found.append(say("mapping_values_not_table", value=raw["values"]))
    if "scale" in raw:
        scale = raw["scale"]
        if isinstance(scale, bool) or not isinstance(scale, int | float) \
                or not math.isfinite(scale) or scale <= 0:
            found.append(say("mapping_scale_not_positive", value=scale))
    only_if = raw.get("only_if")
    if isinstance(only_if, dict):
        if not isinstance(only_if.get("field"), str):
            found.append(say("mapping_only_if_field", value=only_if.get("field")))
        choices = only_if.get("in")
        if not isinstance(choices, list) or not all(_is_scalar(v) for v in choices):
            found.append(say("mapping_only_if_in", value=choices))
    return found
