"""Reading the events table column by column inside SQLite gives exactly the rows' frame.

``storage.event_columns`` joins each column of a slice of ids into one text; it must give
the same frame as fetching rows (``events_from_rows``), bit for bit, and must refuse (so the
rows are read) whenever a joined text could be read back wrongly.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import text

from storage import event_columns
from storage.event_columns import read_event_columns
from storage.frames import EVENT_CATEGORIES, _select, events_from_rows, read_events_sql
from storage.workspace import Workspace

INSERT = text(
    "INSERT INTO events (id, account_id, contact_id, campaign_id, kind, occurred_at, asset, "
    "channel, session, duration_s) VALUES (:id, :account_id, :contact_id, :campaign_id, :kind, "
    ":occurred_at, :asset, :channel, :session, :duration_s)"
)


def event(id, occurred_at="2026-10-01 08:00:00.000000", account_id=1, kind="page_view",
          contact_id=None, campaign_id=None, asset=None, channel=None, session=None,
          duration_s=None):
    return locals()


CANONICAL = [
    event(1, "2026-10-02 09:00:00.000000", 1, "form_fill", 1, 1, "フォーム", "organic", "s1", 30.0),
    event(2, "2026-10-01 08:00:00.250000", 2, "page_view", None, None, "/cennik", "paid", None, 12.0),
    event(3, "2026-10-02 09:00:00.000000", 1, "email_open", 2, None, "", None, "", None),
    event(4, "2026-09-30 23:59:59.999999", 2, "web_visit", None, None, None, "direct", "s2", 0.0),
    # ids with gaps, in three slices of four ids when SLICE_IDS is 4
    event(7, "2026-10-03 10:00:00.000000", 1, "media_mention"),
    event(8, "2026-10-03 10:00:00.000000", 2, "email_sent", None, 1, "a,b", "email", "x,y", 2.0**60),
    event(12, "2026-10-04 00:00:00.000001", 1, "cta_click", 1, None, "\"quoted\"", "social", "s3", 7.0),
]


def make(tmp_path, rows) -> Workspace:
    ws = Workspace.open(tmp_path / "w.sqlite")
    with ws.transaction() as conn:
        conn.execute(text("INSERT INTO accounts (id, name, tier, is_target) VALUES "
                          "(1, 'Acme', 1, 1), (2, 'Zeta', 2, 1)"))
        conn.execute(text("INSERT INTO contacts (id, account_id, name, buying_role) VALUES "
                          "(1, 1, 'Ann', 'champion'), (2, 1, 'Bo', 'user')"))
        conn.execute(text("INSERT INTO campaigns (id, name, channel, cost, is_paid) VALUES "
                          "(1, 'Webinar', 'webinar', 10, 1)"))
        if rows:
            conn.execute(INSERT, rows)
    return ws


def outside(ws: Workspace, row: dict) -> None:
    """``row`` written by another program, one that does not check foreign keys."""
    conn = sqlite3.connect(ws.path)
    conn.execute(INSERT.text, row)  # sqlite3 binds the same :name parameters
    conn.commit()
    conn.close()


def from_rows(ws: Workspace) -> pd.DataFrame:
    conn = sqlite3.connect(ws.path)
    try:
        return events_from_rows(conn.execute(_select("events")).fetchall())
    finally:
        conn.close()


def columns(ws: Workspace):
    conn = sqlite3.connect(ws.path)
    try:
        conn.execute("BEGIN")
        return read_event_columns(conn, EVENT_CATEGORIES["kind"].categories.tolist(),
                                  EVENT_CATEGORIES["channel"].categories.tolist())
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def small_slices(monkeypatch):
    monkeypatch.setattr(event_columns, "SLICE_IDS", 4)  # several slices, one of them empty


def test_canonical_rows_are_read_inside_sqlite_and_match_the_rows(tmp_path):
    ws = make(tmp_path, CANONICAL)
    read = columns(ws)
    assert read is not None
    assert read["id"].tolist() == [1, 2, 3, 4, 7, 8, 12]
    assert read["kind"].tolist()[:2] == [
        EVENT_CATEGORIES["kind"].categories.get_loc("form_fill"),
        EVENT_CATEGORIES["kind"].categories.get_loc("page_view")]
    assert read["channel"][2] == -1  # NULL channel: no category
    assert read["asset"].tolist()[2:6] == ["", None, None, "a,b"]
    frame, _stamp = read_events_sql(ws)
    pd.testing.assert_frame_equal(frame, from_rows(ws), check_exact=True)
    assert frame.loc[frame["id"] == 8, "duration_s"].item() == 2.0**60
    assert frame.loc[frame["id"] == 12, "occurred_at"].item() == pd.Timestamp("2026-10-04 00:00:00.000001")
    ws.close()


def test_fractional_and_infinite_durations_keep_their_bits(tmp_path):
    rows = [*CANONICAL[:4], event(5, duration_s=1 / 3), event(6, duration_s=0.1),
            event(9, duration_s=1e-300), event(10, duration_s=float("inf"))]
    ws = make(tmp_path, rows)
    assert columns(ws) is not None
    frame, _ = read_events_sql(ws)
    pd.testing.assert_frame_equal(frame, from_rows(ws), check_exact=True)
    by_id = frame.set_index("id")["duration_s"]
    assert by_id[5] == 1 / 3 and by_id[6] == 0.1 and by_id[9] == 1e-300 and np.isinf(by_id[10])
    ws.close()


@pytest.mark.parametrize("odd", [
    event(20, "2026-10-05T10:00:00"),  # ISO with T and no decimals
    event(20, "2026-10-05 10:00:00"),  # no decimals
    event(20, "2026-02-30 10:00:00.000000"),  # impossible date: NaT from the rows
    event(20, asset="one\x1ftwo"),  # the unit separator inside a text
    event(20, session="\x1e"),  # a text that is exactly the missing marker
], ids=["iso-t", "no-decimals", "impossible-date", "unit-separator", "missing-marker"])
def test_a_value_the_texts_cannot_carry_sends_the_read_back_to_rows(tmp_path, odd):
    ws = make(tmp_path, [*CANONICAL, odd])
    assert columns(ws) is None
    frame, _ = read_events_sql(ws)
    pd.testing.assert_frame_equal(frame, from_rows(ws), check_exact=True)
    assert len(frame) == len(CANONICAL) + 1
    ws.close()


@pytest.mark.parametrize("odd", [
    event(20, contact_id=1.5),  # a decimal id: joined again as SQLite writes it
    event(20, campaign_id=-(2 ** 63) + 1),  # a real value equal to the missing marker
    event(20, contact_id=2 ** 53 + 1),  # rounded to a float as the rows' reader rounds it
], ids=["decimal", "missing-marker-value", "beyond-float-precision"])
def test_an_id_that_is_no_small_whole_number_is_read_as_the_rows_read_it(tmp_path, odd):
    ws = make(tmp_path, CANONICAL)
    outside(ws, odd)
    read = columns(ws)
    assert read is not None  # still inside SQLite, for that column as decimals
    frame, _ = read_events_sql(ws)
    pd.testing.assert_frame_equal(frame, from_rows(ws), check_exact=True)
    assert frame.loc[frame["id"] == 1, "contact_id"].item() == 1.0
    ws.close()


def test_a_text_where_an_id_belongs_sends_the_read_back_to_rows(tmp_path):
    ws = make(tmp_path, CANONICAL)
    outside(ws, event(20, contact_id="someone"))
    assert columns(ws) is None
    ws.close()


def test_ids_with_a_gap_inside_a_slice_are_read_one_by_one(tmp_path):
    ws = make(tmp_path, [*CANONICAL, event(10, "2026-10-05 10:00:00.000000")])
    read = columns(ws)  # the slice 9-12 holds 10 and 12: not a range
    assert read is not None and read["id"].tolist() == [1, 2, 3, 4, 7, 8, 10, 12]
    frame, _ = read_events_sql(ws)
    pd.testing.assert_frame_equal(frame, from_rows(ws), check_exact=True)
    ws.close()


@pytest.mark.parametrize("odd", [
    "2026-02-30 10:00:00.000000",  # no such day (numpy 2.4 crashed on it in a long slice)
    "2025-02-29 10:00:00.000000",  # not a leap year
    "2026-10-05 24:00:00.000000",  # no such hour
], ids=["feb-30", "feb-29-2025", "hour-24"])
def test_an_impossible_time_in_a_long_slice_sends_the_read_back_to_rows(tmp_path, monkeypatch,
                                                                      odd):
    monkeypatch.setattr(event_columns, "SLICE_IDS", 250_000)
    rows = [event(i, f"2024-02-29 {i % 24:02d}:{i % 60:02d}:00.000000") for i in range(1, 2001)]
    ws = make(tmp_path, [*rows, event(3000, odd)])
    assert columns(ws) is None
    frame, _ = read_events_sql(ws)
    pd.testing.assert_frame_equal(frame, from_rows(ws), check_exact=True)
    ws.close()
    leap = make(tmp_path / "leap", rows)  # 29 February 2024 is a day: read inside SQLite
    assert columns(leap) is not None
    leap.close()


def test_an_empty_table_reads_as_an_empty_frame(tmp_path):
    ws = make(tmp_path, [])
    assert columns(ws) is None
    frame, stamp = read_events_sql(ws)
    assert frame.empty and list(frame.columns) == list(from_rows(ws).columns)
    assert stamp[1:] == (0, 0)
    ws.close()


def test_two_readers_agree_or_the_rows_decide(tmp_path):
    ws = make(tmp_path, CANONICAL)
    kinds = EVENT_CATEGORIES["kind"].categories.tolist()
    channels = EVENT_CATEGORIES["channel"].categories.tolist()
    conn = sqlite3.connect(ws.path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        alone = read_event_columns(conn, kinds, channels)
        together = read_event_columns(conn, kinds, channels, ws.path)  # a helper thread too
        assert alone is not None and together is not None
        for name in alone:
            assert np.array_equal(alone[name], together[name], equal_nan=alone[name].dtype.kind == "f")
        # Another writer commits while this reader's snapshot is open: the helper would see
        # other events than the first reader, so the fast read steps aside.
        writer = sqlite3.connect(ws.path)
        writer.execute("INSERT INTO events (id, account_id, kind, occurred_at) "
                       "VALUES (30, 1, 'page_view', '2026-10-05 10:00:00.000000')")
        writer.execute("UPDATE workspace_meta SET value = value + 1 WHERE key = 'events_version'")
        writer.commit()
        writer.close()
        assert read_event_columns(conn, kinds, channels, ws.path) is None
        assert read_event_columns(conn, kinds, channels) is not None  # its own snapshot
    finally:
        conn.close()
    ws.close()
