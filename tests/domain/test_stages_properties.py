"""Properties of the stages: later data changes nothing; history crossings match brute force."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.engagement import decayed_points, touch_points
from domain.frames import PortfolioFrames
from domain.settings import WorkspaceSettings
from domain.stages import stage_history, stages_as_of

START = pd.Timestamp("2025-01-01")
AS_OF = pd.Timestamp("2025-06-01")
KINDS = ("web_visit", "form_fill", "cta_click", "email_open", "email_sent")

touch = st.tuples(
    st.integers(1, 3),  # account
    st.integers(0, 400 * 86_400),  # seconds after START (whole seconds)
    st.sampled_from(KINDS),
)


def frames_with(events: list[tuple[int, int, str]], extra: dict | None = None) -> PortfolioFrames:
    return PortfolioFrames.build(
        accounts=[{"name": f"a{i}", "tier": 1} for i in range(1, 4)],
        events=[
            {"account_id": a, "kind": k, "occurred_at": START + pd.Timedelta(seconds=s)}
            for a, s, k in events
        ] or [{"account_id": 1, "kind": "email_sent", "occurred_at": START}],
        **(extra or {}),
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(touch, max_size=30), st.lists(touch, min_size=1, max_size=10))
def test_data_dated_at_or_after_as_of_changes_no_stage(before, later):
    before = [(a, s, k) for a, s, k in before if START + pd.Timedelta(seconds=s) < AS_OF]
    later_rows = [(a, int((AS_OF - START).total_seconds()) + s % (200 * 86_400), k) for a, s, k in later]
    base = stages_as_of(frames_with(before), WorkspaceSettings(), AS_OF)
    future = {
        "opportunities": [{"account_id": 1, "name": "later", "created_at": AS_OF, "status": "open"}],
        "subscriptions": [{"account_id": 2, "product": "p", "start_date": AS_OF + pd.Timedelta(days=3)}],
    }
    more = stages_as_of(frames_with(before + later_rows, future), WorkspaceSettings(), AS_OF)
    pd.testing.assert_frame_equal(base, more)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(touch, min_size=1, max_size=40), st.sampled_from([10.0, 55.0, 100.0]))
def test_first_crossing_matches_decayed_points_at_every_touch(events, threshold):
    frames = frames_with(events)
    settings_ = replace(WorkspaceSettings(), engaged_points=threshold, mqa_points=10_000.0)
    history = stage_history(frames, settings_)
    touches = touch_points(frames, settings_)
    expected: dict[int, pd.Timestamp] = {}
    for when in sorted(touches["occurred_at"].unique()):
        instant = pd.Timestamp(when) + pd.Timedelta(microseconds=1)
        points = decayed_points(touches, instant, 30.0, 90.0)
        for account, value in points.items():
            if value >= threshold - 1e-9 and account not in expected:
                expected[int(account)] = pd.Timestamp(when)
    got = {int(a): t for a, t in history["engaged"].dropna().items()}
    # "engaged" is reached at the crossing, or earlier only through a later stage (none here).
    assert got == expected
