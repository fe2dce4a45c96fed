"""Two people, two windows, one PostgreSQL workspace: a settings save made on settings a
colleague changed meanwhile is refused with "changed by X at T" and the page reloads
theirs; a note edited meanwhile is refused likewise and the notes are read again."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from desktop.account.notes import NotesController
from desktop.settings.page import SettingsPage
from desktop.shared.app_state import AppState, load_workspace_data
from desktop.shared.workers import wait_for_all
from domain.entities import Note
from domain.progress import Progress
from storage import notes_repo
from storage.copying import copy_workspace
from storage.settings_repo import load_settings, save_settings
from storage.workspace import Workspace
from tests.desktop import small_portfolio as fx


def _filled(pg_url, tmp_path) -> Workspace:
    with Workspace.open(tmp_path / "small.sqlite") as laptop, Workspace.open(pg_url) as ws:
        fx.fill(laptop)
        copy_workspace(laptop, ws)
    return Workspace.open(pg_url)


def test_a_settings_save_on_stale_settings_is_refused_and_reloaded(qtbot, pg_url, tmp_path):
    with _filled(pg_url, tmp_path) as ws:
        state = AppState(ws, fx.AS_OF)
        state.set_data(load_workspace_data(ws, fx.AS_OF, Progress.none()))
        page = SettingsPage(state)
        qtbot.addWidget(page)
        # A colleague saves the settings after this page read them ...
        with Workspace.open(pg_url) as colleague:
            save_settings(colleague, replace(load_settings(colleague), currency="PLN"))
        # ... so this save is refused, and the page shows the colleague's settings again.
        page.currency.setCurrentText("eur")
        with qtbot.waitSignal(state.data_changed, timeout=60_000):
            page.save()
        assert re.fullmatch(r"The settings were changed by abm_test at \d{4}-\d\d-\d\d "
                            r"\d\d:\d\d; yours were not saved\. The settings have been "
                            r"reloaded: make your change again\.", page.message.text())
        assert load_settings(ws).currency == "PLN"
        assert state.settings.currency == "PLN"
        state.stop_watching()
        page.cancel_jobs()
        wait_for_all()


def test_a_note_edited_meanwhile_is_refused_and_the_notes_reloaded(qtbot, pg_url, tmp_path):
    with _filled(pg_url, tmp_path) as ws:
        added = notes_repo.add_note(ws, Note(account_id=1, text="Call Ann",
                                             created_at=datetime(2026, 11, 2, 9, 0)))
        controller = NotesController(ws)
        controller.set_account(ws, 1, notes_repo.list_notes(ws, 1))
        shown = next(n for n in controller.notes if n.id == added.id)
        with Workspace.open(pg_url) as colleague:
            notes_repo.update_note(colleague, replace(notes_repo.get_note(colleague, added.id),
                                                      text="Call Ann on Monday"))
        with qtbot.waitSignal(controller.failed, timeout=30_000) as refused, \
                qtbot.waitSignal(controller.notes_changed, timeout=30_000):
            controller.edit(shown, "Call Ann today", None)
        assert refused.args[0].startswith("The note was changed by abm_test at ")
        texts = [n.text for n in controller.notes if n.id == added.id]
        assert texts == ["Call Ann on Monday"]  # the colleague's version, reloaded
        wait_for_all()
