"""Notes and next actions on an account (the ``notes`` table), read and written one by one.

A note with a due date is a next action; ``done`` completes it. Each write is its own
transaction. ``restore`` puts back a note exactly as it was (same id), which is what undo
of an edit or a delete needs.

Several people may edit one workspace. Every edit bumps the note's ``version`` and records
who and when; ``update_note`` with the version the editor started from refuses, with
``NoteConflict`` ("changed by X at T"), when someone saved the note in between. On
PostgreSQL the author of a new note is the database user.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pandas as pd
from sqlalchemy import delete, insert, select, update

from domain.entities import Note
from storage.errors import WorkspaceError
from storage.identity import current_user
from storage.said import Said, english, say
from storage.schema import Note as NoteRow
from storage.workspace import Workspace

english({
    "note_needs_text": "A note needs some text; type what happened or what to do next.",
    "note_gone": "Note {note} no longer exists; it was deleted elsewhere.",
    "note_changed_by": "The note was changed by {who}; your edit was not saved. The note has "
                       "been reloaded: make your change again.",
    "note_changed_by_at": "The note was changed by {who} at {at}; your edit was not saved. The "
                          "note has been reloaded: make your change again.",
    "note_changed": "The note was changed by someone else; your edit was not saved. The note "
                    "has been reloaded: make your change again.",
    "note_changed_at": "The note was changed by someone else at {at}; your edit was not saved. "
                       "The note has been reloaded: make your change again.",
})

_FIELDS = ("id", "account_id", "author", "created_at", "text", "due_date", "done", "external_id",
           "import_batch_id", "version", "updated_by", "updated_at")


class NoteNotFound(LookupError):
    """The note was deleted (perhaps in another window) since it was shown."""


class NoteConflict(WorkspaceError):
    """Someone else saved the note after this editor read it; nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="conflict")


def _changed_by(who: str | None, when: datetime | None) -> Said:
    """Who changed the note meanwhile, and when (the time as the workspace stored it)."""
    at = f"{when:%Y-%m-%d %H:%M}" if when is not None else None
    if who:
        return say("note_changed_by_at", who=who, at=at) if at else say("note_changed_by", who=who)
    return say("note_changed_at", at=at) if at else say("note_changed")


def _to_note(row) -> Note:
    due = row.due_date
    if isinstance(due, datetime):
        due = due.date()
    return Note(
        account_id=int(row.account_id), text=row.text or "", created_at=row.created_at,
        id=int(row.id), author=row.author, due_date=due, done=bool(row.done),
        external_id=row.external_id, import_batch_id=row.import_batch_id,
        version=row.version, updated_by=row.updated_by, updated_at=row.updated_at,
    )


def _values(note: Note) -> dict[str, object]:
    text = note.text.strip()
    if not text:
        raise ValueError(say("note_needs_text"))
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
        raise NoteNotFound(say("note_gone", note=note_id))
    return _to_note(row)


def add_note(workspace: Workspace, note: Note) -> Note:
    """Insert a new note; returns it with its id (on PostgreSQL, by the database user)."""
    values = _values(note)
    with workspace.transaction() as conn:
        if conn.dialect.name == "postgresql":
            values["author"] = current_user(conn)
        new_id = conn.execute(insert(NoteRow).values(**values)).inserted_primary_key[0]
    return replace(note, id=int(new_id), text=str(values["text"]), author=values["author"],
                   version=1)


def update_note(workspace: Workspace, note: Note) -> Note:
    """Store an edited note (text, due date, done); returns the note as stored.

    With ``note.version`` set (the version the edit started from), the save is refused with
    NoteConflict when the stored note has moved on since.
    """
    if note.id is None:
        raise ValueError("update_note needs a stored note (with an id); use add_note for a new one")
    values = _values(note)
    values.pop("created_at")
    values.pop("author")  # the note keeps its author; the editor goes to updated_by
    with workspace.transaction() as conn:
        when = datetime.now().replace(microsecond=0)
        who = current_user(conn) or None
        query = update(NoteRow).where(NoteRow.id == note.id)
        if note.version is not None:
            query = query.where(NoteRow.version == note.version)
        result = conn.execute(query.values(**values, version=NoteRow.version + 1,
                                           updated_by=who, updated_at=when))
        if result.rowcount == 0:
            stored = conn.execute(select(NoteRow.updated_by, NoteRow.updated_at)
                                  .where(NoteRow.id == note.id)).first()
            if stored is None:
                raise NoteNotFound(say("note_gone", note=note.id))
            raise NoteConflict(_changed_by(*stored))
        version = conn.execute(select(NoteRow.version).where(NoteRow.id == note.id)).scalar()
    return replace(note, text=str(values["text"]), version=int(version), updated_by=who,
                   updated_at=when)


def set_done(workspace: Workspace, note_id: int, done: bool) -> None:
    with workspace.transaction() as conn:
        result = conn.execute(update(NoteRow).where(NoteRow.id == note_id).values(
            done=bool(done), version=NoteRow.version + 1, updated_by=current_user(conn) or None,
            updated_at=datetime.now().replace(microsecond=0)))
        if result.rowcount == 0:
            raise NoteNotFound(say("note_gone", note=note_id))


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
        if exists:  # an undo is an edit too: whoever had the note open must reload it
            conn.execute(update(NoteRow).where(NoteRow.id == note.id).values(
                **values, version=NoteRow.version + 1, updated_by=current_user(conn) or None,
                updated_at=datetime.now().replace(microsecond=0)))
        else:
            conn.execute(insert(NoteRow).values(**values))
    return note
