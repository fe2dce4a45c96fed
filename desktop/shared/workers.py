"""Run slow work off the GUI thread and hand the result back on it.

Long work is a pure function ``fn(progress) -> T`` (``domain.progress.Progress``); it never
touches widgets. ``run_job`` runs it on a worker thread, shows progress (a dialog with a
Cancel button, or a status-bar message), and delivers the result or the error back on the
GUI thread through queued signals. Workspace writes share one thread so two writes never
race for SQLite's lock; reads run on a small shared pool.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QToolButton,
    QWidget,
)

from desktop.i18n.placeholders import arg
from desktop.shared.wording import progress as progress_words
from desktop.shared.wording.said import worded
from domain.progress import Cancelled, Progress
from storage.said import Said

T = TypeVar("T")

# Created lazily so importing this module starts no thread.
_pools: dict[str, QThreadPool] = {}
# Jobs are kept alive here until they report, whatever their caller keeps.
_running: set[Job] = set()


def _pool(kind: str) -> QThreadPool:
    pool = _pools.get(kind)
    if pool is None:
        # Owned by the application, so it goes with it (not with this module at exit).
        pool = QThreadPool(QCoreApplication.instance())
        pool.setObjectName(f"abm-health-{kind}")
        # One writer thread: SQLite allows one writer, and writes then keep their order.
        pool.setMaxThreadCount(1 if kind == "write" else 2)
        pool.setExpiryTimeout(30_000)
        _pools[kind] = pool
    return pool


class _Relay(QObject):
    """Signals emitted on the worker thread; the Job's slots run on the GUI thread."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._progress = progress
        self._relay = relay

    def run(self) -> None:
        try:
            self._progress.check()
            result = self._fn(self._progress)
        except Cancelled:
            self._relay.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the user
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)


