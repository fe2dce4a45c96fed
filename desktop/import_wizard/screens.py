"""Screenshot builders for the import wizard's pages and the import history dialog.

Listed in ``desktop.screenshots``. The wizard imports a small accounts export (one row with
a tier that cannot be, so the check and the summary have a problem to show) into a scratch
workspace in a temporary folder, never into the workspace shown: screenshots write nothing
there. Dialogs are grabbed at their own size, which fits a 1280x720 screen.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

Wait = Callable[[Callable[[], bool]], None]

# A HubSpot-like companies export, with names in the scripts the product serves.
EXPORT = (
    "Company name,Website,Tier,Annual Revenue,Country,Industry\n"
    "Acme Corporation,acme.com,1,\"$22,700,000.00\",United States,Manufacturing\n"
    "Wrocław Data sp. z o.o.,wroclawdata.pl,2,342.09K,Poland,Software\n"
    "株式会社青葉システムズ,aoba-systems.jp,2,\"1,250,000\",Japan,IT services\n"
    "上海星辰物流有限公司,xingchen-logistics.cn,3,,China,Logistics\n"
    "Broken Tier Ltd,broken.io,7,,United Kingdom,Retail\n"
)


class _Scratch:
    """The temporary folder, export file and workspace the wizard screens use."""

    def __init__(self) -> None:
        from storage.workspace import Workspace

        self.folder = tempfile.TemporaryDirectory(prefix="abm-screens-")
        self.path = Path(self.folder.name) / "companies.csv"
        self.path.write_text(EXPORT, encoding="utf-8")
        self.workspace = Workspace.open(Path(self.folder.name) / "scratch.sqlite")


_scratch: _Scratch | None = None
_shown: list[QWidget] = []


def _scratch_workspace() -> _Scratch:
    global _scratch
    if _scratch is None:
        _scratch = _Scratch()
    return _scratch


def close_dialogs() -> None:
    """Close the dialogs an earlier screen opened."""
    while _shown:
        _shown.pop().close()


def _wizard_at(page: int) -> Callable[[object, Wait], QWidget]:
    def build(window, wait: Wait) -> QWidget:
        from desktop.import_wizard.wizard import ImportWizard

        global _scratch
        close_dialogs()
        if page >= ImportWizard.IMPORT and _scratch is not None:
            _scratch.workspace.close()  # a fresh workspace: the summary shows rows added
            _scratch = None
        scratch = _scratch_workspace()
        wizard = ImportWizard(scratch.workspace, window, path=str(scratch.path))
        _shown.append(wizard)
        wizard.show()
        wait(lambda: True)
        while wizard.currentId() < page:
            current = wizard.currentId()
            wizard.next()
            if wizard.currentId() == current:  # refused: show what the page says
                break
            if wizard.currentId() in (ImportWizard.CHECK, ImportWizard.IMPORT):
                job_page = wizard.currentPage()
                wait(job_page.isComplete)
        wait(lambda: True)
        return wizard

    return build


def _history_dialog(window, wait: Wait) -> QWidget:
    """The history as a dialog, over the scratch workspace once the wizard has imported."""
    from desktop.import_wizard.history import ImportHistoryDialog
    from desktop.import_wizard.wizard import ImportWizard

    if _scratch is None or _scratch.workspace.read_frame("SELECT id FROM import_batches").empty:
        _wizard_at(ImportWizard.SUMMARY)(window, wait)
    close_dialogs()
    dialog = ImportHistoryDialog(_scratch_workspace().workspace, window)
    _shown.append(dialog)
    dialog.show()
    wait(lambda: dialog.model.rowCount() > 0)
    dialog.table.selectRow(0)
    wait(lambda: True)
    return dialog


SCREENS: list[tuple[str, Callable[[object, Wait], QWidget]]] = [
    ("wizard-file", _wizard_at(0)),
    ("wizard-preview", _wizard_at(1)),
    ("wizard-mapping", _wizard_at(2)),
    ("wizard-check", _wizard_at(3)),
    ("wizard-summary", _wizard_at(5)),
    ("history-dialog", _history_dialog),
]
