"""Column mappings: which file column feeds each field, value translations, fixed values.

A mapping is what a preset (resources/presets/*.toml), a ``--mapping FILE.toml`` and the
import wizard's "save mapping" all are. The TOML format::

    entity = "opportunities"           # required
    preset = "hubspot"                 # the name --preset finds it by (optional)
    title = "HubSpot deals export"     # shown in the wizard (optional)
    date_format = "%d/%m/%Y"           # strptime format of every date column (optional)
    day_first = false                  # 03/04/2025 is 3 April (optional)
    decimal_comma = false              # 1.234,50 (optional)
    encoding = "cp1250"                # optional, else detected
    delimiter = ";"                    # optional, else sniffed
    sheet = "Deals"                    # XLSX sheet (optional, else the first)

    [fields]
    external_id = "Record ID"          # shorthand: the source column

    [fields.status]
    column = "Deal Stage"
    values = { "Closed Won" = "won", "Closed Lost" = "lost" }   # case-insensitive
    otherwise = "open"                 # any other non-blank value

    [fields.type]
    value = "new_business"             # a fixed value for every row

    [fields.name]
    columns = ["First Name", "Last Name"]   # joined with a space, blanks skipped

    [fields.text]
    template = "Churned ({reason_code}): {feedback_text}"

    [fields.churned_at]
    column = "end_date"
    only_if = "churn_flag"             # kept only where that column is true
    # or: only_if = { field = "status", in = ["won", "lost"] }

    [fields.annual_revenue]
    column = "revenue"
    scale = 1000000                    # the file gives millions

Across the files of one export (see ``lookups``)::

    files = ["Deals*.csv", "Potentials*.csv"]   # which files of a folder this is (import-folder)

    [lookups.lead]
    file = "Leads.csv"                 # relative to this mapping file, else to the imported file
    key = "LEADID"                     # the column of Leads.csv identifying a row
    column = "Lead Id"                 # the imported file's column holding it (default: key)

    [fields]
    account = "lead.Company"           # NAME.Column: a column of the lookup's file
"""

from __future__ import annotations

import fnmatch
import json
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pandas as pd

from storage.importing.fields import SPECS, spec_for
from storage.importing.lookups import Lookup, lookups_toml, parse_lookups
from storage.importing.option_checks import mapping_problems, type_problems
from storage.importing.parsing import parse_bool, text_of
from storage.importing.problems import ImportFileError, MappingError
from storage.importing.value_rules import (
    Condition,
    Rule,
    apply_rules,
    parse_condition,
    parse_rules,
    rule_columns,
)
from storage.said import english, say

english({
    "mapping_unreadable": "Cannot read the mapping file {path}: {reason}.",
    "mapping_not_utf8": "The mapping file {path} is not UTF-8 (byte 0x{byte:02X} on line {line}); "
                        "save it as UTF-8.",
    "mapping_not_toml": "{where} is not valid TOML: {reason}.",
    "mapping_unknown_keys": "{where}: unknown key(s) {unknown}; expected {expected}.",
    "mapping_bad_entity": "{where}: entity = {entity!r}; expected one of {entities}.",
    "mapping_not_a_field": "{where}: [fields.{name}] is not a field of {entity}; expected one of "
                           "{fields}.",
    "mapping_match_not_account": "{where}: [fields.{name}] match is for account references "
                                 "(account, parent) only.",
    "no_preset_for": "There is no preset {name!r} for {entity}; presets for {entity}: {presets}.",
    "no_presets_for": "There is no preset {name!r} for {entity}; no presets exist for {entity}.",
    # {where} is the mapping file and the field: "crm.toml: [fields.account]".
    "field_not_column_or_table": "{where} must be a column name or a table.",
    "field_needs_one_source": "{where} needs exactly one of column, columns, template or value.",
    "only_if_shape": "{where}: only_if takes a column name or {{ field = ..., in = [...] }}.",
    "match_unknown": "{where}: match takes account fields among {fields}; got {got}.",
    "match_none": "{where}: match takes account fields among {fields}; got none.",
    "match_count": "{where}: match = [{names}] needs as many columns, in the same order "
                   "(columns = [...]); got {given}.",
})

