"""The import wizard (SPEC §7, §8): file, preview, column mapping, validation report,
import with progress and cancel, summary.

``ImportWizard(workspace, parent=None, path=None)`` is self-contained: the main window
opens it (Ctrl+I, File menu, a dropped file) and listens to ``imported`` to refresh. The
checking and the import itself run ``storage.importing.run`` on a worker thread through
``desktop.shared.workers.run_job``; progress and the result come back by queued signal, and
Cancel rolls the import back (nothing is written).

A language switch while the wizard is open retitles it and builds the pages still ahead
again in the new language: they are filled from the wizard's state when reached, so
nothing is lost. The page shown and those behind it keep the words they were built with
(they hold what the user typed and chose, and a check or import may be running on them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop.i18n.labels import TranslatedLabels
from desktop.shared.wording.said import worded
from desktop.shared.workers import Job, run_job
from domain.progress import Cancelled, Progress
from storage.importing import (
    ImportCancelled,
    ImportInputs,
    ImportResult,
    Mapping,
    ReadOptions,
    SourceTable,
    run,
)
from storage.workspace import Workspace

STAGE_TEXT = TranslatedLabels("ImportStages", {
    "reading": QT_TRANSLATE_NOOP("ImportStages", "Reading the file"),
    "checking": QT_TRANSLATE_NOOP("ImportStages", "Checking every cell"),
    "matching": QT_TRANSLATE_NOOP("ImportStages", "Matching references and existing records"),
    "writing": QT_TRANSLATE_NOOP("ImportStages", "Writing"),
})


def import_task(inputs: ImportInputs) -> Callable[[Progress], ImportResult]:
    """The Qt-free work a worker thread runs: ``run`` with its progress wired to ours."""

    def task(progress: Progress) -> ImportResult:
        def report(stage: str, done: int, total: int) -> bool:
            fraction = done / total if total else 1.0
            progress.update(fraction, STAGE_TEXT.get(stage, stage))
            return not progress.cancelled

        if inputs.on_wait is None:  # a colleague's import first: say who, in the progress
            inputs.on_wait = lambda sentence: progress.update(0.0, worded(sentence))
        progress.check()
        try:
            return run(inputs, report)
        except ImportCancelled as exc:
            raise Cancelled() from exc

    return task


class ImportWizard(QWizard):
    """Import one file; emits ``imported(ImportResult)`` once rows were written."""

    imported = Signal(object)

    FILE, PREVIEW, MAPPING, CHECK, IMPORT, SUMMARY = range(6)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 path: str | None = None) -> None:
        super().__init__(parent)
        from desktop.import_wizard.pages import FilePage, MappingPage, PreviewPage
        from desktop.import_wizard.run_pages import CheckPage, ImportPage, SummaryPage

        self.workspace = workspace
        self.entity = "accounts"
        self.path = path or ""
        self.read_options = ReadOptions()
        self.day_first = False
        self.decimal_comma = False
        self.chosen_mapping: Mapping | None = None  # a preset or a mapping file
        self.preset_name: str | None = None
        self.mapping: Mapping | None = None  # what the mapping page settled on
        self.preview: SourceTable | None = None
        self.checked: ImportResult | None = None
        self.result: ImportResult | None = None
        self.strict = False
        self.rejects_path: str | None = None
        self._retranslating = False
        self.setWindowTitle(self.tr("Import a CRM export"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # The summary comes after the import: nothing is left to cancel, only to close.
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self._page_types = {self.FILE: FilePage, self.PREVIEW: PreviewPage,
                            self.MAPPING: MappingPage, self.CHECK: CheckPage,
                            self.IMPORT: ImportPage, self.SUMMARY: SummaryPage}
        for page_id in self._page_types:
            self._build_page(page_id)
        self.setStartId(self.FILE)
        self.resize(980, 680)

    _PAGE_NAMES = ("file_page", "preview_page", "mapping_page", "check_page", "import_page",
                   "summary_page")

    def _build_page(self, page_id: int) -> None:
        page = self._page_types[page_id](self)
        setattr(self, self._PAGE_NAMES[page_id], page)
        self.setPage(page_id, page)

    # -- language -------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True  # two catalogs send two events: build once
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The title, and the pages still ahead built again in the installed language."""
        self._retranslating = False
        self.setWindowTitle(self.tr("Import a CRM export"))
        ahead = self.currentId() + 1 if self.currentId() >= 0 else self.FILE  # -1: not started
        for page_id in range(ahead, self.SUMMARY + 1):
            old = self.page(page_id)
            self.removePage(page_id)
            old.deleteLater()
            self._build_page(page_id)

    def inputs(self, *, dry_run: bool) -> ImportInputs:
        return ImportInputs(
            workspace=self.workspace, entity=self.entity, path=Path(self.path),
            mapping=self.mapping, preset=self.preset_name,
            encoding=self.read_options.encoding, delimiter=self.read_options.delimiter,
            sheet=self.read_options.sheet, day_first=self.day_first,
            decimal_comma=self.decimal_comma, dry_run=dry_run, strict=self.strict,
            rejects_path=self.rejects_path if not dry_run else None,
        )

    def start(self, owner: QObject, title: str, *, dry_run: bool,
              on_done: Callable[[ImportResult], None],
              on_error: Callable[[BaseException], None],
              on_cancel: Callable[[], None] | None = None) -> Job:
        """Run a dry run or the import on a worker (imports on the single writer thread)."""
        return run_job(owner, title, import_task(self.inputs(dry_run=dry_run)), on_done,
                       on_error, show_progress=False, writes=not dry_run, on_cancel=on_cancel)

    def done(self, code: int) -> None:
        # Closing the wizard while an import runs cancels it (and so rolls it back).
        self.import_page.cancel()
        self.check_page.cancel()
        super().done(code)
