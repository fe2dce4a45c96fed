"""One import from start to finish: ``run(inputs, progress)``, free of Qt so that the CLI,
the wizard's worker thread and the tests all call the same function.

read the file -> apply the mapping -> validate every cell -> (in one transaction) record
the batch, resolve references, match stored rows, insert and update -> commit. A dry run
stops before writing; ``strict`` writes nothing when any row fails; cancelling (the
progress callback returns False) rolls everything back, batch record included.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sqlalchemy.exc import IntegrityError

from storage.damage import ensure_intact
from storage.errors import WorkspaceError
from storage.importing.duplicate_headers import refuse_duplicate_headers
from storage.importing.fields import spec_for
from storage.importing.lookups import attach as attach_lookups
from storage.importing.mapping import Mapping, apply_mapping, canonical_mapping
from storage.importing.plan import make_plan
from storage.importing.problems import (
    ImportCancelled,
    ImportFileError,
    combine,
    no_problems,
    summary_lines,
    write_rejects,
)
from storage.importing.reading import ReadOptions, SourceTable, read_source
from storage.importing.validate import ParseOptions, validate
from storage.importing.writer import (
    apply_plan,
    events_after,
    events_before,
    finish_batch,
    follow_events,
    mark_changed,
    start_batch,
)
from storage.locks import DEFAULT_WAIT_S, IMPORT, exclusive
from storage.safe_paths import OutputRefused, check_output, protected_paths
from storage.said import Said, english, say
from storage.settings_repo import load_settings
from storage.team import require_role
from storage.workspace import Workspace

english({
    "strict_any_row": "--strict refuses the file while any row fails",
    "strict_judged": "--strict refuses a column whose day/month order or decimal separator "
                     "had to be judged; state it with --day-first or --decimal-comma (or in "
                     "the mapping)",
    "rejects_appeared": "the rejects file {path} was not written: it appeared while importing.",
    "rejects_not_written": "the rejects file {path} was not written: {reason}.",
    "import_cancelled": "The import was cancelled; nothing was written.",
    "import_conflict": "Another session wrote the same records while this import ran, so "
                       "nothing was written; run the import again (it will update what the "
                       "other one inserted).",
})

Progress = Callable[[str, int, int], "bool | None"]
"""progress(stage, done, total): stage is reading, checking, matching or writing; return
False to cancel (everything written so far is rolled back)."""


@dataclass
class ImportInputs:
    workspace: Workspace
    entity: str
    path: str | Path
    mapping: Mapping | None = None  # None: the canonical layout (headers = field names)
    preset: str | None = None  # the preset's name, recorded with the batch
    encoding: str | None = None  # these override the mapping's own settings
    delimiter: str | None = None
    sheet: str | None = None
    day_first: bool | None = None
    decimal_comma: bool | None = None
    date_format: str | None = None
    dry_run: bool = False
    strict: bool = False
    rejects_path: str | Path | None = None
    rejects_force: bool = False  # replace an existing rejects file (never the workspace or input)
    # On a shared (PostgreSQL) workspace imports run one at a time: a second one waits up to
    # wait_s seconds for the first (telling on_wait who imports what), or with 0 is refused.
    wait_s: float = DEFAULT_WAIT_S
    on_wait: Callable[[str], None] | None = None


@dataclass
class ImportResult:
    entity: str
    file_name: str
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    batch_id: int | None = None
    dry_run: bool = False
    written: bool = False
    strict_refused: bool = False
    problems: pd.DataFrame = field(default_factory=no_problems)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    ignored_columns: list[str] = field(default_factory=list)
    warnings: list[Said] = field(default_factory=list)  # notes about the file, worded by kind
    rejects_path: Path | None = None
    record_of: Callable[[int], int] | None = None  # file line -> record number
    strict_reason: Said = field(default_factory=lambda: say("strict_any_row"))
    accounts_from_contacts: int = 0  # rows naming only a contact, given that contact's account

    def summary_lines(self, first_problems: int = 20) -> list[str]:
        verb = "would insert" if self.dry_run or not self.written else "inserted"
        upd = "would update" if self.dry_run or not self.written else "updated"
        read_as = ", ".join(x for x in (
            f"encoding {self.encoding}" if self.encoding else "",
            f"delimiter {_show(self.delimiter)}" if self.delimiter else "",
            f"sheet {self.sheet!r}" if self.sheet else "") if x)
        lines = [f"Read {self.rows_read:,} {self.entity} row(s) from {self.file_name}"
                 + (f" ({read_as})" if read_as else "") + "."]
        lines += [f"Note: {w}" for w in self.warnings]
        if self.ignored_columns:
            lines.append("Ignored column(s): " + ", ".join(self.ignored_columns) + ".")
        lines.append(f"{verb.capitalize()} {self.inserted:,}, {upd} {self.updated:,}, "
                     f"unchanged {self.unchanged:,}, rejected {self.rejected:,}.")
        if self.accounts_from_contacts:
            lines.append(f"{self.accounts_from_contacts:,} row(s) named a contact but no account "
                         "and took the contact's account.")
        if self.strict_refused:
            lines.append(f"Nothing was written: {self.strict_reason}.")
        elif self.dry_run:
            lines.append("Dry run: nothing was written.")
        elif self.batch_id is not None:
            lines.append(f"Recorded as batch {self.batch_id} (`abm-health undo {self.batch_id}` "
                         "reverts it).")
        lines += summary_lines(self.problems, first=first_problems, record_of=self.record_of)
        if self.rejects_path is not None:
            lines.append(f"Rejected rows written to {self.rejects_path} (with a reason column).")
        return lines


class _Ticker:
    """Passes progress on at most ten times a second; turns a False reply into a cancel."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.stage = ""
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.progress is None:
            return
        clock = time.perf_counter()
        if stage == self.stage and done < total and clock - self.last < 0.1:
            return
        self.stage, self.last = stage, clock
        if self.progress(stage, done, total) is False:
            raise ImportCancelled(say("import_cancelled"))


