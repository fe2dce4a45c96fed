"""Backups of a workspace file that are whole, checked and private, or not there at all.

``write_backup`` copies through SQLite's online backup API (a consistent snapshot, safe
while a window has the workspace open) into a temporary file beside the destination,
created readable by its owner only before the first byte is written. The copy is checked
(``PRAGMA integrity_check`` and the row count of every table against the snapshot it was
taken from) and only then renamed to its final name. A failed backup (a full disk, a
damaged source, a check that disagrees) removes the temporary file and raises
``BackupError`` with the reason. A killed backup leaves only its temporary file, under a
name that says which process wrote it; the next backup into that folder removes it.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from storage.atomic_write import create_private, link_new
from storage.said import Said, english, say

english({
    "backup_exists": "{path} already exists; choose another file name",
    "backup_cannot_write_in": "cannot write in {folder}: {reason}; choose a folder you can "
                              "write to",
    "backup_disk_full": "the disk holding {folder} is full; nothing was written. Free some "
                        "space or choose another folder",
    "backup_disk_error": "writing to {folder} failed (disk I/O error: the disk may be full or "
                         "failing); nothing was written. Free some space or choose another "
                         "folder",
    "backup_source_damaged": "the workspace {source} is damaged ({reason}); nothing was "
                             "written. Restore an earlier backup",
    "backup_appeared": "{path} appeared while the backup was written; choose another file name",
    "backup_cannot_write": "cannot write {path}: {reason}; nothing was written",
    "backup_failed": "the backup of {source} failed: {reason}; nothing was written",
})

TEMP_PATTERN = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.backup-tmp$")
PAGES_PER_STEP = 4096  # 16 MB per step: progress stays responsive

Progress = Callable[[int, int], None]
"""progress(pages_left, pages_total) after each step of the copy."""


class BackupError(Exception):
    """A backup that was not written; the message says why. Nothing is left behind."""


def temporary_backup_name(destination: Path) -> Path:
    return destination.with_name(f".{destination.name}.{os.getpid()}.backup-tmp")


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary backup files whose writing process is gone (it was killed)."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = TEMP_PATTERN.match(entry.name)
        if match is None or _alive(int(match["pid"])):
            continue
        for leftover in (entry, Path(str(entry) + "-journal")):
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # ours, from an earlier call that cannot still be running
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    # Names come from sqlite_master, quoted as identifiers: never user input.
    return {n: conn.execute(f'SELECT COUNT(*) FROM "{n.replace(chr(34), chr(34) * 2)}"')
            .fetchone()[0] for n in names}


def write_backup(source: Path, destination: Path, *, replace: bool = False,
                 progress: Progress | None = None) -> Path:
    """Copy the workspace ``source`` to ``destination`` (see the module docstring)."""
    destination = Path(destination)
    remove_stale_temporaries(destination.parent)
    if not replace and os.path.lexists(destination):
        raise BackupError(say("backup_exists", path=destination))
    tmp = temporary_backup_name(destination)
    tmp.unlink(missing_ok=True)
    try:
        os.close(create_private(tmp))
    except OSError as exc:
        raise BackupError(say("backup_cannot_write_in", folder=destination.parent,
                              reason=exc.strerror)) from exc
    try:
        _copy_and_check(source, tmp, progress)
        if replace:
            os.replace(tmp, destination)
        else:  # fails, rather than replaces, if the name was taken meanwhile
            link_new(tmp, destination)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + "-journal").unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error | OSError):
            raise BackupError(_reason(exc, source, destination)) from exc
        raise
    return destination


def _copy_and_check(source: Path, tmp: Path, progress: Progress | None) -> None:
    src = sqlite3.connect(f"file:{_uri_path(source)}?mode=rw", uri=True)  # never creates
    dst = sqlite3.connect(str(tmp))
    try:
        # One read transaction: the counts and the pages copied are the same snapshot.
        src.execute("BEGIN")
        expected = table_counts(src)
        # The copy needs no journal of its own: until it is checked and renamed it is
        # nobody's data, and a journal would be one more file to leave behind.
        dst.execute("PRAGMA journal_mode=OFF")

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(remaining, total)

        # No pause between steps (the module would sleep 0.25 s each): the source is only read.
        src.backup(dst, pages=PAGES_PER_STEP, progress=step, sleep=0)
        src.execute("COMMIT")
        problems = [r[0] for r in dst.execute("PRAGMA integrity_check").fetchall()]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError("the copy failed its integrity check: "
                                        + "; ".join(problems[:3]))
        copied = table_counts(dst)
        if copied != expected:
            differ = sorted(k for k in set(copied) | set(expected)
                            if copied.get(k) != expected.get(k))
            raise sqlite3.DatabaseError("the copy's row counts differ from the workspace's in "
                                        + ", ".join(differ))
    finally:
        dst.close()
        src.close()
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _uri_path(path: Path) -> str:
    # A URI filename: '?', '#' and '%' in the path must be escaped to stay part of it.
    from urllib.parse import quote

    return quote(str(Path(path).resolve()), safe="/")


def _reason(exc: BaseException, source: Path, destination: Path) -> Said:
    text = str(exc)
    lower = text.lower()
    if "full" in lower or getattr(exc, "errno", None) == 28:
        return say("backup_disk_full", folder=destination.parent)
    if "disk i/o error" in lower:
        return say("backup_disk_error", folder=destination.parent)
    if "malformed" in lower or "not a database" in lower:
        return say("backup_source_damaged", source=source, reason=text)
    if isinstance(exc, FileExistsError):
        return say("backup_appeared", path=destination)
    if isinstance(exc, OSError):
        return say("backup_cannot_write", path=destination, reason=exc.strerror or text)
    return say("backup_failed", source=source, reason=text)
