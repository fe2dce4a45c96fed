"""Two people editing one note or the settings: the second save is refused, naming who
changed it and when, on SQLite and on PostgreSQL alike; nothing of it is written."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import text

from domain.entities import Note
from domain.settings import WorkspaceSettings
from storage import notes_repo, settings_repo
from storage.identity import current_user

STAMP = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"


@pytest.fixture
def account(any_workspace):
    with any_workspace.transaction() as conn:
        conn.execute(text("INSERT INTO accounts (id, name, tier, is_target) "
                          "VALUES (1, 'Acme', 1, TRUE)"))
    return 1


def _me(workspace) -> str:
    with workspace.connect() as conn:
        return current_user(conn)


def test_a_conflicting_note_edit_is_refused(any_workspace, account):
    ws = any_workspace
    added = notes_repo.add_note(ws, Note(account_id=account, text="Call Ann",
                                         created_at=datetime(2026, 11, 2, 9, 0), author="x"))
    assert added.version == 1
    alice = notes_repo.get_note(ws, added.id)  # both open the note at version 1
    bob = notes_repo.get_note(ws, added.id)
    saved = notes_repo.update_note(ws, replace(bob, text="Call Ann on Monday"))
    assert saved.version == 2 and saved.updated_by == _me(ws)
    with pytest.raises(notes_repo.NoteConflict) as refused:
        notes_repo.update_note(ws, replace(alice, text="Call Ann today"))
    message = str(refused.value)
    assert re.fullmatch(
        rf"The note was changed by {re.escape(_me(ws))} at {STAMP}; your edit was not saved\. "
        r"The note has been reloaded: make your change again\.", message)
    stored = notes_repo.get_note(ws, added.id)
    assert (stored.text, stored.version) == ("Call Ann on Monday", 2)  # Bob's, untouched
    # Reloaded, Alice's edit goes through on top of Bob's.
    assert notes_repo.update_note(ws, replace(stored, text="Call Ann today")).version == 3


def test_the_author_of_a_note_on_a_server_is_the_database_user(any_workspace, account):
    ws = any_workspace
    added = notes_repo.add_note(ws, Note(account_id=account, text="Demo booked",
                                         created_at=datetime(2026, 11, 2, 9, 0), author="typed"))
    expected = "abm_test" if ws.engine.dialect.name == "postgresql" else "typed"
    assert notes_repo.get_note(ws, added.id).author == expected


def test_a_conflicting_settings_save_is_refused(any_workspace):
    ws = any_workspace
    assert settings_repo.settings_version(ws).version == 0  # never saved
    assert settings_repo.save_settings(ws, WorkspaceSettings()) == 1
    seen = settings_repo.settings_version(ws).version  # both open the settings at 1
    assert seen == 1
    bob = replace(WorkspaceSettings(), currency="EUR")
    assert settings_repo.save_settings(ws, bob, expected_version=seen) == 2
    with pytest.raises(settings_repo.SettingsConflict) as refused:
        settings_repo.save_settings(ws, replace(WorkspaceSettings(), currency="PLN"),
                                    expected_version=seen)
    assert re.fullmatch(
        rf"The settings were changed by {re.escape(_me(ws))} at {STAMP}; yours were not "
        r"saved\. The settings have been reloaded: make your change again\.",
        str(refused.value))
    assert settings_repo.load_settings(ws).currency == "EUR"
    assert settings_repo.settings_version(ws).version == 2
