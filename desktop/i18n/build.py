"""``python -m desktop.i18n.build``: refresh the catalogs from the source, then compile them.

1. ``pyside6-lupdate`` reads every ``.py`` under ``desktop/`` (``-extensions py``) and
   updates ``resources/i18n/abm_health_<code>.ts`` for ja, zh_CN and pl: new messages are
   added unfinished, translations of unchanged messages are kept.
   ``-no-obsolete`` drops messages the source no longer has: the catalogs are kept in git,
   so an old translation stays in the history, and the translators are not shown dead text.
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` next to it, which the
   application loads. The ``.qm`` files are committed (README, "Languages").

``--check`` compiles only, into a temporary folder, and says whether the committed ``.qm``
files are what the ``.ts`` files compile to (exit 1 when not).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.i18n.install import CATALOG_PREFIX, catalog_folder
from desktop.i18n.languages import CATALOGS

ROOT = Path(__file__).resolve().parents[2]


def tool(name: str) -> str:
    """A PySide6 tool next to this Python (a venv's bin), else on PATH."""
    here = Path(sys.executable).with_name(name)
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; it comes with PySide6 (pip install PySide6-Essentials).")
    return found


def ts_path(code: str) -> Path:
    return catalog_folder() / f"{CATALOG_PREFIX}{code}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def update(codes=CATALOGS) -> None:
    """Extract the messages into the ``.ts`` files (paths in them relative to the root)."""
    targets = [str(ts_path(code).relative_to(ROOT)) for code in codes]
    subprocess.run([tool("pyside6-lupdate"), "-extensions", "py", "-no-obsolete",
                    "-locations", "relative", *sources(), "-ts", *targets], cwd=ROOT, check=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def compile_all(codes=CATALOGS) -> None:
    for code in codes:
        release(ts_path(code), ts_path(code).with_suffix(".qm"))


def check(codes=CATALOGS) -> list[str]:
    """The languages whose committed ``.qm`` differs from its ``.ts`` compiled now."""
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for code in codes:
            fresh = Path(folder) / f"{code}.qm"
            release(ts_path(code), fresh)
            committed = ts_path(code).with_suffix(".qm")
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(code)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.i18n.build",
                                     description="Update the .ts catalogs and compile the .qm files.")
    parser.add_argument("--check", action="store_true",
                        help="only say whether the committed .qm files match their .ts")
    args = parser.parse_args(argv)
    if args.check:
        stale = check()
        for code in stale:
            print(f"{ts_path(code).with_suffix('.qm').name} is out of date; run python -m desktop.i18n.build")
        return 1 if stale else 0
    update()
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
