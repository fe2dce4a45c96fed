"""Issue 18, point 5: any writer's edit invalidates the caches (triggers, migration 0003).

Before, ``UPDATE events SET kind/occurred_at/account_id …`` from the sqlite3 shell, or a
delete and re-insert of the same count with the same largest id, left the cache stamp
valid, and the window showed stale numbers.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from storage import event_cache, migrate, portfolio_cache
from storage.frames import read_events
from storage.importing import ImportCancelled, ImportInputs, run

ACCOUNTS = "external_id,name\nA1,Acme\nA2,Beta\n"
EVENTS = ("external_id,account,kind,occurred_at\n"
          "E1,A1,web_visit,2024-01-01 10:00\n"
          "E2,A1,form_fill,2024-01-02 11:00\n"
          "E3,A2,email_open,2024-01-03 12:00\n")


@pytest.fixture
def filled(workspace, tmp_path):
    (tmp_path / "a.csv").write_text(ACCOUNTS, encoding="utf-8")
    (tmp_path / "e.csv").write_text(EVENTS, encoding="utf-8")
    run(ImportInputs(workspace, "accounts", tmp_path / "a.csv"))
    run(ImportInputs(workspace, "events", tmp_path / "e.csv"))
    read_events(workspace)  # the cache is now current
    return workspace


def shell(path, *statements):
    """Another program writing to the workspace, as the sqlite3 shell would."""
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def kinds(frame):
    return dict(zip(frame["id"].tolist(), frame["kind"].astype(str).tolist(), strict=True))


def test_an_update_from_another_program_is_seen(filled):
    shell(filled.path, "UPDATE events SET kind = 'content_download' WHERE id = 2")
    assert kinds(read_events(filled)) == {1: "web_visit", 2: "content_download", 3: "email_open"}


def test_delete_and_reinsert_with_the_same_count_and_largest_id_is_seen(filled):
    shell(filled.path,
          "DELETE FROM events WHERE id = 1",
          "INSERT INTO events (id, account_id, kind, occurred_at) "
          "VALUES (1, 2, 'webinar_attended', '2024-01-05 09:00:00.000000')")
    frame = read_events(filled)
    assert kinds(frame)[1] == "webinar_attended"
    assert frame.loc[frame["id"] == 1, "account_id"].tolist() == [2]


def test_a_changed_account_changes_the_portfolio_stamp(filled):
    before = portfolio_cache.stamp(filled, date(2024, 1, 31))
    shell(filled.path, "UPDATE accounts SET tier = 1 WHERE id = 2")
    assert portfolio_cache.stamp(filled, date(2024, 1, 31)) != before


def test_bulk_writers_keep_the_triggers_and_bump_once(filled, tmp_path):
    def triggers():
        conn = sqlite3.connect(filled.path)
        try:
            return conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
                                ).fetchone()[0]
        finally:
            conn.close()

    count = triggers()
    assert count == 14 * 3  # events and 13 portfolio tables, insert/update/delete
    with filled.connect() as conn:
        version = event_cache.read_stamp(conn)[0]
    more = tmp_path / "more.csv"
    more.write_text("account,kind,occurred_at\n" + "".join(
        f"A1,page_view,2024-02-01 10:{m:02d}\n" for m in range(50)), encoding="utf-8")
    run(ImportInputs(filled, "events", more))
    with filled.connect() as conn:
        assert event_cache.read_stamp(conn)[0] in (version + 1, version + 2)  # not + 50
    assert triggers() == count

    def cancel(stage, done, total):
        return stage != "writing"

    other = tmp_path / "other.csv"
    other.write_text(more.read_text(encoding="utf-8").replace("10:", "11:"), encoding="utf-8")
    with pytest.raises(ImportCancelled):
        run(ImportInputs(filled, "events", other), cancel)
    assert triggers() == count


def test_the_head_constant_names_the_trigger_migration():
    # The trigger migration is in the chain; later revisions (0004: team edits) build on it.
    assert migrate.HEAD == migrate.head_revision()
    assert "0003_change_triggers" in {r.revision for r in migrate.all_revisions()}


def test_the_migration_writes_statement_triggers_for_postgresql():
    # No server here: the migration runs in Alembic's offline mode with the PostgreSQL
    # dialect, and the SQL it would send is checked.
    import importlib.util
    import io

    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    spec = importlib.util.spec_from_file_location(
        "m0003", migrate.MIGRATIONS / "versions" / "0003_change_triggers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    buffer = io.StringIO()
    context = MigrationContext.configure(dialect_name="postgresql",
                                         opts={"as_sql": True, "output_buffer": buffer})
    with Operations.context(context):
        module.upgrade()
    sql = buffer.getvalue()
    assert "CREATE OR REPLACE FUNCTION abm_bump_events_version() RETURNS trigger" in sql
    assert ("CREATE TRIGGER trg_events_update_version AFTER UPDATE ON events FOR EACH "
            "STATEMENT EXECUTE FUNCTION abm_bump_events_version()") in sql
    assert ("CREATE TRIGGER trg_accounts_truncate_version AFTER TRUNCATE ON accounts FOR EACH "
            "STATEMENT EXECUTE FUNCTION abm_bump_data_version()") in sql
    assert "FOR EACH ROW" not in sql


def test_undo_lifts_the_triggers_for_its_deletes_and_restores_them(filled, tmp_path):
    from storage.importing import undo_batch

    def facts():
        conn = sqlite3.connect(filled.path)
        try:
            return (conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"
                                 ).fetchone()[0],
                    conn.execute("SELECT value FROM workspace_meta WHERE key = 'events_version'"
                                 ).fetchone()[0])
        finally:
            conn.close()

    triggers, version = facts()
    result = undo_batch(filled, 2)  # the events batch: three rows deleted
    assert result.deleted == 3
    after_triggers, after_version = facts()
    assert after_triggers == triggers
    assert version < after_version <= version + 2  # bumped once or twice, not per row
    assert len(read_events(filled)) == 0
