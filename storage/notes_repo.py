"""Notes and next actions on an account (the ``notes`` table), read and written one by one.

A note with a due date is a next action; ``done`` completes it. Each write is its own
transaction. ``restore`` puts back a note exactly as it was (same id), which is what undo
of an edit or a delete needs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pandas as pd
from sqlalchemy import delete, insert, select, update

from domain.entities import Note
from storage.schema import Note as NoteRow
from storage.workspace import Workspace

_FIELDS = ("id", "account_id", "author", "created_at", "text", "due_date", "done", "external_id",
           "import_batch_id")


class NoteNotFound(LookupError):
    """The note was deleted (perhaps in another window) since it was shown."""


def _to_note(row) -> Note:
    due = row.due_date
    if isinstance(due, datetime):
        due = due.date()
    return Note(
        account_id=int(row.account_id), text=row.text or "", created_at=row.created_at,
        id=int(row.id), author=row.author, due_date=due, done=bool(row.done),
        external_id=row.external_id, import_batch_id=row.import_batch_id,
    )


def _values(note: Note) -> dict[str, object]:
    text = note.text.strip()
    if not text:
        raise ValueError("A note needs some text; type what happened or what to do next.")
    return {
        "account_id": note.account_id, "author": note.author, "created_at": note.created_at,
        "text": text, "due_date": note.due_date, "done": bool(note.done),
    }


def list_notes(workspace: Workspace, account_id: int) -> list[Note]:
    """The account's notes: open next actions first (soonest due), then the rest, newest first."""
    with workspace.connect() as conn:
        rows = conn.execute(
            select(*(getattr(NoteRow, f) for f in _FIELDS)).where(NoteRow.account_id == account_id)
        ).all()
    notes = [_to_note(r) for r in rows]
    far = date.max
    open_actions = sorted((n for n in notes if n.due_date and not n.done),
                          key=lambda n: (n.due_date or far, n.id or 0))
    rest = sorted((n for n in notes if not (n.due_date and not n.done)),
                  key=lambda n: (n.created_at or datetime.min, n.id or 0), reverse=True)
    return open_actions + rest


def notes_frame(notes: list[Note]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"id": n.id, "account_id": n.account_id, "author": n.author, "created_at": n.created_at,
          "text": n.text, "due_date": n.due_date, "done": n.done} for n in notes],
        columns=["id", "account_id", "author", "created_at", "text", "due_date", "done"],
    )


def get_note(workspace: Workspace, note_id: int) -> Note:
    with workspace.connect() as conn:
        row = conn.execute(
            select(*(getattr(NoteRow, f) for f in _FIELDS)).where(NoteRow.id == note_id)
        ).first()
    if row is None:
        raise NoteNotFound(f"Note {note_id} no longer exists; it was deleted elsewhere.")
    return _to_note(row)


def add_note(workspace: Workspace, note: Note) -> Note:
    """Insert a new note; returns it with its id."""
    values = _values(note)
    with workspace.transaction() as conn:
        new_id = conn.execute(insert(NoteRow).values(**values)).inserted_primary_key[0]
    return replace(note, id=int(new_id), text=str(values["text"]))


def update_note(workspace: Workspace, note: Note) -> Note:
    """Store an edited note (text, due date, done, author); returns the note as stored."""
    if note.id is None:
        raise ValueError("update_note needs a stored note (with an id); use add_note for a new one")
    values = _values(note)
    values.pop("created_at")
    with workspace.transaction() as conn:
        result = conn.execute(update(NoteRow).where(NoteRow.id == note.id).values(**values))
        if result.rowcount == 0:
            raise NoteNotFound(f"Note {note.id} no longer exists; it was deleted elsewhere.")
    return replace(note, text=str(values["text"]))


def set_done(workspace: Workspace, note_id: int, done: bool) -> None:
    with workspace.transaction() as conn:
        result = conn.execute(update(NoteRow).where(NoteRow.id == note_id).values(done=bool(done)))
        if result.rowcount == 0:
            raise NoteNotFound(f"Note {note_id} no longer exists; it was deleted elsewhere.")


def delete_note(workspace: Workspace, note_id: int) -> None:
    with workspace.transaction() as conn:
        conn.execute(delete(NoteRow).where(NoteRow.id == note_id))


def restore(workspace: Workspace, note: Note) -> Note:
    """Put ``note`` back exactly as given (same id): insert it, or overwrite the stored row."""
    if note.id is None:
        raise ValueError("restore needs the note's id")
    values = {**_values(note), "id": note.id, "external_id": note.external_id,
              "import_batch_id": note.import_batch_id}
    with workspace.transaction() as conn:
        exists = conn.execute(select(NoteRow.id).where(NoteRow.id == note.id)).first()
        if exists:
            conn.execute(update(NoteRow).where(NoteRow.id == note.id).values(**values))
        else:
            conn.execute(insert(NoteRow).values(**values))
    return note
