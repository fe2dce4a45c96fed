"""Where we may write: an output path is checked before anything is written.

Every file a command writes (``--rejects``, ``-o``) goes through ``check_output``. It refuses
the workspace itself (and its journal and cache files), any input of the same run, a
folder, a folder that does not exist, and any existing file unless the user said
``--force``. Files are compared by identity (``samefile``), so a different spelling of the
same path (``./ws.sqlite``, a symlink, a hard link) is refused too.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from storage.said import english, say

# Files SQLite and abm-health keep beside a workspace: never an output, even with --force.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".events.npz", ".portfolio.npz",
                      ".tables.npz", ".kpis.npz")
# What a protected path is, as an id: the desktop words it in the chosen language; the
# English here is for this module's own refusals.
WORKSPACE, WORKSPACE_FILE, INPUT = "workspace", "workspace_file", "input"
PROTECTED_WORDS = {WORKSPACE: "the workspace", WORKSPACE_FILE: "a file of the workspace",
                   INPUT: "an input of this command"}
english({f"protected_{what}": words for what, words in PROTECTED_WORDS.items()})
english({
    "output_is_protected": "{option} {path} is {what} ({other}); choose another file name",
    "output_is_folder": "{option} {path} is a folder; give a file name inside it",
    "output_folder_missing": "{option} {path}: the folder {folder} does not exist; create it "
                             "first",
    "output_exists": "{option} {path} already exists; choose another name, or add --force to "
                     "replace it",
    "output_not_regular": "{option} {path} is not a regular file; choose another name",
})


class OutputRefused(Exception):
    """An output path we must not write to; the message says why and what to do."""


def protected_paths(workspace_path: Path | None, inputs: Iterable[str | Path | None] = ()
                    ) -> list[tuple[Path, str]]:
    """(path, what it is: an id of ``PROTECTED_WORDS``) for everything a run must never
    overwrite."""
    found: list[tuple[Path, str]] = []
    if workspace_path is not None:
        found.append((Path(workspace_path), WORKSPACE))
        found += [(Path(str(workspace_path) + s), WORKSPACE_FILE) for s in COMPANION_SUFFIXES]
    found += [(Path(p), INPUT) for p in inputs if p]
    return found


def check_output(path: str | Path, protected: Iterable[tuple[Path, str]], *,
                 force: bool = False, option: str = "-o", new_folder_ok: bool = False) -> Path:
    """The absolute path to write, or OutputRefused with a sentence naming the problem.

    ``new_folder_ok``: a missing folder is fine, the writer creates it."""
    target = Path(os.path.abspath(Path(path).expanduser()))
    for other, what in protected:
        if _same(target, Path(other)):
            raise OutputRefused(say("output_is_protected", option=option, path=path,
                                    what=say(f"protected_{what}"), other=other))
    if target.is_dir():
        raise OutputRefused(say("output_is_folder", option=option, path=path))
    if not target.parent.is_dir() and not (new_folder_ok and not target.parent.exists()):
        raise OutputRefused(say("output_folder_missing", option=option, path=path,
                                folder=target.parent))
    if os.path.lexists(target) and not force:
        raise OutputRefused(say("output_exists", option=option, path=path))
    if os.path.lexists(target) and not target.is_file():
        raise OutputRefused(say("output_not_regular", option=option, path=path))
    return target


def _same(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:  # one of them does not exist: compare the spelled-out paths
        return os.path.abspath(a) == os.path.abspath(b)
