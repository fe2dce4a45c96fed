"""The events cache kept current by the importer and the demo: exactly a full rebuild.

After an import that only adds events the cache file is brought to the new stamp from the
new rows; it must hold the very arrays a full read of the table would store. Anything else
(an import that also updated stored events, an undo, a second writer) leaves the cache
stale, and the next full load rebuilds it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text

from storage import event_cache
from storage.demo.fill import fill_demo
from storage.frames import EVENT_CATEGORIES, read_events, read_events_sql
from storage.importing import ImportInputs, run
from storage.importing import importer as importer_module
from storage.importing.history import undo_batch
from storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
HEADER = "account,contact,kind,occurred_at,asset,channel,session,duration_s\n"


@pytest.fixture
def demo(tmp_path):
    """A small demo workspace with its events cache current."""
    ws = Workspace.open(tmp_path / "demo.sqlite")
    fill_demo(ws, accounts=20, events=1500, seed=3, as_of=date(2026, 11, 23))
    read_events(ws)
    yield ws
    ws.close()


def stamp_now(ws: Workspace) -> event_cache.Stamp:
    with ws.connect() as conn:
        return event_cache.read_stamp(conn)


def cached(ws: Workspace) -> dict | None:
    """The cache file's arrays if they are current for the table's stamp now."""
    return event_cache.read_cache(event_cache.cache_path(ws), stamp_now(ws), EVENT_CATEGORIES)


def assert_cache_is_a_full_rebuild(ws: Workspace) -> None:
    arrays = cached(ws)
    assert arrays is not None, "the cache is not current"
    full, stamp = read_events_sql(ws)
    assert tuple(arrays["stamp"].tolist()) == stamp
    pd.testing.assert_frame_equal(event_cache.decode(arrays, EVENT_CATEGORIES), full)
    rebuilt = event_cache.encode(full, stamp)
    assert set(rebuilt) == set(arrays)
    for name, values in rebuilt.items():  # the very bytes a rebuild would store
        assert values.dtype == arrays[name].dtype, name
        assert values.tobytes() == arrays[name].tobytes(), name


def external_ids(ws: Workspace, table: str) -> list[str]:
    return ws.read_frame(f"SELECT external_id FROM {table} ORDER BY id")["external_id"].tolist()


def events_csv(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def new_events(ws: Workspace, count: int, year: int = 2026) -> list[str]:
    """``count`` events spread over the year, some before every stored one, new texts too."""
    accounts = external_ids(ws, "accounts")
    pairs = ws.read_frame("SELECT a.external_id AS account, c.external_id AS contact FROM "
                          "contacts c JOIN accounts a ON a.id = c.account_id ORDER BY c.id")
    rows = []
    for i in range(count):
        account, contact = accounts[i % len(accounts)], ""
        if i % 2:
            account, contact = pairs.iloc[i % 7]
        month, day = 1 + i % 12, 1 + i % 28
        asset = ["/pricing", f"/new-page-{i % 5}", "", "ページ"][i % 4]
        channel = ["paid", "", "organic"][i % 3]
        session = "" if i % 2 else f"s-new-{i % 3}"
        rows.append(f"{account},{contact},"
                    f"{['page_view', 'web_visit', 'email_open'][i % 3]},"
                    f"{year - i % 4}-{month:02d}-{day:02d} {i % 24:02d}:{i % 60:02d}:00,"
                    f"{asset},{channel},{session},{i % 9 if i % 3 else ''}")
    return rows


def test_an_import_of_new_events_leaves_the_cache_a_full_rebuild_would_write(demo, tmp_path):
    before = event_cache.cache_path(demo).read_bytes()
    result = run(ImportInputs(demo, "events", events_csv(tmp_path / "e.csv", new_events(demo, 200))))
    assert result.inserted == 200 and result.updated == 0
    assert event_cache.cache_path(demo).read_bytes() != before
    assert_cache_is_a_full_rebuild(demo)
    # Read through the cache, the frame is the table's.
    pd.testing.assert_frame_equal(read_events(demo), read_events_sql(demo)[0])


def test_imported_events_older_than_stored_ones_land_in_time_order(demo, tmp_path):
    first = read_events(demo)
    earliest, latest = first["occurred_at"].min(), first["occurred_at"].max()
    account = external_ids(demo, "accounts")[0]
    # A stored event with an impossible date reads as NaT and sorts after every time.
    with demo.transaction() as conn:
        conn.execute(text("INSERT INTO events (id, account_id, kind, occurred_at) VALUES "
                          "(100000, 1, 'web_visit', '2026-02-30 10:00:00.000000')"))
        event_cache.mark_events_changed(conn)
    read_events(demo)  # the cache, current again
    tie = first.iloc[len(first) // 2]
    rows = [
        f"{account},,web_visit,{(earliest - pd.Timedelta(days=400)):%Y-%m-%d %H:%M:%S},,,,",
        f"{account},,page_view,{tie['occurred_at']:%Y-%m-%d %H:%M:%S.%f},/same-time,,,",
        f"{account},,page_view,{(latest + pd.Timedelta(days=1)):%Y-%m-%d %H:%M:%S},,,,",
        f"{account},,email_open,{tie['occurred_at']:%Y-%m-%d %H:%M:%S.%f},/same-time-2,,,",
    ]
    result = run(ImportInputs(demo, "events", events_csv(tmp_path / "old.csv", rows)))
    assert result.inserted == 4
    assert_cache_is_a_full_rebuild(demo)
    frame = event_cache.decode(cached(demo), EVENT_CATEGORIES)
    assert frame["id"].iloc[0] > 100000  # the oldest event, first
    assert frame["id"].iloc[-1] == 100000 and pd.isna(frame["occurred_at"].iloc[-1])
    same = frame[frame["occurred_at"] == tie["occurred_at"]]
    assert list(same["id"]) == sorted(same["id"]) and len(same) >= 3  # equal times: by id


def test_an_import_that_also_updates_stored_events_leaves_the_rebuild_to_the_next_load(
        demo, tmp_path):
    rows = new_events(demo, 30)
    run(ImportInputs(demo, "events", events_csv(tmp_path / "a.csv", rows)))
    assert cached(demo) is not None
    stale = event_cache.cache_path(demo).read_bytes()
    # The same natural keys with another duration: updates, plus one new event.
    changed = [row.rsplit(",", 1)[0] + ",99" for row in rows[:3]] + new_events(demo, 31)[30:]
    result = run(ImportInputs(demo, "events", events_csv(tmp_path / "b.csv", changed)))
    assert result.updated == 3 and result.inserted == 1
    assert event_cache.cache_path(demo).read_bytes() == stale  # not followed
    assert cached(demo) is None
    pd.testing.assert_frame_equal(read_events(demo), read_events_sql(demo)[0])  # rebuilt
    assert_cache_is_a_full_rebuild(demo)


def test_undo_of_an_import_leaves_the_rebuild_to_the_next_load(demo, tmp_path):
    result = run(ImportInputs(demo, "events", events_csv(tmp_path / "e.csv", new_events(demo, 50))))
    assert cached(demo) is not None
    undo_batch(demo, result.batch_id)
    assert cached(demo) is None
    pd.testing.assert_frame_equal(read_events(demo), read_events_sql(demo)[0])
    assert len(read_events(demo)) == 1500
    assert_cache_is_a_full_rebuild(demo)


def test_a_cache_already_stale_before_the_import_is_not_followed(demo, tmp_path):
    # Another writer (the sqlite3 shell: its triggers bump the counter) changed an event.
    conn = sqlite3.connect(demo.path)
    with conn:
        conn.execute("UPDATE events SET duration_s = 12345 WHERE id = 1")
    conn.close()
    stale = event_cache.cache_path(demo).read_bytes()
    run(ImportInputs(demo, "events", events_csv(tmp_path / "e.csv", new_events(demo, 20))))
    assert event_cache.cache_path(demo).read_bytes() == stale
    frame = read_events(demo)
    assert frame.set_index("id").loc[1, "duration_s"] == 12345
    assert_cache_is_a_full_rebuild(demo)


def test_a_second_writer_between_the_commit_and_the_cache_step_is_noticed(
        demo, tmp_path, monkeypatch):
    real = importer_module.follow_events

    def second_writer_first(workspace, change):
        conn = sqlite3.connect(workspace.path)
        with conn:  # an event typed in by someone else, after the import committed
            conn.execute("INSERT INTO events (id, account_id, kind, occurred_at) VALUES "
                         "(900000, 2, 'web_visit', '2026-03-01 09:00:00.000000')")
        conn.close()
        real(workspace, change)

    monkeypatch.setattr(importer_module, "follow_events", second_writer_first)
    stale = event_cache.cache_path(demo).read_bytes()
    result = run(ImportInputs(demo, "events", events_csv(tmp_path / "e.csv", new_events(demo, 20))))
    assert result.inserted == 20
    assert event_cache.cache_path(demo).read_bytes() == stale
    frame = read_events(demo)
    assert 900000 in set(frame["id"]) and len(frame) == 1521
    assert_cache_is_a_full_rebuild(demo)


def test_an_import_without_events_restamps_the_cache(demo, tmp_path):
    csv = tmp_path / "accounts.csv"
    csv.write_text("external_id,name,tier\nNEW-1,Zebra Logistics,1\n", encoding="utf-8")
    result = run(ImportInputs(demo, "accounts", csv))
    assert result.inserted == 1
    assert_cache_is_a_full_rebuild(demo)


def test_a_folder_import_of_new_events_is_followed_too(demo, tmp_path):
    from storage.importing import FieldSource, Mapping
    from storage.importing.folder import run_folder

    folder = tmp_path / "export"
    folder.mkdir()
    events_csv(folder / "events.csv", new_events(demo, 10))
    mapping = Mapping(entity="events", files=["events*.csv"], fields={
        name: FieldSource(column=name) for name in HEADER.strip().split(",")})
    result = run_folder(demo, folder, None, mappings=[mapping])
    assert result.written and result.results[0].inserted == 10
    assert_cache_is_a_full_rebuild(demo)  # the one transaction around every file, followed
    # A dry run writes nothing and leaves the cache as it is, current.
    events_csv(folder / "events.csv", new_events(demo, 10, year=2025))
    assert not run_folder(demo, folder, None, mappings=[mapping], dry_run=True).written
    assert_cache_is_a_full_rebuild(demo)


# The child imports, and is killed in the middle of writing the new cache file.
CHILD = textwrap.dedent("""
    import os, signal, sys
    import numpy as np
    import storage.npz_write as npz_write
    from storage.importing import ImportInputs, run
    from storage.workspace import Workspace

    def savez_then_die(handle, **arrays):
        handle.write(b"PK" + b"x" * 4096)  # a part of the file, then the power goes
        handle.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    npz_write.np = type("np", (), {"savez": staticmethod(savez_then_die)})
    with Workspace.open(sys.argv[1]) as workspace:
        run(ImportInputs(workspace, "events", sys.argv[2]))
""")


@pytest.mark.slow
def test_a_killed_cache_step_leaves_the_old_file(demo, tmp_path):
    csv = events_csv(tmp_path / "e.csv", new_events(demo, 40))
    path = event_cache.cache_path(demo)
    old = path.read_bytes()
    demo.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.run([sys.executable, "-c", CHILD, str(demo.path), str(csv)],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert path.read_bytes() == old  # the whole old file, under its name
    with Workspace.open(demo.path) as ws:
        assert cached(ws) is None  # the import committed: the old file is stale...
        frame = read_events(ws)  # ...and the next load rebuilds it
        assert len(frame) == 1540
        assert_cache_is_a_full_rebuild(ws)


def test_a_fresh_demo_has_its_events_cache_written_from_its_rows(tmp_path):
    with Workspace.open(tmp_path / "fresh.sqlite") as ws:
        fill_demo(ws, accounts=25, events=2000, seed=5, as_of=date(2026, 11, 23))
        assert_cache_is_a_full_rebuild(ws)
        # --force replaces the data: the file follows the new rows.
        fill_demo(ws, accounts=15, events=900, seed=6, as_of=date(2026, 10, 1), force=True)
        assert_cache_is_a_full_rebuild(ws)
