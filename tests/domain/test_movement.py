"""What moved the score: the split by component and cause sums exactly to the change, names
the events behind new activity, and gives a model change to the model."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from domain.health.frozen import frames_before
from domain.health.model import COMPONENTS, HealthModelConfig
from domain.health.movement import ACTIVITY, CAUSES, MODEL, TIME, apportion, what_moved
from domain.settings import WorkspaceSettings
from tests.domain.test_health_components import (
    ACME,
    AS_OF,
    COMMITTEE,
    CORP,
    ENGAGEMENT,
    MOMENTUM,
    PIPELINE,
    RETENTION,
    SATISFACTION,
    portfolio,
)

LATER = pd.Timestamp("2026-06-15")  # data up to 14 June
SETTINGS = WorkspaceSettings()


def new_activity():
    """Corp fills a form on 10 June and a detractor answers on 5 June."""
    return portfolio(
        events=[{"account_id": CORP, "contact_id": 6, "kind": "form_fill", "occurred_at": "2026-06-10 10:00",
                 "asset": "Pricing guide"}],
        nps=[{"account_id": CORP, "contact_id": 6, "score": 2, "responded_at": "2026-06-05"}],
    )


def tenths(value: float) -> int:
    return int(round(value * 10))


def test_split_sums_exactly_and_names_the_events():
    moved = what_moved(new_activity(), SETTINGS, CORP, AS_OF, LATER, HealthModelConfig())
    assert moved.change is not None
    # Every cell is in tenths and they add up to the shown change, to the tenth.
    assert sum(tenths(v) for v in moved.cells.values()) == tenths(moved.score_after) - tenths(moved.score_before)
    assert sum(moved.by_cause().values()) == pytest.approx(moved.change)
    # Unrounded, the cells add up to the unrounded change (scores are rounded to 0.1).
    assert abs(sum(moved.exact.values()) - moved.change) <= 0.1
    assert all(moved.cells[(k, MODEL)] == 0 for k in COMPONENTS)  # same model
    named = [(e.kind, e.on, e.count, e.facts) for e in moved.events]
    assert ("form_fill", date(2026, 6, 10), 1, {"asset": "Pricing guide"}) in named
    assert ("nps_response", date(2026, 6, 5), 1, {"score": 2, "respondent": "detractor"}) in named
    # The detractor lowers satisfaction through new activity; the form fill raises momentum.
    assert moved.cells[("satisfaction", ACTIVITY)] < 0
    assert moved.cells[("momentum", ACTIVITY)] > 0
    # The form fill is among the first events new activity names (it weighs the most).
    assert [e.kind for e in moved.events[:3]].count("form_fill") == 1


def test_no_new_activity_is_all_time():
    moved = what_moved(portfolio(), SETTINGS, ACME, AS_OF, LATER, HealthModelConfig())
    assert moved.events == []
    assert all(moved.cells[(k, ACTIVITY)] == 0 for k in COMPONENTS)
    assert moved.by_cause()[TIME] == moved.change < 0  # decay only
    assert moved.main_cause == TIME


def test_a_model_change_is_given_to_the_model():
    # Same day, so neither time nor activity can move anything: all of it is the model.
    after = HealthModelConfig().with_weights({"engagement": 40})
    moved = what_moved(portfolio(), SETTINGS, CORP, AS_OF, AS_OF, HealthModelConfig(), after,
                       version_before=1, version_after=2)
    parts = {"engagement": ENGAGEMENT[CORP], "buying_committee": COMMITTEE[CORP],
             "momentum": MOMENTUM[CORP], "pipeline": PIPELINE[CORP],
             "retention": RETENTION[CORP], "satisfaction": SATISFACTION[CORP]}
    # Weights 25 + 5 × 15 = 100 before, 40 + 5 × 15 = 115 after; every component applies.
    old = sum(v * (25 if k == "engagement" else 15) for k, v in parts.items()) / 100
    new = sum(v * (40 if k == "engagement" else 15) for k, v in parts.items()) / 115
    assert moved.score_before == round(old, 1) and moved.score_after == round(new, 1)
    assert moved.by_cause() == {ACTIVITY: 0.0, TIME: 0.0, MODEL: moved.change}
    assert moved.change == round(round(new, 1) - round(old, 1), 1) != 0
    assert moved.main_cause == MODEL
    assert (moved.model_changed, moved.version_before, moved.version_after) == (True, 1, 2)
    # Engagement (100, above the average) gains weight: its model cell is the positive one.
    assert moved.cells[("engagement", MODEL)] > 0


def test_apportion_rounds_to_the_target_by_largest_remainder():
    cells = {("a", x): v for x, v in zip(CAUSES, (0.26, 0.26, 0.28), strict=True)}
    # Target 0.8: floors 0.2 + 0.2 + 0.2; the two largest remainders (0.08 of the third,
    # then the first of the two 0.06) get the two extra tenths.
    assert apportion(cells, 8) == {("a", ACTIVITY): 0.3, ("a", TIME): 0.2, ("a", MODEL): 0.3}
    assert sum(int(round(v * 10)) for v in apportion(cells, 8).values()) == 8
    assert sum(int(round(v * 10)) for v in apportion({("a", "b"): -0.34, ("c", "d"): -0.34}, -7).values()) == -7


def test_frozen_frames_undo_what_happened_later():
    frames = new_activity()
    frozen = frames_before(frames, AS_OF, [CORP])
    assert (frozen.events["occurred_at"] < AS_OF).all() or not (
        frozen.events["account_id"] == CORP).any()
    assert len(frozen.nps) == len(frames.nps) - 1
    # Other accounts keep everything.
    assert len(frames_before(frames, AS_OF, [ACME]).events) == len(frames.events)


def test_a_renewal_is_named_but_feeds_no_component():
    from domain.health.events_between import new_events

    frames = portfolio(opportunities=[
        {"account_id": CORP, "name": "Corp renewal", "type": "renewal", "amount": 10_000,
         "created_at": "2026-05-20", "closed_at": "2026-06-08", "status": "won"}])
    events = new_events(frames, SETTINGS, CORP, AS_OF, LATER)
    renewal = next(e for e in events if (e.kind, e.on, e.facts) == (
        "opportunity_won", date(2026, 6, 8), {"opportunity": "Corp renewal"}))
    # Pipeline leaves renewals out and retention reads the subscriptions.
    assert renewal.components == ()
