"""The import history: every batch (when, which file, what it did) with Undo.

``ImportHistoryDialog(workspace, parent=None)`` works as a dialog or embedded as a page.
Undo asks for confirmation, runs on the workspace's writer thread, and emits
``batch_undone(batch_id)`` (and ``data_changed``) so the main window can refresh; a refused
undo (a later import depends on the batch) is shown as the sentence saying what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.import_wizard.models import ITEM_ROLE, SORT_ROLE, FrameModel
from desktop.import_wizard.state import ENTITY_LABELS
from desktop.shared.elide_delegate import elide_with_tooltips
from desktop.shared.table_fit import fit_columns
from desktop.shared.wording.said import error_text
from desktop.shared.workers import Job, run_job
from desktop.shared.write_access import allow
from domain.progress import Progress
from storage.importing import UndoRefused, UndoResult, list_batches, undo_batch
from storage.workspace import Workspace

COLUMNS = ("id", "started_at", "entity_words", "file_name", "preset", "rows_read", "rows_inserted",
           "rows_updated", "rows_rejected", "status_words")

# A batch's state as storage records it (storage/schema.py), in words.
STATUS_LABELS = TranslatedLabels("ImportStatus", {
    "running": QT_TRANSLATE_NOOP("ImportStatus", "running"),
    "done": QT_TRANSLATE_NOOP("ImportStatus", "done"),
    "undone": QT_TRANSLATE_NOOP("ImportStatus", "undone"),
    "failed": QT_TRANSLATE_NOOP("ImportStatus", "failed"),
})


class ImportHistoryDialog(QDialog):
    batch_undone = Signal(int)
    data_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.job: Job | None = None
        self.confirm: QMessageBox | None = None
        self.setWindowTitle(self.tr("Import history"))
        headers = [self.tr("Batch"), self.tr("Started"), self.tr("Entity"), self.tr("File"),
                   self.tr("Preset"), self.tr("Read"), self.tr("Inserted"), self.tr("Updated"),
                   self.tr("Rejected"), self.tr("Status")]
        self.model = FrameModel(columns=COLUMNS, headers=headers, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Ten columns in a 900 px dialog, with longer headings in Polish: scaled to the
        # table, never scrolled sideways; a cut cell or heading shows whole on hover.
        elide_with_tooltips(self.table)
        started = self.table.fontMetrics().horizontalAdvance("2026-12-28 23:58:59") + 16
        self._fit = fit_columns(self.table, [60, 150, 110, 170, 90, 70, 70, 90, 80, 90], stretch=3,
                                least={1: started})
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import…"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.request_undo)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(refresh)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Import history"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.resize(1040, 480)  # fits a 1280 px screen
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()  # as a page it is shown again after imports made elsewhere

    def refresh(self) -> None:
        frame = list_batches(self.workspace)
        frame["started_at"] = frame["started_at"].astype(str).str.slice(0, 19)
        frame["entity_words"] = [ENTITY_LABELS.get(e) or e for e in frame["entity"]]
        frame["status_words"] = [STATUS_LABELS.get(s) or s for s in frame["status"]]
        self.model.set_frame(frame)
        self.table.sortByColumn(0, self.proxy.sortOrder())
        if not len(frame):
            self.message.setText(self.tr("No imports yet."))
        self._selection_changed()

    def selected_batch(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], ITEM_ROLE)

    def select_batch(self, batch_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, SORT_ROLE) == batch_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        batch = self.selected_batch()
        can = batch is not None and batch["status"] == "done" and not self._busy()
        allow(self.undo_button, self.workspace, "admin", can)

    def _busy(self) -> bool:
        return self.job is not None and self.job.is_running()

    def request_undo(self) -> None:
        batch = self.selected_batch()
        if batch is None:
            return
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Undo import"),
            arg(self.tr("Undo batch %1 (%2)? It removes the %3 row(s) it added and restores the %4 row(s) it updated."), batch["id"], batch["file_name"], format(int(batch["rows_inserted"]), ','), format(int(batch["rows_updated"]), ',')),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        self.confirm.accepted.connect(lambda: self.undo(int(batch["id"])))
        self.confirm.open()

    def undo(self, batch_id: int) -> None:
        """Undo ``batch_id`` on the writer thread (no confirmation)."""
        self.undo_button.setEnabled(False)
        self.message.setText(arg(self.tr("Undoing batch %1…"), batch_id))
        workspace = self.workspace

        def task(progress: Progress) -> UndoResult:
            progress.update(0.0, "undo")
            return undo_batch(workspace, batch_id)

        self.job = run_job(self, self.tr("Undo import"), task, self._undone, self._refused,
                           show_progress=False, writes=True)

    def _undone(self, result: UndoResult) -> None:
        self.job = None
        self.message.setText(arg(self.tr("Batch %1 undone: %2 row(s) removed, %3 restored."), result.batch_id, format(result.deleted, ','), format(result.restored, ',')))
        self.refresh()
        self.batch_undone.emit(result.batch_id)
        self.data_changed.emit()

    def _refused(self, exc: BaseException) -> None:
        self.job = None
        if isinstance(exc, UndoRefused):
            self.message.setText(error_text(exc))
        else:
            from desktop.shared.errors import describe, format_details, show_error

            show_error(self, describe(exc, self.tr("The undo failed")), format_details(exc))
        self._selection_changed()
