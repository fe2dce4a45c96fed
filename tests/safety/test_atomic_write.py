"""The two small guards every writer uses: ``atomic_write`` and ``safe_paths``."""

from __future__ import annotations

import os
import stat

import pytest

from storage.atomic_write import atomic_open
from storage.safe_paths import OutputRefused, check_output, protected_paths


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target, "w", encoding="utf-8") as out:
        out.write("half of the new")
        raise RuntimeError("disk full, say")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_new_file_is_private_and_whole(tmp_path):
    target = tmp_path / "out.csv"
    old = os.umask(0)
    try:
        with atomic_open(target, "w", encoding="utf-8") as out:
            out.write("a,b\r\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"a,b\r\n"


def test_without_replace_a_file_that_appeared_meanwhile_is_kept(tmp_path):
    target = tmp_path / "out.csv"
    with pytest.raises(FileExistsError), atomic_open(target, "w", replace=False) as out:
        out.write("ours")
        target.write_text("theirs", encoding="utf-8")  # someone else got there first
    assert target.read_text(encoding="utf-8") == "theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.parametrize("alias", ["symlink", "hardlink", "dotted"])
def test_other_names_of_the_workspace_are_refused_even_with_force(tmp_path, alias):
    ws = tmp_path / "ws.sqlite"
    ws.write_bytes(b"SQLite format 3\x00")
    other = tmp_path / "other.csv"
    if alias == "symlink":
        other.symlink_to(ws)
    elif alias == "hardlink":
        os.link(ws, other)
    else:
        other = tmp_path / "sub" / ".." / "ws.sqlite"
        (tmp_path / "sub").mkdir()
    with pytest.raises(OutputRefused, match="is the workspace"):
        check_output(other, protected_paths(ws), force=True)


def test_the_workspace_companion_files_are_refused(tmp_path):
    ws = tmp_path / "ws.sqlite"
    for suffix in ("-wal", "-shm", ".events.npz", ".portfolio.npz"):
        with pytest.raises(OutputRefused, match="a file of the workspace"):
            check_output(str(ws) + suffix, protected_paths(ws), force=True)
