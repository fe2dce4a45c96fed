"""Satisfaction, loyalty and lifetime-value metrics on hand-checked fixtures (October 2026).

Subscriptions: A1 core 100 since 2025 plus an add-on 50 from Oct 20; A2 core 200 since 2025,
churned Oct 15; A3 core 60 from Oct 10; A4 core 40 since 2025, ended Sep 15.
"""

from __future__ import annotations

import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.metrics import Period, compute_kpis
from domain.settings import WorkspaceSettings

OCT = Period.month(2026, 10)
T = pd.Timestamp
ACCOUNTS = [{"id": i, "name": f"A{i}", "tier": 1} for i in (1, 2, 3, 4)]
SUBS = [
    {"account_id": 1, "product": "core", "start_date": T("2025-01-01"), "arr": 100},
    {"account_id": 1, "product": "addon", "start_date": T("2026-10-20"), "arr": 50},
    {"account_id": 2, "product": "core", "start_date": T("2025-01-01"), "arr": 200,
     "churned_at": T("2026-10-15")},
    {"account_id": 3, "product": "core", "start_date": T("2026-10-10"), "arr": 60},
    {"account_id": 4, "product": "core", "start_date": T("2025-01-01"), "end_date": T("2026-09-15"),
     "arr": 40},
]


def kpis(frames, ids, settings=None):
    return compute_kpis(frames, settings or WorkspaceSettings(), OCT, metric_ids=ids)


def test_nps_with_response_count_small_sample_and_distribution():
    nps = [
        {"account_id": 1, "contact_id": 1, "score": 9, "responded_at": T("2026-10-05"),
         "comment": "Great onboarding"},
        {"account_id": 1, "contact_id": 2, "score": 8, "responded_at": T("2026-10-06"), "comment": " "},
        {"account_id": 2, "contact_id": 3, "score": 3, "responded_at": T("2026-10-07"),
         "comment": "=too slow"},
        {"account_id": 2, "contact_id": 4, "score": 10, "responded_at": T("2026-10-08")},
        {"account_id": 2, "contact_id": 4, "score": 6, "responded_at": T("2026-09-08")},
    ]
    report = kpis(PortfolioFrames.build(accounts=ACCOUNTS, nps=nps), ["nps", "survey_comments"])
    # October: promoters 9, 10; passive 8; detractor 3 -> (2 - 1) / 4 = +25
    assert report["nps"].value == pytest.approx(25.0)
    assert report["nps"].n == 4
    assert "small_sample" in report["nps"].flags
    assert report["nps"].previous == pytest.approx(-100.0)  # one detractor in September
    distribution = report["nps"].detail.set_index("score")["responses"]
    assert (distribution[9], distribution[10], distribution[0]) == (1, 1, 0)
    # comments: the blank one is not a comment; newest first, text as written
    comments = report["survey_comments"].detail
    assert report["survey_comments"].value == 2
    assert list(comments["comment"]) == ["=too slow", "Great onboarding"]
    assert list(comments["score"]) == [3, 9]
    assert list(comments["account"]) == ["A2", "A1"]


def test_five_responses_are_not_a_small_sample():
    nps = [{"account_id": 1, "score": 10, "responded_at": T("2026-10-05")} for _ in range(5)]
    result = kpis(PortfolioFrames.build(accounts=ACCOUNTS, nps=nps), ["nps"])["nps"]
    assert (result.value, result.n, result.flags) == (100.0, 5, ())


def test_logo_churn_grr_and_nrr():
    report = kpis(PortfolioFrames.build(accounts=ACCOUNTS, subscriptions=SUBS),
                  ["logo_churn_rate", "grr", "nrr"])
    # customers Oct 1: A1, A2; Nov 1: A1, A3 -> A2 lost: 1 / 2
    assert report["logo_churn_rate"].value == pytest.approx(0.5)
    # start ARR A1 100 + A2 200 = 300; end A1 150, A2 0
    # GRR = (min(150, 100) + 0) / 300; NRR = (150 + 0) / 300
    assert report["grr"].value == pytest.approx(100 / 300)
    assert report["nrr"].value == pytest.approx(150 / 300)


def test_ltv_and_ltv_to_cac():
    frames = PortfolioFrames.build(
        accounts=ACCOUNTS, subscriptions=SUBS,
        campaigns=[{"id": 1, "name": "Oct", "cost": 310, "start": T("2026-10-01"), "end": T("2026-10-31")}],
        opportunities=[{"account_id": 3, "name": "A3 new", "type": "new_business", "amount": 60,
                        "created_at": T("2026-09-01"), "closed_at": T("2026-10-09"), "status": "won"}],
    )
    report = kpis(frames, ["ltv", "cac", "ltv_to_cac"])
    # customers Nov 1: A1 (ARR 150), A3 (60): mean 105; a year earlier A1, A2, A4, of which
    # A2 and A4 are gone: churn 2 / 3 -> LTV = 105 x 1 / (2 / 3) = 157.5
    assert report["ltv"].value == pytest.approx(157.5)
    assert report["cac"].value == pytest.approx(310)  # 310 / 1 new customer (A3)
    assert report["ltv_to_cac"].value == pytest.approx(157.5 / 310)


def test_ltv_is_na_without_churn():
    subs = [{"account_id": 1, "product": "core", "start_date": T("2025-01-01"), "arr": 100}]
    assert kpis(PortfolioFrames.build(accounts=ACCOUNTS, subscriptions=subs), ["ltv"])["ltv"].value is None


def test_sales_cycle_is_vanity_and_promotions_are_its_alternative():
    opps = [
        {"account_id": 1, "name": "a", "amount": 1, "created_at": T("2026-09-01"),
         "closed_at": T("2026-10-11"), "status": "won", "promotion": "BLACKFRIDAY"},
        {"account_id": 2, "name": "b", "amount": 1, "created_at": T("2026-10-01"),
         "closed_at": T("2026-10-21"), "status": "won", "promotion": ""},
        {"account_id": 3, "name": "c", "amount": 1, "created_at": T("2026-10-01"),
         "closed_at": T("2026-10-22"), "status": "lost", "promotion": "X"},
    ]
    report = kpis(PortfolioFrames.build(accounts=ACCOUNTS, opportunities=opps),
                  ["sales_cycle_days", "promo_conversions", "promo_share"])
    # won: 40 days and 20 days -> median 30
    assert report["sales_cycle_days"].value == pytest.approx(30)
    assert report["sales_cycle_days"].verdict == "vanity"
    assert report["sales_cycle_days"].as_row()["alternative"] == "promo_conversions"
    assert report["promo_conversions"].value == 1  # the lost one does not count
    assert report["promo_share"].value == pytest.approx(1 / 2)