class Job(QObject):
    """One piece of work in flight: ``cancel()`` it, or watch its signals.

    ``finished`` is emitted on the GUI thread once the job has reported, whichever way.
    """

    progressed = Signal(float, str)
    finished = Signal()

    def __init__(
        self,
        parent: QObject | None,
        title: str,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
    ) -> None:
        # Not a Qt child of ``parent``: Qt would delete the job with its widget while the
        # worker still reports to it. The job watches the widget instead and, once it is
        # gone, finishes quietly without calling back into it.
        super().__init__(None)
        self._owner = parent
        self._orphaned = False
        if parent is not None:
            parent.destroyed.connect(self._owner_destroyed)
        self.title = title
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancel = on_cancel
        self._dialog: QProgressDialog | None = None
        self._status_window: QMainWindow | None = None
        self._status_bar: QWidget | None = None  # progress bar + Cancel, once the job is slow
        self.progress = Progress(self._emit_progress)
        # Owned by the application, not by Python: the worker's runnable may drop the last
        # Python reference to it on the worker thread, and a QObject of the GUI thread must
        # never be destroyed there (that corrupted the heap now and then). ``_release``
        # deletes it on the GUI thread.
        self.relay = _Relay(QCoreApplication.instance())
        self.relay.progressed.connect(self._report_progress)
        self.relay.succeeded.connect(self._succeeded)
        self.relay.failed.connect(self._failed)
        self.relay.cancelled.connect(self._cancelled)
        self.done = False
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.writes = False

    def _emit_progress(self, fraction: float, message: str) -> None:
        # Runs on the worker thread: only emit, never touch a widget. What storage says
        # (a colleague's job being waited for) is worded here: a signal carries plain text.
        if isinstance(message, Said):
            message = worded(message)
        self.relay.progressed.emit(fraction, message)

    def cancel(self) -> None:
        self.progress.cancel()

    def _owner_destroyed(self, *_args) -> None:
        self._orphaned = True
        self._owner = None
        self._status_window = None
        self._dialog = None  # a child of the same widget: gone with it
        self._status_bar = None
        self.progress.cancel()

    def is_running(self) -> bool:
        return not self.done

    # -- GUI thread ----------------------------------------------------------------------
    def _report_progress(self, fraction: float, message: str) -> None:
        message = progress_words.said(message)  # the domain's steps arrive as ids
        self.progressed.emit(fraction, message)
        if self._dialog is not None:
            self._dialog.setValue(int(round(fraction * 1000)))
            if message:
                self._dialog.setLabelText(message)
        elif self._status_window is not None:
            if message:
                self._status_window.statusBar().showMessage(f"{self.title}: {message}")
            if self._status_bar is not None:
                self._status_bar.findChild(QProgressBar).setValue(int(round(fraction * 1000)))

    def _close_feedback(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        if self._status_window is not None:
            self._status_window.statusBar().clearMessage()
        if self._status_bar is not None:
            self._status_bar.hide()
            self._status_bar.deleteLater()
            self._status_bar = None

    def _show_in_status_bar(self) -> None:
        """A small progress bar and a Cancel button, for work that turned out to be slow."""
        window = self._status_window
        if self.done or window is None or self._status_bar is not None:
            return
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QProgressBar()
        bar.setRange(0, 1000)
        bar.setValue(int(round(self.progress.fraction * 1000)))
        bar.setFixedWidth(140)
        bar.setTextVisible(False)
        cancel = QToolButton()
        cancel.setText(self.tr("Cancel"))
        cancel.setToolTip(arg(self.tr("Stop: %1"), self.title))
        cancel.clicked.connect(self.cancel)
        layout.addWidget(bar)
        layout.addWidget(cancel)
        window.statusBar().addPermanentWidget(box)
        self._status_bar = box

    def _finish(self) -> None:
        self.done = True
        self._close_feedback()
        _running.discard(self)
        self.finished.emit()
        if self.writes:
            write_notifier().write_finished.emit()

    def _release(self) -> None:
        """Drop the references that tie this job to its work, and the Qt object itself.

        Left alone, job -> progress -> listener -> job is a cycle only the garbage collector
        breaks, possibly at interpreter exit after Qt is gone (which crashes shiboken).
        """
        self.progress._listener = None
        self._on_done = self._on_error = self._on_cancel = None  # type: ignore[assignment]
        self.relay.deleteLater()
        if self._owner is not None:
            self._owner.destroyed.disconnect(self._owner_destroyed)
            self._owner = None
        self.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._finish()
        try:
            if not self._orphaned:
                self._on_done(result)  # type: ignore[misc]
        finally:
            self._release()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.error = exc
        self._finish()
        try:
            if self._orphaned:
                return
            if self._on_error is not None:
                self._on_error(exc)
                return
            from desktop.shared.errors import describe, show_error

            sentence = describe(exc, arg(self.tr("%1 did not finish"), self.title))
            parent = self._owner
            show_error(parent if isinstance(parent, QWidget) else None, sentence, details)
        finally:
            self._release()

    def _cancelled(self) -> None:
        self.was_cancelled = True
        window = self._status_window
        self._finish()
        try:
            if window is not None:
                window.statusBar().showMessage(arg(self.tr("%1: cancelled"), self.title), 5000)
            if self._on_cancel is not None and not self._orphaned:
                self._on_cancel()
        finally:
            self._release()


def run_job(
    parent: QObject | None,
    title: str,
    fn: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    show_progress: bool = True,
    writes: bool = False,
    on_cancel: Callable[[], None] | None = None,
) -> Job:
    """Run ``fn(progress)`` on a worker thread; ``on_done(result)`` runs on the GUI thread.

    ``on_error(exc)`` (GUI thread) replaces the default, which shows the error as a sentence
    with a Details button. ``show_progress`` opens a progress dialog with Cancel after a
    short delay (quick jobs never flash one); otherwise the main window's status bar says
    what is running. ``writes=True`` puts the job on the single workspace-writer thread.
    """
    job = Job(parent, title, on_done, on_error, on_cancel)
    job.writes = writes
    widget = parent if isinstance(parent, QWidget) else None
    window = widget.window() if widget is not None else None
    if show_progress:
        dialog = QProgressDialog(title, job.tr("Cancel"), 0, 1000, widget)
        dialog.setWindowTitle(title)
        # Wide enough for its title in the frame (window managers cut a long one short).
        dialog.setMinimumWidth(max(380, dialog.fontMetrics().horizontalAdvance(title) * 3 // 2 + 120))
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)
        dialog.setValue(0)
        job._dialog = dialog
    elif isinstance(window, QMainWindow):
        job._status_window = window
        window.statusBar().showMessage(arg(job.tr("%1…"), title))
        # Quick jobs never show it; slow ones get a bar and a Cancel button.
        QTimer.singleShot(600, job, job._show_in_status_bar)
    _running.add(job)
    _pool("write" if writes else "read").start(_Runnable(fn, job.progress, job.relay))
    return job


class WriteNotifier(QObject):
    """``write_finished`` after each of this window's workspace writes has reported, so a
    watcher for changes made by *other* processes can take this one's as known."""

    write_finished = Signal()


_notifier: list[WriteNotifier] = []


def write_notifier() -> WriteNotifier:
    if not _notifier:
        _notifier.append(WriteNotifier(QCoreApplication.instance()))
    return _notifier[0]


def writing() -> bool:
    """True while a workspace write of this process is queued or running."""
    return any(job.writes for job in _running)


def running_jobs() -> tuple[Job, ...]:
    """Jobs that have not reported yet (for a clean quit and for tests)."""
    return tuple(_running)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until every pool is idle (used on quit, never on the GUI thread otherwise)."""
    return all(pool.waitForDone(timeout_ms) for pool in _pools.values())


def finish_for_quit(timeout_ms: int = 10_000) -> bool:
    """On quit: ask every job to stop, and let a workspace write in flight finish.

    Reads are only asked to stop (their result is no longer wanted); a write is one
    transaction, so waiting for it keeps its all-or-nothing promise visible to the user.
    """
    for job in running_jobs():
        job.cancel()
    pool = _pools.get("write")
    return pool.waitForDone(timeout_ms) if pool is not None else True


def call_soon(fn: Callable[[], None]) -> None:
    """Run ``fn`` on the GUI thread once the event loop is back (after the first paint)."""
    QTimer.singleShot(0, fn)
