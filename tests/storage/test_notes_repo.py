"""Notes: add, edit, complete, delete and restore, on a real workspace file and on a
PostgreSQL database (the ``workspace`` tests run on both)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from domain.entities import Note
from storage import notes_repo
from storage.workspace import Workspace


@pytest.fixture
def workspace(any_workspace):
    return any_workspace


@pytest.fixture
def account_id(workspace):
    with workspace.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (id, name, tier, is_target) VALUES (7, 'Acme', 1, TRUE)")
    return 7


def _note(text, created, due=None):
    return Note(account_id=7, text=text, created_at=created, author="Ewa", due_date=due)


def test_notes_survive_closing_and_reopening_the_workspace(tmp_path):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        with ws.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO accounts (id, name, tier, is_target) VALUES (7, 'Acme', 1, 1)")
        added = notes_repo.add_note(ws, _note("  Call the CFO about renewal  ", datetime(2026, 11, 20, 9),
                                              date(2026, 11, 30)))
        notes_repo.update_note(ws, replace(added, text="Call the CFO about the renewal"))
    with Workspace.open(path) as ws:
        notes = notes_repo.list_notes(ws, 7)
    assert [(n.text, n.due_date, n.done, n.author) for n in notes] == [
        ("Call the CFO about the renewal", date(2026, 11, 30), False, "Ewa")
    ]


def test_open_actions_come_first_by_due_date_then_notes_newest_first(workspace, account_id):
    notes_repo.add_note(workspace, _note("old note", datetime(2026, 10, 1)))
    notes_repo.add_note(workspace, _note("new note", datetime(2026, 11, 1)))
    notes_repo.add_note(workspace, _note("due later", datetime(2026, 9, 1), date(2026, 12, 15)))
    first = notes_repo.add_note(workspace, _note("due soon", datetime(2026, 9, 2), date(2026, 11, 25)))
    done = notes_repo.add_note(workspace, _note("finished action", datetime(2026, 10, 15), date(2026, 10, 20)))
    notes_repo.set_done(workspace, done.id, True)
    texts = [n.text for n in notes_repo.list_notes(workspace, account_id)]
    # open actions: due 11-25, due 12-15; then by created desc: 11-01, 10-15 (done), 10-01
    assert texts == ["due soon", "due later", "new note", "finished action", "old note"]
    assert notes_repo.get_note(workspace, first.id).due_date == date(2026, 11, 25)


def test_empty_text_is_refused_with_a_sentence(workspace, account_id):
    with pytest.raises(ValueError, match="needs some text"):
        notes_repo.add_note(workspace, _note("   ", datetime(2026, 11, 1)))


def test_restore_brings_back_a_deleted_note_with_its_id(workspace, account_id):
    note = notes_repo.add_note(workspace, _note("keep me", datetime(2026, 11, 1)))
    notes_repo.delete_note(workspace, note.id)
    assert notes_repo.list_notes(workspace, account_id) == []
    notes_repo.restore(workspace, note)
    assert [n.id for n in notes_repo.list_notes(workspace, account_id)] == [note.id]


def test_editing_a_deleted_note_says_so(workspace, account_id):
    note = notes_repo.add_note(workspace, _note("gone soon", datetime(2026, 11, 1)))
    notes_repo.delete_note(workspace, note.id)
    with pytest.raises(notes_repo.NoteNotFound, match="no longer exists"):
        notes_repo.update_note(workspace, replace(note, text="edited"))
