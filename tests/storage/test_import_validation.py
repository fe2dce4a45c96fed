"""Malformed files: every problem reported with row, column, value and expectation, and
nothing half-written."""

from __future__ import annotations

import pandas as pd
import pytest

from domain.settings import WorkspaceSettings
from storage.importing import ImportFileError, ImportInputs, run
from storage.settings_repo import save_settings


@pytest.fixture
def workspace(any_workspace):
    """These tests run on a workspace file and on a PostgreSQL database."""
    return any_workspace


ACCOUNTS = (
    "external_id,name,domain,tier\n"
    "A1,Acme,acme.com,1\n"
    "A2,Beta Sp. z o.o.,beta.pl,2\n"
)


def load(workspace, tmp_path, entity, text, name=None, **options):
    path = tmp_path / (name or f"{entity}.csv")
    path.write_text(text, encoding="utf-8")
    return run(ImportInputs(workspace, entity, path, **options))


def count(workspace, table):
    return int(workspace.read_frame(f"SELECT COUNT(*) AS n FROM {table}")["n"].iloc[0])


def problem_rows(result):
    return result.problems[["row", "column", "value"]].values.tolist()


@pytest.fixture
def accounts(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS, "seed.csv")
    return workspace


def test_missing_required_column_stops_the_file(workspace, tmp_path):
    with pytest.raises(ImportFileError) as error:
        load(workspace, tmp_path, "events", "account,occurred_at\nA1,2024-01-01\n")
    assert "required field(s) kind" in str(error.value)
    assert count(workspace, "import_batches") == 0


def test_bad_dates_negative_amounts_and_unknown_accounts(accounts, tmp_path):
    text = (
        "external_id,account,name,amount,created_at,status\n"
        "O1,A1,Good deal,\"$1,000.00\",2024-03-01,open\n"        # row 2: fine
        "O2,A1,Bad date,500,31/02/2024,open\n"                  # row 3: no 31 February
        "O3,A2,Negative,-250,2024-03-02,open\n"                 # row 4: amount < 0
        "O4,Nobody Inc,Orphan,100,2024-03-03,open\n"            # row 5: unknown account
        "O5,beta.pl,By domain,100,2024-03-04,won\n"             # row 6: fine (domain)
        "O6,acme,By name,100,2024-03-05,Closed Won\n"           # row 7: bad status
    )
    result = load(accounts, tmp_path, "opportunities", text, rejects_path=tmp_path / "rej.csv")
    assert (result.inserted, result.rejected) == (2, 4)
    assert problem_rows(result) == [
        [3, "created_at", "31/02/2024"],
        [4, "amount", "-250"],
        [5, "account", "Nobody Inc"],
        [7, "status", "Closed Won"],
    ]
    expected = dict(zip(result.problems["row"], result.problems["expected"], strict=True))
    assert expected[4] == "an amount of 0 or more"
    assert expected[7] == "one of open, won, lost"
    assert "no account matches" in expected[5]
    stored = accounts.read_frame("SELECT external_id, amount FROM opportunities ORDER BY id")
    assert stored.values.tolist() == [["O1", 1000.0], ["O5", 100.0]]
    rejects = pd.read_csv(tmp_path / "rej.csv", dtype=str)
    assert rejects["row"].tolist() == ["3", "4", "5", "7"]
    assert rejects["external_id"].tolist() == ["O2", "O3", "O4", "O6"]
    assert rejects["reason"].iloc[1] == "amount: expected an amount of 0 or more (got '-250')"


def test_nps_of_eleven(accounts, tmp_path):
    text = "account,score,responded_at\nA1,10,2024-05-01\nA1,11,2024-05-02\nA1,7.5,2024-05-03\n"
    result = load(accounts, tmp_path, "nps", text)
    assert result.inserted == 1
    assert problem_rows(result) == [[3, "score", "11"], [4, "score", "7.5"]]
    assert set(result.problems["expected"]) == {"a whole number from 0 to 10"}


