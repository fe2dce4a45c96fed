"""An import that at least doubles the events table builds its indexes once, at the end.

The indexes must come back exactly as the migrations made them, the rows must be the
same as a row-by-row insert gives, and an import that stops half-way (cancelled, or a
row the database refuses) must leave both the rows and the indexes as they were.
"""

from __future__ import annotations

import sqlite3
import time

import pytest

from storage import index_rebuild
from storage.importing import ImportCancelled, ImportInputs, run

INDEXES = ("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
           "ORDER BY name")


def schema_and_rows(path) -> tuple[list, list]:
    conn = sqlite3.connect(path)
    try:
        indexes = conn.execute(INDEXES).fetchall()
        rows = conn.execute("SELECT id, account_id, kind, occurred_at FROM events ORDER BY id").fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return indexes, rows
    finally:
        conn.close()


@pytest.fixture
def seeded(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(index_rebuild, "MIN_ROWS", 5)  # a big import, in small numbers
    accounts = tmp_path / "accounts.csv"
    accounts.write_text("external_id,name\n" + "".join(f"A{i},Account {i}\n" for i in range(5)))
    run(ImportInputs(workspace, "accounts", accounts))
    first = tmp_path / "first.csv"
    first.write_text("account,kind,occurred_at\nA1,web_visit,2024-01-01 10:00\n")
    run(ImportInputs(workspace, "events", first))
    return workspace


def events_csv(tmp_path, count: int, bad_account_at: int | None = None):
    lines = ["external_id,account,kind,occurred_at"]
    for i in range(count):
        account = "NOPE" if i == bad_account_at else f"A{i % 5}"
        lines.append(f"E{i},{account},page_view,2024-02-{1 + i % 28:02d} 09:{i % 60:02d}")
    path = tmp_path / "events.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_rules_for_when_to_build_after():
    assert index_rebuild.worth_rebuilding(existing=0, inserting=10_000)
    assert index_rebuild.worth_rebuilding(existing=1_000_000, inserting=1_000_000)
    assert not index_rebuild.worth_rebuilding(existing=1_000_000, inserting=999_999)
    assert not index_rebuild.worth_rebuilding(existing=0, inserting=9_999)


def test_a_big_import_leaves_the_same_indexes_and_uses_them(seeded, tmp_path):
    before_indexes, before_rows = schema_and_rows(seeded.path)
    assert {"ix_events_account_time", "ix_events_contact", "ix_events_kind_time"} <= {
        name for _t, name, _tbl, _sql in before_indexes}
    result = run(ImportInputs(seeded, "events", events_csv(tmp_path, 40)))
    assert (result.inserted, result.rejected) == (40, 0)
    after_indexes, after_rows = schema_and_rows(seeded.path)
    assert after_indexes == before_indexes
    assert len(after_rows) == len(before_rows) + 40
    conn = sqlite3.connect(seeded.path)
    try:
        plan = " ".join(r[-1] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM events WHERE account_id = 2 AND occurred_at > '2024'"))
        # The rebuilt index holds every row: counting through it agrees with the table.
        by_index = conn.execute("SELECT COUNT(*) FROM events INDEXED BY ix_events_kind_time "
                                "WHERE kind = 'page_view'").fetchone()[0]
    finally:
        conn.close()
    assert "ix_events_account_time" in plan
    assert by_index == 40


def test_a_cancelled_big_import_leaves_rows_and_indexes_as_they_were(seeded, tmp_path):
    before = schema_and_rows(seeded.path)

    seen = []

    def cancel_while_writing(stage, done, total):
        if stage != "writing":
            return True
        seen.append(done)
        time.sleep(0.15)  # past the ticker's 0.1 s throttle, so the next chunk reports
        return done == 0  # cancel after the first chunk went in, before the indexes exist

    monkeypatch_chunk = pytest.MonkeyPatch()
    monkeypatch_chunk.setattr("storage.importing.writer.CHUNK", 10)  # several chunks
    try:
        with pytest.raises(ImportCancelled):
            run(ImportInputs(seeded, "events", events_csv(tmp_path, 40)), cancel_while_writing)
    finally:
        monkeypatch_chunk.undo()
    assert seen == [0, 10]
    assert schema_and_rows(seeded.path) == before


def test_inside_the_block_the_indexes_are_gone_and_a_failure_brings_them_back(seeded):
    before = schema_and_rows(seeded.path)
    with pytest.raises(RuntimeError), seeded.transaction() as conn:
        with index_rebuild.indexes_built_after(conn, "events", 50):
            names = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")}
            assert names == {"sqlite_autoindex_events_1"}  # the UNIQUE constraint stays
            conn.exec_driver_sql("DELETE FROM events")
            raise RuntimeError("the writer failed")
    assert schema_and_rows(seeded.path) == before


def test_a_refused_row_in_a_big_strict_import_changes_nothing(seeded, tmp_path):
    before = schema_and_rows(seeded.path)
    result = run(ImportInputs(seeded, "events", events_csv(tmp_path, 40, bad_account_at=17),
                              strict=True))
    assert result.rejected == 1 and result.inserted == 0
    assert schema_and_rows(seeded.path) == before
