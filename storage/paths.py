"""Where the workspace lives: ``--workspace``, else ``ABM_HEALTH_WORKSPACE``, else platformdirs.

Resolution happens once, in the composition roots (``desktop.app`` and ``desktop.cli``);
nothing here runs at import time, so tests never touch a real user's workspace.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_VAR = "ABM_HEALTH_WORKSPACE"
APP_NAME = "abm-health"
DEFAULT_FILE = "workspace.sqlite"


def default_workspace_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILE


def resolve_workspace(explicit: str | None = None) -> str:
    """The workspace target as given by the user: a file path or an SQLAlchemy URL."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return from_env
    return str(default_workspace_path())


def is_url(target: str) -> bool:
    return "://" in target
