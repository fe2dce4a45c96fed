"""Whole export folders (issue 13, point 4): a Zoho CRM export in the documented shape,
loaded in dependency order with contact-only activity, a lookup for a legacy file, and
--dry-run / --strict for the whole folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storage.importing import ImportFileError, MappingError
from storage.importing.folder import run_folder
from storage.importing.mapping import parse_mapping

ZOHO = Path(__file__).parent / "fixtures" / "zoho_export"


def rows(workspace, sql):
    return workspace.read_frame(sql).astype(object).where(lambda f: f.notna(), None).values.tolist()


def count(workspace, table):
    return rows(workspace, f"SELECT COUNT(*) FROM {table}")[0][0]


@pytest.fixture
def zoho(tmp_path):
    folder = tmp_path / "zoho"
    shutil.copytree(ZOHO, folder)
    return folder


def test_a_zoho_export_loads_in_dependency_order(workspace, zoho):
    result = run_folder(workspace, zoho, "zoho")
    assert [(r.file_name, r.entity, r.inserted, r.rejected) for r in result.results] == [
        ("Accounts_001.csv", "accounts", 2, 0),
        ("Contacts_001.csv", "contacts", 2, 0),
        ("Leads_001.csv", "contacts", 1, 0),
        ("Campaigns_001.csv", "campaigns", 1, 0),
        ("Deals_001.csv", "opportunities", 3, 0),
        ("Calls_001.csv", "meetings", 3, 0),
        ("Events_001.csv", "meetings", 1, 0),
    ]
    assert result.ok and result.written
    assert [p.name for p in result.skipped] == ["Notes_001.csv"]
    assert rows(workspace, "SELECT external_id, name, domain FROM accounts ORDER BY id") == [
        ["zcrm_101", "Big A Auto Parts", "biga.com"], ["zcrm_102", "Crest Labs", "crestlabs.io"]]
    assert rows(workspace, "SELECT o.external_id, a.external_id, status, type, "
                           "substr(closed_at, 1, 10), c.name FROM opportunities o "
                           "JOIN accounts a ON a.id = o.account_id "
                           "LEFT JOIN campaigns c ON c.id = o.campaign_id ORDER BY o.id") == [
        ["zcrm_401", "zcrm_101", "won", "new_business", "2024-04-30", "Spring Webinar"],
        ["zcrm_402", "zcrm_102", "open", "new_business", None, None],  # a forecast: dropped
        ["zcrm_403", "zcrm_102", "lost", "expansion", "2024-06-01", None],
    ]
    # Every call and event names a contact only, and takes the contact's account.
    assert sum(r.accounts_from_contacts for r in result.results) == 4
    assert rows(workspace, "SELECT m.external_id, a.external_id, kind, status FROM meetings m "
                           "JOIN accounts a ON a.id = m.account_id ORDER BY m.id") == [
        ["zcrm_601", "zcrm_101", "demo", "held"],       # "Demo for ...", 1,800 s
        ["zcrm_602", "zcrm_102", "call", "scheduled"],  # 0 s, outbound
        ["zcrm_603", "zcrm_101", "call", "no_show"],    # missed; contact by email
        ["zcrm_701", "zcrm_102", "demo", "scheduled"],  # event "Product demo"
    ]
    lines = result.summary_lines()
    assert "4 activity row(s) took their account from their contact." in lines
    assert any(line.endswith("7 file(s) read, 0 failed; inserted 13, updated 0, rejected 0.")
               for line in lines)
    again = run_folder(workspace, zoho, "zoho")
    assert sum(r.inserted + r.updated for r in again.results) == 0


def test_a_dry_run_checks_every_file_against_the_files_before_it(workspace, zoho):
    result = run_folder(workspace, zoho, "zoho", dry_run=True)
    # Contacts find the accounts the accounts file would add, so nothing is rejected.
    assert (sum(r.inserted for r in result.results), result.rejected) == (13, 0)
    assert not result.written and "Dry run: nothing was written." in result.summary_lines()
    assert all(r.batch_id is None for r in result.results)
    for table in ("accounts", "contacts", "meetings", "import_batches"):
        assert count(workspace, table) == 0


def test_strict_writes_nothing_when_one_file_rejects_a_row(workspace, zoho):
    with (zoho / "Leads_001.csv").open("a") as leads:
        leads.write("zcrm_302,Tom,Hill,tom@nowhere.com,Nowhere Ltd,CEO,Cold Call,New,"
                    "2024-03-02 10:00:00\n")
    result = run_folder(workspace, zoho, "zoho", strict=True)
    assert not result.written and result.rejected == 1
    assert "Nothing was written: --strict refuses the folder" in result.summary_lines()[-1]
    for table in ("accounts", "contacts", "opportunities", "import_batches"):
        assert count(workspace, table) == 0
    # Without --strict the other rows go in, one batch per file.
    result = run_folder(workspace, zoho, "zoho")
    assert result.written and result.rejected == 1 and count(workspace, "import_batches") == 7


def test_a_legacy_file_takes_its_account_from_the_leads_file(workspace, zoho):
    (zoho / "Potentials_legacy.csv").write_text(
        "Deal Id,Deal Name,Lead Id,Created Time\n"
        "L1,Lab kit,zcrm_301,2024-05-05 10:00:00\n")   # lead zcrm_301 is at Crest Labs
    legacy = parse_mapping("""
