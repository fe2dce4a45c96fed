"""The tables cache: the same frames the database gives, and never stale."""

from __future__ import annotations

import os
import sqlite3
from datetime import date

import pandas as pd
import pytest
from sqlalchemy import text

from domain.frames import COLUMNS
from storage import table_cache
from storage.demo.fill import fill_demo
from storage.frames import SMALL_TABLES, load_frames, read_table
from storage.workspace import Workspace


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("tables") / "demo.sqlite"
    with Workspace.open(path) as ws:
        fill_demo(ws, accounts=40, events=2000, seed=3, as_of=date(2026, 10, 31))
    return path


@pytest.fixture
def workspace(demo_file, tmp_path):
    copy = tmp_path / "w.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    ws = Workspace.open(copy)
    yield ws
    ws.close()


def from_database(ws: Workspace) -> dict[str, pd.DataFrame]:
    return {name: read_table(ws, name) for name in SMALL_TABLES}


def test_the_cache_gives_exactly_the_frames_the_database_gives(workspace):
    expected = from_database(workspace)
    first = load_frames(workspace)  # reads the database and writes the cache
    assert table_cache.cache_path(workspace).exists()
    second = load_frames(workspace)  # reads the cache
    for name in SMALL_TABLES:
        pd.testing.assert_frame_equal(getattr(first, name), expected[name], check_exact=True)
        pd.testing.assert_frame_equal(getattr(second, name), expected[name], check_exact=True)
    assert len(second.contacts) > 40 and second.contacts["name"].notna().all()


def test_the_cache_file_is_private(workspace):
    load_frames(workspace)
    assert os.stat(table_cache.cache_path(workspace)).st_mode & 0o777 == 0o600


def test_an_edit_made_outside_abm_health_is_seen(workspace):
    load_frames(workspace)
    conn = sqlite3.connect(workspace.path)  # as the sqlite3 shell would: the triggers count it
    conn.execute("UPDATE contacts SET name = 'Zofia Żółć' WHERE id = 1")
    conn.commit()
    conn.close()
    contacts = load_frames(workspace).contacts.set_index("id")
    assert contacts.loc[1, "name"] == "Zofia Żółć"


def test_inserts_and_deletes_are_seen(workspace):
    load_frames(workspace)
    with workspace.transaction() as conn:
        conn.execute(text("DELETE FROM questions WHERE id = (SELECT MIN(id) FROM questions)"))
    assert len(load_frames(workspace).questions) == len(read_table(workspace, "questions"))


def test_a_damaged_cache_is_deleted_and_written_anew(workspace):
    load_frames(workspace)
    path = table_cache.cache_path(workspace)
    path.write_bytes(b"not a cache")
    frames = load_frames(workspace)
    pd.testing.assert_frame_equal(frames.accounts, read_table(workspace, "accounts"))
    names = ["accounts", "contacts", "campaigns", "meetings", "opportunities", "subscriptions",
             "nps_responses", "questions", "notes"]
    columns = {name: COLUMNS[name] for name in SMALL_TABLES}
    stored = table_cache.read(workspace, table_cache.read_stamp(workspace, names, columns),
                              SMALL_TABLES)
    assert stored is not None
    pd.testing.assert_frame_equal(stored["accounts"], frames.accounts)


def test_a_column_the_file_cannot_carry_is_read_from_the_database(workspace):
    frames = from_database(workspace)
    accounts = frames["accounts"]
    mixed = accounts.assign(owner=pd.Series([1, "two"] + [None] * (len(accounts) - 2),
                                            dtype=object))
    assert table_cache.encode({**frames, "accounts": mixed}, "key") is None
    assert table_cache.encode(frames, "key") is not None


def test_a_file_stamped_for_other_columns_is_not_read(workspace):
    load_frames(workspace)
    names = ["accounts", "contacts", "campaigns", "meetings", "opportunities", "subscriptions",
             "nps_responses", "questions", "notes"]
    now = {name: COLUMNS[name] for name in SMALL_TABLES}
    other = {**now, "notes": (*COLUMNS["notes"], "pinned")}
    assert table_cache.read(workspace, table_cache.read_stamp(workspace, names, now),
                            SMALL_TABLES) is not None
    assert table_cache.read(workspace, table_cache.read_stamp(workspace, names, other),
                            SMALL_TABLES) is None
