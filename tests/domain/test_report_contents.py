"""Report contents assembled from the KPI engine and the health model, on a tiny portfolio.

``small_portfolio()`` is also the fixture of the report rendering tests: three accounts
named in Japanese, Chinese and Polish, and one whose owner is a formula.
"""

from __future__ import annotations

import pandas as pd

from domain.health.score import score_accounts
from domain.metrics import Period, compute_kpis
from domain.report_contents.account import account_report, weekly_engagement
from domain.settings import WorkspaceSettings

JP, CN, PL = "株式会社山田製作所", "北京华为技术有限公司", "Zakład Łódź Sp. z o.o."
HOSTILE_OWNER = '=HYPERLINK("http://evil.example","x")'
OCTOBER = Period("2026-10-01", "2026-11-01")
AS_OF = pd.Timestamp("2026-11-01")


def small_portfolio():
    from domain.frames import PortfolioFrames

    accounts = [
        {"id": 1, "name": JP, "tier": 1, "owner": "Sato", "industry": "Manufacturing",
         "region": "APAC", "domain": "yamada.example.jp", "is_target": True,
         "created_at": "2025-01-10"},
        {"id": 2, "name": CN, "tier": 2, "owner": "Li", "industry": "Telecom",
         "region": "APAC", "is_target": True, "created_at": "2025-03-01"},
        {"id": 3, "name": PL, "tier": 3, "owner": "Nowak", "industry": "Logistics",
         "region": "EMEA", "is_target": True, "created_at": "2025-05-01"},
        {"id": 4, "name": "Acme Corp", "tier": 3, "owner": HOSTILE_OWNER, "is_target": True,
         "created_at": "2025-06-01"},
    ]
    contacts = [
        {"id": 1, "account_id": 1, "name": "山田太郎", "title": "CTO",
         "buying_role": "decision_maker", "created_at": "2026-10-03", "mql_at": "2026-10-10"},
        {"id": 2, "account_id": 1, "name": "鈴木花子", "title": "IT manager",
         "buying_role": "champion", "created_at": "2026-09-15"},
        {"id": 3, "account_id": 2, "name": "王伟", "buying_role": "influencer",
         "created_at": "2026-10-20"},
        {"id": 4, "account_id": 3, "name": "Łukasz Żółć", "buying_role": "user",
         "created_at": "2026-08-01"},
    ]
    ev = []

    def add(account, contact, kind, day, asset=None):
        ev.append({"account_id": account, "contact_id": contact, "kind": kind,
                   "occurred_at": pd.Timestamp(day), "asset": asset})

    # October emails to account 1: 4 sent and delivered (2 contacts x 2 emails),
    # 2 unique opens, 1 unique click -> CTR 1/4 = 25 %, open rate 2/4 = 50 %.
    for contact in (1, 2):
        for email in ("e1", "e2"):
            add(1, contact, "email_sent", "2026-10-05", email)
            add(1, contact, "email_delivered", "2026-10-05", email)
    add(1, 1, "email_open", "2026-10-06", "e1")
    add(1, 2, "email_open", "2026-10-06", "e1")
    add(1, 1, "email_click", "2026-10-06", "e1")
    add(1, 1, "form_fill", "2026-10-12", "demo-form")
    add(1, 1, "web_visit", "2026-10-12")
    add(2, 3, "web_visit", "2026-10-21")
    add(3, 4, "content_view", "2026-09-10", "guide")
    meetings = [
        {"id": 1, "account_id": 1, "contact_id": 1, "kind": "demo", "booked_at": "2026-10-12",
         "scheduled_for": "2026-10-19", "status": "held"},
    ]
    opportunities = [
        {"id": 1, "account_id": 1, "name": "Yamada rollout", "type": "new_business",
         "amount": 120000.0, "created_at": "2026-10-13", "closed_at": "2026-10-28",
         "status": "won", "stage": "Closed Won"},
        {"id": 2, "account_id": 2, "name": "Pilot", "type": "new_business", "amount": 40000.0,
         "created_at": "2026-10-22", "status": "open", "stage": "Discovery"},
    ]
    subscriptions = [
        {"id": 1, "account_id": 1, "product": "Platform", "start_date": "2026-10-28",
         "arr": 120000.0},
    ]
    nps = [
        {"id": 1, "account_id": 1, "contact_id": 1, "score": 9, "comment": "素晴らしいサポート",
         "responded_at": "2026-10-30"},
        {"id": 2, "account_id": 1, "contact_id": 2, "score": 3, "comment": "=1+1 slow onboarding",
         "responded_at": "2026-10-31"},
    ]
    notes = [
        {"id": 1, "account_id": 1, "author": "Sato", "created_at": "2026-10-29",
         "text": "Plan the kick-off with 山田さん", "due_date": "2026-11-10", "done": False},
    ]
    return PortfolioFrames.build(
        accounts=accounts, contacts=contacts, events=ev, meetings=meetings,
        opportunities=opportunities, subscriptions=subscriptions, nps=nps, notes=notes,
    )


def _report(account_id: int = 1):
    frames, settings = small_portfolio(), WorkspaceSettings()
    kpis = compute_kpis(frames, settings, OCTOBER, account_ids=[account_id])
    health = score_accounts(frames, settings, as_of=AS_OF)
    return account_report(
        frames, settings, account_id, kpis, health.explain(account_id),
        trend="up", change_4w=12.5, sparkline=[40.0, 52.5],
    ), kpis, health


