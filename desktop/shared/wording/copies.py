"""Copies and backups of a workspace, in the chosen language: why one was not written.

``storage.backup`` and ``storage.copying`` say these as ``storage.said.Said`` values;
``desktop.shared.wording.said.worded`` says them again with the words here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.shared.wording.said import register

WORDS = {
    "backup_exists": QT_TRANSLATE_NOOP("CopyWords", '%1 already exists; choose another file name'),
    "backup_cannot_write_in": QT_TRANSLATE_NOOP("CopyWords", 'cannot write in %1: %2; choose a folder you can write to'),
    "backup_disk_full": QT_TRANSLATE_NOOP("CopyWords", 'the disk holding %1 is full; nothing was written. Free some space or choose another folder'),
    "backup_disk_error": QT_TRANSLATE_NOOP("CopyWords", 'writing to %1 failed (disk I/O error: the disk may be full or failing); nothing was written. Free some space or choose another folder'),
    "backup_source_damaged": QT_TRANSLATE_NOOP("CopyWords", 'the workspace %1 is damaged (%2); nothing was written. Restore an earlier backup'),
    "backup_appeared": QT_TRANSLATE_NOOP("CopyWords", '%1 appeared while the backup was written; choose another file name'),
    "backup_cannot_write": QT_TRANSLATE_NOOP("CopyWords", 'cannot write %1: %2; nothing was written'),
    "backup_failed": QT_TRANSLATE_NOOP("CopyWords", 'the backup of %1 failed: %2; nothing was written'),
    "copy_destination_not_empty": QT_TRANSLATE_NOOP("CopyWords", 'The destination %1 already holds data (%2); copy into a new file or an empty database.'),
    "copy_differs": QT_TRANSLATE_NOOP("CopyWords", 'The copy of %1 differs from the source (%2 rows against %3, or different contents); nothing was written.'),
}

register("CopyWords", WORDS)
