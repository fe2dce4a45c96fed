"""A small, readable portfolio for the dashboard, presentation and settings tests.

Four target accounts, two owners, two regions, three tiers; October 2026 is "the period"
and September 2026 "the previous period". Every count a test checks by hand is listed here:

October 2026 (the period)
  - form fills: 3 (Alpha 2, Cedar 1)            September: 1 (Alpha)
  - NPS responses: 10, 9 (Alpha), 3 (Birch), 7 (Cedar): 2 promoters, 1 passive, 1 detractor
    → NPS = (2 − 1) / 4 × 100 = 25, n = 4
  - contacts created (raw leads, vanity): 3 (Alpha ×2, Cedar ×1)
  - MQLs (mql_at in October): 2 (Alpha's Anna, Cedar's Chen)
  - opportunities won: 1 (Alpha, 50,000 new business), lost: 1 (Cedar)
Owners: Ewa has Alpha (tier 1, EMEA) and Birch (tier 2, EMEA); Ken has Cedar (tier 1, APAC)
and Dune (tier 3, APAC). So filtering on owner Ken leaves 1 form fill in October (Cedar).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import insert

from storage.event_cache import mark_events_changed
from storage.schema import Account, Campaign, Contact, Event, NpsResponse, Opportunity, Subscription
from storage.workspace import Workspace

AS_OF = date(2026, 11, 22)

ACCOUNTS = [
    {"id": 1, "name": "Alpha Logistics", "tier": 1, "owner": "Ewa", "region": "EMEA",
     "is_target": True, "created_at": datetime(2025, 1, 10)},
    {"id": 2, "name": "Birch Łódź sp. z o.o.", "tier": 2, "owner": "Ewa", "region": "EMEA",
     "is_target": True, "created_at": datetime(2025, 2, 1)},
    {"id": 3, "name": "Cedar 株式会社", "tier": 1, "owner": "Ken", "region": "APAC",
     "is_target": True, "created_at": datetime(2025, 3, 1)},
    {"id": 4, "name": "Dune Media", "tier": 3, "owner": "Ken", "region": "APAC",
     "is_target": True, "created_at": datetime(2025, 4, 1)},
]

CONTACTS = [
    {"id": 1, "account_id": 1, "name": "Anna", "buying_role": "decision_maker",
     "created_at": datetime(2026, 10, 2), "mql_at": datetime(2026, 10, 20)},
    {"id": 2, "account_id": 1, "name": "Adam", "buying_role": "champion",
     "created_at": datetime(2026, 10, 5)},
    {"id": 3, "account_id": 2, "name": "Bogna", "buying_role": "user",
     "created_at": datetime(2026, 9, 3)},
    {"id": 4, "account_id": 3, "name": "Chen", "buying_role": "decision_maker",
     "created_at": datetime(2026, 10, 9), "mql_at": datetime(2026, 10, 25)},
    {"id": 5, "account_id": 4, "name": "Dana", "buying_role": "influencer",
     "created_at": datetime(2026, 8, 1)},
]

CAMPAIGNS = [
    {"id": 1, "name": "Autumn webinar", "channel": "webinar", "start": date(2026, 9, 1),
     "end": date(2026, 10, 31), "cost": 6000.0, "is_paid": True},
]


def _event(i: int, account: int, contact: int | None, kind: str, when: datetime,
           asset: str | None = None, campaign: int | None = 1) -> dict:
    return {"id": i, "account_id": account, "contact_id": contact, "campaign_id": campaign,
            "kind": kind, "occurred_at": when, "asset": asset, "channel": "email",
            "session": f"s{i}"}


EVENTS = [
    # September (the previous period)
    _event(1, 1, 1, "form_view", datetime(2026, 9, 10, 9), "demo-form"),
    _event(2, 1, 1, "form_fill", datetime(2026, 9, 10, 9, 5), "demo-form"),
    _event(3, 2, 3, "web_visit", datetime(2026, 9, 12, 10)),
    # October (the period)
    _event(4, 1, 1, "form_view", datetime(2026, 10, 3, 9), "demo-form"),
    _event(5, 1, 1, "form_fill", datetime(2026, 10, 3, 9, 4), "demo-form"),
    _event(6, 1, 2, "form_view", datetime(2026, 10, 6, 14), "trial-form"),
    _event(7, 1, 2, "form_fill", datetime(2026, 10, 6, 14, 2), "trial-form"),
    _event(8, 3, 4, "form_view", datetime(2026, 10, 10, 8), "demo-form"),
    _event(9, 3, 4, "form_fill", datetime(2026, 10, 10, 8, 3), "demo-form"),
    _event(10, 1, 1, "cta_view", datetime(2026, 10, 4, 9), "pricing-cta"),
    _event(11, 1, 1, "cta_click", datetime(2026, 10, 4, 9, 1), "pricing-cta"),
    _event(12, 3, 4, "cta_view", datetime(2026, 10, 11, 9), "pricing-cta"),
    _event(13, 1, 1, "email_delivered", datetime(2026, 10, 1, 8), "oct-news"),
    _event(14, 1, 1, "email_open", datetime(2026, 10, 1, 9), "oct-news"),
    _event(15, 1, 1, "email_click", datetime(2026, 10, 1, 9, 2), "oct-news"),
    _event(16, 2, 3, "email_delivered", datetime(2026, 10, 1, 8), "oct-news"),
    _event(17, 4, 5, "web_visit", datetime(2026, 10, 15, 11)),
]

OPPORTUNITIES = [
    {"id": 1, "account_id": 1, "name": "Alpha platform", "type": "new_business",
     "amount": 50000.0, "created_at": datetime(2026, 7, 1), "closed_at": datetime(2026, 10, 28),
     "status": "won", "campaign_id": 1},
    {"id": 2, "account_id": 3, "name": "Cedar pilot", "type": "new_business", "amount": 20000.0,
     "created_at": datetime(2026, 8, 1), "closed_at": datetime(2026, 10, 30), "status": "lost"},
]

SUBSCRIPTIONS = [
    {"id": 1, "account_id": 1, "product": "Platform", "start_date": date(2026, 10, 28),
     "arr": 50000.0},
]

NPS = [
    {"id": 1, "account_id": 1, "contact_id": 1, "score": 10, "comment": "Great onboarding",
     "responded_at": datetime(2026, 10, 12)},
    {"id": 2, "account_id": 1, "contact_id": 2, "score": 9, "responded_at": datetime(2026, 10, 14)},
    {"id": 3, "account_id": 2, "contact_id": 3, "score": 3, "comment": "Slow support",
     "responded_at": datetime(2026, 10, 16)},
    {"id": 4, "account_id": 3, "contact_id": 4, "score": 7, "responded_at": datetime(2026, 10, 18)},
]


def fill(workspace: Workspace) -> None:
    """Write the fixture in one transaction (events bump the event cache's counter)."""
    with workspace.transaction() as conn:
        for table, rows in ((Account, ACCOUNTS), (Contact, CONTACTS), (Campaign, CAMPAIGNS),
                            (Event, EVENTS), (Opportunity, OPPORTUNITIES),
                            (Subscription, SUBSCRIPTIONS), (NpsResponse, NPS)):
            keys = sorted({key for row in rows for key in row})
            conn.execute(insert(table), [{k: row.get(k) for k in keys} for row in rows])
        mark_events_changed(conn)