_TOP_KEYS = {"entity", "preset", "title", "date_format", "day_first", "decimal_comma",
             "encoding", "delimiter", "sheet", "fields", "lookups", "files"}
_FIELD_KEYS = {"column", "columns", "template", "value", "values", "otherwise", "only_if",
               "scale", "match", "rules", "when"}
# What an account reference may be matched on besides its name (``match = [...]``).
MATCH_FIELDS = ("external_id", "name", "domain", "owner", "region", "industry")
MATCH_SEPARATOR = "\x1f"
_TEMPLATE_RE = re.compile(r"\{([^{}]+)\}")


@dataclass
class FieldSource:
    """Where one field's value comes from."""

    column: str | None = None
    columns: tuple[str, ...] = ()
    template: str | None = None
    value: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    otherwise: str | None = None
    only_if: str | None = None  # a source column that must be true
    only_if_field: str | None = None  # or a field whose (translated) value must be in ...
    only_if_in: tuple[str, ...] = ()
    scale: float | None = None
    match: tuple[str, ...] = ()  # account fields the columns are matched on, in order
    rules: tuple[Rule, ...] = ()  # translations by pattern or condition (value_rules)
    when: Condition | None = None  # the value is kept only where this holds

    @property
    def translates(self) -> bool:
        return bool(self.rules or self.values or self.otherwise is not None)

    def source_columns(self) -> list[str]:
        cols = list(self.columns)
        if self.column:
            cols.append(self.column)
        if self.template:
            cols.extend(_TEMPLATE_RE.findall(self.template))
        if self.only_if:
            cols.append(self.only_if)
        return cols + rule_columns(self.rules, self.when)

    def label(self) -> str:
        if self.column:
            return self.column
        if self.columns:
            return " + ".join(self.columns)
        if self.template:
            return self.template
        return f"(fixed {self.value!r})"


@dataclass
class Mapping:
    entity: str
    fields: dict[str, FieldSource] = field(default_factory=dict)
    preset: str | None = None
    title: str | None = None
    date_format: str | None = None
    day_first: bool = False
    decimal_comma: bool = False
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    lookups: dict[str, Lookup] = field(default_factory=dict)
    files: tuple[str, ...] = ()  # file-name patterns of a folder export (import-folder)
    folder: Path | None = field(default=None, compare=False)  # lookups start here


# -- reading and writing TOML -------------------------------------------------------------------
def load_mapping(path: str | Path) -> Mapping:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise MappingError(say("mapping_unreadable", path=path, reason=exc.strerror)) from exc
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise MappingError(say("mapping_not_utf8", path=path, byte=exc.object[exc.start],
                               line=line)) from exc
    mapping = parse_mapping(text, str(path))
    mapping.folder = path.parent
    return mapping


def parse_mapping(text: str, where: str = "mapping") -> Mapping:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(say("mapping_not_toml", where=where, reason=exc)) from exc
    if problems := mapping_problems(data):  # types first: nothing below may trip on them
        raise MappingError(type_problems(where, problems))
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise MappingError(say("mapping_unknown_keys", where=where,
                               unknown=", ".join(sorted(unknown)),
                               expected=", ".join(sorted(_TOP_KEYS))))
    entity = data.get("entity")
    if entity not in SPECS:
        raise MappingError(say("mapping_bad_entity", where=where, entity=entity,
                               entities=", ".join(SPECS)))
    spec = spec_for(entity)
    fields: dict[str, FieldSource] = {}
    for name, raw in (data.get("fields") or {}).items():
        if name not in spec.names:
            raise MappingError(say("mapping_not_a_field", where=where, name=name,
                                   entity=entity, fields=", ".join(spec.names)))
        fields[name] = _field_source(raw, f"{where}: [fields.{name}]")
        if fields[name].match and name not in ("account", "parent"):
            raise MappingError(say("mapping_match_not_account", where=where, name=name))
    return Mapping(
        entity=entity, fields=fields, preset=data.get("preset"), title=data.get("title"),
        date_format=data.get("date_format"), day_first=bool(data.get("day_first", False)),
        decimal_comma=bool(data.get("decimal_comma", False)), encoding=data.get("encoding"),
        delimiter=data.get("delimiter"), sheet=data.get("sheet"),
        lookups=parse_lookups(data.get("lookups"), where),
        files=tuple(str(f) for f in _as_list(data.get("files"))),
    )


