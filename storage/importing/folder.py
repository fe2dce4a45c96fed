"""A whole export folder in one go: every file a preset knows, in dependency order.

A CRM export is a folder of files, one per module (Zoho: Accounts, Contacts, Leads,
Deals, Calls, Events, Campaigns ...). Each preset file names the files it reads with
``files = ["Accounts*.csv"]``; ``run_folder`` finds them, imports accounts before the
contacts that name them, contacts before the activities that name those, and so on, one
batch per file.

Everything happens in one transaction, with a savepoint per file, so that later files
see earlier ones and the folder behaves as one unit: a dry run checks every file against
the rows the files before it would add, then rolls all of it back; with ``strict``,
nothing is written if any file has a rejected row or can't be read. Once committed, the
events cache follows a folder that only added events, as after a single import
(``storage.event_cache_append``): the stamps are read at the start and end of the one
transaction.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Connection

from storage.event_cache_append import appended
from storage.importing.importer import ImportInputs, ImportResult, Progress, run
from storage.importing.mapping import Mapping, load_mapping, preset_files
from storage.importing.problems import ImportFileError, MappingError
from storage.importing.reading import read_source
from storage.importing.writer import events_before, follow_events
from storage.said import english, say
from storage.workspace import Workspace

english({
    "no_preset": "There is no preset {name!r}; presets: {presets}.",
    "folder_needs_reader": "Name a preset (--preset NAME) or mapping files (--mapping "
                           "FILE.toml) for the folder.",
    "folder_nothing_read": "No file in {folder} is one the {name} files read (names such as "
                           "{names}, or headers matching a mapping's columns).",
    "folder_nothing_read_no_names": "No file in {folder} is one the {name} files read (names "
                                    "such as none given, or headers matching a mapping's "
                                    "columns).",
})

# Records before the records that name them.
ORDER = ("accounts", "contacts", "campaigns", "opportunities", "subscriptions", "meetings",
         "events", "questions", "nps", "notes")
SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")


@dataclass
class FolderFile:
    path: Path
    entity: str
    mapping: Mapping


@dataclass
class FolderResult:
    folder: Path
    preset: str
    dry_run: bool
    strict: bool
    results: list[ImportResult] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)  # files that could not load
    skipped: list[Path] = field(default_factory=list)  # files no preset of the name reads
    written: bool = False

    @property
    def rejected(self) -> int:
        return sum(r.rejected for r in self.results)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.rejected

    def summary_lines(self, first_problems: int = 5) -> list[str]:
        lines = []
        for result in self.results:
            lines.append(f"== {result.file_name} ({result.entity})")
            lines += ["  " + line for line in result.summary_lines(first_problems)]
        for path, reason in self.failed:
            lines += [f"== {path.name}", f"  Not imported: {reason}"]
        if self.skipped:
            lines.append("Not read (no " + self.preset + " preset names them): "
                         + ", ".join(p.name for p in self.skipped) + ".")
        verb = "would insert" if not self.written else "inserted"
        totals = (f"{sum(r.inserted for r in self.results):,}",
                  f"{sum(r.updated for r in self.results):,}", f"{self.rejected:,}")
        lines.append(f"Folder {self.folder}: {len(self.results)} file(s) read, "
                     f"{len(self.failed)} failed; {verb} {totals[0]}, updated {totals[1]}, "
                     f"rejected {totals[2]}.")
        from_contacts = sum(r.accounts_from_contacts for r in self.results)
        if from_contacts:
            lines.append(f"{from_contacts:,} activity row(s) took their account from their "
                         "contact.")
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        elif not self.written:
            lines.append("Nothing was written: --strict refuses the folder while any file "
                         "fails or any row is rejected.")
        else:
            batches = [r.batch_id for r in self.results if r.batch_id is not None]
            if batches:
                lines.append("Recorded as batch(es) " + ", ".join(map(str, batches))
                             + " (undo them last first with `abm-health undo BATCH`).")
        return lines


def folder_presets(name: str) -> list[Mapping]:
    """Every preset called ``name``, whatever its entity."""
    found = []
    for path in preset_files():
        mapping = load_mapping(path)
        if name in (mapping.preset, path.stem):
            found.append(mapping)
    if not found:
        names = sorted({m.preset for m in (load_mapping(p) for p in preset_files()) if m.preset})
        raise MappingError(say("no_preset", name=name, presets=", ".join(names)))
    return found


def plan_folder(folder: Path, presets: list[Mapping]) -> tuple[list[FolderFile], list[Path]]:
    """(the files to import in dependency order, the files no preset reads).

    A file is read by the first mapping whose ``files`` patterns match its name; failing
    that (report exports named "report1712345.csv"), by the mapping whose every column is
    in the file's header, the one using most columns if several are."""
    files = sorted(p for p in folder.iterdir()
                   if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
    chosen: list[FolderFile] = []
    skipped = []
    for path in files:
        mapping = next((m for m in presets if _reads(m, path.name)), None)
        mapping = mapping or _by_header(path, presets)
        if mapping is None:
            skipped.append(path)
        else:
            chosen.append(FolderFile(path, mapping.entity, mapping))
    chosen.sort(key=lambda f: (ORDER.index(f.entity), f.path.name))
    return chosen, skipped


def _by_header(path: Path, presets: list[Mapping]) -> Mapping | None:
    try:
        header = set(read_source(path, nrows=1).columns)
    except ImportFileError:
        return None
    fitting = []
    for mapping in presets:
        columns = {c for src in mapping.fields.values() for c in src.source_columns()
                   if c.partition(".")[0] not in mapping.lookups}
        if columns and columns <= header:
            fitting.append((len(columns), mapping))
    if not fitting:
        return None
    return max(fitting, key=lambda pair: pair[0])[1]


def _reads(mapping: Mapping, name: str) -> bool:
    lower = name.lower()
    return any(fnmatch.fnmatch(lower, pattern.lower()) for pattern in mapping.files)


def run_folder(workspace: Workspace, folder: str | Path, preset: str | None, *,
               mappings: list[Mapping] | None = None, dry_run: bool = False,
               strict: bool = False, progress: Progress | None = None) -> FolderResult:
    """Import every file of ``folder`` that a ``preset`` preset, or one of ``mappings``
    (tried first, each with its ``files`` patterns), reads (see the module)."""
    folder = Path(folder)
    readers = list(mappings or []) + (folder_presets(preset) if preset else [])
    if not readers:
        raise MappingError(say("folder_needs_reader"))
    files, skipped = plan_folder(folder, readers)
    name = preset or "mapping"
    result = FolderResult(folder, name, dry_run, strict, skipped=skipped)
    if not files:
        patterns = [p for m in readers for p in m.files]
        if not patterns:
            raise ImportFileError(say("folder_nothing_read_no_names", folder=folder, name=name))
        raise ImportFileError(say("folder_nothing_read", folder=folder, name=name,
                                  names=", ".join(patterns[:8])))
    change = None
    try:
        with workspace.transaction() as conn:
            before = events_before(conn)  # each file's own import runs in a savepoint
            shared = _OneTransaction(workspace, conn)
            for item in files:
                inputs = ImportInputs(shared, item.entity, item.path, mapping=item.mapping,
                                      preset=item.mapping.preset or name, strict=strict)
                try:
                    one = run(inputs, progress)
                except ImportFileError as exc:
                    result.failed.append((item.path, exc.args[0] if exc.args else str(exc)))
                    continue
                result.results.append(one)
            if dry_run or (strict and not result.ok):
                raise _RollBack
            events = [one for one in result.results if one.entity == "events"]
            change = appended(conn, before, sum(one.inserted for one in events),
                              sum(one.updated for one in events))
        result.written = True
        follow_events(workspace, change)
    except _RollBack:
        result.written = False
    for one in result.results:
        if not result.written:
            one.dry_run = dry_run
            one.written, one.batch_id = False, None
    return result


class _RollBack(Exception):
    """Leaves the folder's transaction without committing (dry run, strict refusal)."""


class _OneTransaction:
    """The workspace as the importer sees it, with every transaction a savepoint of one
    outer transaction and every read on the same connection (so it sees earlier files)."""

    def __init__(self, workspace: Workspace, conn: Connection) -> None:
        self._workspace = workspace
        self._conn = conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self._conn.begin_nested():
            yield self._conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        yield self._conn

    def __getattr__(self, name: str):
        return getattr(self._workspace, name)
