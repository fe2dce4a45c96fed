"""The main window: left navigation over the pages, menus, shortcuts, workspace switching.

Pages: Portfolio (with the account page behind it), Dashboard, Import history, Settings.
Every page receives the one ``AppState``; this window owns the workspace lifecycle (open,
new, recent, drop a file) and remembers only its layout and the recent workspaces.

When the language changes (``QEvent.LanguageChange``, sent as a catalog is installed) the
window builds its menus and pages again over the same ``AppState``: the workspace, the data
loaded, the as-of day stay; the page shown, the account open, the portfolio's filter, sort
and selection and the dashboard's period and filters are carried over. Building again
rather than re-setting each text keeps one place for every word (the constructors).
"""

from __future__ import annotations

import weakref
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.about import AboutDialog
from desktop.i18n.placeholders import arg
from desktop.main_window_pages import PageFactory
from desktop.portfolio.page import PortfolioPage
from desktop.shared import palette
from desktop.shared.app_state import AppState
from desktop.shared.as_of_control import AsOfControl
from desktop.shared.errors import describe, show_error, show_exception
from desktop.shared.plurals import counted
from desktop.shared.recent_workspaces import WindowMemory
from desktop.shared.workers import finish_for_quit, run_job
from desktop.shared.workspace_watch import WorkspaceWatcher
from desktop.shared.write_access import allow, refusal
from desktop.start import StartPage
from domain import formatting as fmt
from storage import cache_notes
from storage.workspace import Workspace

IMPORTABLE = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")
WORKSPACE_FILES = (".sqlite", ".sqlite3", ".db", ".abm")
NAV_PORTFOLIO, NAV_DASHBOARD, NAV_HISTORY, NAV_SETTINGS = range(4)
NOTICE_MS = 10_000


def _first_day(frames):
    """The first day with an event (where the as-of box starts), None without any."""
    if frames is None or frames.events.empty:
        return None
    first = frames.events["occurred_at"].min()
    return None if first is None or first != first else first.date()


def icon(name: str) -> QIcon:
    path = resources.files("resources").joinpath(f"icons/{name}.svg")
    return QIcon(str(path))


def _relay_to(window: MainWindow):
    """A cache-note listener that holds the window weakly: a window dropped without being
    closed must still be freed (a strong reference kept old windows and their timers alive)."""
    ref = weakref.ref(window)

    def relay(message: str) -> None:
        target = ref()
        if target is None:
            raise LookupError("the window is gone")  # cache_notes then forgets this listener
        target.cache_note.emit(message)

    return relay


