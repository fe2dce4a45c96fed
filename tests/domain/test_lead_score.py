"""The engagement lead score and the moment it makes a contact an MQL (SPEC §4, §5).

Default points: form_fill 50, cta_click 10; decision makers x2; 30-day half-life;
MQL threshold 60.
"""

from __future__ import annotations

import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.lead_score import contact_touches, mql_times, score_crossings, scores_at
from domain.settings import WorkspaceSettings

T = pd.Timestamp


def touches(rows):
    return pd.DataFrame([{"contact_id": float(c), "occurred_at": T(t), "points": float(p)}
                         for c, t, p in rows])


def test_the_first_touch_that_reaches_the_threshold_is_the_crossing():
    crossed = score_crossings(touches([
        (1, "2026-10-05 12:00", 50), (1, "2026-10-05 12:00", 10),  # 60 at once
        (2, "2026-09-01", 50), (2, "2026-10-01", 50),  # 50 x 0.5 + 50 = 75 on Oct 1
        (3, "2026-09-01", 50), (3, "2026-10-01", 20),  # 25 + 20 = 45: never
        (4, "2026-10-01", 40), (4, "2026-10-02", 40), (4, "2026-11-01", 1),
    ]), threshold=60, half_life_days=30)
    # c4: 40 then 40 x 0.5^(1/30) + 40 = 79.1 on Oct 2
    assert crossed.to_dict() == {1: T("2026-10-05 12:00"), 2: T("2026-10-01"), 4: T("2026-10-02")}


def test_decay_can_keep_a_contact_below_the_threshold():
    # 40 + 40 x 0.5^(60/30) = 50 < 60
    crossed = score_crossings(touches([(1, "2026-08-01", 40), (1, "2026-09-30", 40)]), 60, 30)
    assert crossed.empty


def test_score_at_a_date_decays_with_the_half_life():
    score = scores_at(touches([(1, "2026-09-01", 100), (1, "2026-11-01", 5)]), T("2026-10-01"),
                      WorkspaceSettings())
    assert score[1.0] == pytest.approx(50.0)  # 30 days = one half-life; Nov 1 is later


FRAMES = PortfolioFrames.build(
    accounts=[{"id": 1, "name": "A", "tier": 1}],
    contacts=[
        {"id": 1, "account_id": 1, "name": "CRM says", "mql_at": T("2026-03-01")},
        {"id": 2, "account_id": 1, "name": "Boss", "buying_role": "decision_maker"},
        {"id": 3, "account_id": 1, "name": "User", "buying_role": "user"},
    ],
    events=[
        {"account_id": 1, "contact_id": 1, "kind": "form_fill", "occurred_at": T("2026-10-01")},
        {"account_id": 1, "contact_id": 1, "kind": "form_fill", "occurred_at": T("2026-10-01")},
        {"account_id": 1, "contact_id": 2, "kind": "form_fill", "occurred_at": T("2026-10-02")},
        {"account_id": 1, "contact_id": 3, "kind": "form_fill", "occurred_at": T("2026-10-03")},
        {"account_id": 1, "kind": "form_fill", "occurred_at": T("2026-10-03")},  # no contact
    ],
)


def test_mql_times_prefer_the_crm_and_score_the_rest():
    found = mql_times(FRAMES, WorkspaceSettings()).set_index("contact_id")
    # c1: the CRM's date wins over its 100 points; c2: 50 x 2 = 100 on Oct 2; c3: 50 < 60
    assert found.loc[1, "mql_at"] == T("2026-03-01") and found.loc[1, "source"] == "crm"
    assert found.loc[2, "mql_at"] == T("2026-10-02") and found.loc[2, "source"] == "score"
    assert 3 not in found.index
    assert found.loc[2, "account_id"] == 1


def test_threshold_and_points_are_workspace_settings():
    settings = WorkspaceSettings(mql_threshold=40)
    assert set(mql_times(FRAMES, settings)["contact_id"]) == {1, 2, 3}
    cheap = WorkspaceSettings(points={"form_fill": 10})
    assert set(mql_times(FRAMES, cheap)["contact_id"]) == {1}


def test_touches_without_a_contact_cannot_make_an_mql():
    assert contact_touches(FRAMES, WorkspaceSettings())["contact_id"].notna().all()
