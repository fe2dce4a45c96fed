"""One account's page data, gathered before the portfolio has loaded (targeted queries)."""

from __future__ import annotations

import pandas as pd

from desktop.account.data import load_account, weekly_engagement
from desktop.shared.wording.committee import sentence as gap_words
from storage.settings_repo import load_settings
from tests.desktop.small_portfolio import AS_OF, fill


def test_account_page_data_before_the_full_load(workspace):
    fill(workspace)
    data = load_account(workspace, 1, AS_OF, load_settings(workspace))  # no frames, no health
    assert data.account["name"] == "Acme GmbH"
    assert data.explanation is None  # the score's drivers wait for the full load
    committee = data.committee.set_index("name")
    # Chen's form fill (2026-11-13) is a scored touch and his last touch; Uma's email open
    # scores 0 points, so it is neither a scored touch nor a last touch (it stays on the
    # timeline); Dana never engaged.
    assert committee.loc["Chen Champion", "touches"] == 1
    assert committee.loc["Chen Champion", "last_touch"] == pd.Timestamp("2026-11-13 10:00")
    assert committee.loc["Uma User", "touches"] == 0
    assert pd.isna(committee.loc["Uma User", "last_touch"])
    assert pd.isna(committee.loc["Dana Decider", "last_touch"])
    assert gap_words(data.gaps[0]) == "No decision maker with a scored touch in 90 days (no scored touch ever)."
    # Three events, newest first: the form fill, the open, then the send.
    assert list(data.events["raw_kind"]) == ["form_fill", "email_open", "email_sent"]


def test_weekly_engagement_counts_by_week_and_family(workspace):
    fill(workspace)
    data = load_account(workspace, 1, AS_OF, load_settings(workspace))
    weekly = weekly_engagement(data.frames.events, AS_OF)
    # 52 Monday-start weeks, the last one starting on 2026-11-23 (a Monday).
    assert len(weekly) == 52 and weekly.index[-1] == pd.Timestamp("2026-11-23")
    # The form fill (Fri 2026-11-13) falls in the week of 11-09; the open (Sun 11-01) in the
    # week of 10-26; the send is ours, not the account's, and is not counted.
    assert weekly.loc[pd.Timestamp("2026-11-09"), "Forms & CTAs"] == 1
    assert weekly.loc[pd.Timestamp("2026-10-26"), "Email"] == 1
    assert int(weekly.to_numpy().sum()) == 2