class _StrictRefusal(Exception):
    pass


def run(inputs: ImportInputs, progress: Progress | None = None) -> ImportResult:
    """Import one file. Raises ImportFileError for a file that can't be imported at all,
    MappingError for a bad mapping, ImportCancelled when cancelled (nothing written)."""
    tick = _Ticker(progress)
    spec = spec_for(inputs.entity)
    # Before anything is read or written: a rejects path that would overwrite the
    # workspace, the input or someone's file stops the run while nothing has happened.
    checked_rejects_path(inputs)
    tick("reading", 0, 1)
    mapping = inputs.mapping
    source = read_source(inputs.path, ReadOptions(
        encoding=inputs.encoding or (mapping.encoding if mapping else None),
        delimiter=inputs.delimiter or (mapping.delimiter if mapping else None),
        sheet=inputs.sheet or (mapping.sheet if mapping else None)))
    refuse_duplicate_headers(Path(inputs.path).name, source.headers, mapping)
    if mapping is None:
        mapping = canonical_mapping(inputs.entity, source.columns)
    result = ImportResult(entity=spec.name, file_name=Path(inputs.path).name,
                          rows_read=len(source), dry_run=inputs.dry_run,
                          encoding=source.encoding, delimiter=source.delimiter,
                          sheet=source.sheet, warnings=list(source.warnings),
                          record_of=source.record_of)
    used = {c for src in mapping.fields.values() for c in src.source_columns()}
    used |= {lookup.source_column for lookup in mapping.lookups.values()}
    result.ignored_columns = [c for c in source.columns if c not in used]
    tick("checking", 0, len(source))
    frame = source.frame
    if mapping.lookups:
        folders = [f for f in (mapping.folder, Path(inputs.path).parent) if f is not None]
        frame, notes = attach_lookups(mapping.lookups, sorted(used), frame, folders)
        result.warnings += notes
    raw, labels = apply_mapping(mapping, frame)
    options = ParseOptions(
        day_first=_pick(inputs.day_first, mapping.day_first),
        decimal_comma=_pick(inputs.decimal_comma, mapping.decimal_comma),
        date_format=inputs.date_format or mapping.date_format)
    currency = load_settings(inputs.workspace).currency
    scales = {name: src.scale for name, src in mapping.fields.items() if src.scale}
    checked = validate(spec, raw, labels, source.rows, options, currency, scales)
    tick("checking", len(source), len(source))
    valid = checked.values[~source.rows.isin(checked.problems["row"]).to_numpy()]
    rows = source.rows
    result.warnings += [j.note for j in checked.judgements]
    if inputs.strict and any(j.refuses_strict for j in checked.judgements):
        result.strict_reason = say("strict_judged")
        return _finish(result, source, checked.problems, inputs, strict_refused=True)
    if inputs.strict and len(checked.problems):
        return _finish(result, source, checked.problems, inputs, strict_refused=True)
    tick("matching", 0, len(valid))
    matches = {name: src.match for name, src in mapping.fields.items() if src.match}
    try:
        if not inputs.dry_run:
            require_role(inputs.workspace, "manager", "import files")
        if inputs.dry_run:
            with inputs.workspace.connect() as conn:
                plan = make_plan(conn, spec, valid, labels, rows[valid.index], matches)
        else:
            ensure_intact(inputs.workspace)
            with _conflicts_named(), inputs.workspace.transaction() as conn:
                exclusive(conn, IMPORT, f"importing {spec.name} from {result.file_name}",
                          on_wait=inputs.on_wait, wait_s=inputs.wait_s,
                          while_waiting=lambda: tick("matching", 0, max(len(valid), 1)))
                batch_id = start_batch(conn, result.file_name, spec.name,
                                       inputs.preset or mapping.preset, len(source))
                plan = make_plan(conn, spec, valid, labels, rows[valid.index], matches)
                if inputs.strict and len(plan.problems):
                    raise _StrictRefusal
                tick("matching", len(valid), len(valid))
                before = events_before(conn)
                apply_plan(conn, plan, batch_id, tick)
                problems = combine([checked.problems, plan.problems])
                finish_batch(conn, batch_id, len(plan.inserts), len(plan.updates),
                             int(problems["row"].nunique()))
                if spec.table == "events" and (len(plan.inserts) or len(plan.updates)):
                    mark_changed(conn)
                change = events_after(conn, plan, before)
            result.batch_id, result.written = batch_id, True
            follow_events(inputs.workspace, change)
    except _StrictRefusal:
        return _finish(result, source, combine([checked.problems, plan.problems]), inputs,
                       strict_refused=True)
    result.inserted, result.updated, result.unchanged = (
        len(plan.inserts), len(plan.updates), plan.unchanged)
    result.accounts_from_contacts = plan.accounts_from_contacts
    return _finish(result, source, combine([checked.problems, plan.problems]), inputs)


