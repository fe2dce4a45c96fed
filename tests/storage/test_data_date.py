"""The data date read with SQL equals the one read from frames (a real SQLite workspace)."""

from __future__ import annotations

from datetime import date

from domain.data_date import data_date as frames_data_date
from storage.data_date import data_date, default_day
from storage.frames import load_frames
from tests.desktop import dashboard_fixture


def test_sql_and_frames_agree_on_the_fixture(workspace):
    dashboard_fixture.fill(workspace)
    # Latest records: an event on 15 Oct, NPS on 18 Oct, a subscription from 28 Oct and
    # Cedar's pilot lost on 30 Oct 2026.
    today = date(2026, 12, 2)
    assert data_date(workspace, today) == date(2026, 10, 30)
    assert frames_data_date(load_frames(workspace), today) == date(2026, 10, 30)
    assert default_day(workspace, today) == date(2026, 10, 30)


def test_a_workspace_whose_data_ends_in_2017_is_shown_as_of_2017(workspace):
    with workspace.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (id, name, tier, is_target) VALUES (1, 'Acme', 1, 1)")
        conn.exec_driver_sql(
            "INSERT INTO events (account_id, kind, occurred_at, channel) VALUES "
            "(1, 'web_visit', '2017-04-03 10:00:00', 'organic'),"
            "(1, 'email_open', '2017-05-09 08:00:00', 'email')")
    assert data_date(workspace, date(2026, 12, 2)) == date(2017, 5, 9)


def test_an_empty_workspace_falls_back_to_today(workspace):
    assert data_date(workspace, date(2026, 12, 2)) is None
    assert default_day(workspace, date(2026, 12, 2)) == date(2026, 12, 2)
