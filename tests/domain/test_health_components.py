"""Component scores of the health model, worked out by hand on a four-account portfolio.

As of 2026-06-01 00:00 (data up to 31 May), default model and settings: 90-day windows,
30-day half-life, form_fill 50 / web_visit 2 / email_open 0 points, decision maker ×2,
champion ×1.5. ``portfolio()`` is shared with the score and explanation tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.health.model import HealthModelConfig
from domain.health.score import score_accounts
from domain.settings import WorkspaceSettings

AS_OF = pd.Timestamp("2026-06-01")
DAY = pd.Timedelta(days=1)
ACME, BARE, CORP, GONE = 1, 2, 3, 4


def portfolio(**extra: list[dict]) -> PortfolioFrames:
    tables: dict[str, list[dict]] = {
        "accounts": [
            {"id": ACME, "name": "Acme", "tier": 1, "external_id": "A-1"},  # prospect with an open deal
            {"id": BARE, "name": "Bare", "tier": 1},  # nothing at all
            {"id": CORP, "name": "Corp", "tier": 1},  # customer with an expansion deal
            {"id": GONE, "name": "Gone", "tier": 2},  # churned customer
        ],
        "contacts": [
            {"id": 1, "account_id": ACME, "name": "Dana", "buying_role": "decision_maker"},
            {"id": 2, "account_id": ACME, "name": "Chris", "buying_role": "champion"},
            {"id": 3, "account_id": ACME, "name": "Uma", "buying_role": "user"},
            {"id": 4, "account_id": ACME, "name": "Ulf", "buying_role": "user"},
            {"id": 5, "account_id": CORP, "name": "Dee", "buying_role": "decision_maker"},
            {"id": 6, "account_id": CORP, "name": "Ursula", "buying_role": "user"},
        ],
        "events": [
            {"account_id": ACME, "contact_id": 2, "kind": "form_fill", "occurred_at": AS_OF - 30 * DAY},
            {"account_id": ACME, "contact_id": 3, "kind": "web_visit", "occurred_at": AS_OF - 60 * DAY},
            {"account_id": ACME, "contact_id": 1, "kind": "email_open", "occurred_at": AS_OF - 5 * DAY},
            {"account_id": CORP, "contact_id": 5, "kind": "form_fill", "occurred_at": AS_OF - 30 * DAY},
        ],
        "opportunities": [
            {"account_id": ACME, "name": "Acme platform", "type": "new_business", "amount": 30_000,
             "created_at": "2026-05-10", "status": "open"},
            {"account_id": CORP, "name": "Corp expansion", "type": "expansion", "amount": 60_000,
             "created_at": "2026-05-15", "status": "open"},
        ],
        "subscriptions": [
            {"account_id": CORP, "product": "X", "start_date": "2025-07-15", "arr": 10_000},
            {"account_id": CORP, "product": "Y", "start_date": "2025-01-01", "arr": 5_000,
             "churned_at": "2026-03-01"},
            {"account_id": GONE, "product": "Z", "start_date": "2025-01-01", "arr": 8_000,
             "churned_at": "2026-02-01"},
        ],
        "nps": [
            {"account_id": CORP, "contact_id": 5, "score": 9, "responded_at": "2025-10-01"},
            {"account_id": CORP, "contact_id": 5, "score": 3, "responded_at": "2026-04-10"},
            {"account_id": CORP, "contact_id": 6, "score": 10, "responded_at": "2026-05-01"},
            {"account_id": CORP, "contact_id": 6, "score": 0, "responded_at": "2025-05-01"},
        ],
        "questions": [
            {"account_id": CORP, "asked_at": "2026-05-01 09:00", "answered_at": "2026-05-01 15:00"},
            {"account_id": CORP, "asked_at": "2026-05-05 09:00", "answered_at": "2026-05-05 20:00"},
            {"account_id": CORP, "asked_at": "2026-05-20 09:00", "answered_at": "2026-05-23 09:00"},
            {"account_id": CORP, "asked_at": "2026-01-10 09:00"},
        ],
    }
    for name, rows in extra.items():
        tables[name] = tables.get(name, []) + rows
    return PortfolioFrames.build(**tables)


def scored(frames: PortfolioFrames | None = None, config: HealthModelConfig | None = None):
    return score_accounts(frames or portfolio(), WorkspaceSettings(), config, AS_OF)


# Hand-worked component scores -------------------------------------------------------------
# Engagement. Decayed points: Acme 75 × 0.5 (champion fill, 30 days) + 2 × 0.25 (visit,
# 60 days) = 38; Bare 0; Corp 100 × 0.5 = 50. Tier-1 90th percentile of [0, 38, 50]
# (linear): 38 + 0.8 × 12 = 47.6.
ENGAGEMENT = {ACME: 100 * 38 / 47.6, BARE: 0.0, CORP: 100.0, GONE: 0.0}
# Buying committee. Acme: known 2 + 2 + 1 + 1 = 6, engaged Chris 2 + Uma 1 = 3 -> 50.
# Corp: known 2 + 1 = 3, engaged Dee 2 -> 66.67. No contacts: 0 / 3.
COMMITTEE = {ACME: 50.0, BARE: 0.0, CORP: 200 / 3, GONE: 0.0}
# Momentum. Acme: 1 form fill of 4 -> 25; last 30 days 75 points (2.5/day) against 2 in
# the 60 before (1/30 per day) -> 100 × 2.5 / (2.5 + 1/30); mean of the two.
MOMENTUM = {ACME: (25 + 100 * 2.5 / (2.5 + 1 / 30)) / 2, BARE: 0.0, CORP: (25 + 100) / 2, GONE: 0.0}
# Pipeline. Tier-1 median open amount of [30k, 60k] = 45k; 50 × amount / 45k.
PIPELINE = {ACME: 50 * 30 / 45, BARE: 0.0, CORP: 50 * 60 / 45, GONE: 0.0}
# Retention. Corp: renewal 2026-07-15 is 45 days after 31 May -> 30 × (1 - 45/90) = 15;
# no meeting booked -> 20; ARR 15k 180 days ago, 10k now -> 1/3 lost -> 33.33.
RETENTION = {CORP: 100 - 15 - 20 - 100 / 3, GONE: 0.0}
# Satisfaction. Corp: latest per contact 3 (detractor) and 10 (promoter) -> NPS 0 -> 50;
# 2 of 3 questions of the last 90 days answered within 24 h -> 66.67; 0.75/0.25 blend.
SATISFACTION = {CORP: 0.75 * 50 + 0.25 * 200 / 3}


@pytest.mark.parametrize(
    ("component", "expected"),
    [("engagement", ENGAGEMENT), ("buying_committee", COMMITTEE), ("momentum", MOMENTUM),
     ("pipeline", PIPELINE)],
)
def test_components_that_apply_to_everyone(component, expected):
    frame = scored().frame
    for account, value in expected.items():
        if account == BARE:  # no data at all: no components (its zeros still count in the
            assert pd.isna(frame.at[account, component])  # tier reference above)
            continue
        assert frame.at[account, component] == pytest.approx(value), (component, account)


def test_retention_applies_to_accounts_with_a_subscription_only():
    frame = scored().frame
    assert frame.at[CORP, "retention"] == pytest.approx(RETENTION[CORP])
    assert frame.at[GONE, "retention"] == 0.0
    assert frame[["retention"]].loc[[ACME, BARE]].isna().all().all()


def test_satisfaction_applies_to_accounts_with_nps_responses_only():
    frame = scored().frame
    assert frame.at[CORP, "satisfaction"] == pytest.approx(SATISFACTION[CORP])
    assert frame["satisfaction"].drop(CORP).isna().all()


def test_facts_behind_the_components():
    facts = scored().facts
    assert facts.at[ACME, "engagement_points"] == pytest.approx(38.0)
    assert facts.at[ACME, "engagement_reference"] == pytest.approx(47.6)
    assert (facts.at[ACME, "dm_known"], facts.at[ACME, "dm_engaged"]) == (1, 0)
    assert facts.at[CORP, "renewal_at"] == pd.Timestamp("2026-07-15")
    assert facts.at[CORP, "days_to_renewal"] == 45
    assert facts.at[CORP, "nps"] == 0.0 and facts.at[CORP, "nps_responses"] == 2
    assert facts.at[CORP, "last_detractor_at"] == pd.Timestamp("2026-04-10")
    assert facts.at[CORP, "arr_lost_share"] == pytest.approx(1 / 3)


def test_a_meeting_booked_before_renewal_removes_that_penalty():
    frames = portfolio(meetings=[{"account_id": CORP, "kind": "call", "booked_at": "2026-05-25",
                                  "scheduled_for": "2026-06-05", "status": "scheduled"}])
    assert scored(frames).frame.at[CORP, "retention"] == pytest.approx(100 - 15 - 100 / 3)


def test_a_recent_win_earns_the_pipeline_bonus():
    # Bare won 10,000 on 2026-03-01 (within 180 days) and has nothing open: 0 + 50.
    frames = portfolio(opportunities=[{"account_id": BARE, "name": "Small deal", "amount": 10_000,
                                       "type": "new_business", "created_at": "2026-01-10",
                                       "closed_at": "2026-03-01", "status": "won"}])
    assert scored(frames).frame.at[BARE, "pipeline"] == 50.0


def test_window_settings_change_the_components():
    # A 45-day window drops Acme's 60-day-old visit: 37.5 points; Corp's 50 is the top.
    config = HealthModelConfig(window_days=45, recent_days=15)
    frame = scored(config=config).frame
    # Tier-1 90th percentile of [0, 37.5, 50] = 37.5 + 0.8 × 12.5 = 47.5.
    assert frame.at[ACME, "engagement"] == pytest.approx(100 * 37.5 / 47.5)


def test_renewal_opportunities_are_not_pipeline():
    # A renewal is existing revenue coming up again (retention's business): Bare's open
    # renewal and won renewal leave its pipeline at 0.
    frames = portfolio(opportunities=[
        {"account_id": BARE, "name": "Renewal 2026", "type": "renewal", "amount": 90_000,
         "created_at": "2026-04-01", "status": "open"},
        {"account_id": BARE, "name": "Renewal 2025", "type": "renewal", "amount": 80_000,
         "created_at": "2026-01-01", "closed_at": "2026-03-01", "status": "won"},
    ])
    frame = scored(frames).frame
    assert frame.at[BARE, "pipeline"] == 0.0
    assert frame.at[ACME, "pipeline"] == pytest.approx(PIPELINE[ACME])  # median unchanged
