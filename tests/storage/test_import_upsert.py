"""Re-importing, upserting by external id or natural key, the batch record, and undo."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.importing import ImportInputs, UndoRefused, list_batches, run, undo_batch
from storage.workspace import Workspace

ENTITY_TABLES = ("accounts", "contacts", "campaigns", "events", "meetings", "opportunities",
                 "subscriptions", "nps_responses", "questions", "notes")


def load(workspace, tmp_path, entity, text, name=None, **options):
    path = tmp_path / (name or f"{entity}.csv")
    path.write_text(text, encoding="utf-8")
    return run(ImportInputs(workspace, entity, path, **options))


def dump(workspace):
    """Every entity row exactly as stored (raw SQLite values)."""
    conn = sqlite3.connect(workspace.path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ENTITY_TABLES}
    finally:
        conn.close()


ACCOUNTS = (
    "external_id,name,domain,tier,annual_revenue,created_at\n"
    "A1,Acme,acme.com,1,\"$22,700.00\",2024-01-05 09:30\n"
    "A2,Beta,beta.pl,2,342.09K,2024-02-06\n"
)


def test_the_same_file_twice_changes_nothing(workspace, tmp_path):
    first = load(workspace, tmp_path, "accounts", ACCOUNTS)
    before = dump(workspace)
    second = load(workspace, tmp_path, "accounts", ACCOUNTS)
    assert (first.inserted, first.updated) == (2, 0)
    assert (second.inserted, second.updated, second.unchanged) == (0, 0, 2)
    assert dump(workspace) == before


def test_stored_values_are_typed_like_the_orm_writes_them(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    rows = workspace.read_frame(
        "SELECT name, tier, annual_revenue, is_target, created_at FROM accounts ORDER BY id")
    # 342.09K = 342,090; is_target defaults to true; timestamps as SQLAlchemy writes them
    assert rows.values.tolist() == [
        ["Acme", 1, 22700.0, 1, "2024-01-05 09:30:00.000000"],
        ["Beta", 2, 342090.0, 1, "2024-02-06 00:00:00.000000"],
    ]


def test_update_changes_only_what_differs_and_blanks_never_erase(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    result = load(workspace, tmp_path, "accounts",
                  "external_id,name,domain,tier\nA1,Acme Corp,,1\nA2,Beta,beta.pl,2\n", "v2.csv")
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 1)
    rows = workspace.read_frame("SELECT name, domain, import_batch_id FROM accounts ORDER BY id")
    assert rows.values.tolist() == [["Acme Corp", "acme.com", 2], ["Beta", "beta.pl", 1]]


def test_undo_after_insert(workspace, tmp_path):
    empty = dump(workspace)
    result = load(workspace, tmp_path, "accounts", ACCOUNTS)
    undone = undo_batch(workspace, result.batch_id)
    assert (undone.deleted, undone.restored) == (2, 0)
    assert dump(workspace) == empty
    batch = list_batches(workspace).iloc[0]
    assert batch["status"] == "undone" and batch["undone_at"] is not None


def test_undo_after_update_restores_the_exact_values(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    before = dump(workspace)
    update = load(workspace, tmp_path, "accounts",
                  "external_id,name,tier,annual_revenue\nA1,Acme Corp,3,1 000\n", "v2.csv")
    assert update.updated == 1
    assert dump(workspace) != before
    assert undo_batch(workspace, update.batch_id).restored == 1
    assert dump(workspace) == before


def test_batches_record_what_happened(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS + "A3,,x.com,9,,\n", preset="by hand")
    batch = list_batches(workspace).iloc[0]
    assert batch[["file_name", "entity", "preset", "rows_read", "rows_inserted",
                  "rows_updated", "rows_rejected", "status"]].tolist() == [
        "accounts.csv", "accounts", "by hand", 3, 2, 0, 1, "done"]


def test_undo_refuses_while_a_later_batch_depends_on_it(workspace, tmp_path):
    accounts = load(workspace, tmp_path, "accounts", ACCOUNTS)
    renamed = load(workspace, tmp_path, "accounts", "external_id,name\nA1,Acme Corp\n", "v2.csv")
    with pytest.raises(UndoRefused, match=f"batch\\(es\\) {renamed.batch_id} later changed"):
        undo_batch(workspace, accounts.batch_id)
    undo_batch(workspace, renamed.batch_id)
    events = load(workspace, tmp_path, "events", "account,kind,occurred_at\nA1,web_visit,2024-05-01\n")
    with pytest.raises(UndoRefused, match=f"1 events from batch {events.batch_id} refer"):
        undo_batch(workspace, accounts.batch_id)
    undo_batch(workspace, events.batch_id)
    assert undo_batch(workspace, accounts.batch_id).deleted == 2
    with pytest.raises(UndoRefused, match="already been undone"):
        undo_batch(workspace, accounts.batch_id)
    with pytest.raises(UndoRefused, match="no import batch 99") as error:
        undo_batch(workspace, 99)
    assert error.value.missing


def test_natural_keys_when_there_is_no_external_id(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", "name,domain\nAcme,acme.com\nBeta,\n")
    again = load(workspace, tmp_path, "accounts",
                 "name,domain,industry\nACME Inc,https://www.acme.com/,Retail\n beta ,,Media\n",
                 "v2.csv")
    # Acme matched by its domain (so the name is updated), Beta by its name in any case
    # (and the file's spelling wins).
    assert (again.inserted, again.updated) == (0, 2)
    rows = workspace.read_frame("SELECT name, industry FROM accounts ORDER BY id")
    assert rows.values.tolist() == [["ACME Inc", "Retail"], ["beta", "Media"]]


def test_an_external_id_adopts_a_record_that_had_none(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", "name\nAcme\n")
    result = load(workspace, tmp_path, "accounts", "external_id,name\nSF-001,Acme\n", "v2.csv")
    assert (result.inserted, result.updated) == (0, 1)
    assert workspace.read_frame("SELECT external_id FROM accounts")["external_id"].tolist() == ["SF-001"]


def test_contacts_upsert_by_email(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    load(workspace, tmp_path, "contacts", "account,name,email\nA1,Maria,maria@acme.com\n")
    result = load(workspace, tmp_path, "contacts",
                  "account,name,email,title\nA1,Maria Garcia,MARIA@acme.com,CFO\n", "v2.csv")
    assert (result.inserted, result.updated) == (0, 1)
    rows = workspace.read_frame("SELECT name, title FROM contacts")
    assert rows.values.tolist() == [["Maria Garcia", "CFO"]]


def test_parent_accounts_may_come_later_in_the_same_file(workspace, tmp_path):
    text = "external_id,name,parent\nC1,Acme Europe,Acme Group\nP1,Acme Group,\nC2,Acme Asia,P1\n"
    result = load(workspace, tmp_path, "accounts", text)
    assert result.inserted == 3 and result.rejected == 0
    rows = workspace.read_frame(
        "SELECT a.name, p.name AS parent FROM accounts a LEFT JOIN accounts p "
        "ON p.id = a.parent_id ORDER BY a.id")
    assert rows.fillna("-").values.tolist() == [
        ["Acme Europe", "Acme Group"], ["Acme Group", "-"], ["Acme Asia", "Acme Group"]]
    assert undo_batch(workspace, result.batch_id).deleted == 3


def test_cancelling_rolls_back_everything(workspace, tmp_path):
    from storage.importing import ImportCancelled

    before = dump(workspace)
    path = tmp_path / "accounts.csv"
    path.write_text(ACCOUNTS, encoding="utf-8")
    seen = []

    def progress(stage, done, total):
        seen.append(stage)
        return stage != "writing"  # cancel as soon as rows are being written

    with pytest.raises(ImportCancelled):
        run(ImportInputs(workspace, "accounts", path), progress)
    assert "writing" in seen
    assert dump(workspace) == before
    assert list_batches(workspace).empty


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzłóżę ", min_size=1, max_size=12).map(str.strip)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(names.filter(bool), st.integers(1, 3), st.integers(0, 10**7)),
                min_size=1, max_size=8))
def test_reimport_is_a_no_op_for_any_file(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("prop")
    with Workspace.open(folder / "w.sqlite") as workspace:
        text = "name,tier,employees\n" + "".join(f"{n},{t},{e}\n" for n, t, e in rows)
        load(workspace, folder, "accounts", text)
        before = dump(workspace)
        again = load(workspace, folder, "accounts", text)
        assert again.inserted == 0 and again.updated == 0
        assert dump(workspace) == before