def _as_list(value: object) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _field_source(raw: object, where: str) -> FieldSource:
    if isinstance(raw, str):
        return FieldSource(column=raw)
    if not isinstance(raw, dict):
        raise MappingError(say("field_not_column_or_table", where=where))
    unknown = set(raw) - _FIELD_KEYS
    if unknown:
        raise MappingError(say("mapping_unknown_keys", where=where,
                               unknown=", ".join(sorted(unknown)),
                               expected=", ".join(sorted(_FIELD_KEYS))))
    sources = [k for k in ("column", "columns", "template", "value") if k in raw]
    if len(sources) != 1:
        raise MappingError(say("field_needs_one_source", where=where))
    source = FieldSource(
        column=raw.get("column"), columns=tuple(raw.get("columns", ())),
        template=raw.get("template"),
        value=None if raw.get("value") is None else str(raw["value"]),
        values={str(k): str(v) for k, v in (raw.get("values") or {}).items()},
        otherwise=None if raw.get("otherwise") is None else str(raw["otherwise"]),
        scale=None if raw.get("scale") is None else float(raw["scale"]),
    )
    if "match" in raw:
        source.match = _match(raw["match"], source, where)
    if "rules" in raw:
        source.rules = parse_rules(raw["rules"], where)
    if "when" in raw:
        source.when = parse_condition(raw["when"], where)
    only_if = raw.get("only_if")
    if isinstance(only_if, str):
        source.only_if = only_if
    elif isinstance(only_if, dict):
        if set(only_if) != {"field", "in"}:
            raise MappingError(say("only_if_shape", where=where))
        source.only_if_field = str(only_if["field"])
        source.only_if_in = tuple(str(v) for v in only_if["in"])
    elif only_if is not None:
        raise MappingError(say("only_if_shape", where=where))
    return source


def _match(raw: object, source: FieldSource, where: str) -> tuple[str, ...]:
    names = tuple(str(n) for n in _as_list(raw))
    unknown = [n for n in names if n not in MATCH_FIELDS]
    if unknown or not names:
        if not unknown:
            raise MappingError(say("match_none", where=where, fields=", ".join(MATCH_FIELDS)))
        raise MappingError(say("match_unknown", where=where, fields=", ".join(MATCH_FIELDS),
                               got=", ".join(map(repr, unknown))))
    given = source.columns or ((source.column,) if source.column else ())
    if len(given) != len(names):
        raise MappingError(say("match_count", where=where, names=", ".join(map(repr, names)),
                               given=len(given)))
    return names


