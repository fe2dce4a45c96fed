"""The demo generator's building blocks, on small hand-made inputs."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.enums import EventKind, MeetingStatus, OpportunityStatus
from storage.demo.contacts import KEY_SPAN, Committee
from storage.demo.portfolio import generate
from storage.demo.sampling import quota_counts, quota_labels
from storage.demo.timeline import Timeline, date_texts, datetime_texts

AS_OF = date(2026, 11, 23)


def test_the_window_is_eighteen_months_ending_at_the_as_of_date():
    timeline = Timeline.ending(AS_OF)
    assert timeline.start == date(2025, 5, 23)
    # 2025-05-23 -> 2026-05-23 is 365 days; -> 2026-11-23 adds 31+30+31+31+30+31 = 184.
    assert timeline.days == 549
    assert timeline.weeks == 79  # ceil(549 / 7)
    # Month starts: the partial first month, then 2025-06-01 (day 9) ... 2026-11-01.
    starts = timeline.month_starts()
    assert starts[:2].tolist() == [0.0, 9.0] and len(starts) == 19


def test_days_become_sqlalchemy_text():
    timeline = Timeline.ending(AS_OF)
    days = np.array([0.0, 1.5, np.nan, -1.0 + 1 / 86_400])
    assert datetime_texts(timeline, days).tolist() == [
        "2025-05-23 00:00:00.000000",
        "2025-05-24 12:00:00.000000",
        None,
        "2025-05-22 00:00:01.000000",
    ]
    assert date_texts(timeline, np.array([0.0, 31.9, np.nan, -1.0])).tolist() == [
        "2025-05-23", "2025-06-23", None, "2025-05-22"]


def test_quotas_are_exact_and_give_every_category_its_minimum():
    assert quota_counts(10, (0.5, 0.3, 0.2)).tolist() == [5, 3, 2]
    # 7 x (0.5, 0.3, 0.2) = 3.5, 2.1, 1.4: floors 3, 2, 1 and the largest remainder (.5) +1.
    assert quota_counts(7, (0.5, 0.3, 0.2)).tolist() == [4, 2, 1]
    # With a minimum of 1 each, 4 left share (0.9, 0.05, 0.05): 3.6, 0.2, 0.2 -> 3+1, 0, 0 ... +1 each.
    assert quota_counts(7, (0.9, 0.05, 0.05), minimum=1).tolist() == [5, 1, 1]
    labels = quota_labels(np.random.default_rng(0), 10, (0.5, 0.3, 0.2))
    assert np.bincount(labels).tolist() == [5, 3, 2]


def test_a_touch_goes_to_someone_already_known_and_prefers_senior_people():
    # Account 0: a decision maker known from day -10, a user from day 100.
    # Account 1: a user known from day 50 only.
    account = np.array([0, 0, 1])
    join = np.array([-10.0, 100.0, 50.0])
    committee = Committee(
        account=account, join=join, senior=np.array([True, False, False]),
        start=np.array([0, 2]), keys=account * KEY_SPAN + join,
    )
    rng = np.random.default_rng(1)
    picked = committee.pick(np.array([0, 0, 1, 1]), np.array([20.0, 20.0, 20.0, 60.0]),
                            np.array([0.0, 1.0, 1.0, 1.0]), rng)
    # Day 20: only the decision maker is known at account 0; nobody yet at account 1.
    assert picked.tolist() == [0, 0, -1, 2]
    later = committee.pick(np.zeros(400, dtype=int), np.full(400, 200.0), np.full(400, 1.0), rng)
    # Wanting seniority, the decision maker wins unless all three candidates are the user
    # (1/8 of the time).
    assert 0.8 < (later == 0).mean() < 0.95


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    accounts=st.integers(min_value=1, max_value=30),
    events=st.integers(min_value=0, max_value=2_500),
    seed=st.integers(min_value=0, max_value=10_000),
    as_of=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
)
def test_any_size_seed_and_date_give_a_consistent_portfolio(accounts, events, seed, as_of):
    portfolio = generate(accounts, events, seed, as_of)
    tables, days = portfolio.tables, portfolio.timeline.days
    ev = tables["events"]
    assert len(ev["id"]) == events
    assert set(ev["kind"]) <= {k.value for k in EventKind}
    assert ((ev["occurred_at"] >= 0) & (ev["occurred_at"] < days)).all()
    assert len(tables["accounts"]["id"]) == accounts
    contacts = pd.DataFrame(tables["contacts"])
    owner = contacts.set_index("id")["account_id"]
    known = ~np.isnan(ev["contact_id"])
    assert (owner.loc[ev["contact_id"][known]].to_numpy() == ev["account_id"][known]).all()
    meetings = pd.DataFrame(tables["meetings"])
    assert set(meetings["status"]) <= {s.value for s in MeetingStatus}
    assert ((meetings["scheduled_for"] >= days) == (meetings["status"] == "scheduled")).all()
    assert (meetings["booked_at"] < days).all()
    opps = pd.DataFrame(tables["opportunities"])
    assert set(opps["status"]) <= {s.value for s in OpportunityStatus}
    assert (opps["closed_at"].isna() == (opps["status"] == "open")).all()
    assert (opps["closed_at"].dropna() < days).all()
    nps = pd.DataFrame(tables["nps_responses"])
    assert nps["score"].between(0, 10).all()
