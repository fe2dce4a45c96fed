"""The import wizard's last three pages: the validation report (a dry run), the import
with progress and Cancel (which rolls back), and the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.i18n.placeholders import arg
from desktop.import_wizard.models import FrameModel
from desktop.shared.errors import describe, format_details
from desktop.shared.wording.import_summary import summary_lines
from desktop.shared.wording.said import error_text, worded
from desktop.shared.workers import Job
from storage.importing import ImportFileError, ImportResult, MappingError
from storage.importing.problems import problem_counts

if TYPE_CHECKING:
    from desktop.import_wizard.state import WizardState

SHOWN_PROBLEMS = 1_000
KNOWN = (ImportFileError, MappingError)


def _sentence(exc: BaseException, context: str) -> str:
    return error_text(exc) if isinstance(exc, KNOWN) else describe(exc, context)


class _JobPage(QWizardPage):
    """A page that runs one job and is complete once it succeeded."""

    def __init__(self, wizard: WizardState) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.job: Job | None = None
        self.finished_ok = False
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.hide()

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(round(fraction * 1000)))
        if message:
            self.status.setText(message + "…")

    def _failed(self, exc: BaseException, context: str) -> None:
        self.job = None
        self.bar.hide()
        self.status.setText(_sentence(exc, context))
        if not isinstance(exc, KNOWN):
            self.details.setPlainText(format_details(exc))
            self.details.show()
        self.completeChanged.emit()

    def running(self) -> bool:
        return self.job is not None and self.job.is_running()

    def cancel(self) -> None:
        if self.running():
            self.job.cancel()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.finished_ok and not self.running()


class CheckPage(_JobPage):
    """Every row checked without writing: counts, problems per kind, then the first rows."""

    def __init__(self, wizard: WizardState) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.setSubTitle(self.tr("Every cell is checked against what it should hold; nothing "
                                 "is written yet."))
        self.counts_model = FrameModel(parent=self)
        self.counts = QTableView()
        self.counts.setModel(self.counts_model)
        self.counts.verticalHeader().hide()
        self.problems_model = FrameModel(row_numbers=None, parent=self)
        self.problems = QTableView()
        self.problems.setModel(self.problems_model)
        self.problems.verticalHeader().hide()
        self.strict = QCheckBox(self.tr("Import nothing if any row is rejected (strict)"))
        self.rejects = QLineEdit()
        self.rejects.setPlaceholderText(self.tr("optional: save rejected rows to this CSV file"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.details)
        layout.addWidget(QLabel(self.tr("Problems by kind")))
        layout.addWidget(self.counts, 1)
        layout.addWidget(QLabel(arg(self.tr("Problems row by row (first %1)"), SHOWN_PROBLEMS)))
        layout.addWidget(self.problems, 2)
        options = QHBoxLayout()
        options.addWidget(self.strict)
        options.addWidget(self.rejects, 1)
        layout.addLayout(options)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.finished_ok = False
        self.details.hide()
        self.bar.show()
        self.bar.setValue(0)
        self.status.setText(self.tr("Checking…"))
        self.counts_model.set_frame(pd.DataFrame())
        self.problems_model.set_frame(pd.DataFrame())
        self.job = self.wiz.start(self, self.tr("Checking the file"), dry_run=True,
                                  on_done=self._done,
                                  on_error=lambda e: self._failed(e, self.tr("The check failed")))
        self.job.progressed.connect(self._progress)
        self.completeChanged.emit()

    def _done(self, result: ImportResult) -> None:
        self.job = None
        self.wiz.checked = result
        self.finished_ok = True
        self.bar.hide()
        self.status.setText(arg(self.tr(
            "%1 rows read: %2 would be added, %3 updated, %4 are unchanged and %5 rejected."), format(result.rows_read, ','), format(result.inserted, ','), format(result.updated, ','), format(result.unchanged, ','), format(result.rejected, ',')))
        problems = result.problems
        if len(problems):
            # Per kind of problem, as the CLI counts them ("several accounts match", not
            # one line per account name).
            counts = problem_counts(problems).rename("rows").reset_index()
            counts["kind"] = counts["kind"].map(worded)
            shown = problems.head(SHOWN_PROBLEMS)
            shown = shown.assign(expected=shown["expected"].map(worded))
            self.counts_model.set_frame(counts, ["rows", "column", "kind"],
                                        [self.tr("Rows"), self.tr("Column"), self.tr("Expected")])
            self.problems_model.set_frame(
                shown, ["row", "column", "value", "expected"],
                [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Expected")])
            self.counts.resizeColumnsToContents()
            self.problems.resizeColumnsToContents()
        self.completeChanged.emit()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.wiz.strict = self.strict.isChecked()
        self.wiz.rejects_path = self.rejects.text().strip() or None
        return True


class ImportPage(_JobPage):
    """The import itself, on the workspace's writer thread; Cancel rolls it back."""

    def __init__(self, wizard: WizardState) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("All valid rows are written in one transaction."))
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.was_cancelled = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.setCommitPage(True)  # no way back once it has run
        # Qt would call the way on "Commit"; the import has already been committed here.
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Summary >"))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.finished_ok = False
        self.was_cancelled = False
        self.details.hide()
        self.bar.show()
        self.bar.setValue(0)
        self.cancel_button.show()
        self.status.setText(self.tr("Importing…"))
        self.job = self.wiz.start(self, self.tr("Importing"), dry_run=False, on_done=self._done,
                                  on_error=lambda e: self._failed(e, self.tr("The import failed")),
                                  on_cancel=self._cancelled)
        self.job.progressed.connect(self._progress)
        self.completeChanged.emit()

    def _done(self, result: ImportResult) -> None:
        self.job = None
        self.wiz.result = result
        self.finished_ok = True
        self.cancel_button.hide()
        self.bar.setValue(1000)
        if result.strict_refused:
            self.status.setText(arg(self.tr("Nothing was written: %1 row(s) failed and the import is strict."), format(result.rejected, ',')))
        else:
            self.status.setText(arg(self.tr("Done: %1 added, %2 updated, %3 rejected."), format(result.inserted, ','), format(result.updated, ','), format(result.rejected, ',')))
            if result.written:
                self.wiz.imported.emit(result)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.job = None
        self.was_cancelled = True
        self.cancel_button.hide()
        self.bar.hide()
        self.status.setText(self.tr("Cancelled: nothing was written."))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException, context: str) -> None:
        self.cancel_button.hide()
        super()._failed(exc, context)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: WizardState) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Summary"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        result = self.wiz.result
        lines = summary_lines(result, first_problems=50) if result is not None else []
        # The lines are written for a terminal (`abm-health undo 3`); here commands read plain.
        self.text.setPlainText("\n".join(lines).replace("`", ""))
