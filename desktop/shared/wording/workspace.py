"""Opening and writing a workspace, in the chosen language: what is wrong and what to do.

``storage.errors``, ``storage.workspace``, ``storage.foreign_files``, ``storage.damage`` and
``storage.team`` raise ``WorkspaceError`` with a ``storage.said.Said`` (not a workspace, a
newer schema, busy, read-only, damaged, a role missing); the desktop shows it through
``desktop.shared.wording.said.error_text`` with the words here. Role ids (manager, admin)
and PostgreSQL's role names stay as the database has them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.shared.wording.said import register

WORDS = {
    "workspace_locked": QT_TRANSLATE_NOOP("WorkspaceWords", 'The workspace %1 is busy in another window or program; close it and try again.'),
    "workspace_read_only": QT_TRANSLATE_NOOP("WorkspaceWords", 'The workspace %1 is read-only; choose a folder you can write to.'),
    "workspace_disk_full": QT_TRANSLATE_NOOP("WorkspaceWords", 'The disk holding the workspace %1 is full; free some space and try again.'),
    "workspace_not_a_database": QT_TRANSLATE_NOOP("WorkspaceWords", '%1 is not an abm-health workspace (or it is damaged); open another file or restore a backup.'),
    "workspace_malformed": QT_TRANSLATE_NOOP("WorkspaceWords", 'The workspace %1 is damaged; restore the backup written next to it.'),
    "workspace_value_too_big": QT_TRANSLATE_NOOP("WorkspaceWords", 'A value is too big for the workspace %1; nothing was written. Check the file for a cell that runs on (a missing closing quote).'),
    "workspace_unopenable": QT_TRANSLATE_NOOP("WorkspaceWords", 'The workspace %1 cannot be opened; check that its folder exists and is writable.'),
    "database_refused": QT_TRANSLATE_NOOP("WorkspaceWords", 'The database refused this change (%1): it needs the %2 role on the workspace %3 (%4); ask an admin to grant it.'),
    "cannot_read_file": QT_TRANSLATE_NOOP("WorkspaceWords", 'Cannot read %1: %2; check its permissions.'),
    "not_sqlite": QT_TRANSLATE_NOOP("WorkspaceWords", '%1 is not an abm-health workspace (it is not an SQLite database); choose another file.'),
    "foreign_tables": QT_TRANSLATE_NOOP("WorkspaceWords", '%1 is not an abm-health workspace: it has tables %2; choose another file.'),
    "cannot_open_file": QT_TRANSLATE_NOOP("WorkspaceWords", 'Cannot open %1: %2; check its permissions.'),
    "workspace_damaged": QT_TRANSLATE_NOOP("WorkspaceWords", 'The workspace %1 is damaged (%2); restore the backup written next to it.'),
    "no_workspace": QT_TRANSLATE_NOOP("WorkspaceWords", 'There is no workspace at %1.'),
    "cannot_create_workspace": QT_TRANSLATE_NOOP("WorkspaceWords", 'Cannot create the workspace %1: %2; choose a folder you can write to.'),
    "workspace_too_new": QT_TRANSLATE_NOOP("WorkspaceWords", 'The workspace %1 was written by a newer abm-health (schema %2); update the application to open it.'),
    "no_backup_written": QT_TRANSLATE_NOOP("WorkspaceWords", 'No backup was written: %1.'),
    "damaged_nothing_written": QT_TRANSLATE_NOOP("WorkspaceWords", 'The workspace %1 is damaged (%2); nothing was written. Restore a backup (`abm-health backup` copies are checked).'),
    "team_needs_postgresql": QT_TRANSLATE_NOOP("WorkspaceWords", 'Team roles need a PostgreSQL workspace; an SQLite file is shared by sharing the file.'),
    "role_needed": QT_TRANSLATE_NOOP("WorkspaceWords", 'To %1 you need the %2 role on this workspace (%3), which the database user %4 does not have; ask an admin to run: GRANT %3 TO %4;'),
    "to_save_model_version": QT_TRANSLATE_NOOP("WorkspaceWords", 'save a health model version'),
    "to_undo_import": QT_TRANSLATE_NOOP("WorkspaceWords", 'undo an import'),
    "to_import_files": QT_TRANSLATE_NOOP("WorkspaceWords", 'import files'),
    "to_fill_demo": QT_TRANSLATE_NOOP("WorkspaceWords", 'fill the workspace with the demo'),
    "to_change_settings": QT_TRANSLATE_NOOP("WorkspaceWords", 'change the settings'),
}

register("WorkspaceWords", WORDS)
