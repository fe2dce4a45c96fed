"""The account page: header with health and drivers, and six tabs.

``show_account(id)`` gathers the account's rows on a worker (``desktop.account.data``) and
fills the tabs when they arrive; a newer request makes an older one's result stale and it
is dropped. Tabs: what moved the score, timeline, buying committee, meetings and deals,
retention and NPS, notes. "What moved" is computed by a second job once the page is shown.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.account.data import AccountData, load_account
from desktop.account.header import AccountHeader
from desktop.account.moved import MovedTab
from desktop.account.notes import NotesController, NotesTab
from desktop.account.tabs import CommitteeTab, DealsTab, RetentionTab
from desktop.account.timeline import TimelineTab
from desktop.i18n.placeholders import arg
from desktop.shared.app_state import AppState
from desktop.shared.errors import describe
from desktop.shared.workers import run_job


class AccountPage(QWidget):
    back_requested = Signal()
    loaded = Signal(int)  # account id, once its page is filled
    moved_shown = Signal(int)  # account id, once "what moved" is filled

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.account_id: int | None = None
        self.data: AccountData | None = None
        self.last_open_seconds: float | None = None
        self._token = 0

        self.header = AccountHeader()
        self.header.back_requested.connect(self.back_requested)
        self.timeline = TimelineTab()
        self.committee = CommitteeTab()
        self.deals = DealsTab()
        self.retention = RetentionTab()
        self.notes_controller = NotesController(state.workspace, self)
        self.notes_controller.edited.connect(self._notes_changed)
        self.notes = NotesTab(self.notes_controller)
        self.moved = MovedTab()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.committee, self.tr("Buying committee"))
        self.tabs.addTab(self.deals, self.tr("Meetings and deals"))
        self.tabs.addTab(self.retention, self.tr("Retention and NPS"))
        self.tabs.addTab(self.notes, self.tr("Notes and next actions"))
        self.tabs.addTab(self.moved, self.tr("What moved"))

        # Said above the header when the window shows an earlier day than the data's last.
        self.past = QLabel("")
        self.past.setObjectName("pastNotice")
        self.past.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 10)
        layout.setSpacing(10)
        layout.addWidget(self.past)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        state.data_changed.connect(self._data_changed)
        state.likelihoods_ready.connect(self._data_changed)  # the header shows the likelihood

    def show_account(self, account_id: int) -> None:
        """Show an account: the header says loading at once, the rest follows."""
        self._token += 1
        token = self._token
        started = time.perf_counter()
        self.account_id = int(account_id)
        name = self._known_name(account_id)
        self.header.show_loading(name)
        state = self.state
        workspace, as_of, settings = state.workspace, state.as_of, state.settings
        frames, health = state.frames, state.health
        portfolio = state.extras.get("portfolio")
        rows = state.extras.get("account_rows")

        def done(data: AccountData) -> None:
            if token != self._token:
                return  # the user already asked for another account
            self._fill(data)
            self.last_open_seconds = time.perf_counter() - started
            self.loaded.emit(data.account_id)
            self._explain_movement(token, data.account_id)

        def failed(exc: BaseException) -> None:
            if token == self._token:
                self.header.show_loading(describe(exc, self.tr("Opening the account failed")))

        run_job(self, self.tr("Opening the account"),
                lambda progress: load_account(workspace, int(account_id), as_of, settings, frames,
                                              health, portfolio, progress, rows),
                done, failed, show_progress=False)

    def _explain_movement(self, token: int, account_id: int) -> None:
        health = self.state.health
        self.moved.show_waiting()
        if health is None:
            self.moved.show_problem(self.tr("The health score is still being computed…"))
            return
        from storage.health_movement import account_movement

        workspace = self.state.workspace

        def done(moved) -> None:
            if token == self._token:
                self.moved.set_movement(moved)
                self.moved_shown.emit(account_id)

        def failed(exc: BaseException) -> None:
            if token == self._token:
                self.moved.show_problem(describe(exc, self.tr("What moved could not be worked out")))

        run_job(self, self.tr("What moved the score"),
                lambda _progress: account_movement(workspace, health, account_id),
                done, failed, show_progress=False)

    def _known_name(self, account_id: int) -> str:
        portfolio = self.state.extras.get("portfolio")
        if portfolio is None or not len(portfolio):
            return ""
        match = portfolio["name"].to_numpy()[portfolio["id"].to_numpy() == account_id]
        return str(match[0]) if len(match) else ""

    def _fill(self, data: AccountData) -> None:
        self.data = data
        state = self.state
        self.past.setVisible(state.showing_past)
        if state.showing_past:
            self.past.setText(arg(self.tr("As it stood on %1: the data goes on to %2."), state.as_of.isoformat(), state.data_date.isoformat()))
        self.header.set_data(data)
        self.timeline.set_data(data.weekly, data.events)
        self.committee.set_data(data.committee, data.gaps)
        self.deals.set_data(data.tables, data.currency)
        self.retention.set_data(data.tables, data.currency, data.row)
        self.notes.today = data.as_of
        self.notes_controller.set_account(self.state.workspace, data.account_id, data.notes)

    def _notes_changed(self, notes) -> None:
        if self.account_id is not None:
            self.state.replace_account_notes(self.account_id, notes)

    def _data_changed(self) -> None:
        # New data (import, undo, new weights): refresh the account on show.
        if self.account_id is not None and self.isVisible():
            self.show_account(self.account_id)
