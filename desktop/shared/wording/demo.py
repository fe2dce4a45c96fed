"""The demo's refusal in the chosen language: the workspace already holds data.

``storage.demo.fill`` refuses a workspace with rows (unless ``--force``) with a
``storage.said.Said`` naming the tables that hold them; the tables are named as the import
summary names them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n.install import active_language
from desktop.i18n.lists import listed
from desktop.shared.wording.import_problems import TABLE_WORDS
from desktop.shared.wording.said import register

WORDS = {
    "demo_workspace_not_empty": QT_TRANSLATE_NOOP("DemoWords", 'The workspace %1 already holds data (in %2); choose an empty workspace, or pass --force to replace its data with the demo.'),
}


def _tables(text: object) -> str:
    if active_language() == "en":  # storage's own list, as English always read it
        return str(text)
    names = [n for n in str(text).split(", ") if n]
    return listed(TABLE_WORDS.get(n, n) for n in names)


register("DemoWords", WORDS, fact_words={"demo_workspace_not_empty": {"tables": _tables}})
