"""Export… (Ctrl+E): the account report, the portfolio workbook or the meeting pack.

The dialog asks what to export (preselecting the account report when opened from an
account), the period and, for the workbook and the meeting pack, the scope (owner, tier,
region, and whether to add the non-target accounts): both start from what the dashboard
shows (``AppState.view``), else the 30 days up to the data date and the portfolio, so the
pack carries the numbers on the projector. Then the format and where to write. The export runs on a worker
(``desktop.shared.workers.run_job``) with progress and Cancel, reading what the ``AppState``
already holds: nothing is reloaded, and the numbers are the ones on screen.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.around import lay_out
from desktop.i18n.date_boxes import fit_date_box
from desktop.i18n.lists import listed
from desktop.i18n.placeholders import arg
from desktop.reports.exports import (
    ExportResult,
    ReportInputs,
    export_account,
    export_meeting,
    export_portfolio,
)
from desktop.reports.fonts import register_report_fonts
from desktop.shared.plurals import counted
from desktop.shared.recent_workspaces import WindowMemory
from domain.metrics import Period
from domain.scope import scope_ids

ACCOUNT, PORTFOLIO, MEETING = "account", "portfolio", "meeting"
DEFAULT_DAYS = 30
FORMATS = {
    ACCOUNT: (("PDF", ".pdf"), ("HTML", ".html")),
    PORTFOLIO: ((QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (XLSX)"), ".xlsx"),
                (QT_TRANSLATE_NOOP("ExportDialog", "CSV files, one per sheet"), "")),
    MEETING: (("PDF", ".pdf"),),
}


class ExportDialog(QDialog):
    """Choose a report and write it off the GUI thread."""

    exported = Signal(object)  # ExportResult, once the file is written

    def __init__(self, state, parent: QWidget | None = None, account_id: int | None = None,
                 memory: WindowMemory | None = None) -> None:
        super().__init__(parent)
        # The folder of the last export is this user's, like the window's size.
        self.memory = memory if memory is not None else WindowMemory()
        # The report fonts also give the window's own fallback CJK and Polish glyphs, so
        # the account names below show as written even without system fonts for them.
        register_report_fonts()
        self.state = state
        self.job = None
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kinds = QVBoxLayout()
        for kind, text in (
            (ACCOUNT, self.tr("Account report: health, KPIs, committee, deals, NPS, notes")),
            (PORTFOLIO, self.tr("Portfolio workbook: every account, KPIs, funnel, campaigns")),
            (MEETING, self.tr("Meeting pack: the dashboard for a period")),
        ):
            button = QRadioButton(text)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)

        self.account = QComboBox()
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account.setMaxVisibleItems(20)
        self.start = QDateEdit(calendarPopup=True)
        self.end = QDateEdit(calendarPopup=True)
        for edit in (self.start, self.end):
            fit_date_box(edit)  # the language's dates, as the rest of the window writes them
        self.format = QComboBox()
        self.owner = QComboBox()
        self.tier = QComboBox()
        self.region = QComboBox()
        self.all_accounts = QCheckBox(self.tr("Non-target accounts too"))
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        # Enter exports: only Export is ever the default button, wherever the focus is.
        self.browse.setAutoDefault(False)
        self.open_after = QCheckBox(self.tr("Open when written"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        period = QHBoxLayout()
        # The whole phrase, so a language may put words after the second date or swap them.
        self.range_words = lay_out(period, self.tr("%1 to %2", "a date range: first day, last day"),
                                   [self.start, self.end])
        period.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Accounts"), self.all_accounts)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Save to"), where)
        self.form = form

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addLayout(form)
        layout.addWidget(self.open_after)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Only once the button is inside the dialog does Qt take it as the dialog's default.
        self.export_button.setDefault(True)

        self._fill(account_id)
        self.kind_group.buttonToggled.connect(self._kind_changed)
        self.format.currentIndexChanged.connect(self._suggest_path)
        self.account.currentIndexChanged.connect(self._suggest_path)
        self.browse.clicked.connect(self._choose_path)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start_export)
        self.kind_buttons[ACCOUNT if account_id is not None else PORTFOLIO].setChecked(True)
        self._kind_changed()

    # -- filling ----------------------------------------------------------------------------
    def _fill(self, account_id: int | None) -> None:
        view = getattr(self.state, "view", None)
        if view is not None:  # what the dashboard shows
            first, last = view.start, view.end - timedelta(days=1)
        else:
            last = getattr(self.state, "as_of", None) or date.today()
            first = last - timedelta(days=DEFAULT_DAYS - 1)
        self.end.setDate(QDate(last.year, last.month, last.day))
        self.start.setDate(QDate(first.year, first.month, first.day))
        frames = self.state.frames
        self.owner.addItem(self.tr("All owners"), None)
        self.tier.addItem(self.tr("All tiers"), None)
        self.region.addItem(self.tr("All regions"), None)
        for tier in (1, 2, 3):
            self.tier.addItem(arg(self.tr("Tier %1"), tier), tier)
        if frames is None:
            self.message.setText(self.tr("The workspace is still loading; export when it is ready."))
            self.export_button.setEnabled(False)
            return
        accounts = frames.accounts.sort_values(["name", "id"])
        for account_id_, name in zip(accounts["id"], accounts["name"], strict=True):
            self.account.addItem(str(name), int(account_id_))
        if account_id is not None:
            self.account.setCurrentIndex(max(self.account.findData(int(account_id)), 0))
        owners = sorted(str(o) for o in accounts["owner"].dropna().unique())
        for owner in owners:
            self.owner.addItem(owner, owner)
        for region in sorted(str(r) for r in accounts["region"].dropna().unique()):
            self.region.addItem(region, region)
        if view is not None:
            for combo, value in ((self.owner, view.owner), (self.tier, view.tier),
                                 (self.region, view.region)):
                combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
            self.all_accounts.setChecked(view.all_accounts)

    def kind(self) -> str:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return PORTFOLIO

    def _kind_changed(self, *_args) -> None:
        kind = self.kind()
        self.form.setRowVisible(self.account, kind == ACCOUNT)
        for widget in (self.owner, self.tier, self.region, self.all_accounts):
            self.form.setRowVisible(widget, kind != ACCOUNT)
        self.format.blockSignals(True)
        self.format.clear()
        for text, suffix in FORMATS[kind]:
            self.format.addItem(self.tr(text), suffix)
        self.format.blockSignals(False)
        self._suggest_path()

    def _suggest_path(self, *_args) -> None:
        kind, suffix = self.kind(), self.format.currentData() or ""
        end = self.end.date().toString("yyyy-MM-dd")
        # The suggested name is in the chosen language (its script kept, separators dropped);
        # the user may type any other.
        if kind == ACCOUNT:
            stem = arg(self.tr("%1 %2", "file name: the account's name, the period's last day"),
                       _safe(self.account.currentText()) or self.tr("account", "file name"), end)
        elif kind == PORTFOLIO:
            stem = _safe(arg(self.tr("portfolio %1", "file name; %1: the period's last day"), end))
        else:
            stem = _safe(arg(self.tr("meeting pack %1", "file name; %1: the period's last day"), end))
        folder = Path(self.path.text()).parent if self.path.text() else self._remembered_folder()
        self.path.setText(str(folder / f"{stem}{suffix}"))

    def _remembered_folder(self) -> Path:
        folder = self.memory.value("export_folder")
        if folder and Path(str(folder)).is_dir():
            return Path(str(folder))
        return Path.home()

    def _choose_path(self) -> None:
        suffix = self.format.currentData() or ""
        if not suffix:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"),
                                                      str(Path(self.path.text()).parent))
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"),
                                                    self.path.text(), f"*{suffix}")
        if chosen:
            self.path.setText(chosen)

    # -- exporting --------------------------------------------------------------------------
    def period(self) -> Period:
        first, last = self.start.date().toPython(), self.end.date().toPython()
        return Period(first, last + timedelta(days=1))

    def start_export(self) -> None:
        from desktop.shared.workers import run_job

        problem = self._problem()
        if problem:
            self.message.setText(problem)
            return
        fn = self._job_function()
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Exporting…"))
        self.job = run_job(self, arg(self.tr("Exporting %1"), Path(self.path.text()).name),
                           fn, self._done, self._failed, on_cancel=self._cancelled)

    def _problem(self) -> str | None:
        if self.start.date() > self.end.date():
            return self.tr("The period starts after it ends; choose a start on or before the end.")
        text = self.path.text().strip()
        if not text:
            return self.tr("Choose where to save the report.")
        path = Path(text)
        folder = path if not self.format.currentData() else path.parent
        if self.format.currentData() and not folder.is_dir():
            return arg(self.tr("The folder %1 does not exist; choose another place."), folder)
        if self.kind() == ACCOUNT and self.account.currentData() is None:
            return self.tr("Choose an account from the list.")
        return None

    def _job_function(self):
        state = self.state
        inputs = ReportInputs(state.frames, state.settings, state.health, state.workspace,
                              getattr(state, "data_date", None),
                              getattr(state, "extras", {}).get("kpi_prepared"))
        period = self.period()
        path = Path(self.path.text().strip())
        kind = self.kind()
        if kind == ACCOUNT:
            account_id = int(self.account.currentData())
            return lambda progress: export_account(inputs, account_id, period, path, progress)
        ids, scope = self.scope()
        if kind == PORTFOLIO:
            fmt = "xlsx" if self.format.currentData() else "csv"
            return lambda progress: export_portfolio(inputs, period, path, fmt, progress,
                                                     account_ids=ids)
        return lambda progress: export_meeting(inputs, period, ids, scope, path, progress)

    def scope(self) -> tuple[list[int] | None, str]:
        """The accounts chosen (``domain.scope``: the target accounts, narrowed; None =
        every account) and the words for them, as the commands say them."""
        accounts = self.state.frames.accounts
        owner, tier, region = (self.owner.currentData(), self.tier.currentData(),
                               self.region.currentData())
        everyone = self.all_accounts.isChecked()
        found = scope_ids(accounts, [owner] if owner else (), [tier] if tier else (),
                          [region] if region else (), all_accounts=everyone)
        ids = None if found is None else sorted(found)
        n = len(accounts) if ids is None else len(ids)
        parts = [arg(text, value) for text, value in (
            (self.tr("owner %1"), owner), (self.tr("tier %1"), tier),
            (self.tr("region %1"), region)) if value is not None]
        # One whole sentence per variant; the conditions are a list in the language's way.
        if not parts:
            if everyone:
                return ids, counted(n, self.tr("Every account (%Ln accounts)", "", n),
                                    "Every account (1 account)")
            return ids, counted(n, self.tr("The portfolio (%Ln target accounts)", "", n),
                                "The portfolio (1 target account)")
        if everyone:
            return ids, counted(n, self.tr("%Ln accounts with %1", "", n),
                                "1 account with %1", listed(parts))
        return ids, counted(n, self.tr("%Ln target accounts with %1", "", n),
                            "1 target account with %1", listed(parts))

    def _done(self, result: ExportResult) -> None:
        self.result = result
        self.export_button.setEnabled(True)
        written = Path(result.path)
        self.memory.save_value("export_folder", str(written if written.is_dir() else written.parent))
        self.memory.sync()
        # Written: nothing is left to cancel; the dialog stays open for another export.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        if result.pages:
            self.message.setText(counted(result.pages, arg(self.tr("Wrote %1 (%Ln pages).", "",
                                                                   result.pages), result.path),
                                         arg("Wrote %1 (1 page).", result.path)))
        else:
            self.message.setText(arg(self.tr("Wrote %1."), result.path))
        self.exported.emit(result)
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def _failed(self, exc: BaseException) -> None:
        from desktop.shared.errors import show_exception

        self.export_button.setEnabled(True)
        self.message.setText(self.tr("The export failed; nothing was written."))
        show_exception(self, exc, self.tr("Exporting the report"))

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("Cancelled; nothing was written."))


def _safe(name: str) -> str:
    """A file-name-safe version of an account name (keeps its script, drops separators)."""
    return "".join("-" if ch in '\\/:*?"<>|' else ch for ch in name).strip()
