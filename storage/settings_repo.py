"""Workspace settings persisted as JSON values in the ``settings`` table.

The settings are rewritten whole. So that two people editing them at once do not silently
undo each other's change, every save bumps the ``settings_version`` row of
``workspace_meta`` and records who and when; a save that passes the version it started from
(``expected_version``, from ``settings_version``) is refused with ``SettingsConflict``
("changed by X at T") when someone saved in between.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from domain.settings import WorkspaceSettings
from storage.errors import WorkspaceError
from storage.identity import current_user
from storage.portfolio_cache import stored_settings
from storage.said import english, say
from storage.team import require_role
from storage.workspace import Workspace

english({
    "settings_changed_by": "The settings were changed by {who}; yours were not saved. The "
                           "settings have been reloaded: make your change again.",
    "settings_changed_by_at": "The settings were changed by {who} at {at}; yours were not "
                              "saved. The settings have been reloaded: make your change again.",
    "settings_changed": "The settings were changed by someone else; yours were not saved. The "
                        "settings have been reloaded: make your change again.",
    "settings_changed_at": "The settings were changed by someone else at {at}; yours were not "
                           "saved. The settings have been reloaded: make your change again.",
})

VERSION_KEY = "settings_version"


class SettingsConflict(WorkspaceError):
    """Someone else saved the settings after this editor read them; nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="conflict")


@dataclass(frozen=True)
class SettingsVersion:
    version: int
    updated_by: str | None = None
    updated_at: datetime | None = None


def load_settings(workspace: Workspace) -> WorkspaceSettings:
    # Reading needs no ORM class: importing ``storage.schema`` costs a third of a second,
    # which every command that only reads the settings would pay.
    return WorkspaceSettings.from_mapping(stored_settings(workspace))


def settings_version(workspace: Workspace) -> SettingsVersion:
    """The settings' version now, and who saved them last (0 and nobody: never saved)."""
    from storage.schema import WorkspaceMeta

    with workspace.connect() as conn:
        row = conn.execute(select(WorkspaceMeta.value, WorkspaceMeta.updated_by,
                                  WorkspaceMeta.updated_at)
                           .where(WorkspaceMeta.key == VERSION_KEY)).first()
    return SettingsVersion(0) if row is None else SettingsVersion(int(row[0]), row[1], row[2])


def save_settings(workspace: Workspace, settings: WorkspaceSettings,
                  expected_version: int | None = None) -> int:
    """Store every setting (one transaction), so the workspace is self-describing.

    Returns the new version. With ``expected_version``, refuses (SettingsConflict, nothing
    written) when the stored settings are no longer at that version.
    """
    from storage.schema import Setting, WorkspaceMeta

    require_role(workspace, "admin", "change the settings")
    values: dict[str, Any] = settings.to_mapping()
    with workspace.transaction() as conn:
        who = current_user(conn) or None
        when = datetime.now().replace(microsecond=0)
        bump = update(WorkspaceMeta).where(WorkspaceMeta.key == VERSION_KEY)
        if expected_version is not None:
            bump = bump.where(WorkspaceMeta.value == expected_version)
        # The conditional UPDATE also locks the row: a concurrent save waits, then misses.
        if conn.execute(bump.values(value=WorkspaceMeta.value + 1, updated_by=who,
                                    updated_at=when)).rowcount == 0:
            stored = conn.execute(select(WorkspaceMeta.updated_by, WorkspaceMeta.updated_at)
                                  .where(WorkspaceMeta.key == VERSION_KEY)).first()
            if stored is not None:
                by, at = stored
                stamp = f"{at:%Y-%m-%d %H:%M}" if at is not None else None
                kind = "settings_changed" + ("_by" if by else "") + ("_at" if stamp else "")
                raise SettingsConflict(say(kind, who=by, at=stamp))
            conn.execute(insert(WorkspaceMeta).values(key=VERSION_KEY, value=1, updated_by=who,
                                                      updated_at=when))
        conn.execute(delete(Setting))
        conn.execute(
            insert(Setting),
            [{"key": key, "value": json.dumps(value, ensure_ascii=False)} for key, value in values.items()],
        )
        version = conn.execute(select(WorkspaceMeta.value)
                               .where(WorkspaceMeta.key == VERSION_KEY)).scalar()
    return int(version)
