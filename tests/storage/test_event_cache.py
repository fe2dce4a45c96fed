"""The events cache: identical to reading the table, and never stale."""

from __future__ import annotations

import os
import sqlite3

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import text

from storage import event_cache
from storage.frames import load_frames, read_events, read_events_sql
from storage.workspace import Workspace

EVENT_SQL = text(
    "INSERT INTO events (id, account_id, contact_id, campaign_id, kind, occurred_at, asset, "
    "channel, session, duration_s) VALUES (:id, :account_id, :contact_id, :campaign_id, :kind, "
    ":occurred_at, :asset, :channel, :session, :duration_s)"
)


def event(id, account_id, kind, occurred_at, contact_id=None, campaign_id=None, asset=None,
          channel=None, session=None, duration_s=None):
    return locals()


ROWS = [
    # out of time order, equal times, NULLs, texts in several scripts, both date spellings
    event(3, 1, "form_fill", "2026-10-02 09:00:00.000000", 1, 1, "フォーム", "organic", "s1", None),
    event(1, 2, "page_view", "2026-10-01 08:00:00.250000", None, None, "/cennik", "paid", None, 12.5),
    event(2, 1, "email_open", "2026-10-02 09:00:00.000000", 2, None, "E1", None, "s1", None),
    event(4, 2, "web_visit", "2026-09-30T23:59:59", None, None, None, "direct", "s2", 0.0),
    event(5, 1, "media_mention", "2026-10-03 10:00:00.000000"),
]


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite")
    with ws.transaction() as conn:
        conn.execute(text("INSERT INTO accounts (id, name, tier, is_target) VALUES "
                          "(1, 'Acme', 1, 1), (2, 'Zeta', 2, 1)"))
        conn.execute(text("INSERT INTO contacts (id, account_id, name, buying_role) VALUES "
                          "(1, 1, 'Ann', 'champion'), (2, 1, 'Bo', 'user')"))
        conn.execute(text("INSERT INTO campaigns (id, name, channel, cost, is_paid) VALUES "
                          "(1, 'Webinar', 'webinar', 10, 1)"))
        conn.execute(EVENT_SQL, ROWS)
        event_cache.mark_events_changed(conn)
    yield ws
    ws.close()


def test_the_cache_gives_exactly_the_frame_the_table_gives(workspace):
    from_table, _ = read_events_sql(workspace)
    first = read_events(workspace)  # builds the cache
    path = event_cache.cache_path(workspace)
    assert path.exists()
    second = read_events(workspace)  # reads it
    pd.testing.assert_frame_equal(first, from_table)
    pd.testing.assert_frame_equal(second, from_table)
    assert list(second["id"]) == [4, 1, 2, 3, 5]  # time order, then id
    assert second.loc[3, "asset"] == "フォーム" and pd.isna(second.loc[0, "asset"])
    assert second["kind"].dtype == "category" and second["contact_id"].dtype == "float64"
    assert second.loc[0, "occurred_at"] == pd.Timestamp("2026-09-30 23:59:59")


def test_the_cache_file_is_private(workspace):
    read_events(workspace)
    assert os.stat(event_cache.cache_path(workspace)).st_mode & 0o777 == 0o600


def test_a_marked_change_invalidates_the_cache(workspace):
    read_events(workspace)
    with workspace.transaction() as conn:
        conn.execute(text("UPDATE events SET kind = 'form_view' WHERE id = 3"))
        event_cache.mark_events_changed(conn)
    frame = read_events(workspace)
    assert frame.set_index("id").loc[3, "kind"] == "form_view"


def test_inserts_and_deletes_are_seen_even_without_the_mark(workspace):
    read_events(workspace)
    with workspace.transaction() as conn:
        conn.execute(EVENT_SQL, [event(9, 2, "cta_click", "2026-10-05 00:00:00.000000")])
    assert 9 in set(read_events(workspace)["id"])
    with workspace.transaction() as conn:
        conn.execute(text("DELETE FROM events WHERE id = 1"))
    assert 1 not in set(read_events(workspace)["id"])