def to_toml(mapping: Mapping) -> str:
    """The mapping as TOML that ``parse_mapping`` reads back unchanged."""
    lines = ["# abm-health import mapping", f"entity = {_q(mapping.entity)}"]
    for key in ("preset", "title", "date_format", "encoding", "delimiter", "sheet"):
        value = getattr(mapping, key)
        if value is not None:
            lines.append(f"{key} = {_q(value)}")
    for key in ("day_first", "decimal_comma"):
        if getattr(mapping, key):
            lines.append(f"{key} = true")
    if mapping.files:
        lines.append("files = [" + ", ".join(_q(f) for f in mapping.files) + "]")
    lines += lookups_toml(mapping.lookups, _q)
    for name, src in mapping.fields.items():
        lines += ["", f"[fields.{name}]"]
        if src.column is not None:
            lines.append(f"column = {_q(src.column)}")
        if src.columns:
            lines.append("columns = [" + ", ".join(_q(c) for c in src.columns) + "]")
        if src.template is not None:
            lines.append(f"template = {_q(src.template)}")
        if src.value is not None:
            lines.append(f"value = {_q(src.value)}")
        if src.values:
            pairs = ", ".join(f"{_q(k)} = {_q(v)}" for k, v in src.values.items())
            lines.append(f"values = {{ {pairs} }}")
        if src.otherwise is not None:
            lines.append(f"otherwise = {_q(src.otherwise)}")
        if src.only_if is not None:
            lines.append(f"only_if = {_q(src.only_if)}")
        if src.only_if_field is not None:
            choices = ", ".join(_q(v) for v in src.only_if_in)
            lines.append(f"only_if = {{ field = {_q(src.only_if_field)}, in = [{choices}] }}")
        if src.scale is not None:
            lines.append(f"scale = {src.scale!r}")
        if src.match:
            lines.append("match = [" + ", ".join(_q(m) for m in src.match) + "]")
        if src.rules:
            lines += ["rules = ["] + [f"  {r.to_toml(_q)}," for r in src.rules] + ["]"]
        if src.when is not None:
            lines.append(f"when = {src.when.to_toml(_q)}")
    return "\n".join(lines) + "\n"


def save_mapping(mapping: Mapping, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_toml(mapping), encoding="utf-8")
    return path


def _q(text: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes.
    return json.dumps(str(text), ensure_ascii=False)


# -- presets ------------------------------------------------------------------------------------
def preset_files() -> list[Path]:
    folder = resources.files("resources").joinpath("presets")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".toml"))


def list_presets(entity: str | None = None) -> list[Mapping]:
    found = [load_mapping(p) for p in preset_files()]
    return [m for m in found if entity is None or m.entity == entity]


def load_preset(name: str, entity: str, file: str | Path | None = None) -> Mapping:
    """The preset called ``name`` (its ``preset`` key or its file name) for ``entity``.

    When several presets of that name hold the entity (Zoho's calls and events are both
    meetings), the one whose ``files`` patterns match ``file``'s name is chosen."""
    found = []
    for path in preset_files():
        mapping = load_mapping(path)
        if mapping.entity == entity and name in (mapping.preset, path.stem):
            found.append(mapping)
    if found and file is not None:
        lower = Path(file).name.lower()
        for mapping in found:
            if any(fnmatch.fnmatch(lower, pattern.lower()) for pattern in mapping.files):
                return mapping
    if found:
        return found[0]
    available = sorted({m.preset or "" for m in list_presets(entity)} - {""})
    if available:
        raise MappingError(say("no_preset_for", name=name, entity=entity,
                               presets=", ".join(available)))
    raise MappingError(say("no_presets_for", name=name, entity=entity))


# -- applying a mapping ------------------------------------------------------------------------
def canonical_mapping(entity: str, columns: list[str]) -> Mapping:
    """The mapping of a file in the canonical layout: headers are the field names."""
    spec = spec_for(entity)
    by_key = {_key(c): c for c in columns}
    fields = {}
    for name in spec.names:
        for alias in (name, f"{name}_id") if name in ("account", "contact", "campaign", "parent") else (name,):
            if alias in by_key:
                fields[name] = FieldSource(column=by_key[alias])
                break
    return Mapping(entity=entity, fields=fields)


def _key(header: str) -> str:
    return re.sub(r"[\s\-/]+", "_", header.strip().lower())


header_key = _key  # how a header matches a field name (used by duplicate_headers)