entity = "opportunities"
files = ["Potentials_legacy*.csv"]

[lookups.lead]
file = "Leads_001.csv"
key = "Record Id"
column = "Lead Id"

[fields]
external_id = "Deal Id"
name = "Deal Name"
account = "lead.Company"
created_at = "Created Time"
""")
    result = run_folder(workspace, zoho, "zoho", mappings=[legacy])
    assert result.ok
    assert rows(workspace, "SELECT a.name FROM opportunities o JOIN accounts a "
                           "ON a.id = o.account_id WHERE o.external_id = 'L1'") == [["Crest Labs"]]


def test_unknown_presets_and_empty_folders_are_named(workspace, tmp_path):
    with pytest.raises(MappingError, match="There is no preset 'pipedrive'; presets: hubspot"):
        run_folder(workspace, tmp_path, "pipedrive")
    (tmp_path / "readme.csv").write_text("a,b\n1,2\n")
    with pytest.raises(ImportFileError, match="No file in .* is one the zoho files read"):
        run_folder(workspace, tmp_path, "zoho")


FIXTURES = Path(__file__).parent / "fixtures"
HUBSPOT_MEETINGS = (
    "Record ID,Meeting name,Create Date,Meeting start time,Meeting outcome,Associated Contact,"
    "Associated Company\n"
    "8001,Acme demo,2024-05-02 09:00,2024-05-06 15:00,Completed,maria.garcia@acme.com,\n"
    "8002,Check-in,2024-05-03 09:00,2024-05-10 10:00,No Show,Ola Nowak,\n")
HUBSPOT_CALLS = (
    "Record ID,Call Title,Activity date,Call outcome,Call duration,Associated Contact,"
    "Associated Company\n"
    "9001,Intro call,2024-05-04 11:00,Connected,65000,Maria Garcia,Acme Corporation\n"
    "9002,Follow up,2024-05-05 11:00,No answer,0,Ola Nowak,\n")


def test_a_hubspot_export_folder_with_meetings_and_calls(workspace, tmp_path):
    folder = tmp_path / "hubspot"
    folder.mkdir()
    stamp = "2024-05-06"
    for kind in ("companies", "contacts", "deals"):
        shutil.copy(FIXTURES / f"hubspot_{kind}.csv",
                    folder / f"hubspot-crm-exports-all-{kind}-{stamp}.csv")
    (folder / f"hubspot-crm-exports-all-meetings-{stamp}.csv").write_text(HUBSPOT_MEETINGS)
    (folder / f"hubspot-crm-exports-all-calls-{stamp}.csv").write_text(HUBSPOT_CALLS)
    result = run_folder(workspace, folder, "hubspot")
    assert [(r.entity, r.inserted, r.rejected) for r in result.results] == [
        ("accounts", 2, 0), ("contacts", 3, 0),
        ("opportunities", 2, 1),  # the deal in PLN, as in the single-file test
        ("meetings", 2, 0), ("meetings", 2, 0)]  # calls, then meetings
    assert not result.ok and result.written  # rows were rejected: the CLI exits 1
    assert sum(r.accounts_from_contacts for r in result.results) == 3
    assert rows(workspace, "SELECT m.external_id, a.name, kind, status FROM meetings m "
                           "JOIN accounts a ON a.id = m.account_id ORDER BY m.id") == [
        ["9001", "Acme Corporation", "call", "held"],               # 65 s connected
        ["9002", "Wrocław Data Sp. z o.o.", "call", "no_show"],    # no answer, by contact
        ["8001", "Acme Corporation", "demo", "held"],               # by the contact's email
        ["8002", "Wrocław Data Sp. z o.o.", "call", "no_show"],
    ]


def test_salesforce_reports_are_recognised_by_their_headers(workspace, tmp_path):
    folder = tmp_path / "salesforce"
    folder.mkdir()
    for number, kind in enumerate(("opportunities", "campaigns", "accounts"), start=1):
        shutil.copy(FIXTURES / f"salesforce_{kind}.csv", folder / f"report{number}.csv")
    result = run_folder(workspace, folder, "salesforce")
    # Named report1-3 in the wrong order; read in dependency order all the same.
    assert [(r.file_name, r.entity, r.inserted) for r in result.results] == [
        ("report3.csv", "accounts", 2), ("report2.csv", "campaigns", 2),
        ("report1.csv", "opportunities", 2)]
