"""``abm-health backup [-o FILE]``: a consistent copy of the workspace file.

Uses SQLite's online backup API, so it is safe while a window has the workspace open. The
copy is written privately under a temporary name, checked, then renamed (storage.backup):
a failed or killed backup never leaves a file under the name asked for.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from storage.backup import BackupError, write_backup
from storage.safe_paths import OutputRefused, check_output, protected_paths
from storage.workspace import Workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="write a consistent copy of the workspace file",
        description="Write a consistent copy of the workspace (safe while the window is open).",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE",
        help="where to write the copy (default: next to the workspace, stamped with the time)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.exits import UsageError

    if workspace.path is None:
        raise UsageError(
            "backup copies a workspace file; for a database URL use the database's own backup tool"
        )
    if args.output:
        target = Path(args.output).expanduser().resolve()
    else:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = workspace.path.with_name(f"{workspace.path.stem}.backup-{stamp}.sqlite")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create the folder {target.parent}: {exc.strerror}") from exc
    try:
        check_output(target, protected_paths(workspace.path))
    except OutputRefused as exc:
        raise UsageError(str(exc)) from exc
    try:
        write_backup(workspace.path, target)
    except BackupError as exc:
        print(f"abm-health backup: {exc}.", file=sys.stderr)
        return 1
    print(f"Backed up {workspace.path} to {target}")
    return 0
