"""Why a command will not write to a path, in the chosen language.

``storage.safe_paths.check_output`` refuses the workspace and its files, an input of the
run, a folder, a missing folder and, without ``--force``, an existing file, as
``storage.said.Said`` values; the option (``-o``, ``--rejects``) and the paths stay as
typed. What a protected path is ("the workspace") is worded by ``protected.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.shared.wording import protected
from desktop.shared.wording.said import register
from storage.safe_paths import PROTECTED_WORDS

WORDS = {
    "output_is_protected": QT_TRANSLATE_NOOP("OutputWords", '%1 %2 is %3 (%4); choose another file name'),
    "output_is_folder": QT_TRANSLATE_NOOP("OutputWords", '%1 %2 is a folder; give a file name inside it'),
    "output_folder_missing": QT_TRANSLATE_NOOP("OutputWords", '%1 %2: the folder %3 does not exist; create it first'),
    "output_exists": QT_TRANSLATE_NOOP("OutputWords", '%1 %2 already exists; choose another name, or add --force to replace it'),
    "output_not_regular": QT_TRANSLATE_NOOP("OutputWords", '%1 %2 is not a regular file; choose another name'),
}

register("OutputWords", WORDS, special={
    f"protected_{what}": (lambda said, what=what: protected.what(what))
    for what in PROTECTED_WORDS})
