"""The demo generator writes a deterministic, valid workspace and never overwrites data
unless asked to (SPEC §3, §10)."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from domain.settings import WorkspaceSettings
from storage.demo import WorkspaceNotEmpty, fill_demo
from storage.demo.portfolio import generate
from storage.frames import load_frames, read_table
from storage.schema import Event, Subscription
from storage.settings_repo import load_settings
from storage.workspace import Workspace

AS_OF = date(2026, 11, 23)
TABLES = ("accounts", "contacts", "campaigns", "events", "meetings", "opportunities",
          "subscriptions", "nps_responses", "questions", "notes")


def _counts(ws: Workspace) -> dict[str, int]:
    with ws.connect() as conn:
        return {t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    seen: list[tuple[float, str]] = []
    ws = Workspace.open(path)
    summary = fill_demo(ws, accounts=48, events=6_000, seed=5, as_of=AS_OF,
                        progress=lambda f, m: seen.append((f, m)))
    yield ws, summary, seen
    ws.close()


def test_fill_writes_exactly_the_events_asked_for_and_every_table(demo):
    ws, summary, _ = demo
    counts = _counts(ws)
    assert counts["accounts"] == 48
    assert counts["events"] == 6_000
    assert all(counts[t] > 0 for t in TABLES), counts
    assert summary.counts == counts
    assert summary.as_of == AS_OF and summary.seed == 5 and not summary.replaced


def test_progress_rises_to_one(demo):
    _, _, seen = demo
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0 and fractions[-1] == 1.0


def test_default_settings_are_stored(demo):
    ws, _, _ = demo
    assert load_settings(ws) == WorkspaceSettings()
    with ws.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM settings")).scalar_one() > 0


def test_every_constraint_holds_and_checks_are_back_on(demo):
    ws, _, _ = demo
    with ws.connect() as conn:
        # integrity_check verifies CHECK and NOT NULL constraints, which the writer skips.
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert conn.exec_driver_sql("PRAGMA ignore_check_constraints").scalar() == 0


def test_moments_are_stored_in_sqlalchemys_text_forms(demo):
    ws, _, _ = demo
    with ws.connect() as conn:
        stamps = conn.execute(text("SELECT occurred_at FROM events LIMIT 50")).scalars().all()
        days = conn.execute(text("SELECT start_date FROM subscriptions LIMIT 50")).scalars().all()
        typed = conn.execute(select(Event.occurred_at).limit(1)).scalar_one()
        first = conn.execute(select(Subscription.start_date).limit(1)).scalar_one()
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", s) for s in stamps)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in days)
    assert isinstance(typed, datetime) and isinstance(first, date)


def test_nothing_happens_after_the_as_of_date_except_scheduled_meetings(demo):
    ws, _, _ = demo
    frames = load_frames(ws)
    as_of = datetime(2026, 11, 23)
    # 18 months before 2026-11-23 is 2025-05-23.
    assert frames.events["occurred_at"].min() >= datetime(2025, 5, 23)
    assert frames.events["occurred_at"].max() < as_of
    assert frames.meetings["booked_at"].max() < as_of
    ahead = frames.meetings["scheduled_for"] >= as_of
    assert (frames.meetings.loc[ahead, "status"] == "scheduled").all()
    assert (frames.meetings.loc[~ahead, "status"] != "scheduled").all()
    assert frames.nps["responded_at"].max() < as_of
    assert frames.opportunities["closed_at"].max() < as_of


def test_names_in_japanese_chinese_and_polish_round_trip(demo):
    ws, _, _ = demo
    names = set(read_table(ws, "accounts")["name"])
    assert {"株式会社さくら精機", "北京华信科技有限公司", "Zakład Mechaniczny Łódź sp. z o.o."} <= names
    people = read_table(ws, "contacts")
    assert people["name"].str.contains(r"[\u3040-\u30ff\u4e00-\u9fff]", regex=True).any()
    assert people["name"].str.contains("[ąćęłńóśźż]", regex=True).any()
    # Addresses stay ASCII whatever the script of the name.
    assert people["email"].str.fullmatch(r"[a-z0-9.\-']+@[a-z0-9.\-]+").all()


def test_same_seed_and_as_of_give_identical_tables(tmp_path):
    frames = []
    for name in ("a", "b"):
        with Workspace.open(tmp_path / f"{name}.sqlite") as ws:
            fill_demo(ws, accounts=40, events=3_000, seed=11, as_of=AS_OF)
            frames.append(load_frames(ws))
    for table in frames[0].table_names():
        left, right = getattr(frames[0], table), getattr(frames[1], table)
        assert left.equals(right), table


def test_another_seed_or_as_of_gives_other_data():
    def drawn(seed: int, as_of: date) -> tuple:
        tables = generate(40, 3_000, seed, as_of).tables
        return tuple(tables["accounts"]["name"]), tuple(tables["events"]["occurred_at"])

    base = drawn(1, AS_OF)
    assert drawn(1, AS_OF) == base
    other_seed = drawn(2, AS_OF)
    assert base[0] != other_seed[0] and base[1] != other_seed[1]
    assert drawn(1, date(2026, 6, 30))[1] != base[1]


def test_refuses_a_workspace_with_data_and_changes_nothing(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        fill_demo(ws, accounts=20, events=500, seed=1, as_of=AS_OF)
        before = _counts(ws)
        names = list(read_table(ws, "accounts")["name"])
        with pytest.raises(WorkspaceNotEmpty) as raised:
            fill_demo(ws, accounts=30, events=800, seed=2, as_of=AS_OF)
        assert "already holds data" in str(raised.value) and "--force" in str(raised.value)
        assert _counts(ws) == before
        assert list(read_table(ws, "accounts")["name"]) == names


def test_a_single_campaign_is_data_worth_protecting(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        with ws.transaction() as conn:
            conn.execute(text("INSERT INTO campaigns (name, channel, cost, is_paid) "
                              "VALUES (:n, 'email', 0, 0)"), {"n": "Spring nurture"})
        with pytest.raises(WorkspaceNotEmpty) as raised:
            fill_demo(ws, accounts=10, events=100, as_of=AS_OF)
        assert raised.value.tables == ["campaigns"]


def test_force_replaces_the_data_in_one_go(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        fill_demo(ws, accounts=20, events=500, seed=1, as_of=AS_OF)
        summary = fill_demo(ws, accounts=30, events=900, seed=2, as_of=AS_OF, force=True)
        counts = _counts(ws)
        names = sorted(read_table(ws, "accounts")["name"])
    expected = generate(30, 900, 2, AS_OF).tables
    assert summary.replaced
    assert names == sorted(expected["accounts"]["name"])
    assert counts == {t: len(expected[t]["id"]) for t in TABLES}


def test_a_failed_write_leaves_the_previous_data(tmp_path, monkeypatch):
    from storage.demo import writer

    with Workspace.open(tmp_path / "w.sqlite") as ws:
        fill_demo(ws, accounts=20, events=500, seed=1, as_of=AS_OF)
        before = _counts(ws)
        real = writer.write_table

        def failing(conn, timeline, name, columns, on_chunk=None):
            if name == "meetings":
                raise sqlite3.OperationalError("simulated failure half-way")
            return real(conn, timeline, name, columns, on_chunk)

        monkeypatch.setattr("storage.demo.fill.write_table", failing)
        with pytest.raises(sqlite3.OperationalError):
            fill_demo(ws, accounts=30, events=900, seed=2, as_of=AS_OF, force=True)
        assert _counts(ws) == before


def test_sizes_are_checked():
    with pytest.raises(ValueError, match="accounts must be at least 1"):
        fill_demo(None, accounts=0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="events must be 0 or more"):
        fill_demo(None, accounts=5, events=-1)  # type: ignore[arg-type]
