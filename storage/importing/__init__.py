"""Importing CRM and marketing-automation exports into the workspace (SPEC §7).

The modules, in the order a file goes through them: ``reading`` (encodings, delimiters,
XLSX), ``mapping`` (presets and TOML mappings), ``parsing`` (money, dates, booleans,
placeholders), ``validate`` (every cell against its field), ``resolve`` (references and
stored rows), ``plan`` (insert, update or reject), ``writer`` (one transaction, the batch
record), ``history`` (batches and undo); ``importer.run`` ties them together.
"""

from __future__ import annotations

from storage.importing.fields import ENTITIES, SPECS, spec_for
from storage.importing.history import UndoRefused, UndoResult, list_batches, undo_batch
from storage.importing.importer import ImportInputs, ImportResult, Progress, run
from storage.importing.mapping import (
    FieldSource,
    Mapping,
    canonical_mapping,
    list_presets,
    load_mapping,
    load_preset,
    save_mapping,
)
from storage.importing.problems import ImportCancelled, ImportFileError, MappingError
from storage.importing.reading import ReadOptions, SourceTable, read_source

__all__ = [
    "ENTITIES", "SPECS", "FieldSource", "ImportCancelled", "ImportFileError", "ImportInputs",
    "ImportResult", "Mapping", "MappingError", "Progress", "ReadOptions", "SourceTable",
    "UndoRefused", "UndoResult", "canonical_mapping", "list_batches", "list_presets",
    "load_mapping", "load_preset", "read_source", "run", "save_mapping", "spec_for",
    "undo_batch",
]
