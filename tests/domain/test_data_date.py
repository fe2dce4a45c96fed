"""The data date: the latest dated record, never later than today."""

from __future__ import annotations

from datetime import date, datetime

from domain.data_date import data_date
from domain.frames import PortfolioFrames


def test_the_latest_record_of_any_kind_is_the_data_date():
    frames = PortfolioFrames.build(
        accounts=[{"id": 1, "name": "Acme", "created_at": datetime(2019, 1, 1)}],
        events=[{"id": 1, "account_id": 1, "kind": "web_visit",
                 "occurred_at": datetime(2017, 3, 4, 10)}],
        nps=[{"id": 1, "account_id": 1, "score": 9, "responded_at": datetime(2017, 5, 6)}],
        notes=[{"id": 1, "account_id": 1, "author": "Ewa", "text": "call",
                "created_at": datetime(2017, 6, 1, 9), "due_date": datetime(2018, 1, 1)}],
    )
    # The account's creation and a next action's due date are not data about what happened.
    assert data_date(frames, today=date(2026, 12, 1)) == date(2017, 6, 1)


def test_forecasts_and_the_future_do_not_count():
    frames = PortfolioFrames.build(
        accounts=[{"id": 1, "name": "Acme"}],
        opportunities=[
            {"id": 1, "account_id": 1, "type": "new_business", "status": "open",
             "created_at": datetime(2017, 2, 1), "closed_at": datetime(2017, 12, 31)},
            {"id": 2, "account_id": 1, "type": "new_business", "status": "won",
             "created_at": datetime(2017, 1, 1), "closed_at": datetime(2017, 3, 1)},
        ],
        meetings=[{"id": 1, "account_id": 1, "kind": "demo", "status": "scheduled",
                   "booked_at": datetime(2017, 2, 20), "scheduled_for": datetime(2017, 8, 1)}],
    )
    # An open opportunity's close date and a meeting not yet held are plans, not data.
    assert data_date(frames, today=date(2026, 12, 1)) == date(2017, 3, 1)
    assert data_date(frames, today=date(2017, 2, 10)) == date(2017, 2, 10)


def test_an_empty_workspace_has_no_data_date():
    assert data_date(PortfolioFrames.build(), today=date(2026, 12, 1)) is None