def test_duplicate_external_ids_in_one_file_reject_every_copy(workspace, tmp_path):
    text = "external_id,name\nA1,Acme\nA2,Beta\nA1,Acme Again\n"
    result = load(workspace, tmp_path, "accounts", text)
    assert result.inserted == 1
    assert problem_rows(result) == [[2, "external_id", "A1"], [4, "external_id", "A1"]]
    assert "on rows 2, 4" in result.problems["expected"].iloc[0]


def test_rows_repeating_a_natural_key_keep_the_first(accounts, tmp_path):
    text = ("account,kind,occurred_at,asset\n"
            "A1,form_fill,2024-05-01 10:00,demo-form\n"
            "A1,form_fill,2024-05-01 10:00,demo-form\n"
            "A1,form_fill,2024-05-01 10:00,other-form\n")
    result = load(accounts, tmp_path, "events", text)
    assert result.inserted == 2
    assert result.problems["row"].tolist() == [3]
    assert "as row 2" in result.problems["expected"].iloc[0]


def test_header_only_and_empty_files_write_nothing(workspace, tmp_path):
    with pytest.raises(ImportFileError, match="no data rows"):
        load(workspace, tmp_path, "accounts", "external_id,name\n")
    with pytest.raises(ImportFileError, match="empty"):
        load(workspace, tmp_path, "accounts", "")
    assert count(workspace, "import_batches") == 0


def test_wrong_encoding_is_a_file_problem(workspace, tmp_path):
    path = tmp_path / "pl.csv"
    path.write_bytes("name,region\nZakład,Łódź\n".encode("cp1250"))
    with pytest.raises(ImportFileError, match="--encoding cp1250"):
        run(ImportInputs(workspace, "accounts", path, encoding="utf-8"))
    result = run(ImportInputs(workspace, "accounts", path))  # detected
    assert result.inserted == 1
    assert workspace.read_frame("SELECT region FROM accounts")["region"].iloc[0] == "Łódź"


def test_strict_writes_nothing_when_any_row_fails(workspace, tmp_path):
    text = "name,tier\nAcme,1\nBeta,7\n"
    result = load(workspace, tmp_path, "accounts", text, strict=True)
    assert result.strict_refused and not result.written
    assert (result.inserted, result.rejected) == (0, 1)
    assert count(workspace, "accounts") == 0
    assert count(workspace, "import_batches") == 0


def test_dry_run_writes_nothing_but_counts(accounts, tmp_path):
    text = "external_id,name,tier\nA1,Acme Renamed,1\nA3,Gamma,3\n"
    result = load(accounts, tmp_path, "accounts", text, dry_run=True)
    assert (result.inserted, result.updated, result.rejected) == (1, 1, 0)
    assert "Dry run: nothing was written." in result.summary_lines()
    assert count(accounts, "accounts") == 2
    assert count(accounts, "import_batches") == 1  # only the seed import


def test_another_currency_is_rejected_not_mixed(workspace, tmp_path):
    save_settings(workspace, WorkspaceSettings(currency="PLN"))
    load(workspace, tmp_path, "accounts", "external_id,name\nA1,Zakład\n", "seed.csv")
    text = ("external_id,account,name,amount,created_at,currency\n"
            "O1,A1,Zloty deal,\"1 234,50 zł\",2024-03-01,\n"
            "O2,A1,Dollar deal,\"$500.00\",2024-03-02,\n"
            "O3,A1,Euro column,100,2024-03-03,EUR\n"
            "O4,A1,Zloty column,100,2024-03-04,PLN\n")
    result = load(workspace, tmp_path, "opportunities", text)
    assert result.inserted == 2
    assert problem_rows(result) == [[3, "amount", "$500.00"], [4, "currency", "EUR"]]
    assert "PLN, the workspace currency" in result.problems["expected"].iloc[1]
    stored = workspace.read_frame("SELECT external_id, amount FROM opportunities ORDER BY id")
    assert stored.values.tolist() == [["O1", 1234.5], ["O4", 100.0]]


