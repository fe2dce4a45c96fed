"""The import wizard and the import history, driven page by page (pytest-qt, offscreen)."""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from desktop.import_wizard.history import ImportHistoryDialog
from desktop.import_wizard.models import SORT_ROLE, FrameModel
from desktop.import_wizard.wizard import ImportWizard
from storage.importing import ImportInputs, load_mapping, run

HUBSPOTISH = (
    "Company name,Website,Tier,Annual Revenue\n"
    "Acme Corporation,acme.com,1,\"$22,700.00\"\n"
    "Wrocław Data,wroclawdata.pl,2,342.09K\n"
    "Broken Tier Ltd,broken.io,7,\n"
)


def accounts(workspace):
    return workspace.read_frame("SELECT name, domain, tier, annual_revenue FROM accounts ORDER BY id")


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "companies.csv"
    path.write_text(HUBSPOTISH, encoding="utf-8")
    return path


def open_wizard(qtbot, workspace, path):
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_frame_model_is_a_well_behaved_model(qtmodeltester):
    frame = pd.DataFrame({"row": [2, 3, 10], "value": ["a", None, "c"], "n": [1.5, np.nan, 9.0]})
    model = FrameModel(frame, row_numbers="row")
    qtmodeltester.check(model)
    assert model.columnCount() == 2  # the row-number column is the vertical header
    assert model.headerData(2, Qt.Orientation.Vertical) == "10"
    assert model.data(model.index(1, 0)) == ""
    assert model.data(model.index(2, 1), SORT_ROLE) == 9.0
    model.set_frame(frame.head(1))
    assert model.rowCount() == 1


def test_wizard_imports_a_file_page_by_page(qtbot, workspace, export):
    wizard = open_wizard(qtbot, workspace, export)
    assert wizard.currentId() == ImportWizard.FILE and wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert wizard.preview_page.model.rowCount() == 3
    assert "encoding utf-8, delimiter comma" in wizard.preview_page.info.text()
    wizard.next()
    mapping = wizard.mapping_page.current_mapping()
    # suggested from the headers: "Company name" -> name, "Website" -> domain, ...
    assert {n: s.column for n, s in mapping.fields.items()} == {
        "name": "Company name", "domain": "Website", "tier": "Tier",
        "annual_revenue": "Annual Revenue"}
    assert wizard.mapping_page.isComplete()
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=30_000)
    assert "3 rows read: 2 would be added, 0 updated, 0 are unchanged and 1 rejected" in check.status.text()
    assert check.problems_model.rowCount() == 1
    assert check.problems_model.data(check.problems_model.index(0, 2)) == "7"
    assert accounts(workspace).empty  # checking wrote nothing
    with qtbot.waitSignal(wizard.imported, timeout=30_000) as signal:
        wizard.next()
    assert signal.args[0].inserted == 2
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=30_000)
    assert accounts(workspace).values.tolist() == [
        ["Acme Corporation", "acme.com", 1, 22700.0],
        ["Wrocław Data", "wroclawdata.pl", 2, 342090.0],
    ]
    wizard.next()
    assert wizard.currentId() == ImportWizard.SUMMARY
    text = wizard.summary_page.text.toPlainText()
    assert "Inserted 2, updated 0, unchanged 0, rejected 1." in text
    assert "row 4, column Tier, value '7'" in text


def test_mapping_can_be_changed_and_saved(qtbot, workspace, export, tmp_path):
    wizard = open_wizard(qtbot, workspace, export)
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    page.choose("name", None)
    assert not page.isComplete() and "name" in page.missing.text()
    page.choose("name", "Company name")
    page.choose("tier", None)
    saved = page.save_to(str(tmp_path / "companies.toml"))
    mapping = load_mapping(saved)
    assert mapping.entity == "accounts"
    assert {n: s.column for n, s in mapping.fields.items()} == {
        "name": "Company name", "domain": "Website", "annual_revenue": "Annual Revenue"}
    again = open_wizard(qtbot, workspace, export)
    again.file_page.entity.setCurrentIndex(again.file_page.entity.findData("contacts"))
    assert again.file_page.use_mapping_file(str(saved))
    assert again.file_page.entity.currentData() == "accounts"
    again.next()
    again.next()
    assert "tier" not in again.mapping_page.current_mapping().fields


