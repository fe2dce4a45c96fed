"""Hear at once when someone else changes a PostgreSQL workspace: LISTEN on its channel.

The change triggers (migrations 0003 and 0005) send ``NOTIFY abm_health_changed`` when a
transaction that wrote anything commits: an import, a note, the settings, a model version,
an undo, a write from psql. ``ChangeListener`` keeps one autocommit psycopg connection of
its own, LISTENs on that channel in a background thread, and calls ``on_change()`` (from
that thread) for each notification that came from another connection than the
workspace's own (``Workspace.backend_pids``): a window does not reload after its own
note edit. If the connection drops it reconnects every few seconds and calls
``on_change()`` once back, since a notification may have been missed meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from storage.workspace import Workspace

CHANNEL = "abm_health_changed"  # as in migration 0005
WAKE_S = 0.5  # how often the thread looks whether it should stop
RETRY_S = 3.0


class ChangeListener:
    """``start()`` listens (False when the workspace is not on PostgreSQL or the server
    cannot be reached now); ``stop()`` ends the thread and closes its connection."""

    def __init__(self, workspace: Workspace, on_change: Callable[[], None]) -> None:
        self._workspace = workspace
        self._on_change = on_change
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn = None

    def _connect(self):
        import psycopg

        # The engine's own arguments: the same host, service file, .pgpass and user.
        engine = self._workspace.engine
        args, kwargs = engine.dialect.create_connect_args(engine.url)
        conn = psycopg.connect(*args, **kwargs, autocommit=True)
        conn.execute(f"LISTEN {CHANNEL}")  # a constant, never input
        return conn

    def start(self) -> bool:
        if self._workspace.engine.dialect.name != "postgresql":
            return False
        try:
            self._conn = self._connect()
        except Exception:  # noqa: BLE001 - no listener: the caller falls back to looking
            return False
        self._thread = threading.Thread(target=self._run, name="abm-health-listen", daemon=True)
        self._thread.start()
        return True

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            conn = self._conn
            try:
                if conn is None:
                    conn = self._conn = self._connect()
                    self._tell()  # back after a break: something may have been missed
                for note in conn.notifies(timeout=WAKE_S):
                    if note.pid not in self._workspace.backend_pids:
                        self._tell()
            except psycopg.Error:
                self._close()
                self._stop.wait(RETRY_S)
        self._close()

    def _tell(self) -> None:
        try:
            self._on_change()
        except RuntimeError:  # whoever listened is gone (its window was deleted): stop
            self._stop.set()

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - closing a broken connection
                pass

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=WAKE_S * 4)
            self._thread = None
        self._close()
