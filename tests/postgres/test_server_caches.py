"""Caches of a PostgreSQL workspace: in the user cache folder, per server and database,
identical to the table, and never used once another session changed the data."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text

from storage import event_cache, portfolio_cache
from storage.frames import read_events, read_events_sql
from storage.workspace import Workspace
from tests.storage.test_event_cache import EVENT_SQL, ROWS, event


@pytest.fixture
def pg_workspace(pg_url):
    ws = Workspace.open(pg_url)
    with ws.transaction() as conn:
        conn.execute(text("INSERT INTO accounts (id, name, tier, is_target) VALUES "
                          "(1, 'Acme', 1, TRUE), (2, 'Zeta', 2, TRUE)"))
        conn.execute(text("INSERT INTO contacts (id, account_id, name, buying_role) VALUES "
                          "(1, 1, 'Ann', 'champion'), (2, 1, 'Bo', 'user')"))
        conn.execute(text("INSERT INTO campaigns (id, name, channel, cost, is_paid) VALUES "
                          "(1, 'Webinar', 'webinar', 10, TRUE)"))
        conn.execute(EVENT_SQL, ROWS)
        event_cache.mark_events_changed(conn)
    yield ws
    ws.close()


def test_the_events_cache_lives_in_the_user_cache_folder(pg_workspace):
    path = event_cache.cache_path(pg_workspace)
    cache_home = Path(os.environ["XDG_CACHE_HOME"])
    assert path is not None and cache_home in path.parents
    from_table, _ = read_events_sql(pg_workspace)
    first = read_events(pg_workspace)  # builds the cache
    assert path.exists() and os.stat(path).st_mode & 0o777 == 0o600
    assert os.stat(path.parent).st_mode & 0o777 == 0o700
    second = read_events(pg_workspace)  # reads it
    pd.testing.assert_frame_equal(first, from_table)
    pd.testing.assert_frame_equal(second, from_table)
    assert list(second["id"]) == [4, 1, 2, 3, 5]  # time order, then id


def test_each_database_has_its_own_cache(pg_workspace, pg_server):
    with Workspace.open(pg_server.new_database()) as other:
        assert event_cache.cache_path(other) != event_cache.cache_path(pg_workspace)
        assert read_events(other).empty


def test_a_change_by_another_session_makes_the_cache_stale(pg_workspace):
    read_events(pg_workspace)
    stale = event_cache.cache_path(pg_workspace).read_bytes()
    # A colleague's window on the same database adds an event (and bumps the version) ...
    with Workspace.open(str(pg_workspace.engine.url.render_as_string(hide_password=False))) as colleague, \
            colleague.transaction() as conn:
        conn.execute(EVENT_SQL, [event(6, 2, "web_visit", "2026-10-04 12:00:00")])
        event_cache.mark_events_changed(conn)
    # ... so ours is not used: six events, the new one last in time order.
    frame = read_events(pg_workspace)
    assert list(frame["id"]) == [4, 1, 2, 3, 5, 6]
    assert event_cache.cache_path(pg_workspace).read_bytes() != stale  # rebuilt
    # A writer that forgets to bump still changes the row count: never stale either.
    with pg_workspace.transaction() as conn:
        conn.execute(text("DELETE FROM events WHERE id = 1"))
    assert list(read_events(pg_workspace)["id"]) == [4, 2, 3, 5, 6]


def test_the_stored_portfolio_is_keyed_by_the_data(pg_workspace):
    day = date(2026, 11, 23)
    key = portfolio_cache.stamp(pg_workspace, day)
    frame = pd.DataFrame({"id": [1, 2], "name": ["Acme", "Zeta"]})
    assert portfolio_cache.write(pg_workspace, key, frame)
    assert portfolio_cache.read(pg_workspace, key)[0]["name"].tolist() == ["Acme", "Zeta"]
    assert portfolio_cache.stamp(pg_workspace, day) == key  # nothing changed
    with pg_workspace.transaction() as conn:
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('currency', '\"EUR\"')"))
    changed = portfolio_cache.stamp(pg_workspace, day)
    assert changed != key and portfolio_cache.read(pg_workspace, changed) is None
