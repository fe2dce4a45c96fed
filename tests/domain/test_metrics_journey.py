"""ABM journey KPIs on small fixtures whose expected values are worked out by hand.

The period is October 2026; the previous period is the 31 days before it (2026-08-31 to
2026-09-30).
"""

from __future__ import annotations

import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.metrics import Period, compute_kpis
from domain.settings import WorkspaceSettings

OCT = Period.month(2026, 10)


def ev(kind, at, contact=None, account=1, asset=None, session=None, campaign=None, duration=None):
    return {"account_id": account, "contact_id": contact, "kind": kind, "occurred_at": at,
            "asset": asset, "session": session, "campaign_id": campaign, "duration_s": duration}


def kpis(frames, ids=None, settings=None, period=OCT):
    return compute_kpis(frames, settings or WorkspaceSettings(), period, metric_ids=ids)


ACCOUNTS = [{"id": i, "name": f"A{i}", "tier": 1, "owner": "ann"} for i in (1, 2, 3, 4)]
CONTACTS = [{"id": i, "account_id": 1, "name": f"C{i}"} for i in (1, 2, 3, 4)]


def test_email_rates_count_unique_contact_email_pairs_and_clicks_as_opens():
    frames = PortfolioFrames.build(accounts=ACCOUNTS, contacts=CONTACTS, events=[
        *[ev("email_delivered", "2026-10-02", c, asset="E1") for c in (1, 2, 3, 4)],
        ev("email_open", "2026-10-02 10:00", 1, asset="E1"),
        ev("email_open", "2026-10-03 10:00", 1, asset="E1"),  # same pair: counted once
        ev("email_open", "2026-10-02 11:00", 2, asset="E1"),
        ev("email_click", "2026-10-02 11:05", 2, asset="E1"),
        ev("email_click", "2026-10-04", 3, asset="E1"),  # images off: no open, still opened
        ev("email_unsubscribe", "2026-10-05", 4, asset="E1"),
        ev("email_open", "2026-10-06", 1, asset="E2"),  # E2 was not delivered in October
    ])
    report = kpis(frames, ["email_open_rate", "email_ctr", "click_to_open", "unsubscribe_rate"])
    # delivered pairs: c1..c4 x E1 = 4; opened {c1, c2} + clicked {c2, c3} = {c1, c2, c3}
    assert report["email_open_rate"].value == pytest.approx(3 / 4)
    assert report["email_open_rate"].n == 4
    assert report["email_ctr"].value == pytest.approx(2 / 4)
    assert report["click_to_open"].value == pytest.approx(2 / 3)
    assert report["unsubscribe_rate"].value == pytest.approx(1 / 4)
    # September had no email at all: n/a, not 0
    assert report["email_ctr"].previous is None
    assert report["email_ctr"].change is None


def test_delivered_is_sent_minus_bounced_without_delivered_events():
    frames = PortfolioFrames.build(accounts=ACCOUNTS, contacts=CONTACTS, events=[
        *[ev("email_sent", "2026-10-02", c, asset="E1") for c in (1, 2, 3)],
        ev("email_bounce", "2026-10-02 00:01", 3, asset="E1"),
        ev("email_click", "2026-10-03", 1, asset="E1"),
    ])
    # delivered = {c1, c2, c3} - {c3} = 2; one click -> 1 / 2
    assert kpis(frames, ["email_ctr"])["email_ctr"].value == pytest.approx(0.5)


def test_content_engagement_per_asset_best_first():
    frames = PortfolioFrames.build(accounts=ACCOUNTS, events=[
        ev("content_view", "2026-10-02", account=1, asset="guide", duration=60),
        ev("content_view", "2026-10-03", account=2, asset="guide", duration=120),
        ev("content_download", "2026-10-03", account=1, asset="guide"),
        ev("content_view", "2026-10-04", account=1, asset="case"),
        ev("content_view", "2026-09-04", account=1, asset="case"),
    ])
    result = kpis(frames, ["content_engagement"])["content_engagement"]
    assert (result.value, result.previous, result.n) == (4, 1, 2)
    best = result.detail.iloc[0]
    # guide: 2 views + 1 download = 3 touches from accounts {1, 2}, mean of 60 s and 120 s
    assert (best["asset"], best["views"], best["downloads"], best["touches"], best["accounts"]) == (
        "guide", 2, 1, 3, 2)
    assert best["mean_duration_s"] == pytest.approx(90)
    assert result.detail.iloc[-1]["asset"] == "case"


