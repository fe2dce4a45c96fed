"""``abm-health import-folder DIR --preset NAME``: load a whole CRM export folder.

Every file the preset reads (its ``files`` patterns) is imported in dependency order,
accounts first, one batch per file, in one transaction (see
``storage.importing.folder``). ``--dry-run`` checks the whole folder and writes nothing;
``--strict`` writes nothing if any file fails or any row is rejected. Exit 0 when every
row of every file was imported, 1 when a file failed or rows were rejected, 2 for usage
mistakes (no such folder, no such preset).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.commands.import_cmd import ProgressBar
from desktop.i18n.placeholders import arg
from desktop.shared.wording.import_summary import folder_summary_lines
from desktop.shared.wording.said import error_text
from storage.importing import ImportFileError, MappingError, load_mapping
from storage.importing.folder import run_folder
from storage.workspace import Workspace

translate = QCoreApplication.translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-folder",
        help=translate("ImportFolderCommand", "import a whole CRM export folder (Zoho, HubSpot ...) in dependency order"),
        description=translate("ImportFolderCommand", "Import every file of an export folder that the preset reads: accounts "
        "first, then contacts, campaigns, deals and activities, one batch per file, in one "
        "transaction."),
    )
    parser.add_argument("folder", metavar="DIR", help=translate("ImportFolderCommand", "the export folder"))
    parser.add_argument("--preset", metavar="NAME",
                        help=translate("ImportFolderCommand", "the CRM the export comes from: zoho, hubspot or salesforce"))
    parser.add_argument("--mapping", metavar="FILE.toml", action="append", default=[],
                        help=translate("ImportFolderCommand", "a mapping for files the preset doesn't read (its files = [...] "
                        "patterns say which); may be repeated, and is tried before the preset"))
    parser.add_argument("--dry-run", action="store_true",
                        help=translate("ImportFolderCommand", "check every file and report, write nothing"))
    parser.add_argument("--strict", action="store_true",
                        help=translate("ImportFolderCommand", "write nothing if any file fails or any row is rejected"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.exits import EXIT_DATA, EXIT_OK, UsageError

    folder = Path(args.folder).expanduser()
    if not folder.is_dir():
        raise UsageError(arg(translate("ImportFolderCommand", "%1 does not exist or is not a folder"),
                             folder))
    if not args.preset and not args.mapping:
        raise UsageError(translate("ImportFolderCommand", "name the export's CRM with --preset "
                                   "NAME (zoho, hubspot, salesforce), or give --mapping "
                                   "FILE.toml"))
    bar = ProgressBar(sys.stderr)
    try:
        mappings = [load_mapping(m) for m in args.mapping]
        result = run_folder(workspace, folder, args.preset, mappings=mappings,
                            dry_run=args.dry_run, strict=args.strict, progress=bar)
    except MappingError as exc:
        raise UsageError(error_text(exc)) from exc
    except ImportFileError as exc:
        bar.clear()
        print(arg(translate("ImportFolderCommand", "abm-health import-folder: %1"),
                  error_text(exc)),
              file=sys.stderr)
        return EXIT_DATA
    finally:
        bar.clear()
    # Decided before printing: a reader that stops early (| head) must not turn it into 0.
    args.exit_status = EXIT_OK if result.ok else EXIT_DATA
    print("\n".join(folder_summary_lines(result)), flush=True)
    if any(r.written and (r.inserted or r.updated) for r in result.results):
        from desktop.commands.ready_portfolio import prepare_portfolio

        prepare_portfolio(workspace)
    return args.exit_status
