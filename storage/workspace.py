"""The workspace: one database (an SQLite file by default) opened, upgraded and written safely.

``Workspace.open`` creates a new file readable by its owner only, writes a backup copy next
to an existing file before upgrading it, and turns on WAL, foreign keys and a busy timeout.
Writes go through ``with workspace.transaction() as conn:`` which commits or rolls back
as a whole (a killed process leaves the last committed state: SQLite's journal sees to it).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from storage import migrate
from storage.errors import WorkspaceError, translate
from storage.foreign_files import check_workspace_file
from storage.paths import is_url, sqlite_url
from storage.said import english, say

english({
    "no_workspace": "There is no workspace at {path}.",
    "cannot_create_workspace": "Cannot create the workspace {path}: {reason}; choose a folder "
                               "you can write to.",
    "workspace_too_new": "The workspace {where} was written by a newer abm-health (schema "
                         "{schema}); update the application to open it.",
    "no_backup_written": "No backup was written: {reason}.",
})

BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin: the module's
    # legacy mode does not BEGIN before DDL, so a failed migration could be half-applied.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # NORMAL is durable across application crashes in WAL mode; only power loss may drop
    # the last commit, never corrupt the file.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _configure_sqlite(engine: Engine) -> None:
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)


def _track_backend_pids(engine: Engine, pids: set[int]) -> None:
    """Remember the server process of every connection this workspace opens, so that a
    listener can tell this window's own writes from a colleague's (``storage.change_listener``)."""
    def connected(dbapi_connection: Any, _record: Any) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if pid:
            pids.add(int(pid))

    event.listen(engine, "connect", connected)


def _create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 before SQLite touches it (umask can't widen it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def backup_sqlite(source: Path, destination: Path) -> Path:
    """A consistent, checked, owner-only copy, written whole or not at all (storage.backup)."""
    from storage.backup import BackupError, write_backup

    try:
        return write_backup(source, destination)
    except BackupError as exc:
        raise WorkspaceError(say("no_backup_written", reason=exc.args[0] if exc.args else exc),
                             kind="backup") from exc


class Workspace:
    """An open workspace: its engine, its location, and safe read/write entry points."""

    def __init__(self, engine: Engine, location: str, path: Path | None) -> None:
        self.engine = engine
        self.location = location
        self.path = path
        self.created = False
        self.backup_path: Path | None = None
        # PostgreSQL: the server processes of this workspace's own connections.
        self.backend_pids: set[int] = set()
        if engine.dialect.name == "postgresql":
            _track_backend_pids(engine, self.backend_pids)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, target: str | Path, *, create: bool = True) -> Workspace:
        """Open (creating or upgrading as needed) the workspace at a path or SQLAlchemy URL."""
        target = str(target)
        if is_url(target):
            engine = create_engine(target)
            if engine.dialect.name == "sqlite":
                _configure_sqlite(engine)
            # Shown in messages: never with a password (use libpq's .pgpass or PGPASSWORD).
            workspace = cls(engine, engine.url.render_as_string(hide_password=True), None)
        else:
            path = Path(target).expanduser().resolve()
            # Someone else's file is refused before any engine (and WAL) touches it.
            is_new = not path.exists() or check_workspace_file(path)
            if is_new:
                if not create:
                    raise WorkspaceError(say("no_workspace", path=path), kind="missing")
                try:
                    if not path.exists():
                        _create_private_file(path)
                except OSError as exc:
                    raise WorkspaceError(say("cannot_create_workspace", path=path,
                                             reason=exc.strerror), kind="unopenable") from exc
            engine = create_engine(sqlite_url(path))
            _configure_sqlite(engine)
            workspace = cls(engine, str(path), path)
            workspace.created = is_new
        workspace._upgrade()
        return workspace

    def _upgrade(self) -> None:
        head = migrate.HEAD
        with self._known_errors():
            current = migrate.current_revision(self.engine)
            if current == head:
                return
            known = {rev.revision for rev in migrate.all_revisions()}
            if current is not None and current not in known:
                raise WorkspaceError(say("workspace_too_new", where=self.location,
                                         schema=current), kind="too-new")
            if current is not None and self.path is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                self.backup_path = backup_sqlite(
                    self.path, self.path.with_name(f"{self.path.stem}.{current}-{stamp}.bak.sqlite")
                )
            migrate.upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading and writing ---------------------------------------------------------------
    @contextmanager
    def _known_errors(self) -> Iterator[None]:
        """Turn SQLite's locked / read-only / full / corrupt errors into WorkspaceError."""
        try:
            yield
        except (DBAPIError, sqlite3.DatabaseError) as exc:  # raw cursors raise sqlite3's own
            known_error = translate(exc, self.location)
            if known_error is not None:
                raise known_error from exc
            raise

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One unit of work: everything inside commits together or not at all."""
        with self._known_errors(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read connection (one consistent snapshot for the duration of the block)."""
        with self._known_errors(), self.engine.connect() as conn:
            yield conn

    def read_frame(self, sql: str, params: dict[str, Any] | None = None) -> pd.DataFrame:
        """Run a parameterised SELECT and return a frame (never build SQL by formatting)."""
        with self.connect() as conn:
            result = conn.execute(text(sql), params or {})
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def is_empty(self) -> bool:
        with self.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM accounts")).scalar_one() == 0
