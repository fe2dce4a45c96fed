"""``abm-health batches`` lists the import history; ``abm-health undo BATCH`` reverts one.

Undo removes the rows the batch inserted and restores the values it overwrote, in one
transaction; it refuses, saying which batch to undo first, when later imports depend on it.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

from desktop.commands.output import write_csv, write_json, write_table
from desktop.i18n.placeholders import arg
from desktop.shared.wording.said import error_text
from domain import formatting as fmt
from storage.importing import UndoRefused, list_batches, undo_batch
from storage.workspace import Workspace

translate = QCoreApplication.translate


COLUMNS = ("id", "started_at", "entity", "file_name", "preset", "rows_read", "rows_inserted",
           "rows_updated", "rows_rejected", "status")
HEADERS = ("batch", "started", "entity", "file", "preset", "read", "inserted", "updated",
           "rejected", "status")


def register(subparsers: argparse._SubParsersAction) -> None:
    listing = subparsers.add_parser(
        "batches", help=translate("BatchesCommand", "list the import batches (newest first)"),
        description=translate("BatchesCommand", "List every import batch: when, which file, what it did, and its status."))
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table",
                         help=translate("BatchesCommand", "output format (default: table)"))
    listing.set_defaults(func=run_batches)
    undo = subparsers.add_parser(
        "undo", help=translate("BatchesCommand", "undo an import batch"),
        description=translate("BatchesCommand", "Remove the rows an import batch inserted and restore the values it updated."))
    undo.add_argument("batch", type=int, metavar="BATCH", help=translate("BatchesCommand", "the batch number (see `batches`)"))
    undo.set_defaults(func=run_undo)


def run_batches(args: argparse.Namespace, workspace: Workspace) -> int:
    frame = list_batches(workspace)
    rows = frame.to_dict("records")
    for row in rows:
        row["started_at"] = str(row["started_at"])[:19] if row["started_at"] else None
    # sys.stdout is looked up now, not when output.py was imported (tests swap it).
    if args.format == "json":
        write_json(rows, out=sys.stdout)
    elif args.format == "csv":
        write_csv(rows, COLUMNS, out=sys.stdout)
    elif rows:
        write_table(rows, COLUMNS, HEADERS, out=sys.stdout)
    else:
        print(translate("BatchesCommand", "No imports yet."))
    return 0


def run_undo(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.exits import UsageError

    try:
        result = undo_batch(workspace, args.batch)
    except UndoRefused as exc:
        if exc.missing:
            raise UsageError(error_text(exc)) from exc
        print(arg(translate("BatchesCommand", "abm-health undo: %1"), error_text(exc)),
              file=sys.stderr)
        return 1
    print(arg(translate("BatchesCommand", "Undid batch %1: removed %2 inserted row(s), restored "
                        "%3 updated row(s)."), result.batch_id, fmt.count(result.deleted),
              fmt.count(result.restored)), flush=True)
    from desktop.commands.ready_portfolio import prepare_portfolio

    prepare_portfolio(workspace)
    return 0
