"""The Export dialog: preselection, suggested paths, and an export on a worker."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from desktop.export.dialog import ACCOUNT, MEETING, PORTFOLIO, ExportDialog
from desktop.shared.app_state import AppState, load_workspace_data
from domain.progress import Progress
from storage.workspace import Workspace
from tests.desktop.test_report_cli import write_small_portfolio
from tests.domain.test_report_contents import JP

AS_OF = date(2026, 10, 31)


@pytest.fixture(scope="module")
def workspace_file(tmp_path_factory):
    return write_small_portfolio(tmp_path_factory.mktemp("ws") / "w.sqlite")


@pytest.fixture
def state(workspace_file):
    workspace = Workspace.open(workspace_file)
    state = AppState(workspace, AS_OF)
    state.set_data(load_workspace_data(workspace, AS_OF, Progress.none()))
    yield state
    workspace.close()


def _dialog(qtbot, state, account_id=None) -> ExportDialog:
    dialog = ExportDialog(state, None, account_id=account_id)
    qtbot.addWidget(dialog)
    return dialog


def test_opened_from_an_account_it_preselects_the_account_report(qtbot, state):
    dialog = _dialog(qtbot, state, account_id=1)
    assert dialog.kind() == ACCOUNT
    assert dialog.account.currentText() == JP
    assert dialog.start.date().toPython() == date(2026, 10, 2)  # 30 days up to the as-of
    assert dialog.end.date().toPython() == AS_OF
    assert dialog.path.text().endswith(f"{JP} 2026-10-31.pdf")


def test_from_the_menu_it_offers_the_workbook_and_switches_formats(qtbot, state):
    dialog = _dialog(qtbot, state)
    assert dialog.kind() == PORTFOLIO
    assert dialog.path.text().endswith("portfolio 2026-10-31.xlsx")
    dialog.format.setCurrentIndex(1)  # CSV files: a folder
    assert dialog.path.text().endswith("portfolio 2026-10-31")
    dialog.kind_buttons[MEETING].setChecked(True)
    assert dialog.path.text().endswith("meeting pack 2026-10-31.pdf")
    assert [dialog.owner.itemText(i) for i in range(dialog.owner.count())][:2] == ["All owners", "=HYPERLINK(\"http://evil.example\",\"x\")"]


def test_account_export_runs_on_a_worker_and_writes_the_pdf(qtbot, state, tmp_path):
    dialog = _dialog(qtbot, state, account_id=1)
    target = tmp_path / "山田.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=120_000) as blocker:
        dialog.export_button.click()
    result = blocker.args[0]
    assert result.path == target and target.exists()
    assert len(PdfReader(str(target)).pages) == result.pages
    assert "Wrote" in dialog.message.text()
    assert dialog.export_button.isEnabled()


def test_workbook_export_from_the_dialog(qtbot, state, tmp_path):
    dialog = _dialog(qtbot, state)
    target = tmp_path / "p.xlsx"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    assert openpyxl.load_workbook(target).sheetnames[0] == "Accounts"


def test_a_missing_folder_is_said_before_anything_runs(qtbot, state, tmp_path):
    dialog = _dialog(qtbot, state, account_id=1)
    dialog.path.setText(str(tmp_path / "nowhere" / "x.pdf"))
    dialog.export_button.click()
    assert "does not exist" in dialog.message.text()
    assert dialog.job is None
