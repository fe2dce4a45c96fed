"""``abm-health backup [-o FILE]``: a consistent copy of the workspace, as an SQLite file.

A workspace file is copied through SQLite's online backup API, so it is safe while a window
has the workspace open; the copy is written privately under a temporary name, checked, then
renamed (storage.backup): a failed or killed backup never leaves a file under the name
asked for. A PostgreSQL workspace is copied table by table from one snapshot into a new
SQLite file (``storage.copying``), each table checked by row count and content hash; by
default the file goes to the current folder, named after the database.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.i18n.placeholders import arg
from desktop.shared.wording.said import error_text
from storage.backup import BackupError, write_backup
from storage.safe_paths import OutputRefused, check_output, protected_paths
from storage.workspace import Workspace

translate = QCoreApplication.translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup",
        help=translate("BackupCommand", "write a consistent copy of the workspace (an SQLite file)"),
        description=translate("BackupCommand", "Write a consistent copy of the workspace (safe while the window is open)."),
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help=translate("BackupCommand", "where to write the copy (default: next to the workspace, stamped with the time)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.exits import UsageError

    if workspace.path is None:
        return _backup_server(args, workspace)
    if args.output:
        target = Path(args.output).expanduser().resolve()
    else:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = workspace.path.with_name(f"{workspace.path.stem}.backup-{stamp}.sqlite")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(arg(translate("BackupCommand", "cannot create the folder %1: %2"),
                             target.parent, exc.strerror)) from exc
    try:
        check_output(target, protected_paths(workspace.path))
    except OutputRefused as exc:
        raise UsageError(error_text(exc)) from exc
    try:
        write_backup(workspace.path, target)
    except BackupError as exc:
        print(arg(translate("BackupCommand", "abm-health backup: %1."), error_text(exc)),
              file=sys.stderr)
        return 1
    print(arg(translate("BackupCommand", "Backed up %1 to %2"), workspace.path, target))
    return 0


def _backup_server(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.copy import print_copy
    from desktop.commands.exits import UsageError
    from storage.copying import copy_workspace

    if workspace.engine.dialect.name != "postgresql":
        raise UsageError("backup copies an SQLite file or a PostgreSQL workspace; for another "
                         "database use its own backup tool")
    if args.output:
        target = Path(args.output).expanduser().resolve()
    else:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = Path.cwd() / f"{workspace.engine.url.database}.backup-{stamp}.sqlite"
    if target.exists():
        raise UsageError(arg(translate("BackupCommand", "%1 already exists; choose another file name"),
                             target))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with Workspace.open(target) as copy:
            copied = copy_workspace(workspace, copy)
    except BaseException:
        target.unlink(missing_ok=True)  # no half-made backup left behind
        raise
    print_copy(copied, workspace.location, str(target))
    print(arg(translate("BackupCommand", "Backed up %1 to %2"), workspace.location, target))
    return 0
