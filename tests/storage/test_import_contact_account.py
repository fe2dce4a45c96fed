"""Activity rows that name a contact but no account take the contact's account (issue 13,
point 2); a contact of another account than the row names is still rejected."""

from __future__ import annotations

from storage.importing import ImportInputs, run

ACCOUNTS = "external_id,name\nA1,Acme\nA2,Beta\n"
CONTACTS = ("external_id,account,name,email\n"
            "C1,A1,Anna Nowak,anna@acme.com\n"
            "C2,A2,Bob Stone,bob@beta.com\n"
            "C3,A2,Anna Nowak,anna@beta.com\n")  # the same name at another account


def load(workspace, tmp_path, entity, text, **options):
    path = tmp_path / f"{entity}.csv"
    path.write_text(text, encoding="utf-8")
    return run(ImportInputs(workspace, entity, path, **options))


def seeded(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    load(workspace, tmp_path, "contacts", CONTACTS)
    return workspace


def test_events_naming_only_a_contact_take_its_account(workspace, tmp_path):
    seeded(workspace, tmp_path)
    text = ("account,contact,kind,occurred_at\n"
            ",anna@acme.com,email_open,2024-05-01\n"   # row 2: account of C1 = Acme
            ",C2,email_click,2024-05-02\n"              # row 3: account of C2 = Beta
            "A1,C1,email_open,2024-05-03\n"             # row 4: both given, agreeing
            "A1,C2,email_open,2024-05-04\n"             # row 5: C2 is Beta's: rejected
            ",Anna Nowak,email_open,2024-05-05\n"       # row 6: two Anna Nowaks: rejected
            ",,email_open,2024-05-06\n")                # row 7: neither: rejected
    result = load(workspace, tmp_path, "events", text)
    assert (result.inserted, result.rejected, result.accounts_from_contacts) == (3, 3, 2)
    assert result.problems[["row", "field"]].values.tolist() == [
        [5, "contact"], [6, "contact"], [7, "account"]]
    assert "2 row(s) named a contact but no account and took the contact's account." in \
        result.summary_lines()
    stored = workspace.read_frame(
        "SELECT a.external_id AS account, c.external_id AS contact FROM events e "
        "JOIN accounts a ON a.id = e.account_id JOIN contacts c ON c.id = e.contact_id "
        "ORDER BY e.occurred_at")
    assert stored.values.tolist() == [["A1", "C1"], ["A2", "C2"], ["A1", "C1"]]


def test_a_file_without_an_account_column_loads_by_contact(workspace, tmp_path):
    seeded(workspace, tmp_path)
    text = ("external_id,contact,kind,booked_at\n"
            "M1,bob@beta.com,demo,2024-06-01 10:00\n"
            "M2,Bob Stone,call,2024-06-02 10:00\n")   # a unique name is enough
    result = load(workspace, tmp_path, "meetings", text)
    assert (result.inserted, result.rejected, result.accounts_from_contacts) == (2, 0, 2)
    again = load(workspace, tmp_path, "meetings", text)
    assert (again.inserted, again.unchanged) == (0, 2)
    accounts = workspace.read_frame("SELECT DISTINCT account_id FROM meetings")
    assert accounts["account_id"].tolist() == [2]


def test_deals_and_notes_naming_only_a_contact_take_its_account(workspace, tmp_path):
    seeded(workspace, tmp_path)
    deals = ("name,contact,account,created_at\n"
             "Fleet,bob@beta.com,,2024-02-01\n"       # row 2: Beta, from Bob
             "Kit,C1,Beta,2024-02-02\n")              # row 3: C1 is Acme's: rejected
    result = load(workspace, tmp_path, "opportunities", deals)
    assert (result.inserted, result.rejected, result.accounts_from_contacts) == (1, 1, 1)
    assert result.problems[["row", "field"]].values.tolist() == [[3, "contact"]]
    notes = "contact,created_at,text\nanna@acme.com,2024-02-03,Asked for a quote\n"
    result = load(workspace, tmp_path, "notes", notes)
    assert (result.inserted, result.accounts_from_contacts) == (1, 1)
    stored = workspace.read_frame(
        "SELECT 'deal', a.external_id FROM opportunities o JOIN accounts a ON a.id = o.account_id "
        "UNION ALL SELECT 'note', a.external_id FROM notes n JOIN accounts a ON a.id = n.account_id")
    assert stored.values.tolist() == [["deal", "A2"], ["note", "A1"]]