def test_account_report_carries_the_engines_numbers():
    report, kpis, health = _report()
    assert report.name == JP
    assert report.as_of_day.isoformat() == "2026-10-31"
    lines = {line.metric_id: line for line in report.kpis}
    # 1 unique click / 4 delivered (worked out in the fixture) = 0.25, as the engine says.
    assert lines["email_ctr"].value == 0.25 == kpis["email_ctr"].value
    assert lines["form_fills"].value == 1
    # Vanity and caution metrics are not KPI lines; they are in the panel.
    assert "email_open_rate" not in lines and "raw_leads" not in lines
    assert [v.metric_id for v in report.vanity][:2] == ["raw_leads", "sales_cycle_days"]
    assert report.health is not None
    assert report.health.score == health.frame.loc[1, "score"]
    assert report.health.trend == "up" and report.health.sparkline == (40.0, 52.5)


def test_sections_list_the_accounts_own_rows_in_a_fixed_order():
    report, _, _ = _report()
    assert list(report.committee.frame["name"]) == ["山田太郎", "鈴木花子"]  # decision maker first
    assert list(report.nps_responses.frame["score"]) == [3, 9]  # newest first
    assert list(report.nps_responses.frame["category"]) == ["detractor", "promoter"]
    assert list(report.deals.frame["name"]) == ["Yamada rollout"]
    assert list(report.meetings.frame["contact"]) == ["山田太郎"]
    assert list(report.notes.frame["state"]) == ["open"]
    assert report.footnotes[-1].label == "data"
    period, previous, as_of = report.footnotes[-1].facts
    assert (period, previous, as_of.isoformat()) == (OCTOBER, OCTOBER.previous(), "2026-10-31")


def test_weekly_engagement_counts_touches_per_week_and_kind():
    frames = small_portfolio()
    weeks = weekly_engagement(frames.events[frames.events["account_id"] == 1], AS_OF, 6)
    # Weeks start on Mondays; the last one holds 2026-10-31 (a Saturday): Monday 10-26.
    assert [d.date().isoformat() for d in weeks.index][-1] == "2026-10-26"
    # Week of Monday 2026-10-05: 2 opens and 1 click (sends and deliveries are not touches).
    assert weeks.loc["2026-10-05", "email_open"] == 2
    assert weeks.loc["2026-10-05", "email_click"] == 1
    assert "email_sent" not in weeks.columns
    assert weeks.loc["2026-10-12", "form_fill"] == 1


def test_same_data_gives_the_same_report():
    first, _, _ = _report()
    second, _, _ = _report()
    assert first.kpis == second.kpis
    assert first.footnotes == second.footnotes
    pd.testing.assert_frame_equal(first.committee.frame, second.committee.frame)


def test_portfolio_workbook_sheets_hold_the_engines_numbers():
    from domain.funnel import funnel
    from domain.health.model import HealthModelConfig
    from domain.report_contents.workbook import SHEETS, HealthInputs, portfolio_workbook
    from domain.stages import stage_history

    frames, settings = small_portfolio(), WorkspaceSettings()
    kpis = compute_kpis(frames, settings, OCTOBER)
    health = score_accounts(frames, settings, as_of=AS_OF)
    journey = funnel(stage_history(frames, settings, as_of=AS_OF), OCTOBER.end, OCTOBER.start)
    book = portfolio_workbook(
        frames, settings, kpis,
        HealthInputs(health.frame, health.facts, None, HealthModelConfig(), 3), journey,
    )
    assert [s.name for s in book.sheets] == list(SHEETS)
    accounts = book.sheet("accounts").frame.set_index("id")
    # Sorted by name, by code point: "A" < "Z" < 北 (U+5317) < 株 (U+682A).
    assert list(accounts["name"]) == ["Acme Corp", PL, CN, JP]
    assert accounts.loc[1, "score"] == health.frame.loc[1, "score"]
    assert accounts.loc[1, "open_amount"] == health.facts.loc[1, "open_amount"]
    sheet = book.sheet("kpis").frame.set_index("id")
    assert sheet.loc["email_ctr", "value"] == kpis["email_ctr"].value == 0.25
    assert len(sheet) == len(kpis)
    nps = book.sheet("nps_responses").frame
    assert list(nps["score"]) == [9, 3] and list(nps["category"]) == ["promoter", "detractor"]
    assert list(book.sheet("vanity").frame["name"])[:2] == ["raw_leads", "sales_cycle_days"]  # IDS words
    assert "email_ctr" in set(book.sheet("definitions").frame["id"])
    assert book.as_of == pd.Timestamp("2026-10-31")


def test_latest_touches_newest_first_without_sends():
    report, _, _ = _report()
    touches = report.touches.frame
    # Account 1's engagement, newest first: form fill and visit on 10-12, then the opens
    # and the click on 10-06 (sends and deliveries are things we did, not touches).
    assert list(touches["what"])[:2] == ["web_visit", "form_fill"]
    assert set(touches["what"]) == {"web_visit", "form_fill", "email_open", "email_click"}
    assert len(touches) == 5
