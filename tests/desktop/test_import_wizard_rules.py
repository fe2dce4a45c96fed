"""The import wizard offers rules ("contains demo" -> demo) in its Values dialog and
lookups into another file of the export (issue 13, points 3 and 5)."""

from __future__ import annotations

from desktop.import_wizard.wizard import ImportWizard
from storage.importing import ImportInputs, load_mapping, run


def open_wizard(qtbot, workspace, path, entity):
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.entity.setCurrentIndex(wizard.file_page.entity.findData(entity))
    wizard.next()
    wizard.next()
    return wizard


def test_rules_translate_by_pattern_and_are_saved(qtbot, workspace, tmp_path):
    seed = tmp_path / "accounts.csv"
    seed.write_text("external_id,name\nA1,Acme\n")
    run(ImportInputs(workspace, "accounts", seed))
    calls = tmp_path / "calls.csv"
    calls.write_text("account,Subject,booked_at\n"
                     "A1,Demo for Acme,2024-05-01 10:00\n"
                     "A1,Acme demo (2),2024-05-02 10:00\n"
                     "A1,Intro call,2024-05-03 10:00\n")
    wizard = open_wizard(qtbot, workspace, calls, "meetings")
    page = wizard.mapping_page
    page.choose("kind", "Subject")
    assert page.samples["kind"].text().startswith("3 value(s) to translate")
    dialog = page.edit_values("kind")
    dialog.add_rule("contains", "demo", "demo")
    dialog.add_rule("regex", "^intro", "call")
    dialog.accept()
    assert page.samples["kind"].text() == "Demo for Acme"  # nothing left to translate
    saved = load_mapping(page.save_to(str(tmp_path / "calls.toml")))
    assert [(r.contains, r.regex, r.value) for r in saved.fields["kind"].rules] == [
        ("demo", None, "demo"), (None, "^intro", "call")]
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)
    assert (wizard.checked.inserted, wizard.checked.rejected) == (3, 0)


def test_a_column_can_come_from_another_file(qtbot, workspace, tmp_path):
    seed = tmp_path / "accounts.csv"
    seed.write_text("external_id,name\nA1,Acme\nA2,Beta\n")
    run(ImportInputs(workspace, "accounts", seed))
    (tmp_path / "Leads.csv").write_text("LEADID,Company\nL1,Acme\nL2,Beta\n")
    deals = tmp_path / "Deals.csv"
    deals.write_text("Deal Name,Lead Id,Created\nFleet,L2,2024-01-02\nKit,L1,2024-01-03\n")
    wizard = open_wizard(qtbot, workspace, deals, "opportunities")
    page = wizard.mapping_page
    dialog = page.add_lookup(str(tmp_path / "Leads.csv"))
    assert dialog.headers == ["LEADID", "Company"]
    assert (dialog.key.currentText(), dialog.column.currentText()) == ("LEADID", "Lead Id")
    dialog.accept()
    page.choose("name", "Deal Name")
    page.choose("created_at", "Created")
    page.choose("account", "leads.Company")
    mapping = page.current_mapping()
    assert mapping.lookups["leads"].key == "LEADID"
    assert mapping.lookups["leads"].column == "Lead Id"
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)
    assert (wizard.checked.inserted, wizard.checked.rejected) == (2, 0)
    wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=30_000)
    stored = workspace.read_frame("SELECT o.name, a.name AS account FROM opportunities o "
                                  "JOIN accounts a ON a.id = o.account_id ORDER BY o.id")
    assert stored.values.tolist() == [["Fleet", "Beta"], ["Kit", "Acme"]]