def test_form_fills_and_form_conversion_per_visitor():
    frames = PortfolioFrames.build(accounts=ACCOUNTS, contacts=CONTACTS, events=[
        ev("form_view", "2026-10-02", 1, asset="F1"),
        ev("form_view", "2026-10-02", 2, asset="F1"),
        ev("form_fill", "2026-10-02 00:05", 1, asset="F1"),
        ev("form_fill", "2026-10-03", 3, asset="F1"),  # filled without a recorded view
    ])
    report = kpis(frames, ["form_fills", "form_conversion"])
    assert report["form_fills"].value == 2
    # viewers {c1, c2}; of them c1 filled -> 1 / 2
    assert report["form_conversion"].value == pytest.approx(0.5)
    assert report["form_conversion"].n == 2
    row = report["form_fills"].detail.iloc[0]
    assert (row["form"], row["fills"], row["viewers"], row["converted"]) == ("F1", 2, 2, 1)


def test_cta_conversion_is_ordered_along_the_journey():
    frames = PortfolioFrames.build(accounts=ACCOUNTS, contacts=CONTACTS, events=[
        ev("web_visit", "2026-10-01", 1),  # account 1's journey starts here
        ev("cta_view", "2026-10-20", 1, asset="B"),
        ev("cta_click", "2026-10-20 00:01", 1, asset="B"),
        ev("cta_view", "2026-10-02", 1, asset="A"),
        ev("cta_view", "2026-10-02", 2, asset="A"),
        ev("cta_click", "2026-10-02 00:01", 2, asset="A"),
    ])
    result = kpis(frames, ["cta_conversion"])["cta_conversion"]
    # viewers: A {c1, c2} (c2 clicked), B {c1} (clicked) -> 2 of 3
    assert result.value == pytest.approx(2 / 3)
    # A is seen on day 1 of the journey, B on day 19: A comes first
    assert list(result.detail["cta"]) == ["A", "B"]
    assert list(result.detail["conversion"]) == [pytest.approx(0.5), pytest.approx(1.0)]
    assert result.detail.iloc[0]["journey_day"] == pytest.approx(1.0)


def test_meetings_booked_held_and_no_show_rate():
    meetings = [
        {"account_id": 1, "kind": "call", "booked_at": "2026-10-03", "scheduled_for": "2026-10-10", "status": "held"},
        {"account_id": 1, "kind": "demo", "booked_at": "2026-10-05", "scheduled_for": "2026-10-12", "status": "no_show"},
        {"account_id": 2, "kind": "demo", "booked_at": "2026-09-20", "scheduled_for": "2026-10-02", "status": "held"},
        {"account_id": 2, "kind": "call", "booked_at": "2026-10-28", "scheduled_for": "2026-11-03", "status": "scheduled"},
    ]
    report = kpis(PortfolioFrames.build(accounts=ACCOUNTS, meetings=meetings),
                  ["meetings_booked", "meetings_held", "no_show_rate"])
    # booked in October: the calls of Oct 3 and Oct 28 and the demo of Oct 5; September: 1
    assert (report["meetings_booked"].value, report["meetings_booked"].previous) == (3, 1)
    # scheduled in October: held on Oct 10 and Oct 2, no-show on Oct 12
    assert report["meetings_held"].value == 2
    assert report["no_show_rate"].value == pytest.approx(1 / 3)
    assert report["no_show_rate"].previous is None  # nothing scheduled in September
    demo = report["meetings_booked"].detail.set_index("kind").loc["demo"]
    assert (demo["booked"], demo["held"], demo["no_show"]) == (1, 1, 1)


