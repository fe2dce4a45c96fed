"""Issue 18, point 6: a backup is private from its first byte, checked, then renamed.

Before, the copy was written under its final name and chmod-ed at the end: a killed
backup left a 0644 file with a hot journal that opened as an empty workspace and blocked
the next backup to that name; a full disk gave a traceback and a partial file.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storage.backup import write_backup
from storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.fixture
def big_workspace(tmp_path):
    """A workspace of a few MB, so that a backup takes several steps."""
    path = tmp_path / "ws.sqlite"
    Workspace.open(path).close()
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO accounts (name, tier, is_target) VALUES (?, 2, 1)",
                     [(f"Account {i} " + "x" * 400,) for i in range(20_000)])
    conn.commit()
    conn.close()
    return path


def test_the_copy_is_private_and_under_a_temporary_name_while_written(big_workspace, tmp_path):
    target = tmp_path / "copies" / "b.sqlite"
    target.parent.mkdir()
    seen = []

    def progress(remaining, total):
        temps = [p for p in target.parent.iterdir() if p.name.endswith(".backup-tmp")]
        seen.append((target.exists(), [stat.S_IMODE(p.stat().st_mode) for p in temps]))

    old = os.umask(0)  # the most permissive umask must not widen the copy
    try:
        write_backup(big_workspace, target, progress=progress)
    finally:
        os.umask(old)
    assert len(seen) > 1
    assert all(exists is False and modes == [0o600] for exists, modes in seen)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["b.sqlite"]
    count = sqlite3.connect(target).execute("SELECT COUNT(*) FROM accounts").fetchone()[0]
    assert count == 20_000


KILLED_CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from storage.backup import write_backup

    def progress(remaining, total):
        if 0 < remaining < total:
            print("COPYING", remaining, total, flush=True)
            time.sleep(600)

    write_backup(Path(sys.argv[1]), Path(sys.argv[2]), progress=progress)
    print("FINISHED", flush=True)
""")


@pytest.mark.slow
def test_a_killed_backup_leaves_nothing_under_the_name_and_the_next_one_works(
        big_workspace, tmp_path):
    target = tmp_path / "out" / "b.sqlite"
    target.parent.mkdir()
    child = subprocess.Popen([sys.executable, "-c", KILLED_CHILD, str(big_workspace),
                              str(target)], cwd=ROOT, env=ENV, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line.startswith("COPYING"), line + child.stderr.read()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert not target.exists()
    leftovers = list(target.parent.iterdir())
    assert all(p.name.endswith(".backup-tmp") for p in leftovers)
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in leftovers)
    # The next backup to the same name works, and sweeps the dead process's temporary.
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "--workspace",
                             str(big_workspace), "backup", "-o", str(target)],
                            cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in target.parent.iterdir()] == ["b.sqlite"]


FULL_DISK_CHILD = textwrap.dedent("""
    import resource, signal, sys
    # A file-size limit is a full disk as the writer sees it: writes fail with EFBIG.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))
    from desktop.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def test_a_backup_that_runs_out_of_space_says_so_and_leaves_nothing(big_workspace, tmp_path):
    target = tmp_path / "out" / "b.sqlite"
    target.parent.mkdir()
    result = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, "--workspace",
                             str(big_workspace), "backup", "-o", str(target)],
                            cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "nothing was written" in result.stderr
    assert list(target.parent.iterdir()) == []
