"""Notice when another process changes the open workspace, and say so.

An import in a terminal, an undo in a second window: the workspace file changes under the
window. ``WorkspaceWatcher`` asks SQLite's ``data_version`` (``storage.data_version``) every
two seconds on the GUI thread (a pragma on an idle connection costs microseconds) and emits
``changed`` when it moved. This window's own writes move it too; they are taken as known
when they finish (``desktop.shared.workers.write_notifier``), and no poll runs while one is
queued or while the window is loading.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.shared.workers import write_notifier, writing
from storage.data_version import DataVersion

POLL_MS = 2000


class WorkspaceWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._version = DataVersion(None)
        self._seen: int | None = None
        self.paused = lambda: False  # the owner says when a poll would be premature
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        write_notifier().write_finished.connect(self.acknowledge)

    def watch(self, path) -> None:
        """Watch the SQLite file at ``path`` (None: a server workspace, nothing to watch)."""
        self._version.close()
        self._version = DataVersion(path)
        self._seen = self._version.read()
        if self._seen is None:
            self.timer.stop()
        else:
            self.timer.start()

    def acknowledge(self) -> None:
        """Take the workspace as it is now as known (after a load starts or a write ends)."""
        self._seen = self._version.read()

    def poll(self) -> bool:
        """Emit ``changed`` if another connection committed since the last look."""
        if writing() or self.paused():
            return False
        current = self._version.read()
        if current is None or current == self._seen:
            return False
        self._seen = current
        self.changed.emit()
        return True

    def stop(self) -> None:
        self.timer.stop()
        self._version.close()