class MainWindow(QMainWindow):
    # A damaged cache found by a worker thread: shown in the status bar (queued to this thread).
    cache_note = Signal(str)

    def __init__(
        self, state: AppState, memory: WindowMemory | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.memory = memory if memory is not None else WindowMemory()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.pages = PageFactory(state, self)
        # Compute missing weekly health snapshots after a load (first start, a new week).
        self.auto_history = True
        self._history_checked: set[str] = set()

        self.portfolio = PortfolioPage(state, self)
        self._account: QWidget | None = None  # built on first use: it imports pyqtgraph
        self._start: StartPage | None = None  # an empty workspace's page, built when needed
        self.stack = QStackedWidget()
        self.stack.addWidget(self.portfolio)
        self._nav_pages: dict[int, QWidget] = {NAV_PORTFOLIO: self.portfolio}

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for icon_name in ("portfolio", "dashboard", "history", "settings"):
            QListWidgetItem(icon(icon_name), "", self.navigation)
        self._name_navigation()
        self._retranslating = False
        self.navigation.currentRowChanged.connect(self._navigate)
        # A click on the row already current (Portfolio, with an account open) still navigates.
        self.navigation.itemClicked.connect(self._navigation_clicked)
        brand = QLabel("abm-health")
        brand.setObjectName("brand")
        self.brand_sub = QLabel("")
        self.brand_sub.setObjectName("brandSub")
        self.brand_sub.setWordWrap(True)
        nav_panel = QWidget()
        nav_panel.setObjectName("navPanel")
        nav_panel.setFixedWidth(196)
        nav_layout = QVBoxLayout(nav_panel)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.setSpacing(0)
        nav_layout.addWidget(brand)
        nav_layout.addWidget(self.brand_sub)
        nav_layout.addWidget(self.navigation, 1)
        self.as_of_control = AsOfControl()
        self.as_of_control.as_of_requested.connect(self.show_as_of)
        nav_layout.addWidget(self.as_of_control)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(nav_panel)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # One notice at a time on the left, which expires; a job's progress message covers
        # it while the job runs (Qt's temporary message), so two texts never overlap.
        self.notice = QLabel("")
        self.notice.setObjectName("statusNotice")
        self.statusBar().addWidget(self.notice, 1)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.clear)
        self.status_label = QLabel("")
        self.statusBar().addPermanentWidget(self.status_label)
        self.cache_note.connect(self._show_cache_note)
        self._cache_listener = _relay_to(self)
        cache_notes.add_listener(self._cache_listener)
        self.role_label = QLabel("")  # on a team workspace: what the user's role does not allow
        self.statusBar().addPermanentWidget(self.role_label)
        # Another process (an import in a terminal, a second window) changed the workspace.
        self.watcher = WorkspaceWatcher(self)
        self.watcher.paused = lambda: self.state.loading
        self.watcher.changed.connect(self._changed_elsewhere)
        # On a server workspace the state hears a colleague's change and reloads by itself.
        state.changed_elsewhere.connect(lambda: self.notify(
            self.tr("The workspace was changed by someone else; reloaded.")))
        self._build_menus()

        self.portfolio.account_open_requested.connect(state.request_account)
        state.account_requested.connect(self.open_account)
        state.portfolio_ready.connect(self._portfolio_ready)
        state.data_changed.connect(self._data_changed)
        state.loading_changed.connect(self._loading_changed)
        state.workspace_changed.connect(self._workspace_changed)
        self._workspace_changed()
        self.navigation.setCurrentRow(NAV_PORTFOLIO)
        self.resize(1440, 900)
        self._restore_layout()
        self.restore_theme()

    def notify(self, text: str, timeout_ms: int = NOTICE_MS) -> None:
        """Say ``text`` in the status bar for ``timeout_ms``; it replaces any earlier notice."""
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self._notice_timer.start(timeout_ms)

    def _name_navigation(self) -> None:
        for row, label in enumerate((self.tr("Portfolio"), self.tr("Dashboard"),
                                     self.tr("Import history"), self.tr("Settings"))):
            self.navigation.item(row).setText(label)

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            # Two catalogs (ours and Qt's) send two events: build once, after both.
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)  # not after the window is gone
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Build menus and pages again in the installed language, keeping the user's place."""
        self._retranslating = False
        current = self.stack.currentWidget()
        row = self.navigation.currentRow()
        account_id = (self._account.account_id
                      if self._account is not None and current is self._account else None)
        portfolio_filter = self.portfolio.filters.current()
        header = self.portfolio.table.horizontalHeader().saveState()
        selected = self.portfolio.selected_account()
        dashboard = self._nav_pages.get(NAV_DASHBOARD)
        period = dashboard.picker.choice() if dashboard is not None else None
        dash_filters = dashboard.filters.choice() if dashboard is not None else None

        self.menuBar().clear()
        self._build_menus()
        self.restore_theme()
        self._name_navigation()
        self._title_window()

        old = self.portfolio
        self.portfolio = PortfolioPage(self.state, self)
        self.portfolio.account_open_requested.connect(self.state.request_account)
        self.stack.insertWidget(self.stack.indexOf(old), self.portfolio)
        self.portfolio.table.horizontalHeader().restoreState(header)
        # Columns fitted to the old language's words are fitted again to the new one's.
        self.portfolio.columns.keep_hand_sized(old.columns.hand_sized)
        self.portfolio.filters.set_filter(portfolio_filter)
        self.portfolio.apply_filter(portfolio_filter)
        if selected is not None:
            self.portfolio.select_account(selected)
        self._nav_pages[NAV_PORTFOLIO] = self.portfolio
        self._drop(old)
        for nav in (NAV_DASHBOARD, NAV_HISTORY, NAV_SETTINGS):
            page = self._nav_pages.get(nav)
            if page is None or (nav == NAV_SETTINGS and page.is_changed()):
                continue  # unsaved settings stay as they are, in the words they were shown in
            del self._nav_pages[nav]
            if hasattr(page, "cancel_jobs"):
                page.cancel_jobs()
            self._drop(page)
        if self._account is not None:
            self._drop(self._account)
            self._account = None
        if self._start is not None:
            self._drop(self._start)
            self._start = None
        if period is not None:
            page = self.pages.build(NAV_DASHBOARD)
            page.set_period(period)
            page.set_filters(dash_filters)
            self._nav_pages[NAV_DASHBOARD] = page
            self.stack.addWidget(page)
        if self.state.extras.get("portfolio") is not None:
            self._portfolio_ready()
        # Back to where the user was.
        if account_id is not None:
            self.open_account(account_id)
        elif row == NAV_PORTFOLIO:
            self.show_portfolio()
        else:
            blocked = self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(row)
            self.navigation.blockSignals(blocked)
            self._navigate(row)

    def _drop(self, page: QWidget) -> None:
        self.stack.removeWidget(page)
        page.hide()
        page.deleteLater()

    # -- menus ---------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New workspace…"), QKeySequence.StandardKey.New,
                                              self.new_workspace)
        self.open_action = file_menu.addAction(self.tr("&Open workspace…"), QKeySequence.StandardKey.Open,
                                               self.open_workspace_dialog)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        file_menu.addMenu(self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(self.tr("&Import…"), QKeySequence("Ctrl+I"),
                                                 lambda: self.open_import())
        file_menu.addAction(self.tr("Import &history"), lambda: self.navigation.setCurrentRow(NAV_HISTORY))
        self.export_action = file_menu.addAction(self.tr("&Export…"), QKeySequence("Ctrl+E"), self.open_export)
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = edit_menu.addAction(self.tr("&Find account"), QKeySequence.StandardKey.Find,
                                               self.focus_search)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row, label in enumerate((self.tr("Portfolio"), self.tr("Dashboard"),
                                     self.tr("Import history"), self.tr("Settings"))):
            view_menu.addAction(label, QKeySequence(f"Ctrl+{row + 1}"),
                                lambda r=row: self.navigation.setCurrentRow(r))
        view_menu.addAction(self.tr("Back to portfolio"), QKeySequence("Alt+Left"), self.show_portfolio)
        self.reload_action = view_menu.addAction(self.tr("&Reload"), QKeySequence("F5"),
                                                 self.reload)
        view_menu.addSeparator()
        self.presentation_action = view_menu.addAction(self.tr("&Presentation mode"), QKeySequence("F11"),
                                                       self.open_presentation)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        for mode, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            action = theme_menu.addAction(label)
            action.setCheckable(True)
            action.setData(mode)
            action.setChecked(mode == "system")
            self.theme_group.addAction(action)
        self.theme_group.triggered.connect(lambda a: self.set_theme(a.data()))
        self.toggle_theme_action = view_menu.addAction(self.tr("Toggle light/dark"), QKeySequence("Ctrl+Shift+L"),
                                                       self.toggle_theme)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About abm-health"), self.show_about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = [r for r in self.memory.existing_recent() if r != self.state.workspace.location]
        if not recent:
            none = self.recent_menu.addAction(self.tr("No other recent workspaces"))
            none.setEnabled(False)
            return
        for location in recent:
            self.recent_menu.addAction(location, lambda loc=location: self.open_workspace(loc))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear list"), self._clear_recent)

    def _clear_recent(self) -> None:
        for location in self.memory.recent():
            if location != self.state.workspace.location:
                self.memory.remove_recent(location)

    # -- navigation ----------------------------------------------------------------------
    def _navigation_clicked(self, item: QListWidgetItem) -> None:
        if self.navigation.row(item) == NAV_PORTFOLIO and self.stack.currentWidget() is not self.portfolio:
            self.show_portfolio()

    def settings_page(self):
        """The settings page, if it has been opened."""
        return self._nav_pages.get(NAV_SETTINGS)

    def may_leave_settings(self, quitting: bool = False) -> bool:
        """Ask about unsaved settings before they would be left behind (False: stay)."""
        page = self.settings_page()
        if page is None or not page.is_changed():
            return True
        return page.confirm_leave(quitting)

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        settings = self.settings_page()
        if (row != NAV_SETTINGS and settings is not None and self.stack.currentWidget() is settings
                and not self.may_leave_settings()):
            blocked = self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(NAV_SETTINGS)
            self.navigation.blockSignals(blocked)
            return
        page = self._nav_pages.get(row)
        if page is None:
            page = self.pages.build(row)
            self._nav_pages[row] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_portfolio(self) -> None:
        if self.navigation.currentRow() != NAV_PORTFOLIO:
            self.navigation.setCurrentRow(NAV_PORTFOLIO)
        if self.workspace_is_empty():
            self.stack.setCurrentWidget(self.start_page)
            return
        self.stack.setCurrentWidget(self.portfolio)
        self.portfolio.table.setFocus()

    # -- an empty workspace ---------------------------------------------------------------
    def workspace_is_empty(self) -> bool:
        """Loaded, and without a single account: the start page stands in for the portfolio."""
        frames = self.state.frames
        return frames is not None and frames.accounts.empty

    @property
    def start_page(self) -> StartPage:
        if self._start is None:
            self._start = StartPage(self)
            self._start.import_requested.connect(lambda: self.open_import())
            self._start.templates_requested.connect(self.open_templates)
            self._start.demo_requested.connect(lambda: self.load_demo())
            self.stack.addWidget(self._start)
        workspace = self.state.workspace
        self._start.set_location(workspace.location)
        self._start.set_refusals(refusal(workspace, "manager"), refusal(workspace, "admin"))
        return self._start

    def open_templates(self) -> None:
        folder = resources.files("resources").joinpath("templates")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def load_demo(self, announce: bool = False):
        """Fill this (empty) workspace with the demo portfolio on the writer, then reload."""
        from storage.demo import fill_demo

        state, workspace = self.state, self.state.workspace
        if self._start is not None:
            self._start.set_busy(self.tr("Creating the demo portfolio…"))

        def work(progress):
            return fill_demo(workspace, as_of=state.as_of,
                             progress=lambda fraction, message: progress.update(fraction, message))

        def done(_summary) -> None:
            if self._start is not None:
                self._start.set_busy("")
            if announce:
                # The window's notice: the load's progress message covers it while the
                # load runs, and it shows again after (for a minute, then it goes).
                self.notify(arg(self.tr("New workspace at %1: filled with a demo portfolio to explore."), workspace.location), 60_000)
            else:
                self.notify(arg(self.tr("The demo portfolio is loaded into %1."), workspace.location))
            state.reload(self, on_error=self.load_failed)

        def failed(exc: BaseException) -> None:
            if self._start is not None:
                self._start.set_busy("")
            self.load_failed(exc)

        return run_job(self, self.tr("Creating a demo portfolio"), work, done, failed,
                       show_progress=True, writes=True)

    @property
    def account(self):
        """The account page (``desktop.account.page.AccountPage``), built on first use."""
        if self._account is None:
            from desktop.account.page import AccountPage

            self._account = AccountPage(self.state, self)
            self._account.back_requested.connect(self.show_portfolio)
            self.stack.addWidget(self._account)
        return self._account

    def open_account(self, account_id: int) -> None:
        if self.stack.currentWidget() is self.settings_page() and not self.may_leave_settings():
            return
        with_signals_blocked = self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(NAV_PORTFOLIO)
        self.navigation.blockSignals(with_signals_blocked)
        self.account.show_account(account_id)
        self.stack.setCurrentWidget(self.account)
        self.portfolio.select_account(account_id)

    def focus_search(self) -> None:
        self.show_portfolio()
        self.portfolio.focus_search()

    # -- other windows -------------------------------------------------------------------
    def open_import(self, path: str | None = None) -> QWidget:
        """The import wizard (Ctrl+I, or a CSV/XLSX dropped on the window)."""
        return self.pages.open_import(path)

    def open_export(self) -> QWidget:
        """The export dialog (Ctrl+E), for the account shown if the account page is open."""
        page = self._account
        account_id = page.account_id if page is not None and self.stack.currentWidget() is page else None
        return self.pages.open_export(account_id)

    def open_presentation(self) -> None:
        self.pages.open_presentation()

    def show_about(self) -> None:
        dialog = AboutDialog(self.state.workspace.location, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._about = dialog

    def set_theme(self, mode: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            palette.apply_theme(app, mode)
            for action in self.theme_group.actions():
                action.setChecked(action.data() == mode)
            # A preference of this user on this computer, like the window's size.
            self.memory.save_value("theme", mode)
            self.memory.sync()

    def restore_theme(self) -> None:
        """Apply the theme chosen last time (light, dark or the system's)."""
        mode = str(self.memory.value("theme", "system") or "system")
        if mode not in ("system", "light", "dark"):
            mode = "system"
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if mode != "system":
                palette.apply_theme(app, mode)
            for action in self.theme_group.actions():
                action.setChecked(action.data() == mode)

    def toggle_theme(self) -> None:
        self.set_theme("light" if palette.is_dark() else "dark")

    # -- workspace -----------------------------------------------------------------------
    def open_workspace_dialog(self) -> None:
        start = str(Path(self.state.workspace.path).parent) if self.state.workspace.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), start,
            self.tr("abm-health workspaces (*.sqlite *.sqlite3 *.db *.abm);;All files (*)"))
        if path:
            self.open_workspace(path)

    def new_workspace(self) -> None:
        start = str(Path(self.state.workspace.path).parent) if self.state.workspace.path else ""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), str(Path(start) / "workspace.sqlite"),
            self.tr("abm-health workspaces (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        if not path.endswith(WORKSPACE_FILES):
            path += ".sqlite"
        if Path(path).exists():
            show_error(self, arg(self.tr("%1 already exists; choose File > Open workspace to open it, or another name for a new workspace."), path))
            return
        self.open_workspace(path)

    def open_workspace(self, location: str) -> None:
        """Open (or create) a workspace off the GUI thread, then switch to it."""
        if not self.may_leave_settings():
            return
        def opened(workspace: Workspace) -> None:
            old = self.state.workspace
            self.state.set_workspace(workspace)
            if old is not workspace:
                old.close()
            self.memory.add_recent(workspace.location)
            self.state.reload(self)

        def failed(exc: BaseException) -> None:
            show_exception(self, exc, arg(self.tr("Opening %1 failed"), location))

        run_job(self, self.tr("Opening the workspace"), lambda _p: Workspace.open(location),
                opened, failed, show_progress=False, writes=True)

    def _workspace_changed(self) -> None:
        # The import history lists one workspace's batches: build it again for the new one.
        history = self._nav_pages.pop(NAV_HISTORY, None)
        if history is not None:
            self.stack.removeWidget(history)
            history.deleteLater()
        workspace = self.state.workspace
        name = self._title_window()
        self.brand_sub.setText(name)
        self.brand_sub.setToolTip(workspace.location)
        self.memory.add_recent(workspace.location)
        allow(self.import_action, workspace, "manager")
        # A viewer writes nothing from this window, not even a new workspace file.
        allow(self.new_action, workspace, "manager")
        self.role_label.setText(refusal(workspace, "manager") or "")
        self.watcher.watch(workspace.path)
        self.notify("", 0)  # a notice about the previous workspace no longer applies
        self.show_portfolio()

    def _title_window(self) -> str:
        workspace = self.state.workspace
        name = Path(workspace.path).name if workspace.path else workspace.location
        self.setWindowTitle(arg(self.tr("abm-health — %1"), name))
        return name

    def show_as_of(self, day) -> None:
        """Move every screen to ``day`` (None: the data date), loaded in the background."""
        self.state.set_as_of(day, self, on_error=self.load_failed)

    def reload(self) -> None:
        """Read the workspace again (F5), keeping the page, the selection and the period."""
        self.state.reload(self, on_error=self.load_failed)

    def _changed_elsewhere(self) -> None:
        self.notify(self.tr("The workspace was changed by another program; reloaded."))
        self.reload()

    def _data_changed(self) -> None:
        state = self.state
        self.as_of_control.set_days(state.as_of, getattr(state, "data_date", None),
                                    _first_day(state.frames))
        current = self.stack.currentWidget()
        if current is self.portfolio or (self._start is not None and current is self._start):
            self.show_portfolio()  # the start page while empty, the portfolio once not
        location = self.state.workspace.location
        n = len(self.state.extras.get("portfolio", ()))
        # A viewer's window cannot store snapshots; the portfolio scores without them.
        may_write = refusal(self.state.workspace, "manager") is None
        if self.auto_history and n and may_write and location not in self._history_checked:
            self._history_checked.add(location)
            self.fill_history()

    def _portfolio_ready(self) -> None:
        frame = self.state.extras.get("portfolio")
        n = 0 if frame is None else int(frame["is_target"].sum()) if "is_target" in frame else len(frame)
        self.status_label.setText(arg(self.tr("%1 target accounts · data as of %2"), format(n, ',d'), fmt.day(self.state.shown_data_day())))
        self.status_label.setToolTip(self.state.workspace.location)
        if n == 0:
            self.portfolio.show_load_error(self.tr(
                "This workspace has no target accounts yet. Import accounts with File > Import… "
                "(Ctrl+I) or drop a CSV or XLSX file on this window."))

    def fill_history(self) -> None:
        """Store the weekly health snapshots the trend and sparklines need, then reload."""
        from storage.health_service import fill_history

        state = self.state
        workspace, as_of, frames = state.workspace, state.as_of, state.frames

        def work(progress):
            def report(done: int, total: int, message: str) -> bool:
                progress.update(done / max(total, 1), message)
                return not progress.cancelled

            return fill_history(workspace, report, until=as_of, frames=frames)

        def done(added: int) -> None:
            if added and state.workspace is workspace:
                self.notify(counted(added, self.tr("Health history: %Ln weekly snapshots added.", "",
                                                   added),
                                    "Health history: 1 weekly snapshot added."))
                state.reload(self, on_error=self.load_failed)

        run_job(self, self.tr("Computing the weekly health history"), work, done,
                show_progress=False, writes=True)

    def _loading_changed(self, loading: bool) -> None:
        # The load's own job says "Loading the workspace…" in the status bar while it runs.
        if loading:
            # What this load reads is known; a change from now on shows at the next poll.
            self.watcher.acknowledge()

    def load_failed(self, exc: BaseException) -> None:
        self.portfolio.show_load_error(describe(exc, self.tr("Loading the workspace failed")))
        show_exception(self, exc, self.tr("Loading the workspace failed"))

    # -- drag and drop -------------------------------------------------------------------
    def _dropped_path(self, event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = urls[0].toLocalFile()
        return path if path.lower().endswith(IMPORTABLE + WORKSPACE_FILES) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._dropped_path(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Leave the drop handler before opening a modal wizard (the drag source waits).
        if path.lower().endswith(WORKSPACE_FILES):
            QTimer.singleShot(0, lambda: self.open_workspace(path))
        elif (reason := refusal(self.state.workspace, "manager")) is not None:
            self.notify(reason)  # a viewer's window imports nothing, dropped or not
        else:
            QTimer.singleShot(0, lambda: self.open_import(path))

    # -- layout memory -------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.memory.blob("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.memory.blob("state")
        if state is not None:
            self.restoreState(state)
        header = self.memory.blob("portfolio_header")
        if header is not None:
            self.portfolio.table.horizontalHeader().restoreState(header)
            hand = str(self.memory.value("portfolio_hand_columns", "") or "")
            self.portfolio.columns.keep_hand_sized(int(c) for c in hand.split(",") if c.isdigit())

    def save_layout(self) -> None:
        self.memory.save_blob("geometry", self.saveGeometry())
        self.memory.save_blob("state", self.saveState())
        self.memory.save_blob("portfolio_header", self.portfolio.table.horizontalHeader().saveState())
        self.memory.save_value("portfolio_hand_columns",
                               ",".join(str(c) for c in sorted(self.portfolio.columns.hand_sized)))
        self.memory.sync()

    def _show_cache_note(self, message: str) -> None:
        # A temporary message: it expires, and it covers the notice rather than overlapping it.
        self.statusBar().showMessage(message[:1].upper() + message[1:], 10_000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.may_leave_settings(quitting=True):
            event.ignore()
            return
        cache_notes.remove_listener(self._cache_listener)
        self.save_layout()
        self.state.stop_watching()  # no more looks at the server once the window is closing
        self.watcher.stop()
        self.pages.close_all()
        # Stop background reads; let a write in flight finish (one transaction either way).
        finish_for_quit(10_000)
        super().closeEvent(event)