OPPS = [
    {"account_id": 1, "name": "A1 new", "type": "new_business", "amount": 1000, "created_at": "2026-09-01",
     "closed_at": "2026-10-11", "status": "won", "promotion": "BLACKFRIDAY"},
    {"account_id": 2, "name": "A2 more", "type": "expansion", "amount": 500, "created_at": "2026-10-01",
     "closed_at": "2026-10-21", "status": "won"},
    {"account_id": 3, "name": "A3 new", "type": "new_business", "amount": 800, "created_at": "2026-08-01",
     "closed_at": "2026-10-15", "status": "lost"},
    {"account_id": 2, "name": "A2 first", "type": "new_business", "amount": 300, "created_at": "2025-01-01",
     "closed_at": "2025-03-01", "status": "won"},
    {"account_id": 4, "name": "A4 open", "type": "new_business", "amount": 900, "created_at": "2026-10-01",
     "status": "open"},
]


def test_closed_deals_won_amount_win_rate_and_new_customers():
    report = kpis(PortfolioFrames.build(accounts=ACCOUNTS, opportunities=OPPS),
                  ["closed_deals", "won_amount", "win_rate", "new_customers"])
    assert report["closed_deals"].value == 2  # A1 new and A2 more
    assert report["won_amount"].value == 1500  # 1000 + 500
    assert report["win_rate"].value == pytest.approx(2 / 3)  # 2 won / (2 won + 1 lost)
    # A1's first new-business win closed in October; A2's first one was in 2025
    assert report["new_customers"].value == 1
    new_business = report["closed_deals"].detail.set_index("type").loc["new_business"]
    assert (new_business["won"], new_business["lost"]) == (1, 1)


def test_account_nps_uses_each_contacts_latest_response_in_the_year():
    nps = [
        {"account_id": 1, "contact_id": 1, "score": 10, "responded_at": "2026-03-01"},
        {"account_id": 1, "contact_id": 1, "score": 3, "responded_at": "2026-09-01"},  # latest: 3
        {"account_id": 1, "contact_id": 2, "score": 9, "responded_at": "2026-10-05"},
        {"account_id": 1, "contact_id": 3, "score": 8, "responded_at": "2026-10-06"},
        {"account_id": 1, "contact_id": 4, "score": 0, "responded_at": "2025-06-01"},  # too old
    ]
    result = kpis(PortfolioFrames.build(accounts=ACCOUNTS, contacts=CONTACTS, nps=nps),
                  ["account_nps"])["account_nps"]
    # latest per contact: 3 (detractor), 9 (promoter), 8 (passive) -> (1 - 1) / 3 = 0
    assert result.value == pytest.approx(0.0)
    assert result.n == 3
    assert "small_sample" in result.flags  # 3 < 5 responses


SUBS = [
    {"account_id": 1, "product": "core", "start_date": "2025-01-01", "arr": 100},
    {"account_id": 1, "product": "addon", "start_date": "2026-10-20", "arr": 50},
    {"account_id": 2, "product": "core", "start_date": "2025-01-01", "arr": 200, "churned_at": "2026-10-15"},
    {"account_id": 3, "product": "core", "start_date": "2026-10-10", "arr": 60},
    {"account_id": 4, "product": "core", "start_date": "2025-01-01", "end_date": "2026-09-15", "arr": 40},
]


def test_retention_rate_standard_form():
    report = kpis(PortfolioFrames.build(accounts=ACCOUNTS, subscriptions=SUBS), ["retention_rate"])
    # S at Oct 1 = {1, 2} (4 ended Sep 15); E at Nov 1 = {1, 3}; N = {3}
    # (E - N) / S = (2 - 1) / 2
    assert report["retention_rate"].value == pytest.approx(0.5)
    assert report["retention_rate"].n == 2


def test_zero_denominators_are_na_never_zero():
    report = kpis(PortfolioFrames.build(accounts=ACCOUNTS))
    for metric_id in ("email_ctr", "win_rate", "no_show_rate", "retention_rate", "account_nps",
                      "form_conversion", "cta_conversion"):
        assert report[metric_id].value is None, metric_id
    assert report["form_fills"].value == 0  # a count of nothing is 0, not n/a
    assert isinstance(report["form_fills"].detail, pd.DataFrame)
