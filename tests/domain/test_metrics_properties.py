"""Properties of the KPI engine on random small portfolios (hypothesis).

Rates stay in [0, 1] or are n/a, NPS in [-100, 100]; count metrics add up: the sum over a
partition of the accounts by owner equals the portfolio, for the period and the previous one.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.enums import EventKind
from domain.frames import PortfolioFrames
from domain.metrics import CATALOG, KpiContext, Period, compute_in_context
from domain.settings import WorkspaceSettings

PERIOD = Period("2026-10-01", "2026-11-01")
START = pd.Timestamp("2026-07-01")
OWNERS = ("ann", "bob", "cy")
COUNTS = [d.id for d in CATALOG if d.unit == "count"]
RATES = [d.id for d in CATALOG if d.unit == "rate"]
NPS = [d.id for d in CATALOG if d.unit == "nps"]

minutes = st.integers(min_value=0, max_value=150 * 24 * 60)
stamps = minutes.map(lambda m: START + pd.Timedelta(minutes=m))


def _frame(rows: list[dict]) -> list[dict] | pd.DataFrame:
    return rows or pd.DataFrame(columns=["id"])


@st.composite
def portfolios(draw):
    n_accounts = draw(st.integers(1, 5))
    ids = st.integers(1, n_accounts)
    accounts = [{"id": a, "name": f"A{a}", "tier": draw(st.integers(1, 3)),
                 "owner": draw(st.sampled_from(OWNERS))} for a in range(1, n_accounts + 1)]
    contacts = [{
        "id": c, "account_id": draw(ids), "name": f"C{c}",
        "buying_role": draw(st.sampled_from(["decision_maker", "champion", "user"])),
        "created_at": draw(stamps), "mql_at": draw(st.one_of(st.none(), stamps)),
        "sql_at": draw(st.one_of(st.none(), stamps)),
    } for c in range(1, draw(st.integers(0, 8)) + 1)]
    events = []
    for _ in range(draw(st.integers(0, 40))):
        contact = draw(st.one_of(st.none(), st.sampled_from(contacts))) if contacts else None
        events.append({
            "account_id": contact["account_id"] if contact else draw(ids),
            "contact_id": contact["id"] if contact else None,
            "kind": draw(st.sampled_from([k.value for k in EventKind])),
            "occurred_at": draw(stamps),
            "asset": draw(st.sampled_from(["E1", "E2", "F1", None])),
            "session": draw(st.sampled_from(["s1", "s2", None])),
            "channel": draw(st.sampled_from(["organic", "paid", None])),
            "campaign_id": draw(st.sampled_from([1, None])),
            "duration_s": draw(st.one_of(st.none(), st.floats(0, 600))),
        })
    meetings = [{"account_id": draw(ids), "kind": draw(st.sampled_from(["call", "demo"])),
                 "booked_at": draw(stamps), "scheduled_for": draw(stamps),
                 "status": draw(st.sampled_from(["scheduled", "held", "no_show", "cancelled"]))}
                for _ in range(draw(st.integers(0, 4)))]
    opportunities = [{"account_id": draw(ids), "name": "o",
                      "type": draw(st.sampled_from(["new_business", "expansion"])),
                      "amount": draw(st.floats(0, 1e5)), "created_at": draw(stamps),
                      "closed_at": draw(stamps),
                      "status": draw(st.sampled_from(["open", "won", "lost"])),
                      "promotion": draw(st.sampled_from([None, "P"]))}
                     for _ in range(draw(st.integers(0, 4)))]
    subscriptions = [{"account_id": draw(ids), "product": "p", "start_date": draw(stamps),
                      "arr": draw(st.floats(0, 1e5)),
                      "churned_at": draw(st.one_of(st.none(), stamps))}
                     for _ in range(draw(st.integers(0, 4)))]
    nps = [{"account_id": draw(ids), "score": draw(st.integers(0, 10)),
            "responded_at": draw(stamps), "comment": draw(st.sampled_from([None, "ok"]))}
           for _ in range(draw(st.integers(0, 6)))]
    questions = [{"account_id": draw(ids), "asked_at": draw(stamps),
                  "answered_at": draw(st.one_of(st.none(), stamps))}
                 for _ in range(draw(st.integers(0, 3)))]
    return PortfolioFrames.build(
        accounts=accounts, contacts=_frame(contacts), events=_frame(events),
        campaigns=[{"id": 1, "name": "c", "cost": 100.0, "start": START,
                    "end": START + pd.Timedelta(days=150)}],
        meetings=_frame(meetings), opportunities=_frame(opportunities),
        subscriptions=_frame(subscriptions), nps=_frame(nps), questions=_frame(questions),
    )


SETTINGS = settings(max_examples=10, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(portfolios())
def test_rates_are_shares_and_nps_is_bounded(frames):
    report = compute_in_context(KpiContext(frames, WorkspaceSettings()), PERIOD, RATES + NPS)
    for result in report:
        for value in (result.value, result.previous):
            if value is None:
                continue
            if result.id in RATES:
                assert 0.0 <= value <= 1.0, (result.id, value)
            else:
                assert -100.0 <= value <= 100.0, (result.id, value)


@SETTINGS
@given(portfolios())
def test_count_metrics_add_up_over_a_partition_by_owner(frames):
    whole = compute_in_context(KpiContext(frames, WorkspaceSettings()), PERIOD, COUNTS)
    accounts = frames.accounts
    parts = []
    for owner in OWNERS:
        ids = accounts.loc[accounts["owner"] == owner, "id"].astype(int).tolist()
        parts.append(compute_in_context(KpiContext(frames, WorkspaceSettings(), ids), PERIOD,
                                        COUNTS))
    for metric_id in COUNTS:
        if whole[metric_id].na_reason:  # e.g. survey comments without any NPS survey
            assert all(part[metric_id].value is None for part in parts), metric_id
            continue
        for field in ("value", "previous"):
            total = sum(getattr(part[metric_id], field) for part in parts)
            assert total == getattr(whole[metric_id], field), (metric_id, field)
