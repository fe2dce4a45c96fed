"""Where the workspace lives: ``--workspace``, else ``ABM_HEALTH_WORKSPACE``, else platformdirs.

Resolution happens once, in the composition roots (``desktop.app`` and ``desktop.cli``);
nothing here runs at import time, so tests never touch a real user's workspace.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy costs a few hundred ms to import; `--help` needs none of it
    from sqlalchemy.engine import URL

ENV_VAR = "ABM_HEALTH_WORKSPACE"
APP_NAME = "abm-health"
DEFAULT_FILE = "workspace.sqlite"


def default_workspace_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILE


def resolve_workspace(explicit: str | None = None) -> str:
    """The workspace target as given by the user: a file path or an SQLAlchemy URL."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return from_env
    return str(default_workspace_path())


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(target: str) -> bool:
    """Only ``scheme://…`` is a URL; anything else (``/x/ws?mode=ro#1%20.sqlite``) is a path."""
    return bool(_SCHEME.match(target))


def sqlite_url(path: Path) -> URL:
    """The URL of an SQLite file with every character of its path kept as it is.

    ``f"sqlite:///{path}"`` would be parsed: ``?`` starts a query, ``#`` and ``%xx`` are
    decoded, and the data would land in another file. ``URL.create`` takes the name as is.
    """
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(path))