def test_a_file_that_cannot_be_read_stays_on_the_first_page(qtbot, workspace, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("name,domain\n")
    wizard = open_wizard(qtbot, workspace, empty)
    wizard.next()
    assert wizard.currentId() == ImportWizard.FILE
    assert "no data rows" in wizard.file_page.error.text()


def test_cancel_rolls_the_import_back(qtbot, workspace, tmp_path):
    seed = tmp_path / "accounts.csv"
    seed.write_text("external_id,name\nA1,Acme\n")
    run(ImportInputs(workspace, "accounts", seed))
    events = tmp_path / "events.csv"
    events.write_text("account,kind,occurred_at\nA1,page_view,2024-02-01 10:00\n"
                      "A1,form_fill,2024-02-01 10:05\n")
    wizard = open_wizard(qtbot, workspace, events)
    wizard.file_page.entity.setCurrentIndex(wizard.file_page.entity.findData("events"))
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)
    page = wizard.import_page
    # Another program holds the workspace's write lock, so the import waits at its first
    # write, inside its transaction; the user cancels; the lock goes; the import must then
    # roll back rather than carry on.
    other = sqlite3.connect(workspace.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        wizard.next()
        qtbot.waitUntil(lambda: page.status.text().startswith("Matching"), timeout=30_000)
        page.cancel_button.click()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: page.was_cancelled, timeout=30_000)
    assert page.status.text() == "Cancelled: nothing was written."
    assert not page.isComplete()
    assert workspace.read_frame("SELECT COUNT(*) AS n FROM events")["n"].iloc[0] == 0
    assert workspace.read_frame("SELECT COUNT(*) AS n FROM import_batches")["n"].iloc[0] == 1


def test_history_lists_batches_and_undoes_one(qtbot, workspace, tmp_path, qtmodeltester):
    first = tmp_path / "a.csv"
    first.write_text("external_id,name\nA1,Acme\nA2,Beta\n")
    second = tmp_path / "b.csv"
    second.write_text("external_id,name\nA1,Acme Corp\n")
    run(ImportInputs(workspace, "accounts", first))
    run(ImportInputs(workspace, "accounts", second))
    dialog = ImportHistoryDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 2
    dialog.select_batch(1)
    assert dialog.selected_batch()["file_name"] == "a.csv"
    dialog.undo(1)  # refused: batch 2 updated a row batch 1 added
    qtbot.waitUntil(lambda: "undo it first" in dialog.message.text(), timeout=30_000)
    dialog.select_batch(2)
    dialog.request_undo()
    assert dialog.confirm.isVisible()
    with qtbot.waitSignal(dialog.batch_undone, timeout=30_000) as signal:
        dialog.confirm.accept()
    assert signal.args == [2]
    assert workspace.read_frame("SELECT name FROM accounts ORDER BY id")["name"].tolist() == [
        "Acme", "Beta"]
    statuses = dict(zip(dialog.model.frame["id"], dialog.model.frame["status"], strict=True))
    assert statuses == {2: "undone", 1: "done"}


def test_column_words_can_be_translated_and_saved(qtbot, workspace, tmp_path):
    seed = tmp_path / "accounts.csv"
    seed.write_text("name\nCancity\nBetatech\n")
    run(ImportInputs(workspace, "accounts", seed))
    deals = tmp_path / "deals.csv"
    deals.write_text(
        "opportunity_id,product,account,deal_stage,engage_date,close_date,close_value\n"
        "1C1I7A6R,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054\n"
        "PE84CX4O,GTX Pro,Betatech,Engaging,2016-10-26,,\n"
        "ZNBS69V1,MG Special,Betatech,Prospecting,2016-10-27,,\n")
    wizard = open_wizard(qtbot, workspace, deals)
    wizard.file_page.entity.setCurrentIndex(wizard.file_page.entity.findData("opportunities"))
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    page.choose("name", "product")
    page.choose("status", "deal_stage")
    # "Won" reads as won; the other two stages mean nothing to the status field yet.
    assert page.samples["status"].text() == "2 value(s) to translate: Engaging, Prospecting"
    dialog = page.edit_values("status")
    assert list(dialog.combos) == ["Engaging", "Prospecting"]
    dialog.choose("Engaging", "open")
    dialog.choose("Prospecting", "open")
    dialog.accept()
    assert page.samples["status"].text() == "Won"
    saved = load_mapping(page.save_to(str(tmp_path / "deals.toml")))
    assert saved.fields["status"].values == {"Engaging": "open", "Prospecting": "open"}
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)
    assert wizard.checked.rejected == 0 and wizard.checked.inserted == 3
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=30_000)
    stored = workspace.read_frame("SELECT external_id, status FROM opportunities ORDER BY id")
    assert stored.values.tolist() == [["1C1I7A6R", "won"], ["PE84CX4O", "open"],
                                      ["ZNBS69V1", "open"]]
