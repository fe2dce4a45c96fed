"""Lead metrics on one small hand-checked fixture (October 2026; previous period
2026-08-31 to 2026-09-30). Default settings: form_fill 50 points, cta_click 10, web_visit 2,
page_view 1, decision makers x2, MQL threshold 60, 30-day half-life, 90 silent days.

Contacts (accounts 1 and 2, tier multiplier 1):
  c1 user, created Oct 2, CRM mql_at Oct 10, sql_at Oct 20
  c2 user, created Sep 10: form fill (campaign 1) + CTA click on Oct 5 12:00 -> 50 + 10 = 60
  c3 decision maker, created Oct 3: form fill (campaign 2) on Oct 3 -> 50 x 2 = 100
  c4 user, created Aug 15: form fills Sep 1 (campaign 2) and Oct 1 (campaign 1)
     -> 50 x 0.5^(30/30) + 50 = 75 on Oct 1
  c5 user, created Sep 5, CRM mql_at Sep 20, sql_at Oct 2
  c6, c7 old contacts: web visits and page views only
"""

from __future__ import annotations

import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.metrics import Period, compute_kpis
from domain.settings import WorkspaceSettings

OCT = Period.month(2026, 10)
T = pd.Timestamp


def ev(kind, at, contact=None, account=1, campaign=None, session=None):
    return {"account_id": account, "contact_id": contact, "kind": kind, "occurred_at": T(at),
            "campaign_id": campaign, "session": session}


def contact(id, created, role="user", account=1, mql=None, sql=None):
    return {"id": id, "account_id": account, "name": f"C{id}", "buying_role": role,
            "created_at": T(created), "mql_at": mql and T(mql), "sql_at": sql and T(sql)}


FRAMES = PortfolioFrames.build(
    accounts=[{"id": 1, "name": "A1", "tier": 1}, {"id": 2, "name": "A2", "tier": 1}],
    contacts=[
        contact(1, "2026-10-02", mql="2026-10-10", sql="2026-10-20"),
        contact(2, "2026-09-10"),
        contact(3, "2026-10-03", role="decision_maker"),
        contact(4, "2026-08-15"),
        contact(5, "2026-09-05", mql="2026-09-20", sql="2026-10-02"),
        contact(6, "2026-01-01"),
        contact(7, "2026-01-01"),
    ],
    campaigns=[
        {"id": 1, "name": "Autumn webinar", "channel": "webinar", "cost": 3100,
         "start": T("2026-10-01"), "end": T("2026-10-31")},
        {"id": 2, "name": "Search", "channel": "paid_search", "cost": 600,
         "start": T("2026-09-16"), "end": T("2026-10-15")},
    ],
    events=[
        ev("form_fill", "2026-10-05 12:00", 2, campaign=1),
        ev("cta_click", "2026-10-05 12:00", 2),
        ev("form_fill", "2026-10-03", 3, campaign=2),
        ev("form_fill", "2026-09-01", 4, campaign=2),
        ev("form_fill", "2026-10-01", 4, campaign=1),
        ev("web_visit", "2026-05-01", 6),
        ev("page_view", "2026-10-15", 6),
        ev("web_visit", "2026-09-20", 7),
        ev("web_visit", "2026-10-10", 7),
        ev("web_visit", "2026-10-02", 1),
        ev("web_visit", "2026-10-11", None, session="s9"),
        ev("web_visit", "2026-10-12", None, session="s9"),
        ev("web_visit", "2026-10-13", None),
    ],
    opportunities=[
        {"account_id": 1, "name": "A1 deal", "type": "new_business", "amount": 10000,
         "created_at": T("2026-10-12"), "closed_at": T("2026-10-20"), "status": "won"},
        {"account_id": 2, "name": "A2 deal", "type": "new_business", "amount": 2000,
         "created_at": T("2026-10-01"), "closed_at": T("2026-10-25"), "status": "won",
         "campaign_id": 2},
    ],
)


@pytest.fixture(scope="module")
def report():
    return compute_kpis(FRAMES, WorkspaceSettings(), OCT)


def test_raw_leads_count_contacts_created(report):
    # October: c1, c3; previous period: c2 (Sep 10) and c5 (Sep 5); c4 (Aug 15) is earlier
    assert (report["raw_leads"].value, report["raw_leads"].previous) == (2, 2)
    assert report["raw_leads"].verdict == "vanity"
    assert report["raw_leads"].definition.alternative == "mqls"


def test_mqls_from_crm_dates_else_the_lead_score_crossing(report):
    # October: c1 (CRM Oct 10), c2 (score 60 on Oct 5), c3 (100 on Oct 3), c4 (75 on Oct 1)
    # previous: c5 (CRM Sep 20)
    assert (report["mqls"].value, report["mqls"].previous) == (4, 1)
    sources = report["mqls"].detail.set_index("source")["mqls"]
    assert (sources["crm"], sources["score"]) == (1, 3)


