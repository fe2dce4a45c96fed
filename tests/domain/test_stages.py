"""Journey stages as of a date, top-down, and the stage history (SPEC §5).

Default settings: 90-day window, engaged >= 10 points, MQA >= 100 points or >= 2 MQL
contacts, 30-day half-life; form_fill 50, web_visit 2, email_open 0 points; champion ×1.5.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.settings import WorkspaceSettings
from domain.stages import customer_state, stage_history, stages_as_of

AS_OF = pd.Timestamp("2026-06-01")  # data dated before this instant counts
DAY = pd.Timedelta(days=1)


def days_before(n: float) -> pd.Timestamp:
    return AS_OF - n * DAY


def ladder() -> PortfolioFrames:
    """One account per stage (ids in comments)."""
    names = [
        "Target", "Aware", "Engaged", "MQA points", "MQA contacts", "Open opp", "Demo held",
        "Customer", "Expansion", "Churned", "Won no subscription", "Old demo",
    ]
    return PortfolioFrames.build(
        accounts=[{"name": n, "tier": 2} for n in names],
        contacts=[
            {"id": 1, "account_id": 2, "name": "a", "buying_role": "user"},
            {"id": 2, "account_id": 3, "name": "e", "buying_role": "user"},
            {"id": 3, "account_id": 4, "name": "m", "buying_role": "champion"},
            # Two MQLs (CRM dates) 80 and 10 days before: both inside the 90-day window.
            {"id": 4, "account_id": 5, "name": "q1", "buying_role": "user", "mql_at": days_before(80)},
            {"id": 5, "account_id": 5, "name": "q2", "buying_role": "user", "mql_at": days_before(10)},
        ],
        events=[
            # 2 Aware: an email open is a touch worth 0 points.
            {"account_id": 2, "contact_id": 1, "kind": "email_open", "occurred_at": days_before(10)},
            # 3 Engaged: 50 × 0.5^(60/30) = 12.5 >= 10, < 100.
            {"account_id": 3, "contact_id": 2, "kind": "form_fill", "occurred_at": days_before(60)},
            # 4 MQA: 3 champion fills 30 days ago: 3 × 50 × 1.5 × 0.5 = 112.5 >= 100.
            *[{"account_id": 4, "contact_id": 3, "kind": "form_fill", "occurred_at": days_before(30)}] * 3,
        ],
        meetings=[
            {"account_id": 7, "kind": "demo", "booked_at": days_before(30),
             "scheduled_for": days_before(20), "status": "held"},
            # 12: a demo held 120 days ago is outside the window and so is its booking.
            {"account_id": 12, "kind": "demo", "booked_at": days_before(130),
             "scheduled_for": days_before(120), "status": "held"},
        ],
        opportunities=[
            {"account_id": 6, "name": "o", "created_at": days_before(100), "status": "open"},
            {"account_id": 9, "name": "x", "type": "expansion", "created_at": days_before(5), "status": "open"},
            {"account_id": 11, "name": "w", "created_at": days_before(90),
             "closed_at": days_before(31), "status": "won"},
        ],
        subscriptions=[
            {"account_id": 8, "product": "p", "start_date": "2025-01-01", "arr": 100},
            {"account_id": 9, "product": "p", "start_date": "2025-01-01", "arr": 100},
            {"account_id": 10, "product": "p", "start_date": "2025-01-01", "churned_at": "2026-03-01", "arr": 100},
        ],
    )


def test_each_account_lands_in_its_stage_top_down():
    stages = stages_as_of(ladder(), WorkspaceSettings(), AS_OF)["stage"]
    assert stages.to_dict() == {
        1: "target", 2: "aware", 3: "engaged", 4: "mqa", 5: "mqa", 6: "opportunity",
        7: "opportunity", 8: "customer", 9: "expansion", 10: "churned", 11: "customer",
        12: "target",
    }


def test_facts_behind_the_stage():
    out = stages_as_of(ladder(), WorkspaceSettings(), AS_OF)
    assert out.at[3, "points"] == pytest.approx(12.5)
    assert out.at[4, "points"] == pytest.approx(112.5)
    assert out.at[5, "mql_contacts"] == 2
    assert out.at[2, "touches"] == 1 and out.at[2, "points"] == 0


def test_thresholds_are_settings():
    # Raising engaged_points to 13 drops account 3 (12.5 points) back to Aware.
    settings = replace(WorkspaceSettings(), engaged_points=13.0)
    assert stages_as_of(ladder(), settings, AS_OF).at[3, "stage"] == "aware"
    # Three MQL contacts needed: account 5 has two and no points, so it is only Target.
    settings = replace(WorkspaceSettings(), mqa_mql_contacts=3)
    assert stages_as_of(ladder(), settings, AS_OF).at[5, "stage"] == "target"


def test_stage_on_a_past_date_uses_only_what_was_known_then():
    frames = ladder()
    settings = WorkspaceSettings()
    # Before the churn on 2026-03-01 account 10 was a customer; before its expansion
    # opportunity (5 days ago) account 9 was a plain customer.
    earlier = stages_as_of(frames, settings, pd.Timestamp("2026-02-15"))["stage"]
    assert earlier[10] == "customer"
    assert stages_as_of(frames, settings, days_before(5))["stage"][9] == "customer"
    # The won deal closed 31 days before AS_OF: 40 days before, it was an open opportunity.
    assert stages_as_of(frames, settings, days_before(40))["stage"][11] == "opportunity"


def test_churn_is_counted_from_the_day_after_it():
    frames = ladder()
    state_on = customer_state(frames, pd.Timestamp("2026-03-01"))  # churn dated that day
    state_after = customer_state(frames, pd.Timestamp("2026-03-02"))
    assert bool(state_on.at[10, "is_customer"]) and not bool(state_on.at[10, "is_churned"])
    assert bool(state_after.at[10, "is_churned"])
    assert state_after.at[10, "churned_at"] == pd.Timestamp("2026-03-01")


def test_accounts_created_after_the_as_of_date_are_not_staged():
    frames = PortfolioFrames.build(
        accounts=[{"name": "old", "created_at": "2025-01-01"}, {"name": "new", "created_at": AS_OF}]
    )
    assert list(stages_as_of(frames, WorkspaceSettings(), AS_OF).index) == [1]


# -- stage history --------------------------------------------------------------------------
def test_history_dates_each_stage_first_reached():
    history = stage_history(ladder(), WorkspaceSettings())
    assert history.at[3, "aware"] == history.at[3, "engaged"] == days_before(60)
    assert pd.isna(history.at[3, "mqa"])
    assert history.at[4, "mqa"] == days_before(30)
    assert history.at[5, "mqa"] == days_before(10)  # the second MQL contact
    assert history.at[7, "opportunity"] == days_before(20)  # the demo was held
    # A customer reached every earlier stage no later than becoming a customer.
    assert history.at[8, "customer"] == pd.Timestamp("2025-01-01")
    assert history.at[8, "aware"] == pd.Timestamp("2025-01-01")
    assert history.at[9, "expansion"] == days_before(5)
    assert history.at[10, "churned"] == pd.Timestamp("2026-03-01")
    assert history.at[11, "customer"] == days_before(31)
    assert history.at[11, "opportunity"] == days_before(90)


def test_crossings_follow_decay_and_the_window():
    # Fills of 50 at day 0, 30 and 40. Just after day 30: 50 × 0.5 + 50 = 75 < 100;
    # just after day 40: 75 × 0.5^(10/30) + 50 = 109.53 >= 100, so MQA on day 40.
    start = pd.Timestamp("2026-01-01")
    frames = PortfolioFrames.build(
        accounts=[{"name": "a"}, {"name": "b"}],
        contacts=[{"account_id": 1, "name": "u", "buying_role": "user"},
                  {"account_id": 2, "name": "v", "buying_role": "user"}],
        events=[
            {"account_id": 1, "contact_id": 1, "kind": "form_fill", "occurred_at": start + d * DAY}
            for d in (0, 30, 40)
        ] + [
            # Account b: fills exactly 90 days apart. Without the window the second would
            # see 50 + 50 × 0.5^3 = 56.25; with it the first has left: 50.
            {"account_id": 2, "contact_id": 2, "kind": "form_fill", "occurred_at": start + d * DAY}
            for d in (0, 90)
        ],
    )
    settings = replace(WorkspaceSettings(), engaged_points=55.0, mqa_points=100.0)
    history = stage_history(frames, settings)
    assert history.at[1, "mqa"] == start + 40 * DAY
    assert history.at[1, "engaged"] == start + 30 * DAY  # 75 >= 55
    assert pd.isna(history.at[2, "engaged"])
    just_after = start + 90 * DAY + pd.Timedelta(seconds=1)
    assert stages_as_of(frames, settings, just_after).at[2, "stage"] == "aware"


def test_history_as_of_ignores_later_data():
    history = stage_history(ladder(), WorkspaceSettings(), as_of=days_before(15))
    assert pd.isna(history.at[5, "mqa"])  # the second MQL came 10 days before AS_OF
    assert pd.isna(history.at[9, "expansion"])
    assert history.at[10, "churned"] == pd.Timestamp("2026-03-01")


def test_history_agrees_with_stage_as_of_at_every_touch():
    frames = ladder()
    settings = WorkspaceSettings()
    history = stage_history(frames, settings)
    order = ["target", "aware", "engaged", "mqa", "opportunity", "customer", "expansion"]
    for instant in [days_before(d) for d in (125, 95, 59, 29, 19, 9, 4, 0)]:
        stages = stages_as_of(frames, settings, instant)
        for account, stage in stages["stage"].items():
            if stage == "churned":
                continue
            rank = order.index(stage)
            # Reached every stage up to the current one before the instant.
            for earlier in order[1 : rank + 1]:
                assert history.at[account, earlier] < instant, (account, earlier, instant)
