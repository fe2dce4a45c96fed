"""Every tr()/translate() call in desktop/ is one that ``pyside6-lupdate`` extracts.

lupdate reads the source text, not the running program: it drops a message without a
word when the text is built at the call (an f-string, ``+``), when the context is not a
string literal, when the call sits inside an f-string, or when the plural count of a
``translate()`` call is an expression (``f["days"]``, ``e.count``, ``len(x)``) rather than
a plain name (``self.tr`` keeps any count expression: measured with pyside6-lupdate 6).
Even with a plain name, lupdate records a ``translate()`` message without plural forms
(``numerus``), so Polish could not give its three: plural messages go through a class's
``self.tr`` (a small wrapper class where there is no widget, as ``ScopeWords`` does). The catalog then lacks the message and the window shows English. This
walks every module under desktop/ with ``ast`` and names each such call.

Pass-through wrappers (a class's own ``tr`` that calls ``QCoreApplication.translate``
with its arguments, ``TranslatedLabels`` translating words marked ``QT_TRANSLATE_NOOP``)
translate text that was extracted where it was written; they are listed by module and
function.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DESKTOP = ROOT / "desktop"

# (module, function): calls that pass on text extracted elsewhere.
WRAPPERS = {
    ("desktop/i18n/labels.py", "__getitem__"),
    ("desktop/dashboard/chart_panels.py", "tr"),
    ("desktop/commands/kpis.py", "tr"),
    ("desktop/commands/health.py", "tr"),
    ("desktop/commands/demo.py", "tr"),
    ("desktop/cli.py", "translate"),  # imports Qt only when a message is printed
    ("desktop/i18n/conventions.py", "conventions_for"),  # WORDS, marked QT_TRANSLATE_NOOP
}


def _literal(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _marked_lookup(node: ast.AST | None) -> bool:
    """A variable, attribute or table entry: words marked with QT_TRANSLATE_NOOP where
    they were written (lupdate extracted them there). A text built here (an f-string,
    ``+``, ``%``, ``.format()``) is never in the catalog."""
    if isinstance(node, ast.Call):  # table.get(key, default)
        return isinstance(node.func, ast.Attribute) and node.func.attr == "get"
    return isinstance(node, (ast.Name, ast.Attribute, ast.Subscript))


def _argument(call: ast.Call, index: int, keyword: str) -> ast.AST | None:
    if len(call.args) > index:
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _kind(call: ast.Call) -> str | None:
    """'tr' for x.tr(text, disambiguation, n), 'translate' for
    [QCoreApplication.]translate(context, text, disambiguation, n), else None."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "tr":
        return "tr"
    if isinstance(func, ast.Name) and func.id == "translate":
        return "translate"
    if (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"):
        return "translate"
    return None


def problems_in(path: Path) -> list[str]:
    relative = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    found: list[str] = []

    def visit(node: ast.AST, function: str, in_fstring: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        if isinstance(node, ast.JoinedStr):
            in_fstring = True
        if isinstance(node, ast.Call) and (relative, function) not in WRAPPERS:
            kind = _kind(node)
            if kind is not None:
                where = f"{relative}:{node.lineno}"
                offset = 0 if kind == "tr" else 1
                if kind == "translate" and not _literal(_argument(node, 0, "context")):
                    found.append(f"{where}: the context is not a string literal")
                text = _argument(node, offset, "sourceText" if kind == "translate" else "text")
                if not _literal(text) and not _marked_lookup(text):
                    found.append(f"{where}: the text is built, not a string literal")
                count = _argument(node, offset + 2, "n")
                if kind == "translate" and count is not None and not isinstance(count, ast.Name):
                    found.append(f"{where}: the plural count {ast.unparse(count)!r} is not a plain name")
                elif kind == "translate" and count is not None:
                    found.append(f"{where}: a plural translate() is recorded without plural forms")
                if in_fstring:
                    found.append(f"{where}: the call is inside an f-string")
        for child in ast.iter_child_nodes(node):
            visit(child, function, in_fstring)

    visit(tree, "", False)
    return found


def all_problems() -> list[str]:
    return [p for path in sorted(DESKTOP.rglob("*.py")) for p in problems_in(path)]


def test_every_translated_call_is_extracted():
    problems = all_problems()
    assert not problems, "lupdate does not extract:\n" + "\n".join(problems)


def test_the_check_finds_each_kind_of_call_lupdate_drops(tmp_path, monkeypatch):
    # Written out by hand: each line below is a call lupdate leaves out of the catalog.
    module = DESKTOP / "zz_extract_probe.py"
    source = (
        "from PySide6.QtCore import QCoreApplication\n"
        "translate = QCoreApplication.translate\n"
        "def f(self, f, e, words, n):\n"
        "    translate('C', '%n days', '', f['window_days'])\n"   # line 4
        "    self.tr('%n asked', '', e.count)\n"                   # line 5: fine
        "    self.tr(words)\n"                                     # line 6: fine
        "    label = f\"{self.tr('Field id:')} x\"\n"              # line 7
        "    QCoreApplication.translate(words, 'x')\n"             # line 8
        "    self.tr('%n notes', '', n)\n"                         # line 9: fine
        "    translate('C', 'whole' ' sentence')\n"                # line 10: fine
        "    self.tr('Total ' + words)\n"                          # line 11
        "    self.tr(words['marked'])\n"                           # line 12: fine
        "    self.tr('%n asked', '', len(e))\n"                    # line 13: fine
        "    translate('C', '%n days', '', len(e))\n"              # line 14
        "    translate('C', '%n weeks', '', n)\n"                  # line 15: no plural forms
    )
    module.write_text(source, encoding="utf-8")
    try:
        problems = problems_in(module)
    finally:
        module.unlink()
    lines = sorted(int(p.split(":")[1]) for p in problems)
    assert lines == [4, 7, 8, 11, 14, 15]
