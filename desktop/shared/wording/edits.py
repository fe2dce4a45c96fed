"""Edits a colleague's save got to first, in the chosen language.

``storage.notes_repo`` and ``storage.settings_repo`` refuse an edit of a note or of the
settings that someone else saved meanwhile (and a note that was deleted or left empty) with
a ``storage.said.Said``; the words are here. The person and the time are as the workspace
stored them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.shared.wording.said import register

WORDS = {
    "note_needs_text": QT_TRANSLATE_NOOP("EditWords", 'A note needs some text; type what happened or what to do next.'),
    "note_gone": QT_TRANSLATE_NOOP("EditWords", 'Note %1 no longer exists; it was deleted elsewhere.'),
    "note_changed_by": QT_TRANSLATE_NOOP("EditWords", 'The note was changed by %1; your edit was not saved. The note has been reloaded: make your change again.'),
    "note_changed_by_at": QT_TRANSLATE_NOOP("EditWords", 'The note was changed by %1 at %2; your edit was not saved. The note has been reloaded: make your change again.'),
    "note_changed": QT_TRANSLATE_NOOP("EditWords", 'The note was changed by someone else; your edit was not saved. The note has been reloaded: make your change again.'),
    "note_changed_at": QT_TRANSLATE_NOOP("EditWords", 'The note was changed by someone else at %1; your edit was not saved. The note has been reloaded: make your change again.'),
    "settings_changed_by": QT_TRANSLATE_NOOP("EditWords", 'The settings were changed by %1; yours were not saved. The settings have been reloaded: make your change again.'),
    "settings_changed_by_at": QT_TRANSLATE_NOOP("EditWords", 'The settings were changed by %1 at %2; yours were not saved. The settings have been reloaded: make your change again.'),
    "settings_changed": QT_TRANSLATE_NOOP("EditWords", 'The settings were changed by someone else; yours were not saved. The settings have been reloaded: make your change again.'),
    "settings_changed_at": QT_TRANSLATE_NOOP("EditWords", 'The settings were changed by someone else at %1; yours were not saved. The settings have been reloaded: make your change again.'),
}

register("EditWords", WORDS)
