"""Lookups across the files of one export (issue 13, point 3): a deals file names its lead
by id, and the mapping takes the lead's company from the leads file."""

from __future__ import annotations

import pytest

from storage.importing import ImportFileError, ImportInputs, load_mapping, run
from storage.importing.mapping import parse_mapping, to_toml

LEADS = ("LEADID,Company,Lead Owner\n"
         "zcrm_1,Acme,Ann\n"
         "zcrm_2,Beta,Bob\n"
         "zcrm_3,Beta,Bob\n"
         "zcrm_3,Gamma,Bob\n")   # a key on two rows: finds nothing
DEALS = ("Deal Id,Deal Name,Lead Id,Created Time\n"
         "D1,Big one,zcrm_1,2024-01-02\n"      # row 2: Acme
         "D2,Small one,zcrm_2,2024-01-03\n"    # row 3: Beta
         "D3,Unknown lead,zcrm_9,2024-01-04\n"  # row 4: no such lead: no account
         "D4,Twice,zcrm_3,2024-01-05\n")       # row 5: the key is on two rows
MAPPING = """
entity = "opportunities"

[lookups.lead]
file = "Leads.csv"
key = "LEADID"
column = "Lead Id"

[fields]
external_id = "Deal Id"
name = "Deal Name"
account = "lead.Company"
created_at = "Created Time"
"""


@pytest.fixture
def export(workspace, tmp_path):
    (tmp_path / "accounts.csv").write_text("external_id,name\nA1,Acme\nA2,Beta\n")
    run(ImportInputs(workspace, "accounts", tmp_path / "accounts.csv"))
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Leads.csv").write_text(LEADS)
    (folder / "Deals.csv").write_text(DEALS)
    return folder


def test_a_field_comes_from_another_file_through_a_key(workspace, export, tmp_path):
    # The mapping lives elsewhere: Leads.csv is found beside the imported file.
    (tmp_path / "deals.toml").write_text(MAPPING)
    mapping = load_mapping(tmp_path / "deals.toml")
    result = run(ImportInputs(workspace, "opportunities", export / "Deals.csv", mapping=mapping))
    assert (result.inserted, result.rejected) == (2, 2)
    assert result.problems[["row", "column"]].values.tolist() == [
        [4, "lead.Company"], [5, "lead.Company"]]
    assert any("Leads.csv has 1 LEADID value(s) on more than one row (such as 'zcrm_3')" in w
               for w in result.warnings)
    assert "Lead Id" not in result.ignored_columns
    stored = workspace.read_frame("SELECT o.name, a.name AS account FROM opportunities o "
                                  "JOIN accounts a ON a.id = o.account_id ORDER BY o.id")
    assert stored.values.tolist() == [["Big one", "Acme"], ["Small one", "Beta"]]


def test_relative_paths_start_at_the_mapping_file(workspace, export, tmp_path):
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    (export / "deals.toml").write_text(MAPPING)
    (elsewhere / "Deals.csv").write_text(DEALS)  # the leads file is only beside the mapping
    mapping = load_mapping(export / "deals.toml")
    result = run(ImportInputs(workspace, "opportunities", elsewhere / "Deals.csv", mapping=mapping))
    assert result.inserted == 2


def test_a_missing_lookup_file_is_named(workspace, export, tmp_path):
    mapping = parse_mapping(MAPPING.replace("Leads.csv", "Nope.csv"))
    with pytest.raises(ImportFileError, match="The lookup file Nope.csv is not in"):
        run(ImportInputs(workspace, "opportunities", export / "Deals.csv", mapping=mapping))


def test_lookups_survive_a_round_trip_through_toml():
    mapping = parse_mapping(MAPPING)
    again = parse_mapping(to_toml(mapping))
    assert again.lookups == mapping.lookups
    assert again.fields["account"].column == "lead.Company"