def test_sqls_and_mql_to_sql(report):
    assert report["sqls"].value == 2  # c1 on Oct 20, c5 on Oct 2
    # of October's 4 MQLs only c1 became an SQL by Nov 1
    assert report["mql_to_sql"].value == pytest.approx(1 / 4)
    # previous period: c5 qualified Sep 20 but became an SQL on Oct 2, after its end
    assert report["mql_to_sql"].previous == pytest.approx(0.0)


def test_cost_per_mql_overall_and_per_campaign(report):
    # October cost: campaign 1 all 31 of its days = 3100; campaign 2 runs Sep 16 - Oct 15
    # (30 days, 20 a day), 15 of them in October = 300 -> 3400 / 4 MQLs = 850
    assert report["cost_per_mql"].value == pytest.approx(850)
    table = report["cost_per_mql"].detail.set_index("campaign_id")
    # last touch: c1 -> account's last campaign touch before Oct 10 = c2's Oct 5 (campaign 1);
    # c2 -> 1 (its own fill at the crossing moment); c3 -> 2; c4 -> 1 (Oct 1)
    assert (table.loc[1, "mqls"], table.loc[2, "mqls"]) == (3, 1)
    assert table.loc[1, "cost_per_mql"] == pytest.approx(3100 / 3)
    assert table.loc[2, "cost_per_mql"] == pytest.approx(300)
    # first touch: c1 -> account's first (c4's Sep 1, campaign 2); c2 -> 1; c3 -> 2; c4 -> 2
    assert (table.loc[1, "mqls_first_touch"], table.loc[2, "mqls_first_touch"]) == (1, 3)
    assert table.loc[2, "cost_per_mql_first_touch"] == pytest.approx(100)


def test_campaign_roi_last_and_first_touch(report):
    table = report["campaign_roi"].detail.set_index("campaign_id")
    # A1's deal has no campaign: account 1's last campaign touch by Oct 12 is campaign 1
    # (Oct 5); A2's deal names campaign 2
    assert table.loc[1, "roi"] == pytest.approx((10000 - 3100) / 3100)
    assert table.loc[2, "roi"] == pytest.approx((2000 - 300) / 300)
    assert report["campaign_roi"].value == pytest.approx((12000 - 3400) / 3400)
    # first touch: account 1's first campaign touch is campaign 2 (Sep 1)
    assert table.loc[1, "roi_first_touch"] == pytest.approx(-1.0)
    assert table.loc[2, "roi_first_touch"] == pytest.approx((12000 - 300) / 300)


def test_cac_with_and_without_listed_cost(report):
    # two accounts won their first new business in October: 3400 / 2
    assert report["cac"].value == pytest.approx(1700)
    listed = WorkspaceSettings(sales_marketing_cost=36500)  # 100 a day, 31 days = 3100
    with_listed = compute_kpis(FRAMES, listed, OCT, metric_ids=["cac"])
    assert with_listed["cac"].value == pytest.approx((3400 + 3100) / 2)


def test_lead_score_cohorts_quartiles_at_month_end(report):
    result = report["lead_score_cohorts"]
    # October's new leads at Nov 1: c1's web visit of Oct 2: 2 x 0.5^(30/30) = 1;
    # c3's form fill of Oct 3: 100 x 0.5^(29/30); quartiles of two values interpolate
    c1, c3 = 1.0, 100 * 0.5 ** (29 / 30)
    row = result.detail.iloc[0]
    assert (row["cohort"], row["leads"]) == ("2026-10", 2)
    assert row["median"] == pytest.approx((c1 + c3) / 2)
    assert row["q1"] == pytest.approx(c1 + (c3 - c1) / 4)
    assert row["q3"] == pytest.approx(c1 + 3 * (c3 - c1) / 4)
    assert row["above_mql_threshold"] == pytest.approx(0.0)  # 51.2 < 60 at month end
    assert result.value == pytest.approx((c1 + c3) / 2)


def test_reactivated_prospects_after_90_silent_days(report):
    # c6: silent May 1 -> Oct 15 (167 days): reactivated; c7: 20 days; c4: 30 days;
    # c1, c2, c3 had never engaged before October
    assert report["reactivated_prospects"].value == 1


def test_lead_conversion_rate_new_leads_among_visitors(report):
    # October visitors: c1, c7, session s9 (twice), one visit without session = 4;
    # new leads among them: c1 -> 1 / 4
    assert report["lead_conversion_rate"].value == pytest.approx(0.25)
    assert report["lead_conversion_rate"].n == 4


def test_scoped_to_an_account_shares_campaign_cost_by_touches():
    report = compute_kpis(FRAMES, WorkspaceSettings(), OCT, account_ids=[2],
                          metric_ids=["mqls", "cost_per_mql", "cac"])
    # account 2 has no contact and no campaign touch: no MQL, none of the cost
    assert report["mqls"].value == 0
    assert report["cost_per_mql"].value is None
    assert report["cac"].value == pytest.approx(0.0)  # 0 cost / 1 new customer (A2)
