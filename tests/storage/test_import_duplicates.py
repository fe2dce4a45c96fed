"""Duplicate names (issue 13, points 6 and 9): a reference matched on a second column,
problems saying how many records matched and what tells them apart, and repeated rows
naming the clashing columns and values, counted per kind."""

from __future__ import annotations

from storage.importing import ImportInputs, run
from storage.importing.mapping import parse_mapping

ACCOUNTS = ("external_id,name,domain,owner,region\n"
            "A1,Big A Auto Parts,biga-east.com,Ann,EMEA\n"
            "A2,Big A Auto Parts,biga-west.com,Bob,EMEA\n"
            "A3,Solo,solo.com,Ann,EMEA\n")
DEALS = ("Deal,Account,Owner,Created\n"
         "Tyres,Big A Auto Parts,Ann,2024-01-01\n"   # row 2
         "Brakes,Big A Auto Parts,Bob,2024-01-02\n"  # row 3
         "Lamps,Solo,Ann,2024-01-03\n")              # row 4
FIELDS = """
[fields]
name = "Deal"
created_at = "Created"
"""


def load(workspace, tmp_path, entity, text, **options):
    path = tmp_path / f"{entity}.csv"
    path.write_text(text, encoding="utf-8")
    return run(ImportInputs(workspace, entity, path, **options))


def test_a_name_shared_by_two_accounts_says_what_tells_them_apart(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    mapping = parse_mapping('entity = "opportunities"\n' + FIELDS + 'account = "Account"\n')
    result = load(workspace, tmp_path, "opportunities", DEALS, mapping=mapping)
    assert (result.inserted, result.rejected) == (1, 2)
    expected = result.problems["expected"].tolist()
    assert expected[0] == (
        "an account's external id, name or domain: several accounts match; 2 accounts match; "
        "they differ in domain, owner: add a column for it with match = [\"name\", \"domain\"], "
        "or use the external id")
    lines = result.summary_lines()
    # Both rows are one kind of problem, one line of counts.
    assert "         2 × Account: an account's external id, name or domain: several accounts "\
           "match" in lines


def test_a_second_match_column_tells_them_apart(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    mapping = parse_mapping('entity = "opportunities"\n' + FIELDS + """
[fields.account]
columns = ["Account", "Owner"]
match = ["name", "owner"]
""")
    result = load(workspace, tmp_path, "opportunities", DEALS, mapping=mapping)
    assert (result.inserted, result.rejected) == (3, 0)
    stored = workspace.read_frame("SELECT o.name, a.external_id FROM opportunities o "
                                  "JOIN accounts a ON a.id = o.account_id ORDER BY o.id")
    assert stored.values.tolist() == [["Tyres", "A1"], ["Brakes", "A2"], ["Lamps", "A3"]]


def test_an_owner_nobody_has_is_named_with_both_values(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    mapping = parse_mapping('entity = "opportunities"\n' + FIELDS + """
[fields.account]
columns = ["Account", "Owner"]
match = ["name", "owner"]
""")
    text = "Deal,Account,Owner,Created\nTyres,Big A Auto Parts,Cid,2024-01-01\n"
    result = load(workspace, tmp_path, "opportunities", text, mapping=mapping)
    assert result.problems[["column", "value"]].values.tolist() == [
        ["Account + Owner", "Big A Auto Parts + Cid"]]
    assert result.problems["expected"].iloc[0].startswith(
        "an account matching name and owner: no account matches")


def test_a_repeated_row_names_the_clashing_column_and_value(workspace, tmp_path):
    text = ("name,region\n"
            "Big A Auto Parts,EMEA\n"    # row 2
            "Solo,EMEA\n"                # row 3
            "big a auto parts,APAC\n"    # row 4: same name as row 2
            "Solo,APAC\n")               # row 5: same name as row 3
    result = load(workspace, tmp_path, "accounts", text)
    assert (result.inserted, result.rejected) == (2, 2)
    problems = result.problems
    assert problems[["row", "column", "value"]].values.tolist() == [
        [4, "name", "big a auto parts"], [5, "name", "Solo"]]
    assert problems["expected"].tolist() == [
        "a record no earlier row stands for (same name 'big a auto parts' as row 2)",
        "a record no earlier row stands for (same name 'Solo' as row 3)"]
    lines = result.summary_lines()
    assert "         2 × name: a record no earlier row stands for" in lines
    assert "  row 4, column name, value 'big a auto parts': expected a record no earlier row "\
           "stands for (same name 'big a auto parts' as row 2)" in lines


def test_a_blank_header_is_named_by_its_position(workspace, tmp_path):
    text = "external_id,name,,region\nA1,Acme,x,EMEA\n"
    result = load(workspace, tmp_path, "accounts", text)
    assert result.ignored_columns == ["column 3 (no header)"]
    assert "Ignored column(s): column 3 (no header)." in result.summary_lines()
