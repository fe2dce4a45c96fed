"""Errors: known ones as their sentence; unexpected ones logged and shown with details."""

from __future__ import annotations

import logging
import sys

from desktop.shared.errors import describe, install_excepthook, show_error
from storage.errors import WorkspaceError


def test_known_error_is_its_own_sentence():
    exc = WorkspaceError("The workspace w.sqlite is read-only; choose a folder you can write to.")
    assert describe(exc) == str(exc)


def test_unknown_error_names_what_failed_not_the_traceback():
    sentence = describe(KeyError("x"), "Opening the account")
    assert sentence.startswith("Opening the account")
    assert "KeyError" in sentence and "Traceback" not in sentence


def test_show_error_has_details(qtbot):
    box = show_error(None, "The file has no header row.", "row 1: empty")
    qtbot.addWidget(box)
    assert box.text() == "The file has no header row."
    assert box.detailedText() == "row 1: empty"
    assert box.isVisible()


def test_excepthook_logs_and_shows_a_dialog(qtbot, caplog):
    hook = install_excepthook()
    try:
        try:
            raise RuntimeError("unexpected state")
        except RuntimeError:
            with caplog.at_level(logging.ERROR, logger="abm_health"):
                sys.excepthook(*sys.exc_info())
        box = hook.last_box
        assert box is not None
        qtbot.addWidget(box)
        assert "RuntimeError: unexpected state" in box.text()
        assert "Traceback" in box.detailedText()
        assert any("Unexpected error" in r.message for r in caplog.records)
    finally:
        hook.uninstall()
    assert sys.excepthook is not hook
