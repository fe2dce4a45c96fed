"""The weighted score, renormalisation, bands, churned accounts, explanations, as-of."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from domain.health.drivers import (
    NO_DATA,
    NO_NPS_RESPONSE,
    NOT_A_CUSTOMER,
    SHARED_OUT,
    Renormalisation,
)
from domain.health.model import COMPONENTS, HealthConfigError, HealthModelConfig
from domain.health.score import bands_for, weighted_scores
from tests.domain.test_health_components import (
    ACME,
    AS_OF,
    BARE,
    COMMITTEE,
    CORP,
    DAY,
    ENGAGEMENT,
    GONE,
    MOMENTUM,
    PIPELINE,
    RETENTION,
    SATISFACTION,
    portfolio,
    scored,
)

NAN = float("nan")


def test_weighted_score_over_all_six_components():
    # Corp: every component applies, weights 25/15/15/15/15/15 out of 100.
    expected = (25 * ENGAGEMENT[CORP] + 15 * COMMITTEE[CORP] + 15 * MOMENTUM[CORP]
                + 15 * PIPELINE[CORP] + 15 * RETENTION[CORP] + 15 * SATISFACTION[CORP]) / 100
    frame = scored().frame
    assert frame.at[CORP, "score"] == pytest.approx(expected, abs=0.05)
    assert frame.at[CORP, "band"] == "watch"
    assert frame.at[CORP, "stage"] == "expansion"


def test_missing_components_share_out_their_weight():
    # Acme is a prospect with no NPS: 25 + 15 + 15 + 15 = 70 is the whole weight.
    expected = (25 * ENGAGEMENT[ACME] + 15 * COMMITTEE[ACME] + 15 * MOMENTUM[ACME]
                + 15 * PIPELINE[ACME]) / 70
    result = scored()
    assert result.frame.at[ACME, "score"] == pytest.approx(expected, abs=0.05)
    explanation = result.explain(ACME)
    lines = {line.component: line for line in explanation.components}
    assert lines["engagement"].share == pytest.approx(25 / 70)
    assert lines["retention"].share == 0 and not lines["retention"].applies
    assert sum(line.contribution for line in explanation.components) == pytest.approx(expected)
    # Said as ids and facts (tests/desktop/test_wording.py has the sentence).
    note = explanation.renormalisation
    assert (note.kind, note.shared, note.total) == (SHARED_OUT, 30.0, 100.0)
    assert [(line.component, line.reason_missing, line.reason_facts) for line in note.missing] == [
        ("retention", NOT_A_CUSTOMER, {}), ("satisfaction", NO_NPS_RESPONSE, {"nps_window_days": 365})]
    assert result.explain(CORP).renormalisation is None


def test_renormalisation_arithmetic():
    weights = np.array([25, 15, 15, 15, 15, 15], dtype=float)
    matrix = np.array([
        [80, 60, NAN, 40, NAN, NAN],  # (2000 + 900 + 600) / 55 = 63.64
        [NAN] * 6,  # nothing applies: no score
        [100, 0, 0, 0, 0, 0],  # 2500 / 100
    ])
    scores, applied = weighted_scores(matrix, weights)
    assert scores[0] == 63.6 and np.isnan(scores[1]) and scores[2] == 25.0
    assert list(applied) == [55, 0, 100]


def test_band_edges():
    config = HealthModelConfig()
    assert config.band_for(70) == "healthy"
    assert config.band_for(69.96) == "healthy"  # shown as 70.0, so banded as 70.0
    assert config.band_for(69.94) == "watch"
    assert config.band_for(40) == "watch"
    assert config.band_for(39.94) == "at-risk"
    assert config.band_for(NAN) is None
    scores = np.array([70.0, 69.9, 40.0, 39.9, 90.0, NAN])
    churned = np.array([False, False, False, False, True, False])
    customers = np.array(["customer"] * 6, dtype=object)
    assert list(bands_for(scores, churned, customers, config)) == [
        "healthy", "watch", "watch", "at-risk", "churned", None]
    strict = HealthModelConfig(healthy_min=80, watch_min=50)
    assert list(bands_for(np.array([80.0, 79.9, 50.0, 49.9]), np.zeros(4, bool),
                          customers[:4], strict)) == ["healthy", "watch", "watch", "at-risk"]


def test_band_thresholds_come_from_the_model():
    frame = scored(config=HealthModelConfig(healthy_min=60, watch_min=20)).frame
    assert frame.at[CORP, "band"] == "healthy"  # 67.2 >= 60
    assert frame.at[BARE, "band"] == "no-data"


def test_churned_accounts_are_banded_churned_with_their_components_kept():
    result = scored()
    row = result.frame.loc[GONE]
    assert row["band"] == "churned" and row["stage"] == "churned" and row["is_churned"]
    assert row["retention"] == 0.0 and row["engagement"] == 0.0
    assert row["score"] == 0.0  # still computed: every component that applies is 0
    churned = next(d for d in result.explain(GONE).drivers if d.kind == "churned")
    assert churned.on.isoformat() == "2026-02-01" and churned.impact == -1


def test_explanation_drivers_quote_facts_and_dates():
    result = scored()
    corp = {d.kind: d for d in result.explain(CORP).drivers}
    assert corp["renewal_near"].facts == {"days": 45, "meetings": 0}
    assert corp["renewal_near"].on.isoformat() == "2026-07-15"
    assert (corp["detractor"].on.isoformat(), corp["detractor"].facts) == ("2026-04-10", {"score": 3})
    assert corp["contraction"].facts == {
        "lost_share": pytest.approx(1 / 3), "contraction_days": 180, "arr_before": 15_000.0,
        "arr_now": 10_000.0, "currency": "USD"}
    assert corp["slow_answers"].facts == {"asked": 3, "in_time": 2, "within_hours": 24.0}
    assert all(d.impact == -1 for k, d in corp.items() if k in ("renewal_near", "detractor"))
    acme = {d.kind: d for d in result.explain(ACME).drivers}
    assert acme["no_decision_maker_engaged"].on is None  # no decision maker ever touched
    assert acme["no_decision_maker_engaged"].facts["window_days"] == 90
    bare = result.explain(BARE)  # nothing at all on record: no data, said so, no drivers
    assert bare.score is None and bare.band == "no-data" and bare.drivers == []
    assert bare.renormalisation == Renormalisation(NO_DATA)


def test_drivers_are_ordered_by_the_points_at_stake():
    for explanation in scored().explanations():
        severities = [d.severity for d in explanation.drivers]
        assert severities == sorted(severities, reverse=True)
        assert len(explanation.top(3)) == min(3, len(explanation.drivers))


def test_data_dated_on_or_after_the_as_of_date_changes_nothing():
    later = AS_OF + 3 * DAY
    frames = portfolio(
        accounts=[{"id": 9, "name": "Newco", "tier": 1, "created_at": AS_OF}],
        contacts=[{"id": 20, "account_id": BARE, "name": "Late", "buying_role": "decision_maker",
                   "created_at": AS_OF}],
        events=[
            {"account_id": BARE, "contact_id": 20, "kind": "form_fill", "occurred_at": AS_OF},
            {"account_id": ACME, "contact_id": 1, "kind": "cta_click", "occurred_at": later},
        ],
        meetings=[{"account_id": CORP, "kind": "call", "booked_at": AS_OF, "status": "held"}],
        opportunities=[{"account_id": BARE, "name": "Later deal", "amount": 5_000,
                        "type": "new_business", "created_at": later, "status": "open"}],
        subscriptions=[{"account_id": ACME, "product": "P", "start_date": AS_OF, "arr": 1_000}],
        nps=[{"account_id": ACME, "contact_id": 1, "score": 2, "responded_at": AS_OF}],
        questions=[{"account_id": ACME, "asked_at": later}],
    )
    # Corp's product X is churned later, with an end date written back by the CRM.
    frames.subscriptions.loc[frames.subscriptions["product"] == "X", ["churned_at", "end_date"]] = (
        pd.Timestamp("2026-06-10")
    )
    before = scored().frame
    after = scored(frames).frame
    assert list(after.index) == [ACME, BARE, CORP, GONE]
    pd.testing.assert_frame_equal(before, after)


def test_config_round_trips_and_rejects_what_it_cannot_use():
    config = HealthModelConfig(healthy_min=75).with_weights({"engagement": 30})
    assert HealthModelConfig.from_dict(config.to_dict()) == config
    with pytest.raises(HealthConfigError, match="unknown component"):
        HealthModelConfig.from_dict({"weights": {"engagment": 3}})
    with pytest.raises(HealthConfigError, match="watch_min"):
        HealthModelConfig.from_dict({"healthy_min": 30})
    with pytest.raises(HealthConfigError, match="add up to 0"):
        HealthModelConfig.from_dict({"weights": {c: 0 for c in COMPONENTS}})


def test_a_component_without_weight_neither_counts_nor_is_shared():
    config = HealthModelConfig().with_weights({"engagement": 0})
    frame = scored(config=config).frame
    expected = (15 * COMMITTEE[ACME] + 15 * MOMENTUM[ACME] + 15 * PIPELINE[ACME]) / 45
    assert frame.at[ACME, "score"] == pytest.approx(expected, abs=0.05)


def test_explanation_serialises_for_json():
    data = scored().explain(CORP).to_dict(top=2)
    assert set(data) >= {"account_id", "score", "band", "stage", "components", "drivers"}
    assert len(data["drivers"]) == 2
    assert data["components"]["retention"]["score"] == pytest.approx(RETENTION[CORP])
    assert isinstance(pd.Series(data["drivers"][0]["facts"]), pd.Series)
