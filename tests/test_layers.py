"""The layering contracts of pyproject.toml hold (domain: no Qt/SQL; storage: no Qt;
desktop: screens independent, entry points over screens over shared parts), and no module
of the application imports another in a circle."""

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
    assert "Contracts: 4 kept, 0 broken" in result.stdout


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


def _cycles(graph, package: str) -> list[list[str]]:
    """Every import circle among ``package``'s modules (lazy and type-only imports count)."""
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m)
                       if i.startswith(package + ".") and i != m) for m in modules}
    # (A module importing itself is the ``__main__`` idiom, not a circle.)
    found, state = [], {}  # state: 1 = on the current path, 2 = done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in edges.get(module, ()):
            if state.get(target) == 1:
                found.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target, path + [target])
        state[module] = 2

    for module in modules:
        if module not in state:
            visit(module, [module])
    return found


def test_no_module_imports_another_in_a_circle():
    import grimp

    graph = grimp.build_graph("desktop", "domain", "storage")
    for package in ("desktop", "domain", "storage"):
        assert _cycles(graph, package) == [], package


def test_the_cycle_finder_finds_a_circle(tmp_path, monkeypatch):
    import grimp

    pkg = tmp_path / "circlepkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from circlepkg import b\n")
    (pkg / "b.py").write_text("def f():\n    from circlepkg import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("circlepkg", cache_dir=None)
    assert _cycles(graph, "circlepkg") == [["circlepkg.a", "circlepkg.b", "circlepkg.a"]]