def test_contact_of_another_account_is_rejected(accounts, tmp_path):
    load(accounts, tmp_path, "contacts",
         "account,name,email\nA1,Maria Garcia,maria@acme.com\n", "contacts.csv")
    text = ("account,contact,kind,occurred_at\n"
            "A1,maria@acme.com,email_open,2024-05-01\n"
            "A2,maria@acme.com,email_open,2024-05-01\n"
            "A1,Maria Garcia,email_click,2024-05-02\n")
    result = load(accounts, tmp_path, "events", text)
    assert result.inserted == 2
    assert problem_rows(result) == [[3, "contact", "maria@acme.com"]]


def test_a_contact_without_a_name_is_known_by_email(accounts, tmp_path):
    result = load(accounts, tmp_path, "contacts", "account,name,email\nA1,,ola@beta.pl\n")
    assert result.inserted == 1
    assert accounts.read_frame("SELECT name FROM contacts")["name"].iloc[0] == "ola@beta.pl"


def test_dates_in_the_wrong_order(accounts, tmp_path):
    text = "account,asked_at,answered_at\nA1,2024-05-02 10:00,2024-05-01 09:00\n"
    result = load(accounts, tmp_path, "questions", text)
    assert problem_rows(result) == [[2, "answered_at", "2024-05-01 09:00"]]
    assert result.problems["expected"].iloc[0] == "a date on or after asked_at"


def test_a_day_first_file_is_read_day_first_with_a_note(accounts, tmp_path):
    result = load(accounts, tmp_path, "notes", "account,created_at,text\nA1,27/10/2024,Call\n")
    assert result.inserted == 1
    assert "Give --day-first" in result.warnings[0]
    again = load(accounts, tmp_path, "notes", "account,created_at,text\nA1,27/10/2024,Call\n",
                 day_first=True)
    assert again.unchanged == 1 and again.warnings == []


def test_ten_thousand_bad_rows_give_a_readable_report(accounts, tmp_path):
    # 10,000 events: every 4th has an unknown kind, every 5th a bad date (both on every 20th),
    # the rest an unknown account; none is valid.
    rows = []
    for i in range(10_000):
        kind = "teleport" if i % 4 == 0 else "email_open"
        when = "someday" if i % 5 == 0 else "2024-05-01"
        account = "A1" if (i % 4 == 0 or i % 5 == 0) else "Z9"
        rows.append(f"{account},{kind},{when}")
    result = load(accounts, tmp_path, "events", "account,kind,occurred_at\n" + "\n".join(rows) + "\n")
    # kind: 10,000 / 4 = 2,500; date: 10,000 / 5 = 2,000; account: rows neither = 10,000
    # - (2,500 + 2,000 - 500 both) = 6,000.
    assert result.rejected == 10_000 and result.inserted == 0
    lines = result.summary_lines()
    text = "\n".join(lines)
    assert "10,500 problem(s) on 10,000 row(s):" in text
    counts = lines[lines.index("10,500 problem(s) on 10,000 row(s):") + 1:][:3]
    assert counts[0].split("×")[0].strip() == "6,000" and "account" in counts[0]
    assert counts[1].split("×")[0].strip() == "2,500" and "kind" in counts[1]
    assert counts[2].split("×")[0].strip() == "2,000" and "occurred_at" in counts[2]
    assert "First 20 problem(s):" in text
    assert "row 2, column kind, value 'teleport': expected one of email_sent" in text
    assert "... and 10,480 more (see the rejects file)." in text
    assert len(lines) < 40


def test_strict_also_refuses_rows_that_fail_only_against_the_workspace(accounts, tmp_path):
    # Every cell is well-formed; row 3 names an account that does not exist.
    text = "account,kind,occurred_at\nA1,web_visit,2024-05-01\nNobody,web_visit,2024-05-02\n"
    result = load(accounts, tmp_path, "events", text, strict=True)
    assert result.strict_refused and (result.inserted, result.rejected) == (0, 1)
    assert count(accounts, "events") == 0
    assert count(accounts, "import_batches") == 1  # the seed's; this one was rolled back
