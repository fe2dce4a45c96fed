"""Lookups across the files of one export: take a field from another file through a key.

Relational CRM exports (Zoho, Salesforce) write one file per module, and a deal names its
lead by id rather than its company. A mapping declares the other file once::

    [lookups.lead]
    file = "Leads.csv"      # relative: from the mapping file's folder, else the imported file's
    key = "LEADID"          # the column of Leads.csv that identifies a row
    column = "Lead Id"      # the imported file's column holding that key (default: key)

and then names its columns as ``lead.Company`` anywhere a column is named
(``account = "lead.Company"``). Each lookup file is read once; a key that is on several
of its rows finds nothing (the export can't say which row is meant), and a note says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from storage.importing.parsing import text_of
from storage.importing.problems import ImportFileError, MappingError
from storage.importing.reading import ReadOptions, read_source
from storage.said import Said, english, say

english({
    "no_lookup_file": "The lookup file {path} does not exist.",
    "lookup_file_not_here": "The lookup file {name} is not in the current folder; give its "
                            "path in the mapping's [lookups] table.",
    "lookup_file_not_in": "The lookup file {name} is not in {where}; give its path in the "
                          "mapping's [lookups] table.",
    "lookup_without_column": "The lookup file {file} has no column {absent}; its columns are "
                             "{columns}.",
    "lookup_join_column_missing": "[lookups.{name}] joins on the column {column!r}, which the "
                                  "imported file does not have; name it with column = \"...\".",
    "lookup_keys_repeated": "{file} has {count:,} {key} value(s) on more than one row (such as "
                            "{example!r}); rows naming them find nothing there.",
    # The [lookups] tables of a mapping; {where} is the file and the table.
    "lookups_not_tables": "{where}: [lookups] must hold tables such as [lookups.lead].",
    "lookup_not_table": "{where} must be a table with file and key.",
    "lookup_needs_file_and_key": "{where} needs file and key (text).",
    "lookup_needs": "{where} needs {key} (text).",
    "mapping_unknown_keys": "{where}: unknown key(s) {unknown}; expected {expected}.",
})

_LOOKUP_KEYS = {"file", "key", "column", "encoding", "delimiter", "sheet"}


@dataclass(frozen=True)
class Lookup:
    name: str
    file: str
    key: str
    column: str | None = None  # the imported file's column; None: the same name as key
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None

    @property
    def source_column(self) -> str:
        return self.column or self.key


def parse_lookups(raw: object, where: str) -> dict[str, Lookup]:
    """The ``[lookups.NAME]`` tables of a mapping."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise MappingError(say("lookups_not_tables", where=where))
    out = {}
    for name, table in raw.items():
        here = f"{where}: [lookups.{name}]"
        if not isinstance(table, dict):
            raise MappingError(say("lookup_not_table", where=here))
        unknown = set(table) - _LOOKUP_KEYS
        if unknown:
            raise MappingError(say("mapping_unknown_keys", where=here,
                                   unknown=", ".join(sorted(unknown)),
                                   expected=", ".join(sorted(_LOOKUP_KEYS))))
        missing = [k for k in ("file", "key") if not isinstance(table.get(k), str)]
        if missing:
            if len(missing) == 2:
                raise MappingError(say("lookup_needs_file_and_key", where=here))
            raise MappingError(say("lookup_needs", where=here, key=missing[0]))
        out[name] = Lookup(name, table["file"], table["key"], table.get("column"),
                           table.get("encoding"), table.get("delimiter"), table.get("sheet"))
    return out


def lookups_toml(lookups: dict[str, Lookup], quote) -> list[str]:
    lines = []
    for lookup in lookups.values():
        lines += ["", f"[lookups.{lookup.name}]", f"file = {quote(lookup.file)}",
                  f"key = {quote(lookup.key)}"]
        for key in ("column", "encoding", "delimiter", "sheet"):
            if getattr(lookup, key) is not None:
                lines.append(f"{key} = {quote(getattr(lookup, key))}")
    return lines


def find_file(name: str, folders: list[Path]) -> Path:
    """The lookup file: absolute, or relative to the first folder that holds it."""
    path = Path(name).expanduser()
    if path.is_absolute():
        if path.is_file():
            return path
        raise ImportFileError(say("no_lookup_file", path=path))
    for folder in folders:
        if (folder / path).is_file():
            return folder / path
    if not folders:
        raise ImportFileError(say("lookup_file_not_here", name=name))
    raise ImportFileError(say("lookup_file_not_in", name=name,
                              where=" or ".join(str(f) for f in folders)))


def attach(lookups: dict[str, Lookup], wanted: list[str], frame: pd.DataFrame,
           folders: list[Path]) -> tuple[pd.DataFrame, list[Said]]:
    """``frame`` with a column for every wanted ``NAME.Column`` of a declared lookup, and
    notes about keys that could not be told apart."""
    needed: dict[str, list[str]] = {}
    for column in wanted:
        if column in frame.columns or "." not in column:
            continue
        name, _, other = column.partition(".")
        if name in lookups:
            needed.setdefault(name, []).append(other)
    notes: list[Said] = []
    if not needed:
        return frame, notes
    frame = frame.copy()
    for name, columns in needed.items():
        lookup = lookups[name]
        path = find_file(lookup.file, folders)
        table = read_source(path, ReadOptions(encoding=lookup.encoding,
                                              delimiter=lookup.delimiter, sheet=lookup.sheet))
        absent = [c for c in [lookup.key, *columns] if c not in table.frame.columns]
        if absent:
            raise ImportFileError(say("lookup_without_column", file=path.name,
                                      absent=", ".join(map(repr, absent)),
                                      columns=", ".join(repr(c) for c in table.columns)))
        if lookup.source_column not in frame.columns:
            raise ImportFileError(say("lookup_join_column_missing", name=name,
                                      column=lookup.source_column))
        keys = text_of(table.frame[lookup.key])
        repeated = keys.notna() & keys.duplicated(keep=False)
        if repeated.any():
            notes.append(say("lookup_keys_repeated", file=path.name,
                             count=int(keys[repeated].nunique()), key=lookup.key,
                             example=keys[repeated].iloc[0]))
        usable = table.frame[keys.notna() & ~repeated]
        index = pd.Index(text_of(usable[lookup.key]).to_numpy())
        wanted_keys = text_of(frame[lookup.source_column])
        for other in columns:
            values = pd.Series(usable[other].to_numpy(), index=index)
            frame[f"{name}.{other}"] = wanted_keys.map(values).to_numpy()
    return frame, notes