def apply_mapping(mapping: Mapping, frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """The file's cells rearranged into one text column per mapped field, and each field's
    label for problem reports (the source column, or how the value was made)."""
    spec = spec_for(mapping.entity)
    missing = sorted({c for src in mapping.fields.values() for c in src.source_columns()
                      if c not in frame.columns})
    if missing:
        raise ImportFileError(
            f"The file has no column {', '.join(repr(c) for c in missing)}; its columns are "
            f"{', '.join(repr(c) for c in frame.columns if not c.startswith('__'))}."
        )
    unmapped = [name for name in spec.required if name not in mapping.fields
                and not (name == "name" and mapping.entity == "contacts" and "email" in mapping.fields)
                and not (name == "account" and "contact" in mapping.fields)]
    if unmapped:
        raise ImportFileError(
            f"No column for the required field(s) {', '.join(unmapped)} of {mapping.entity}: "
            f"name a column {', '.join(repr(u) for u in unmapped)} in the file, or map one "
            f"with --mapping FILE.toml (`abm-health template {mapping.entity}` writes the "
            "canonical layout)."
        )
    out = pd.DataFrame(index=frame.index)
    labels: dict[str, str] = {}
    originals: dict[str, pd.Series] = {}
    for name, src in mapping.fields.items():
        out[name] = _cells(src, frame)
        labels[name] = src.label()
        if src.translates and src.value is None:
            originals[name] = _cells(FieldSource(src.column, src.columns, src.template), frame)
        if src.when is not None:
            out[name] = out[name].where(src.when.holds(frame).to_numpy(), None)
    # The file's own words, for problem reports on translated fields ("Email", not "e-mail").
    out.attrs["originals"] = originals
    for name, src in mapping.fields.items():
        if src.only_if:
            keep = parse_bool(frame[src.only_if]).values.eq(True)
            out[name] = out[name].where(keep, None)
        elif src.only_if_field:
            other = out[src.only_if_field] if src.only_if_field in out else pd.Series(None, index=out.index)
            keep = other.astype(object).str.lower().isin([v.lower() for v in src.only_if_in])
            out[name] = out[name].where(keep, None)
    return out, labels


def _cells(src: FieldSource, frame: pd.DataFrame) -> pd.Series:
    if src.value is not None:
        return text_of(pd.Series(src.value, index=frame.index, dtype=object))
    if src.column is not None:
        cells = text_of(frame[src.column])
    elif src.match:
        # Kept apart, one part per matched field, for the reference lookup.
        parts = [text_of(frame[c]).fillna("") for c in src.columns or (src.column,)]
        joined = parts[0]
        for part in parts[1:]:
            joined = joined + MATCH_SEPARATOR + part
        empty = joined.str.replace(MATCH_SEPARATOR, "", regex=False).str.strip() == ""
        cells = joined.where(~empty, None)
    elif src.columns:
        parts = [text_of(frame[c]) for c in src.columns]
        joined = parts[0].fillna("")
        for part in parts[1:]:
            joined = (joined + " " + part.fillna("")).str.strip()
        cells = joined.where(joined != "", None)
    else:
        cells = _fill_template(src.template or "", frame)
    if src.translates:
        table = {k.strip().lower(): v for k, v in src.values.items()}
        lower = cells.str.lower()
        translated = lower.map(table)
        fallback = cells if src.otherwise is None else pd.Series(src.otherwise, index=cells.index)
        result = translated.where(translated.notna(), fallback.where(cells.notna(), None))
        if src.rules:
            # Rules come first: the first that matches wins over the exact table.
            by_rule, ruled = apply_rules(src.rules, cells, frame)
            result = by_rule.where(ruled, result)
        cells = text_of(result)
    return cells.astype(object)


def _fill_template(template: str, frame: pd.DataFrame) -> pd.Series:
    pieces = re.split(r"(\{[^{}]+\})", template)
    out = pd.Series("", index=frame.index, dtype=object)
    for piece in pieces:
        if piece.startswith("{") and piece.endswith("}"):
            out = out + text_of(frame[piece[1:-1]]).fillna("")
        else:
            out = out + piece
    out = out.str.strip()
    return out.where(out != "", None)
