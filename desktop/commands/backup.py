"""``abm-health backup [-o FILE]``: a consistent copy of the workspace file.

Uses SQLite's online backup API, so it is safe while a window has the workspace open.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from storage.workspace import Workspace, backup_sqlite


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
    if target == workspace.path:
        raise UsageError("the backup must not overwrite the workspace itself")
    if target.exists():
        raise UsageError(f"{target} already exists; choose another file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    backup_sqlite(workspace.path, target)
    print(f"Backed up {workspace.path} to {target}")
    return 0
