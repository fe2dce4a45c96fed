"""Files written whole or not at all: a private temporary name in the target's folder, then a rename.

A reader (or a killed writer) never sees half a file under the final name: the content goes
to ``.<name>.<random>.tmp`` created with ``O_EXCL`` and mode 0600 from the first byte (no
umask window in which another user could open it), is flushed to disk, and only then
renamed over the target. Anything that goes wrong on the way (a full disk, an exception,
Ctrl+C) removes the temporary file and leaves the target as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

PRIVATE = 0o600


def temporary_name(path: Path) -> Path:
    """A fresh hidden name beside ``path`` (same folder, so the rename is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def create_private(path: Path) -> int:
    """Create ``path`` (it must not exist) readable by its owner only; returns the descriptor."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE)
    # O_CREAT's mode is masked by umask, which can only narrow it; fchmod makes it exact.
    os.fchmod(fd, PRIVATE)
    return fd


@contextlib.contextmanager
def atomic_path(path: str | Path, *, replace: bool = True) -> Iterator[Path]:
    """A private temporary path to fill (by any writer, even a library that wants a name);
    renamed onto ``path`` when the block ends without an exception, deleted otherwise.

    With ``replace`` False an existing ``path`` is never replaced, even one that appeared
    while the content was being written: the file is linked into place, which fails when
    the name is taken (FileExistsError)."""
    path = Path(path)
    tmp = temporary_name(path)
    os.close(create_private(tmp))
    try:
        yield tmp
        _flush_to_disk(tmp)
        if replace:
            os.replace(tmp, path)
        else:
            link_new(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def link_new(tmp: Path, path: Path) -> None:
    """Give ``tmp`` the name ``path`` only if that name is free (FileExistsError if not);
    on file systems without hard links (FAT, exFAT, some network shares) check, then rename."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if os.path.lexists(path):
            raise FileExistsError(17, "File exists", str(path)) from None
        os.replace(tmp, path)
        return
    tmp.unlink()


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w", *, replace: bool = True,
                **kwargs: Any) -> Iterator[IO]:
    """``open`` for writing, atomically: ``with atomic_open(p, "w", encoding=...) as out:``."""
    if not mode.startswith("w"):
        raise ValueError("atomic_open only writes whole files (mode 'w' or 'wb')")
    with atomic_path(path, replace=replace) as tmp:
        with open(tmp, mode, **kwargs) as out:
            yield out


def _flush_to_disk(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
