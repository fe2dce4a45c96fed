"""How errors reach the user: a sentence in the face, the details one click away.

Three tiers (STYLE): the domain raises typed exceptions (a refusal of input carries a kind
and facts, worded by ``desktop.shared.wording.refusals``); storage turns SQLite failures
into ``WorkspaceError`` sentences; here the desktop shows a known error as its sentence and
anything unexpected as "this should not have happened" with the traceback under Details.
``install_excepthook`` routes every uncaught exception on the GUI thread to the log and a
dialog, so a bug never kills the window silently nor prints a traceback only to a console.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.i18n.placeholders import arg
from domain.error_facts import ErrorFacts
from storage.errors import WorkspaceError

log = logging.getLogger("abm_health")

# Exceptions whose message is already a sentence written for the user.
KNOWN_ERRORS: tuple[type[BaseException], ...] = (WorkspaceError, OSError, ErrorFacts)


def describe(exc: BaseException, context: str = "") -> str:
    """One sentence for the user: a known error's own message, else what failed."""
    if isinstance(exc, WorkspaceError):
        from desktop.shared.wording.said import error_text

        return error_text(exc)
    if isinstance(exc, ErrorFacts):  # the domain refusing input: its kind worded
        # Imported when a refusal is shown: its wording modules import the KPI catalog and
        # the health model, which the window's start-up does not need.
        from desktop.shared.wording import refusals

        return refusals.said(exc)
    if isinstance(exc, OSError) and exc.strerror:
        lead = context or QCoreApplication.translate("errors", "A file could not be used")
        if exc.filename:
            return arg(QCoreApplication.translate("errors", "%1: %2 (%3)."), lead, exc.strerror,
                       exc.filename)
        return arg(QCoreApplication.translate("errors", "%1: %2."), lead, exc.strerror)
    lead = context or QCoreApplication.translate("errors", "Something went wrong")
    return arg(QCoreApplication.translate(
        "errors", "%1 because of an unexpected problem (%2). The details can be copied into a "
        "bug report."), lead, type(exc).__name__)


def format_details(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_error(
    parent: QWidget | None, sentence: str, details: str = "", *, title: str = ""
) -> QMessageBox:
    """Show ``sentence`` with a Details button holding ``details``; returns the open box.

    The box is window-modal but opened with ``open()``, not ``exec()``: the event loop keeps
    running, so background jobs keep reporting and tests never block on it.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.applicationName() or "abm-health")
    box.setText(sentence)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("errorBox")
    box.open()
    return box


def show_exception(parent: QWidget | None, exc: BaseException, context: str = "") -> QMessageBox:
    """``show_error`` for an exception: its sentence, and the traceback under Details."""
    return show_error(parent, describe(exc, context), format_details(exc))


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class ExceptionHook(QObject):
    """``sys.excepthook`` replacement: log, then show a dialog with the traceback.

    A second error raised while the dialog is being built goes to the original hook, so
    a broken dialog can't loop forever.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous: ExceptHook = sys.excepthook
        self._showing = False
        self.last_box: QMessageBox | None = None

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, exc, tb)
            return
        log.error("Unexpected error", exc_info=(kind, exc, tb))
        if self._showing or QApplication.instance() is None:
            self._previous(kind, exc, tb)
            return
        self._showing = True
        try:
            details = "".join(traceback.format_exception(kind, exc, tb))
            parent = QApplication.activeWindow()
            if isinstance(exc, KNOWN_ERRORS):
                sentence = describe(exc)
            else:
                sentence = arg(QCoreApplication.translate(
                    "errors", "Something went wrong that should not have (%1: %2). Your workspace "
                    "is unchanged by this error; the details below can be copied into a bug report."
                ), kind.__name__, str(exc)[:200] or QCoreApplication.translate("errors", "no message"))
            self.last_box = show_error(parent, sentence, details)
        except Exception:  # noqa: BLE001 - never let the hook itself raise
            self._previous(kind, exc, tb)
        finally:
            self._showing = False

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous


def install_excepthook(parent: QObject | None = None) -> ExceptionHook:
    """Route uncaught exceptions to the log and an error dialog; returns the hook."""
    hook = ExceptionHook(parent)
    sys.excepthook = hook
    return hook
