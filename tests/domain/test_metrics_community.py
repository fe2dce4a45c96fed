"""Community and nurture metrics on hand-checked fixtures (October 2026)."""

from __future__ import annotations

import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.metrics import Period, compute_kpis
from domain.settings import WorkspaceSettings

OCT = Period.month(2026, 10)
T = pd.Timestamp


def ev(kind, at, contact, account=1, asset=None):
    return {"account_id": account, "contact_id": contact, "kind": kind, "occurred_at": T(at),
            "asset": asset}


ACCOUNTS = [{"id": 1, "name": "Customer", "tier": 1}, {"id": 2, "name": "Prospect", "tier": 1}]
CONTACTS = [{"id": 1, "account_id": 1, "name": "C1"}, {"id": 2, "account_id": 1, "name": "C2"},
            {"id": 3, "account_id": 2, "name": "C3"}, {"id": 4, "account_id": 2, "name": "C4"}]


def test_engaged_community_counts_contacts_and_compares_with_a_year_before():
    frames = PortfolioFrames.build(accounts=ACCOUNTS, contacts=CONTACTS, events=[
        ev("page_view", "2026-10-03", 1),
        ev("page_view", "2026-10-04", 1),
        ev("email_click", "2026-10-05", 2),
        ev("email_open", "2026-10-06", 3, account=2),
        ev("email_delivered", "2026-10-06", 4, account=2),  # receiving is not engaging
        ev("web_visit", "2025-10-10", 1),
    ])
    result = compute_kpis(frames, WorkspaceSettings(), OCT, metric_ids=["engaged_community"])[
        "engaged_community"]
    assert result.value == 3  # c1, c2, c3
    october = result.detail.iloc[-1]
    # October 2025 had c1 only: (3 - 1) / 1 = +200 %
    assert (october["month"], october["contacts"], october["year_before"]) == ("2026-10", 3, 1)
    assert october["yoy_change"] == pytest.approx(2.0)
    assert len(result.detail) == 12


def test_nurture_emails_go_to_customers_and_raise_alerts():
    frames = PortfolioFrames.build(
        accounts=ACCOUNTS, contacts=CONTACTS,
        subscriptions=[{"account_id": 1, "product": "core", "start_date": T("2026-01-01"), "arr": 100}],
        events=[
            # September: both customer contacts clicked (CTR 100 %)
            ev("email_delivered", "2026-09-10", 1, asset="N1"),
            ev("email_delivered", "2026-09-10", 2, asset="N1"),
            ev("email_click", "2026-09-11", 1, asset="N1"),
            ev("email_click", "2026-09-11", 2, asset="N1"),
            # October: one click of two, one unsubscribe; the prospect's email is not nurture
            ev("email_delivered", "2026-10-10", 1, asset="N2"),
            ev("email_delivered", "2026-10-10", 2, asset="N2"),
            ev("email_delivered", "2026-10-10", 3, account=2, asset="N2"),
            ev("email_click", "2026-10-11", 1, asset="N2"),
            ev("email_click", "2026-10-11", 3, account=2, asset="N2"),
            ev("email_unsubscribe", "2026-10-12", 2, asset="N2"),
        ])
    report = compute_kpis(frames, WorkspaceSettings(), OCT,
                          metric_ids=["nurture_ctr", "nurture_unsubscribe_rate", "email_ctr"])
    assert report["nurture_ctr"].value == pytest.approx(1 / 2)
    assert report["nurture_ctr"].previous == pytest.approx(1.0)
    assert report["nurture_unsubscribe_rate"].value == pytest.approx(1 / 2)
    assert report["email_ctr"].value == pytest.approx(2 / 3)  # all emails: c1 and c3 clicked
    # 0.5 < 0.8 x 1.0: falling; 0.5 > 1.5 x 0: rising
    assert "ctr_falling" in report["nurture_ctr"].flags
    assert "unsubscribes_rising" in report["nurture_unsubscribe_rate"].flags
    trend = report["nurture_ctr"].detail
    assert list(trend["month"])[-2:] == ["2026-09", "2026-10"]
    assert trend.iloc[-1]["alert"] == "ctr_falling_and_unsubscribes_rising"
    assert trend.iloc[-2]["alert"] == ""


def test_time_to_answer_median_and_share_in_time():
    questions = [
        {"account_id": 1, "asked_at": T("2026-10-01 00:00"), "answered_at": T("2026-10-01 10:00")},
        {"account_id": 1, "asked_at": T("2026-10-02 00:00"), "answered_at": T("2026-10-04 00:00")},
        {"account_id": 1, "asked_at": T("2026-10-05 00:00")},
        {"account_id": 1, "asked_at": T("2026-10-06 00:00"), "answered_at": T("2026-10-06 20:00")},
    ]
    report = compute_kpis(PortfolioFrames.build(accounts=ACCOUNTS, questions=questions),
                          WorkspaceSettings(), OCT, metric_ids=["time_to_answer", "answered_in_time"])
    # answered after 10 h, 48 h and 20 h: median 20 h
    assert report["time_to_answer"].value == pytest.approx(20)
    assert report["time_to_answer"].n == 3
    # within 24 h: 2 of the 4 asked (the unanswered one counts as late)
    assert report["answered_in_time"].value == pytest.approx(0.5)
