"""Where a workspace's caches (events, stored portfolio) live.

For an SQLite file they sit next to it (``<workspace><suffix>``). For a PostgreSQL
workspace they sit in the user's cache folder (platformdirs), in a folder named by a digest
of the server (host and port), the database name and the database's OID, so two servers, two
databases, or a database dropped and created again under the same name never share a
cache. The folder is readable by its owner only. Whatever the place, a cache is used only
while its stamp (the data version read from the database) matches; see
``storage.event_cache`` and ``storage.portfolio_cache``. Any other database gets no cache.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from platformdirs import user_cache_path
from sqlalchemy import text

from storage.paths import APP_NAME
from storage.workspace import Workspace


def server_key(workspace: Workspace) -> str:
    """A digest naming the server and database of a PostgreSQL workspace."""
    url = workspace.engine.url
    with workspace.connect() as conn:
        oid, name = conn.execute(text(
            "SELECT oid, datname FROM pg_database WHERE datname = current_database()")).one()
    host = url.host or url.query.get("host") or os.environ.get("PGHOST", "")
    port = url.port or url.query.get("port") or os.environ.get("PGPORT", "5432")
    facts = "\x1f".join(str(v) for v in (host, port, name, oid))
    return hashlib.sha256(facts.encode("utf-8")).hexdigest()[:24]


def server_cache_dir(workspace: Workspace) -> Path:
    folder = user_cache_path(APP_NAME, appauthor=False) / "servers" / server_key(workspace)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def cache_file(workspace: Workspace, suffix: str) -> Path | None:
    """The cache file with ``suffix`` for this workspace, or None when it gets no cache."""
    if workspace.path is not None:
        return workspace.path.with_name(workspace.path.name + suffix)
    if workspace.engine.dialect.name != "postgresql":
        return None
    try:
        return server_cache_dir(workspace) / f"workspace{suffix}"
    except OSError:  # no writable cache folder: work without a cache
        return None
