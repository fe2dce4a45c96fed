"""Workspace settings persisted as JSON values in the ``settings`` table."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select

from domain.settings import WorkspaceSettings
from storage.schema import Setting
from storage.workspace import Workspace


def load_settings(workspace: Workspace) -> WorkspaceSettings:
    with workspace.connect() as conn:
        rows = conn.execute(select(Setting.key, Setting.value)).all()
    return WorkspaceSettings.from_mapping({key: json.loads(value) for key, value in rows})


def save_settings(workspace: Workspace, settings: WorkspaceSettings) -> None:
    """Store every setting (one transaction), so the workspace is self-describing."""
    values: dict[str, Any] = settings.to_mapping()
    with workspace.transaction() as conn:
        conn.execute(delete(Setting))
        conn.execute(
            insert(Setting),
            [{"key": key, "value": json.dumps(value, ensure_ascii=False)} for key, value in values.items()],
        )
