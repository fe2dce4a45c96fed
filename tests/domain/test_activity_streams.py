"""The health model's activity streams: which events each holds, whatever the kinds' type."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from domain.frames import PortfolioFrames
from domain.health.activity import Activity
from domain.settings import WorkspaceSettings

EVENTS = [
    {"id": 1, "account_id": 1, "contact_id": 10, "kind": "form_fill", "occurred_at": "2026-10-01"},
    {"id": 2, "account_id": 1, "contact_id": 10, "kind": "email_sent", "occurred_at": "2026-10-02"},
    {"id": 3, "account_id": 2, "contact_id": None, "kind": "web_visit", "occurred_at": "2026-10-03"},
    {"id": 4, "account_id": 2, "contact_id": 20, "kind": "cta_click", "occurred_at": "2026-10-04"},
    {"id": 5, "account_id": 1, "contact_id": None, "kind": "media_mention",
     "occurred_at": "2026-10-05"},
    {"id": 6, "account_id": 1, "contact_id": 10, "kind": "email_open", "occurred_at": "2026-09-30"},
]
MEETINGS = [{"id": 1, "account_id": 2, "contact_id": 20, "kind": "demo", "status": "held",
             "booked_at": "2026-10-06", "scheduled_for": "2026-10-08"}]


def frames() -> PortfolioFrames:
    return PortfolioFrames.build(
        accounts=[{"id": 1, "name": "Acme", "tier": 1}, {"id": 2, "name": "Zeta", "tier": 2}],
        contacts=[{"id": 10, "account_id": 1, "name": "Ann", "buying_role": "champion"},
                  {"id": 20, "account_id": 2, "name": "Bo", "buying_role": "user"}],
        events=EVENTS, meetings=MEETINGS)


def test_the_streams_hold_the_events_worked_out_by_hand():
    activity = Activity.prepare(frames(), WorkspaceSettings())
    # Not touches: the email we sent and the press mention. Meetings count when booked.
    assert activity.inbound["account_id"].tolist() == [1, 1, 2, 2, 2]
    assert activity.inbound["occurred_at"].dt.day.tolist() == [30, 1, 3, 4, 6]
    assert activity.intent["kind"].tolist() == ["form_fill", "cta_click", "meeting_booked",
                                                "meeting_held"]
    assert activity.demos["occurred_at"].tolist() == [pd.Timestamp("2026-10-08")]


def test_kinds_as_text_give_the_streams_of_kinds_as_categories():
    categorical = frames()
    assert isinstance(categorical.events["kind"].dtype, pd.CategoricalDtype)
    text = replace(categorical, events=categorical.events.astype({"kind": "object"}))
    settings = WorkspaceSettings()
    one, other = Activity.prepare(categorical, settings), Activity.prepare(text, settings)
    for stream in ("touches", "inbound", "intent", "demos", "mqls", "meetings_booked"):
        pd.testing.assert_frame_equal(getattr(one, stream), getattr(other, stream))
