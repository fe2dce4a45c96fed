"""The layering contracts of pyproject.toml hold (domain: no Qt/SQL; storage: no Qt)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken" in result.stdout


def test_domain_imports_without_qt_or_sqlalchemy():
    code = (
        "import sys, pkgutil, importlib, domain\n"
        "for m in pkgutil.walk_packages(domain.__path__, 'domain.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [n for n in ('PySide6', 'sqlalchemy', 'pyqtgraph', 'alembic') if n in sys.modules]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
