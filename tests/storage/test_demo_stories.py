"""The demo tells the stories the screens and the health backtest need, read back through
``load_frames`` the way the app reads them."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
import pytest

from domain.engagement import decayed_points, touch_points
from domain.enums import EventChannel, EventKind
from domain.settings import WorkspaceSettings
from storage.demo import fill_demo
from storage.frames import load_frames
from storage.workspace import Workspace

AS_OF = datetime(2026, 11, 23)


@pytest.fixture(scope="module")
def frames(tmp_path_factory):
    path = tmp_path_factory.mktemp("stories") / "demo.sqlite"
    with Workspace.open(path) as ws:
        fill_demo(ws, accounts=60, events=9_000, seed=3, as_of=AS_OF.date())
        return load_frames(ws)


def test_portfolio_shape(frames):
    accounts = frames.accounts
    tiers = accounts["tier"].value_counts()
    # 10 / 30 / 60 % of 60 accounts.
    assert (tiers[1], tiers[2], tiers[3]) == (6, 18, 36)
    assert accounts["owner"].nunique() >= 6
    assert set(accounts["region"]) == {"EMEA", "North America", "APAC", "LATAM"}
    assert (~accounts["is_target"].astype(bool)).sum() >= 1
    children = accounts.dropna(subset=["parent_id"])
    parents = accounts.set_index("id").loc[children["parent_id"].astype(int)]
    assert len(children) >= 1
    assert (parents["tier"].to_numpy() == 1).all()
    assert (parents["region"].to_numpy() == children["region"].to_numpy()).all()
    size = frames.contacts.groupby("account_id").size()
    assert size.min() >= 3 and size.max() <= 12
    assert set(frames.contacts["buying_role"]) == {
        "decision_maker", "champion", "influencer", "user", "blocker", "unknown"}


def test_every_event_kind_and_traffic_channel_occurs(frames):
    assert set(frames.events["kind"]) == {k.value for k in EventKind}
    web = frames.events[frames.events["kind"] == "web_visit"]
    assert {"organic", "paid", "social", "email", "referral", "direct"} <= set(web["channel"])
    assert set(frames.events["channel"].dropna()) <= {c.value for c in EventChannel}
    assert set(frames.campaigns["channel"]) == {
        "email", "paid_search", "paid_social", "display", "event", "webinar", "content", "pr",
        "other"}


def test_funnels_narrow_at_every_step(frames):
    ev = frames.events
    n = ev["kind"].value_counts()
    assert n["email_sent"] > n["email_delivered"] > n["email_open"] > n["email_click"]
    assert n["email_bounce"] + n["email_delivered"] == n["email_sent"]
    assert n["form_view"] > n["form_fill"] and n["cta_view"] > n["cta_click"]
    assert n["webinar_registered"] > n["webinar_attended"]
    # A click always follows an open of the same e-mail by the same person.
    opened = ev[ev["kind"] == "email_open"][["contact_id", "asset"]].drop_duplicates()
    clicked = ev[ev["kind"] == "email_click"][["contact_id", "asset"]].drop_duplicates()
    assert len(clicked.merge(opened, how="left", indicator=True).query("_merge == 'left_only'")) == 0
    # Page views of a web session share its session id; every session starts with a visit.
    sessions = ev[ev["kind"] == "page_view"]["session"]
    visits = set(ev[ev["kind"] == "web_visit"]["session"])
    assert sessions.notna().all() and set(sessions) <= visits


def test_events_belong_to_people_of_their_account_known_by_then(frames):
    ev = frames.events.dropna(subset=["contact_id"])
    people = frames.contacts.set_index("id")
    assert (ev["contact_id"].map(people["account_id"]) == ev["account_id"]).all()
    assert (ev["contact_id"].map(people["created_at"]) <= ev["occurred_at"]).all()


def test_nobody_is_emailed_after_unsubscribing(frames):
    gone = frames.contacts.dropna(subset=["unsubscribed_at"]).set_index("id")["unsubscribed_at"]
    assert len(gone) >= 1
    mail = frames.events[frames.events["kind"].str.startswith("email_")]
    mail = mail[mail["contact_id"].isin(gone.index)]
    assert (mail["occurred_at"] <= mail["contact_id"].map(gone)).all()


def test_deals_cover_wins_losses_renewals_expansions_and_promotions(frames):
    opp = frames.opportunities
    by = opp.groupby(["type", "status"]).size()
    assert by["new_business", "won"] >= 1 and by["new_business", "lost"] >= 1
    assert by["new_business", "open"] >= 1
    assert by["renewal", "won"] >= 1 and by["renewal", "lost"] >= 1
    assert ("expansion", "won") in by.index or ("expansion", "open") in by.index
    won = opp[opp["status"] == "won"]
    assert won["promotion"].notna().any() and won["promotion"].isna().any()
    assert opp.loc[opp["status"] != "won", "promotion"].isna().all()
    assert opp["campaign_id"].notna().any()
    assert (opp.loc[opp["status"] == "won", "stage"] == "Closed Won").all()
    assert opp.loc[opp["status"] == "open", "closed_at"].isna().all()


def test_churned_subscriptions_end_when_they_churn(frames):
    subs = frames.subscriptions
    churned = subs.dropna(subset=["churned_at"])
    assert len(churned) >= 1
    assert (churned["end_date"] == churned["churned_at"]).all()
    assert (churned["churned_at"] < AS_OF).all()
    # A lost renewal closes shortly before its account churns.
    lost = frames.opportunities.query("type == 'renewal' and status == 'lost'")
    churn_day = churned.groupby("account_id")["churned_at"].max()
    gap = (lost["account_id"].map(churn_day) - lost["closed_at"]).dt.days
    assert gap.between(0, 30).all()


def test_won_new_business_starts_a_subscription_of_that_arr(frames):
    won = frames.opportunities.query("type == 'new_business' and status == 'won'")
    subs = frames.subscriptions[frames.subscriptions["product"] == "Health Platform"]
    merged = won.merge(subs, on="account_id")
    assert len(merged) == len(won)
    assert (merged["arr"] == merged["amount"]).all()
    assert (merged["start_date"] > merged["closed_at"] - pd.Timedelta(days=1)).all()


def test_meetings_held_missed_and_ahead(frames):
    m = frames.meetings
    assert ((m["kind"] == "demo") & (m["status"] == "held")).any()
    assert (m["status"] == "no_show").any() and (m["status"] == "cancelled").any()
    assert (m["status"] == "scheduled").any()
    assert (m["booked_at"] <= m["scheduled_for"]).all()


def test_nps_has_promoters_and_detractors_with_matching_comments(frames):
    nps = frames.nps
    assert (nps["score"] >= 9).any() and (nps["score"] <= 6).any()
    assert nps["score"].between(0, 10).all()
    praise = nps[nps["comment"].fillna("").str.contains("Great support")]
    assert (praise["score"] >= 9).all()
    complaint = nps[nps["comment"].fillna("").str.contains("looking at alternatives")]
    assert (complaint["score"] <= 6).all()


def test_questions_wait_longer_when_customers_fade(frames):
    q = frames.questions.dropna(subset=["answered_at"])
    hours = (q["answered_at"] - q["asked_at"]).dt.total_seconds() / 3600
    assert (hours > 0).all()
    # Accounts that churn: questions in their last 120 days as customers wait far longer.
    churn = frames.subscriptions.dropna(subset=["churned_at"]).groupby("account_id")["churned_at"].max()
    before = q["account_id"].map(churn) - q["asked_at"]
    fading = before.between(pd.Timedelta(0), pd.Timedelta(days=120))
    healthy = q["account_id"].isin(frames.subscriptions.query("churned_at.isna()")["account_id"])
    assert hours[fading].median() > 3 * hours[healthy & ~q["account_id"].isin(churn.index)].median()


def test_some_target_accounts_have_no_touch_in_90_days(frames):
    recent = frames.events[frames.events["occurred_at"] >= AS_OF - pd.Timedelta(days=90)]
    targets = frames.accounts[frames.accounts["is_target"].astype(bool)]
    silent = set(targets["id"]) - set(recent["account_id"])
    assert silent
    booked = frames.meetings[frames.meetings["booked_at"] >= AS_OF - pd.Timedelta(days=90)]
    assert silent - set(booked["account_id"])


def test_leads_keep_a_share_of_mqls_for_the_apps_own_score(frames):
    c = frames.contacts
    fillers = set(frames.events.query("kind == 'form_fill'")["contact_id"].dropna())
    with_form = c[c["id"].isin(fillers)]
    assert with_form["mql_at"].notna().any() and with_form["mql_at"].isna().any()
    assert c["lead_score"].notna().any() and c["lead_score"].isna().any()
    assert c["lead_score"].dropna().between(0, 100).all()
    both = c.dropna(subset=["mql_at", "sql_at"])
    assert (both["mql_at"] <= both["sql_at"]).all()


def _points(frames) -> pd.DataFrame:
    return touch_points(frames, WorkspaceSettings())


def _window_sum(points: pd.DataFrame, ends: pd.Series, days_before: tuple[int, int]) -> float:
    """Σ undecayed points per account in [end - far, end - near), summed over accounts."""
    near, far = days_before
    merged = points.merge(ends.rename("end"), left_on="account_id", right_index=True)
    age = (merged["end"] - merged["occurred_at"]).dt.days
    return float(merged.loc[(age >= near) & (age < far), "points"].sum())


def test_churners_fade_before_they_churn(frames):
    subs = frames.subscriptions.dropna(subset=["churned_at"])
    churn = subs.groupby("account_id")["churned_at"].max()
    churn = churn[churn >= datetime(2025, 5, 23) + pd.Timedelta(days=240)]
    points = _points(frames)
    last_90 = _window_sum(points, churn, (0, 90))
    year_before = _window_sum(points, churn, (150, 240))
    assert last_90 < 0.6 * year_before


def test_prospects_warm_up_before_their_opportunity(frames):
    nb = frames.opportunities.query("type == 'new_business'")
    created = nb.groupby("account_id")["created_at"].min()
    created = created[created >= datetime(2025, 5, 23) + pd.Timedelta(days=150)]
    points = _points(frames)
    assert _window_sum(points, created, (0, 45)) > 2 * _window_sum(points, created, (105, 150))
    # Most of them met the account team in the 90 days before the opportunity.
    m = frames.meetings.merge(created.rename("created"), left_on="account_id", right_index=True)
    met = m[(m["booked_at"] < m["created"]) & (m["booked_at"] >= m["created"] - pd.Timedelta(days=90))]
    assert met["account_id"].nunique() >= 0.5 * len(created)


def test_engagement_ranks_churners_below_stayers_but_not_perfectly(frames):
    """Backtest-style: at each month end T, decayed engagement of the live customers; those
    who churn in the next 90 days should rank lower, with noise left in (AUC below 1)."""
    subs = frames.subscriptions
    points = _points(frames)
    scores, outcomes = [], []
    for T in pd.date_range("2025-09-30", "2026-08-31", freq="ME"):
        live = subs[(subs["start_date"] <= T) & ~(subs["churned_at"] <= T)]["account_id"].unique()
        leaving = subs[(subs["churned_at"] > T) & (subs["churned_at"] <= T + pd.Timedelta(days=90))]
        score = decayed_points(points, T, 30.0, 90).reindex(live).fillna(0.0)
        scores.append(score.to_numpy())
        outcomes.append(np.isin(live, leaving["account_id"]))
    score, y = np.concatenate(scores), np.concatenate(outcomes)
    assert y.sum() >= 3
    ranks = pd.Series(-score).rank().to_numpy()  # low engagement ranks high
    auc = (ranks[y].sum() - y.sum() * (y.sum() + 1) / 2) / (y.sum() * (~y).sum())
    assert 0.65 < auc < 0.99


def test_new_leads_start_with_the_touch_their_source_names(frames):
    c = frames.contacts
    new = c[(c["created_at"] >= datetime(2025, 5, 23)) & c["lead_source"].isin(["Website", "Webinar"])]
    assert len(new) >= 5
    ev = frames.events.dropna(subset=["contact_id"]).sort_values(["occurred_at", "id"])
    first = ev.groupby("contact_id").first().reindex(new["id"])
    expected = new["lead_source"].map({"Website": "web_visit", "Webinar": "webinar_registered"})
    assert (first["kind"].to_numpy() == expected.to_numpy()).all()
    assert (first["occurred_at"].to_numpy() == new["created_at"].to_numpy()).all()
    fills = frames.events.query("kind == 'form_fill'").groupby("contact_id")["occurred_at"].min()
    web = new[new["lead_source"] == "Website"]
    delay = fills.reindex(web["id"]).to_numpy() - web["created_at"].to_numpy()
    # The contact-sales form is filled in 95 seconds after landing (lead_entry.ENTRIES).
    assert (abs(delay - pd.Timedelta(seconds=95)) <= pd.Timedelta(seconds=1)).all()
