"""Two meanings, two vocabularies: customers banded for retention, prospects for buying
intent, each with its own thresholds; accounts with no data are "no data", never 0.

The fixture is the components tests' portfolio (as of 2026-06-01) plus Dune, a tier-2
prospect whose only fact is an email open (0 points) and no deal.
"""

from __future__ import annotations

import math

import pytest

from domain.health.drivers import NO_DATA
from domain.health.model import HealthConfigError, HealthModelConfig
from tests.domain.test_health_components import (
    ACME,
    BARE,
    COMMITTEE,
    CORP,
    ENGAGEMENT,
    GONE,
    MOMENTUM,
    PIPELINE,
    portfolio,
    scored,
)

DUNE = 5


def frames():
    return portfolio(
        accounts=[{"id": DUNE, "name": "Dune", "tier": 2}],
        events=[{"account_id": DUNE, "kind": "email_open", "occurred_at": "2026-05-20"}],
    )


def test_each_segment_in_its_own_words():
    frame = scored(frames()).frame
    # Acme, a prospect with an open deal: engagement, committee, momentum and pipeline apply
    # (25 + 15 + 15 + 15 = 70): 59.6, hot from 50 (it would only be "watch" as a customer).
    acme = (25 * ENGAGEMENT[ACME] + 15 * (COMMITTEE[ACME] + MOMENTUM[ACME] + PIPELINE[ACME])) / 70
    assert frame.at[ACME, "score"] == round(acme, 1) == 59.6
    assert frame.at[ACME, "band"] == "hot"
    # Corp, a customer at 67.2: watch (healthy from 70).
    assert frame.at[CORP, "score"] == 67.2 and frame.at[CORP, "band"] == "watch"
    assert frame.at[GONE, "band"] == "churned"
    # Dune: a prospect without a deal and nothing scored: 0, and cold, not at risk.
    assert frame.at[DUNE, "score"] == 0.0 and frame.at[DUNE, "band"] == "cold"
    assert set(frame["band"]) == {"hot", "watch", "churned", "cold", "no-data"}


def test_no_data_accounts_are_unscored_and_explained():
    result = scored(frames())
    bare = result.frame.loc[BARE]
    assert bare["band"] == "no-data" and math.isnan(bare["score"])
    assert all(math.isnan(bare[c]) for c in ("engagement", "buying_committee", "momentum", "pipeline"))
    explanation = result.explain(BARE)
    assert explanation.score is None and explanation.drivers == []
    assert explanation.renormalisation.kind == NO_DATA  # worded in desktop.shared.wording


def test_thresholds_per_segment_in_the_model_version():
    config = HealthModelConfig(hot_min=60, warm_min=30, healthy_min=65, watch_min=40)
    frame = scored(frames(), config).frame
    assert frame.at[ACME, "band"] == "warm"  # 59.6 < 60
    assert frame.at[CORP, "band"] == "healthy"  # 67.2 >= 65
    assert config.band_for(59.6, "prospect") == "warm" and config.band_for(59.6) == "watch"
    assert HealthModelConfig.from_dict(config.to_dict()).hot_min == 60
    with pytest.raises(HealthConfigError, match="warm_min = 70"):
        HealthModelConfig(hot_min=60, warm_min=70).validated()
