"""Notes on the account page: add, edit, complete, undo, and they survive reopening."""

from __future__ import annotations

from datetime import date, datetime

from desktop.account.notes import NotesController, NotesTab
from storage import notes_repo
from storage.workspace import Workspace
from tests.desktop.small_portfolio import fill


def _wait_idle(qtbot, controller):
    qtbot.waitUntil(lambda: not controller.busy, timeout=20_000)


def test_notes_survive_closing_and_reopening_the_workspace(qtbot, tmp_path, qtmodeltester):
    path = tmp_path / "w.sqlite"
    workspace = Workspace.open(path)
    fill(workspace)
    controller = NotesController(workspace)
    tab = NotesTab(controller)
    qtbot.addWidget(tab)
    controller.set_account(workspace, 1, notes_repo.list_notes(workspace, 1))
    controller.add("Call Dana about the renewal", date(2026, 12, 1), author="Ewa",
                   now=datetime(2026, 11, 23, 9, 30))
    _wait_idle(qtbot, controller)
    controller.add("Met Chen at the trade fair", author="Ewa", now=datetime(2026, 11, 22, 15, 0))
    _wait_idle(qtbot, controller)
    qtmodeltester.check(tab.model)
    # Open actions first, then notes newest first.
    assert [tab.model.index(r, 2).data() for r in range(2)] == [
        "Call Dana about the renewal", "Met Chen at the trade fair"]
    assert tab.model.index(0, 1).data() == "2026-12-01"
    controller.set_done(controller.notes[0], True)
    _wait_idle(qtbot, controller)
    workspace.close()

    reopened = Workspace.open(path)
    try:
        notes = notes_repo.list_notes(reopened, 1)
        # Both are plain notes now (the action is done): newest first, 11-23 before 11-22.
        assert [(n.text, n.done, n.due_date, n.author) for n in notes] == [
            ("Call Dana about the renewal", True, date(2026, 12, 1), "Ewa"),
            ("Met Chen at the trade fair", False, None, "Ewa"),
        ]
    finally:
        reopened.close()


def test_undo_takes_back_the_last_edit_first(qtbot, workspace):
    fill(workspace)
    controller = NotesController(workspace)
    controller.set_account(workspace, 1, [])
    controller.add("first text", author="Ewa", now=datetime(2026, 11, 20, 8, 0))
    _wait_idle(qtbot, controller)
    note = controller.notes[0]
    controller.edit(note, "second text", None)
    _wait_idle(qtbot, controller)
    assert controller.undo_text() == "Undo edit note"
    controller.set_done(controller.notes[0], True)
    _wait_idle(qtbot, controller)
    # Each action has its own whole undo message (no lowered label pasted into "Undo %1").
    assert controller.undo_text() == "Undo complete action"
    controller.undo()  # the completion
    _wait_idle(qtbot, controller)
    assert not controller.notes[0].done
    controller.delete(controller.notes[0])
    _wait_idle(qtbot, controller)
    assert controller.notes == []
    assert controller.undo_text() == "Undo delete note"
    controller.undo()  # the delete
    _wait_idle(qtbot, controller)
    assert [n.text for n in controller.notes] == ["second text"]
    assert controller.notes[0].id == note.id  # the same note, not a copy
    controller.undo()  # the edit
    _wait_idle(qtbot, controller)
    assert [n.text for n in controller.notes] == ["first text"]
    assert controller.undo_text() == "Undo add note"
    controller.undo()  # the add
    _wait_idle(qtbot, controller)
    assert controller.notes == [] and not controller.can_undo()
    assert notes_repo.list_notes(workspace, 1) == []


def test_an_empty_note_is_refused_with_a_sentence(qtbot, workspace):
    fill(workspace)
    controller = NotesController(workspace)
    controller.set_account(workspace, 1, [])
    with qtbot.waitSignal(controller.failed, timeout=20_000) as blocker:
        controller.add("   ", author="Ewa")
    assert "needs some text" in blocker.args[0]
    assert not controller.can_undo()
