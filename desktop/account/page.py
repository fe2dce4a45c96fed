"""The account page: header with health and drivers, and six tabs.

``show_account(id)`` shows the first screen (header and timeline) at once from the loaded
portfolio's rows (``desktop.account.data.first_screen``), then, once it is painted (and
``REST_DELAY_MS`` later), a worker completes the other tabs and a second job works out
"what moved"; a newer request cancels the older one's jobs and drops their results.
Tabs: timeline, buying committee, meetings and deals, retention and NPS, notes, what moved
the score.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.account.data import AccountData, complete, first_screen
from desktop.account.header import AccountHeader
from desktop.account.moved import MovedTab
from desktop.account.notes import NotesController, NotesTab
from desktop.account.tabs import CommitteeTab, DealsTab, RetentionTab
from desktop.account.timeline import TimelineTab
from desktop.i18n.placeholders import arg
from desktop.shared.app_state import AppState
from desktop.shared.errors import describe
from desktop.shared.workers import Job, run_job

# After the first screen is painted, how long the page waits before completing the other
# tabs (hidden behind the timeline until clicked).
REST_DELAY_MS = 60


class AccountPage(QWidget):
    back_requested = Signal()
    first_shown = Signal(int)  # account id, once the header and timeline are painted
    loaded = Signal(int)  # account id, once its page is filled
    moved_shown = Signal(int)  # account id, once "what moved" is filled

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.account_id: int | None = None
        self.data: AccountData | None = None
        self.shown: AccountData | None = None  # the header and timeline's, before the rest
        self.last_open_seconds: float | None = None  # from the request to the first paint
        self._token = 0
        self._jobs: list[Job] = []
        self._after_paint: tuple[int, float] | None = None  # (request, its start) to time

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
        """Show an account: the header and timeline first, the other tabs after the paint.

        With the loaded portfolio's row index the first screen is gathered here, in a few
        milliseconds, so the click is answered in one pass of the event loop with no worker
        to wait for; without it (the portfolio still loading) a worker reads the account's
        rows and the header says loading meanwhile. Once that screen is painted a worker
        completes the other tabs, then works out "what moved"; a newer request cancels both.
        """
        self._token += 1
        token = self._token
        started = time.perf_counter()
        for job in self._jobs:
            job.cancel()
        self._jobs = []
        self.account_id = int(account_id)
        state = self.state
        workspace, as_of, settings = state.workspace, state.as_of, state.settings
        frames, health = state.frames, state.health
        portfolio = state.extras.get("portfolio")
        rows = state.extras.get("account_rows")

        def gather(progress=None) -> AccountData:
            return first_screen(workspace, int(account_id), as_of, settings, frames, health,
                                portfolio, progress, rows)

        def failed(exc: BaseException) -> None:
            if token == self._token:
                self.header.show_loading(describe(exc, self.tr("Opening the account failed")))

        if rows is not None:
            try:
                data = gather()
            except Exception as exc:  # noqa: BLE001 - said in the header, as from a worker
                failed(exc)
                return
            self._show_first(token, data, started)
            return
        self.header.show_loading(self._known_name(account_id))
        self._jobs.append(run_job(self, self.tr("Opening the account"), gather,
                                  lambda data: self._show_first(token, data, started), failed,
                                  show_progress=False))

    def _show_first(self, token: int, data: AccountData, started: float) -> None:
        if token != self._token:
            return  # the user already asked for another account
        self._fill_first(data)
        self._after_paint = (token, started)
        self.update()
        # Not shown (a hidden window): the other tabs follow all the same.
        QTimer.singleShot(200, self, lambda: self._painted(token))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._after_paint is not None:
            token = self._after_paint[0]
            # After this paint pass, children included: the first screen is on the glass.
            QTimer.singleShot(0, self, lambda: self._painted(token))

    def _painted(self, token: int) -> None:
        if self._after_paint is None or self._after_paint[0] != token or token != self._token:
            return
        started = self._after_paint[1]
        self._after_paint = None
        self.last_open_seconds = time.perf_counter() - started
        self.first_shown.emit(self.account_id)
        # A moment later, unless another account is asked first: someone going through
        # accounts quickly is never slowed by tabs of a page already left.
        QTimer.singleShot(REST_DELAY_MS, self, lambda: self._complete(token))

    def _complete(self, token: int) -> None:
        if token != self._token:
            return
        data = self.shown
        state = self.state
        workspace, settings, health = state.workspace, state.settings, state.health
        rows = state.extras.get("account_rows")

        def rest(progress) -> AccountData:
            return complete(data, workspace, settings, health, rows, progress)

        def done(full: AccountData) -> None:
            if token != self._token:
                return
            self._fill_rest(full)
            self.loaded.emit(full.account_id)
            self._explain_movement(token, full.account_id)

        def failed(exc: BaseException) -> None:
            if token == self._token:
                self.header.show_loading(describe(exc, self.tr("Opening the account failed")))

        self._jobs.append(run_job(self, self.tr("Opening the account"), rest, done, failed,
                                  show_progress=False))

    def _explain_movement(self, token: int, account_id: int) -> None:
        health = self.state.health
        self.moved.show_waiting()
        if health is None:
            self.moved.show_problem(self.tr("The health score is still being computed…"))
            return
        from storage.health_movement import account_movement

        workspace = self.state.workspace
        own = self.data.frames if self.data is not None else None

        def done(moved) -> None:
            if token == self._token:
                self.moved.set_movement(moved)
                self.moved_shown.emit(account_id)

        def failed(exc: BaseException) -> None:
            if token == self._token:
                self.moved.show_problem(describe(exc, self.tr("What moved could not be worked out")))

        self._jobs.append(run_job(
            self, self.tr("What moved the score"),
            lambda progress: account_movement(workspace, health, account_id, own=own,
                                              progress=progress),
            done, failed, show_progress=False))

    def _known_name(self, account_id: int) -> str:
        portfolio = self.state.extras.get("portfolio")
        if portfolio is None or not len(portfolio):
            return ""
        match = portfolio["name"].to_numpy()[portfolio["id"].to_numpy() == account_id]
        return str(match[0]) if len(match) else ""

    def _fill(self, data: AccountData) -> None:
        """Fill every tab from a complete ``AccountData`` (``load_account``)."""
        self._fill_first(data)
        self._fill_rest(data)

    def _fill_first(self, data: AccountData) -> None:
        self.shown = data
        self.moved.show_waiting()
        state = self.state
        self.past.setVisible(state.showing_past)
        if state.showing_past:
            self.past.setText(arg(self.tr("As it stood on %1: the data goes on to %2."), state.as_of.isoformat(), state.data_date.isoformat()))
        self.header.set_data(data)
        self.timeline.set_data(data.weekly, data.events)

    def _fill_rest(self, data: AccountData) -> None:
        self.data = data
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
