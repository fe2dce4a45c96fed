"""What storage said, in the chosen language: a ``storage.said.Said`` worded by its kind.

Storage reports problems, notes and refusals as ``Said`` values: the English sentence with
a kind and its facts (storage imports no Qt). Each family's words live in a module of
this package (``import_problems.py``, ``locks.py``, ``workspace.py``, ``safe_paths.py``,
``batches.py``, ``copies.py``, ``edits.py``, ``mapping_files.py``, ``demo_progress.py``,
``demo.py``),
which ``register``s them: a table of whole sentences by
kind, with ``%1``, ``%2``… standing for the facts in the order the English template first
names them, and an object whose methods give the counted ones (``self.tr(text, "", n)``,
so ``pyside6-lupdate`` records their plural forms; the count is the fact ``count``, written
``%Ln``). ``worded`` fills them: a fact that is itself a ``Said`` is worded first, one the
template writes ``{x!r}`` is quoted the same way, a number written ``{x:,}`` is grouped by
the language's conventions. A plain string, or a kind no family words, is shown as it is.
"""

from __future__ import annotations

import string
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject

from desktop.i18n.install import active_language
from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.shared.plurals import counted
from domain import formatting
from storage.said import KINDS, Said

_WORDS: dict[str, TranslatedLabels] = {}  # kind -> its family's words
_COUNTED: dict[str, type[QObject]] = {}  # kind -> the class whose method words it
_OBJECTS: dict[type[QObject], QObject] = {}
_SPECIAL: dict[str, Callable[[Said], str]] = {}
_FACT_WORDS: dict[str, dict[str, Callable[[object], str]]] = {}  # kind -> fact -> words
_loaded = False
FAMILIES = ("import_problems", "locks", "workspace", "safe_paths", "batches", "copies",
            "edits", "mapping_files", "demo_progress", "demo")


def register(context: str, words: dict[str, str], counted_by: type[QObject] | None = None,
             special: dict[str, Callable[[Said], str]] | None = None,
             fact_words: dict[str, dict[str, Callable[[object], str]]] | None = None) -> None:
    """A family's words: ``words`` by kind in ``context``; counted kinds are the public
    methods of the class ``counted_by``; ``special`` kinds are worded by a function;
    ``fact_words`` words a fact of a kind that is an id (a table, an entity)."""
    _FACT_WORDS.update(fact_words or {})
    labels = TranslatedLabels(context, words)
    for kind in words:
        _WORDS[kind] = labels
    if counted_by is not None:
        for name, value in vars(counted_by).items():
            if callable(value) and not name.startswith("_"):
                _COUNTED[name] = counted_by
    _SPECIAL.update(special or {})


def _load() -> None:
    global _loaded
    if not _loaded:
        import importlib

        for family in FAMILIES:
            importlib.import_module(f"desktop.shared.wording.{family}")
        _loaded = True


def _counter(cls: type[QObject]) -> QObject:
    if cls not in _OBJECTS:
        _OBJECTS[cls] = cls()
    return _OBJECTS[cls]


def worded_kinds() -> set[str]:
    """Every kind a family words (for the test that each kind storage says has words)."""
    _load()
    return set(_WORDS) | set(_COUNTED) | set(_SPECIAL)


def worded(text: object) -> str:
    """``text`` in the chosen language when it is a ``Said`` of a kind with words."""
    if not isinstance(text, Said):
        return str(text)
    _load()
    if text.kind in _SPECIAL:
        return _SPECIAL[text.kind](text)
    if text.kind in _COUNTED:
        values = [_fact(text, *fact) for fact in facts_in_order(text.kind) if fact[0] != "count"]
        n = int(text.facts["count"])
        message = getattr(_counter(_COUNTED[text.kind]), text.kind)(n)
        grouped = dict((name, spec) for name, spec, _ in facts_in_order(text.kind))["count"]
        if grouped != "," and active_language() == "en":
            # The English template writes this count without grouping ("1234 accounts").
            return arg(message.replace(QLocale().toString(n), str(n), 1), *values)
        return counted(n, message, message, *values)
    if text.kind not in _WORDS:
        return str(text)
    values = [_fact(text, *fact) for fact in facts_in_order(text.kind)]
    return arg(_WORDS[text.kind][text.kind], *values)


def error_text(exc: BaseException) -> str:
    """An exception's sentence in the chosen language (its ``Said``, else its text)."""
    return worded(exc.args[0]) if exc.args and isinstance(exc.args[0], Said) else str(exc)


def facts_in_order(kind: str) -> list[tuple[str, str, str | None]]:
    """(name, format spec, conversion) of each fact the English template names, first
    appearance first: the order of the placeholders %1, %2, … (a count is %Ln)."""
    seen: dict[str, tuple[str, str, str | None]] = {}
    for _, name, spec, conversion in string.Formatter().parse(KINDS[kind]):
        if name is not None and name not in seen:
            seen[name] = (name, spec or "", conversion)
    return list(seen.values())


def _fact(said: Said, name: str, spec: str, conversion: str | None) -> str:
    value = said.facts[name]
    if name in _FACT_WORDS.get(said.kind, {}):
        return _FACT_WORDS[said.kind][name](value)
    if isinstance(value, Said):
        return worded(value)
    if conversion == "r":
        return repr(value)
    if spec == ",":
        return formatting.count(value)
    return format(value, spec)