def test_a_plain_sqlite_connection_can_mark_the_change(workspace):
    read_events(workspace)
    conn = sqlite3.connect(workspace.path)
    conn.execute("UPDATE events SET asset = 'renamed' WHERE id = 2")
    event_cache.mark_events_changed(conn)
    conn.commit()
    conn.close()
    assert read_events(workspace).set_index("id").loc[2, "asset"] == "renamed"


def test_a_damaged_cache_is_rebuilt(workspace):
    read_events(workspace)
    event_cache.cache_path(workspace).write_bytes(b"not a cache")
    expected, _ = read_events_sql(workspace)
    pd.testing.assert_frame_equal(read_events(workspace), expected)


def test_some_accounts_from_the_cache_and_from_the_table(workspace):
    expected = read_events_sql(workspace)[0]
    expected = expected[expected["account_id"] == 2].reset_index(drop=True)
    pd.testing.assert_frame_equal(read_events(workspace, [2]), expected)  # no cache yet
    read_events(workspace)
    pd.testing.assert_frame_equal(read_events(workspace, [2]), expected)  # from the cache


def test_load_frames_hands_the_domain_the_events(workspace):
    frames = load_frames(workspace)
    assert len(frames.events) == len(ROWS)
    assert np.array_equal(frames.events["account_id"].to_numpy(), [2, 2, 1, 1, 1])
    assert frames.contacts.set_index("id").loc[1, "buying_role"] == "champion"


def test_an_empty_events_table(tmp_path):
    with Workspace.open(tmp_path / "empty.sqlite") as ws:
        frame = read_events(ws)
        again = read_events(ws)
    assert frame.empty and list(frame.columns) == list(again.columns)
    pd.testing.assert_frame_equal(frame, again)


SOME = ("occurred_at", "kind", "account_id", "asset")  # out of the frame's order on purpose


def test_some_columns_are_those_of_the_whole_frame_from_the_table_or_the_cache(workspace):
    whole, _ = read_events_sql(workspace)
    expected = whole[["account_id", "kind", "occurred_at", "asset"]]
    pd.testing.assert_frame_equal(read_events(workspace, columns=SOME), expected)  # table
    assert event_cache.cache_path(workspace).exists()  # ... and the cache written whole
    pd.testing.assert_frame_equal(read_events(workspace, columns=SOME), expected)  # cache
    pd.testing.assert_frame_equal(read_events(workspace), whole)
    some_accounts = read_events(workspace, [1], columns=("kind",))
    assert list(some_accounts.columns) == ["kind"]
    assert list(some_accounts["kind"]) == ["email_open", "form_fill", "media_mention"]


def test_reading_some_columns_still_checks_the_ids_against_the_stamp(workspace, capsys):
    read_events(workspace)
    path = event_cache.cache_path(workspace)
    with np.load(path) as stored:
        arrays = {name: stored[name] for name in stored.files}
    arrays["id"] = np.array([4, 1, 2, 2, 5])  # a repeated id, the largest still 5
    event_cache.write_cache(path, arrays)
    frame = read_events(workspace, columns=("account_id",))
    assert "the event ids disagree with the stamp" in capsys.readouterr().err
    assert list(frame["account_id"]) == [2, 2, 1, 1, 1]  # read from the table...
    with np.load(path) as stored:  # ... which wrote the cache anew
        assert sorted(stored["id"].tolist()) == [1, 2, 3, 4, 5]


def test_an_unknown_column_is_refused_before_any_file_is_touched(workspace):
    read_events(workspace)
    with pytest.raises(ValueError, match="campaign"):
        read_events(workspace, columns=("account_id", "campaign"))
    assert event_cache.cache_path(workspace).exists()


def test_load_frames_with_some_event_columns(workspace):
    frames = load_frames(workspace, event_columns=("contact_id", "account_id"))
    assert list(frames.events.columns) == ["account_id", "contact_id"]
    assert frames.contacts.set_index("id").loc[1, "buying_role"] == "champion"
    with pytest.raises(ValueError):
        load_frames(workspace, account_ids=[1], event_columns=("account_id",))
