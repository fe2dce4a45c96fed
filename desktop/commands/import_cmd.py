"""``abm-health import ENTITY FILE``: load a CRM or marketing-automation export (SPEC §7).

Prints what it read, inserted, updated and rejected, with every problem as row, column,
value and expectation (counts per problem first). Exit 0 when every row was imported
(or would be, with --dry-run), 1 when rows were rejected or the file can't be read,
2 for usage mistakes (unknown entity or preset, a missing file, a bad mapping file).
Long imports draw a progress bar on stderr; Ctrl+C rolls everything back.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.shared.plurals import counted
from desktop.shared.wording.import_summary import summary_lines
from desktop.shared.wording.said import error_text, worded
from domain import formatting as fmt
from storage.importing import (
    ENTITIES,
    ImportCancelled,
    ImportFileError,
    ImportInputs,
    MappingError,
    load_mapping,
    load_preset,
)
from storage.importing import (
    run as run_import,
)
from storage.importing.option_checks import (
    date_format_problem,
    delimiter_problem,
    encoding_problem,
)
from storage.locks import DEFAULT_WAIT_S
from storage.safe_paths import OutputRefused, check_output, protected_paths
from storage.workspace import Workspace

translate = QCoreApplication.translate

def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help=translate("ImportCommand", "import a CSV or XLSX export (accounts, contacts, events, deals, ...)"),
        description=translate("ImportCommand", "Import a CSV or XLSX export into the workspace in one transaction. "
        "Canonical headers are the field names `abm-health template ENTITY` writes; other "
        "layouts need --preset or --mapping."),
    )
    parser.add_argument("entity", choices=ENTITIES, metavar="ENTITY",
                        help=arg(translate("ImportCommand", "what the file holds: %1"),
                                 ", ".join(ENTITIES)))
    parser.add_argument("file", metavar="FILE", help=translate("ImportCommand", "the CSV or XLSX file"))
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--preset", metavar="NAME",
                        help=translate("ImportCommand", "a built-in mapping, e.g. hubspot or salesforce"))
    source.add_argument("--mapping", metavar="FILE.toml", help=translate("ImportCommand", "a mapping file (TOML)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=translate("ImportCommand", "check everything and report, write nothing"))
    parser.add_argument("--strict", action="store_true",
                        help=translate("ImportCommand", "write nothing if any row is rejected"))
    parser.add_argument("--rejects", metavar="FILE",
                        help=translate("ImportCommand", "write rejected rows here as CSV, with a reason column "
                        "(a new file; see --force)"))
    parser.add_argument("--force", action="store_true",
                        help=translate("ImportCommand", "let --rejects replace an existing file (never the workspace or "
                        "an input)"))
    parser.add_argument("--encoding", metavar="ENC",
                        help=translate("ImportCommand", "file encoding: utf-8, utf-16, cp1252, cp1250 (default: detected)"))
    parser.add_argument("--delimiter", metavar="C",
                        help=translate("ImportCommand", "field delimiter: , ; tab | (default: sniffed)"))
    parser.add_argument("--day-first", action="store_true", default=None,
                        help=translate("ImportCommand", "read 03/04/2025 as 3 April"))
    parser.add_argument("--decimal-comma", action="store_true", default=None,
                        help=translate("ImportCommand", "read 1.234,50 and 1234,5 with a decimal comma"))
    parser.add_argument("--date-format", metavar="FMT",
                        help=translate("ImportCommand", "strptime format of the date columns, e.g. %%d.%%m.%%Y"))
    parser.add_argument("--sheet", metavar="NAME", help=translate("ImportCommand", "XLSX sheet (default: the first)"))
    parser.add_argument("--no-wait", action="store_true",
                        help=translate("ImportCommand", "on a shared workspace, refuse at once (naming who imports what) "
                        "instead of waiting while another import runs"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.exits import EXIT_DATA, EXIT_OK, UsageError

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise UsageError(arg(translate("ImportCommand", "%1 does not exist or is not a file"), path))
    try:
        if args.mapping:
            mapping = load_mapping(args.mapping)
        elif args.preset:
            mapping = load_preset(args.preset, args.entity, path)
        else:
            mapping = None
    except MappingError as exc:
        raise UsageError(error_text(exc)) from exc
    if args.rejects:
        protected = protected_paths(workspace.path, [path, args.mapping])
        try:
            check_output(args.rejects, protected, force=args.force, option="--rejects",
                            new_folder_ok=True)
        except OutputRefused as exc:
            raise UsageError(error_text(exc)) from exc
    if mapping is not None and mapping.entity != args.entity:
        raise UsageError(arg(translate("ImportCommand", "the mapping is for %1, not %2"),
                             mapping.entity, args.entity))
    for value, check, option in ((args.delimiter, delimiter_problem, "--delimiter"),
                                 (args.date_format, date_format_problem, "--date-format"),
                                 (args.encoding, encoding_problem, "--encoding")):
        if value is not None and (problem := check(value)):
            raise UsageError(arg(translate("ImportCommand", "%1: %2"), option, worded(problem)))
    delimiter = "\t" if args.delimiter in ("tab", "\\t", "TAB") else args.delimiter
    inputs = ImportInputs(
        workspace=workspace, entity=args.entity, path=path, mapping=mapping,
        preset=args.preset or (Path(args.mapping).name if args.mapping else None),
        encoding=args.encoding, delimiter=delimiter, sheet=args.sheet,
        day_first=args.day_first, decimal_comma=args.decimal_comma,
        date_format=args.date_format, dry_run=args.dry_run, strict=args.strict,
        rejects_path=args.rejects, rejects_force=args.force,
        wait_s=0 if args.no_wait else DEFAULT_WAIT_S,
        on_wait=lambda sentence: print(arg(translate("ImportCommand", "abm-health import: %1"),
                                           worded(sentence)), file=sys.stderr, flush=True),
    )
    bar = ProgressBar(sys.stderr)
    try:
        result = run_import(inputs, bar)
    except ImportFileError as exc:
        bar.clear()
        print(arg(translate("ImportCommand", "abm-health import: %1"), error_text(exc)),
              file=sys.stderr)
        return EXIT_DATA
    except ImportCancelled as exc:
        bar.clear()
        print(arg(translate("ImportCommand", "abm-health import: %1"), error_text(exc)),
              file=sys.stderr)
        return EXIT_DATA
    finally:
        bar.clear()
    # Decided before printing: a reader that stops early (| head) must not turn it into 0.
    args.exit_status = EXIT_DATA if result.rejected else EXIT_OK
    print("\n".join(summary_lines(result)), flush=True)
    if result.written and (result.inserted or result.updated):
        from desktop.commands.ready_portfolio import prepare_portfolio

        prepare_portfolio(workspace)
    return args.exit_status


# The importer's stages (storage.importing.importer) as the terminal's bar names them.
STAGES = TranslatedLabels("ImportCommand", {
    "reading": QT_TRANSLATE_NOOP("ImportCommand", "reading"),
    "checking": QT_TRANSLATE_NOOP("ImportCommand", "checking"),
    "matching": QT_TRANSLATE_NOOP("ImportCommand", "matching"),
    "writing": QT_TRANSLATE_NOOP("ImportCommand", "writing"),
})


class StageLines(QObject):
    """A stage's line in a log ("checking 1,234 row(s)..."): a method per stage, so
    ``pyside6-lupdate`` records each as a plural message."""

    def reading(self, n: int) -> str:
        return self.tr("reading %Ln row(s)...", "", n)

    def checking(self, n: int) -> str:
        return self.tr("checking %Ln row(s)...", "", n)

    def matching(self, n: int) -> str:
        return self.tr("matching %Ln row(s)...", "", n)

    def writing(self, n: int) -> str:
        return self.tr("writing %Ln row(s)...", "", n)


def stage_line(stage: str, total: int) -> str:
    """The line a log gets when a stage starts; a stage without words as the importer
    names it."""
    method = getattr(StageLines(), stage, None) if stage in STAGES else None
    if method is None:
        return f"{stage} {fmt.count(total)} row(s)..."
    text = method(total)
    return counted(total, text, text)


class ProgressBar:
    """A progress bar on stderr, shown only once an import has run for a second.

    On a terminal it redraws one line; otherwise (a log file) it writes a line per stage.
    """

    WIDTH = 30

    def __init__(self, out: TextIO, delay: float = 1.0) -> None:
        self.out = out
        self.start = time.perf_counter()
        self.delay = delay
        self.drawn = False
        self.stage = ""
        self.tty = bool(getattr(out, "isatty", lambda: False)())

    def __call__(self, stage: str, done: int, total: int) -> bool:
        if time.perf_counter() - self.start < self.delay:
            return True
        fraction = done / total if total else 1.0
        if self.tty:
            filled = int(self.WIDTH * fraction)
            bar = "█" * filled + "░" * (self.WIDTH - filled)
            name = STAGES.get(stage, stage)
            self.out.write(f"\r{name:<9} {bar} {fraction:4.0%}  {fmt.count(done)} / "
                           f"{fmt.count(total)}   ")
            self.drawn = True
        elif stage != self.stage:
            self.out.write(stage_line(stage, total) + "\n")
        self.stage = stage
        self.out.flush()
        return True

    def clear(self) -> None:
        if self.drawn:
            self.out.write("\r" + " " * (self.WIDTH + 40) + "\r")
            self.out.flush()
            self.drawn = False
