"""``abm-health copy SRC DEST``: copy a whole workspace between SQLite and PostgreSQL.

SRC and DEST are each a file path or a database URL; DEST must be a new file or an empty
database (the schema is created there first). Prints each table's row count and the start
of its content hash, the same on both sides, or exits 1 with a sentence when the copy could
not be checked (then nothing was written).
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

from desktop.i18n.placeholders import arg
from storage.workspace import Workspace

translate = QCoreApplication.translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "copy", help=translate("CopyCommand", "copy a workspace between SQLite and PostgreSQL, checked table by table"),
        description=translate("CopyCommand", "Copy everything (data, import history, settings, model versions, health "
        "history) from SRC to DEST, each a file or a database URL, and check every table by "
        "row count and content hash."))
    parser.add_argument("source", metavar="SRC", help=translate("CopyCommand", "the workspace to copy"))
    parser.add_argument("destination", metavar="DEST",
                        help=translate("CopyCommand", "a new file or an empty database (URL without a password)"))
    parser.set_defaults(func=run, workspace_arg="source")


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.exits import UsageError
    from storage.copying import copy_workspace
    from storage.paths import is_url

    if not is_url(args.destination):
        from pathlib import Path

        target = Path(args.destination).expanduser().resolve()
        if workspace.path is not None and target == workspace.path:
            raise UsageError(translate("CopyCommand", "SRC and DEST are the same workspace"))
        if target.exists() and target.stat().st_size > 0:
            raise UsageError(arg(translate("CopyCommand", "%1 already exists; copy into a new file"),
                                 target))
    with Workspace.open(args.destination) as destination:
        copied = copy_workspace(workspace, destination)
        where = destination.location
    print_copy(copied, workspace.location, where)
    return 0


def print_copy(copied, source: str, destination: str, out=None) -> None:
    out = out or sys.stdout
    print(arg(translate("CopyCommand", "Copied %1 to %2:"), source, destination), file=out)
    width = max(len(c.table) for c in copied)
    for c in copied:
        print(f"  {c.table:<{width}}  {c.rows:>10,} rows  sha256 {c.digest[:16]}", file=out)
    total = sum(c.rows for c in copied)
    print(arg(translate("CopyCommand", "%1 tables, %2 rows; row counts and content hashes checked "
                        "equal on both sides."), len(copied), f"{total:,}"), file=out)