def _finish(result: ImportResult, source: SourceTable, problems: pd.DataFrame,
            inputs: ImportInputs, *, strict_refused: bool = False) -> ImportResult:
    result.problems = problems
    result.rejected = int(problems["row"].nunique()) if len(problems) else 0
    result.strict_refused = strict_refused
    if inputs.rejects_path is not None and len(problems):
        path = Path(inputs.rejects_path)
        try:
            write_rejects(path, source.frame, source.columns, source.rows, problems,
                          replace=inputs.rejects_force)
            result.rejects_path = path
        except OSError as exc:
            # The import itself is committed by now; say plainly what was not written.
            result.warnings.append(
                say("rejects_appeared", path=path) if isinstance(exc, FileExistsError)
                else say("rejects_not_written", path=path, reason=exc.strerror or str(exc)))
    return result


def checked_rejects_path(inputs: ImportInputs) -> Path | None:
    """The rejects path, checked (storage.safe_paths); ImportFileError naming the problem."""
    if inputs.rejects_path is None:
        return None
    protected = protected_paths(inputs.workspace.path, [inputs.path])
    try:
        return check_output(inputs.rejects_path, protected, force=inputs.rejects_force,
                            option="--rejects",
                            new_folder_ok=True)
    except OutputRefused as exc:
        raise ImportFileError(exc.args[0] if exc.args else str(exc)) from exc


@contextmanager
def _conflicts_named() -> Iterator[None]:
    """A clash with rows another session wrote meanwhile becomes a sentence, not a trace."""
    try:
        yield
    except IntegrityError as exc:
        raise WorkspaceError(say("import_conflict"), kind="conflict") from exc


def _pick(override: bool | None, default: bool) -> bool:
    return default if override is None else override


def _show(delimiter: str | None) -> str:
    return {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}.get(delimiter or "",
                                                                          repr(delimiter))
