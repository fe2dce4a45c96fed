"""Top-of-the-funnel metrics on a hand-checked fixture (October 2026).

Visits: s1 organic /pricing (2 page views, a form fill); s2 paid /pricing (1 page view);
s3 social /blog (no page view, a CTA click); one direct /blog visit without a session.
"""

from __future__ import annotations

import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.metrics import Period, compute_kpis
from domain.settings import WorkspaceSettings

OCT = Period.month(2026, 10)


def ev(kind, at, session=None, asset=None, channel=None, duration=None):
    return {"account_id": 1, "kind": kind, "occurred_at": pd.Timestamp(at), "session": session,
            "asset": asset, "channel": channel, "duration_s": duration}


FRAMES = PortfolioFrames.build(accounts=[{"id": 1, "name": "A1", "tier": 2}], events=[
    ev("web_visit", "2026-10-02 09:00", "s1", "/pricing", "organic"),
    ev("page_view", "2026-10-02 09:00", "s1", "/pricing", duration=30),
    ev("page_view", "2026-10-02 09:01", "s1", "/plans", duration=60),
    ev("form_fill", "2026-10-02 09:02", "s1", "trial"),
    ev("web_visit", "2026-10-03 09:00", "s2", "/pricing", "paid"),
    ev("page_view", "2026-10-03 09:00", "s2", "/pricing"),
    ev("web_visit", "2026-10-04 09:00", "s3", "/blog", "social"),
    ev("cta_click", "2026-10-04 09:01", "s3", "demo-cta"),
    ev("web_visit", "2026-10-05 09:00", None, "/blog", "direct"),
    ev("media_mention", "2026-10-06"),
    ev("media_mention", "2026-10-07"),
    ev("media_mention", "2026-09-07"),
    ev("social_engagement", "2026-10-08"),
])


@pytest.fixture(scope="module")
def report():
    return compute_kpis(FRAMES, WorkspaceSettings(), OCT)


def test_traffic_by_channel_and_free_share(report):
    assert report["web_visits"].value == 4
    detail = report["web_visits"].detail.set_index("channel")
    assert list(detail["visits"]) == [1, 1, 1, 1]  # organic, paid, social, direct
    assert not detail.loc["paid", "free"] and detail.loc["organic", "free"]
    # organic + social + direct = 3 of 4
    assert report["organic_share"].value == pytest.approx(0.75)


def test_landing_pages_convert_when_their_session_fills_a_form_or_clicks_a_cta(report):
    # s1 (form fill) and s3 (CTA click) convert; s2 does not; the visit without session cannot
    assert report["landing_page_conversion"].value == pytest.approx(2 / 4)
    pages = report["landing_page_conversion"].detail.set_index("page")
    assert (pages.loc["/pricing", "visits"], pages.loc["/pricing", "conversions"]) == (2, 1)
    assert pages.loc["/blog", "conversion"] == pytest.approx(0.5)


def test_page_views_and_time_on_page_are_caution(report):
    assert report["page_views"].value == 3
    assert report["time_on_page"].value == pytest.approx(45)  # (30 + 60) / 2 reported
    assert report["time_on_page"].n == 2
    assert report["page_views"].verdict == "caution"
    assert report["page_views"].definition.alternative == "landing_page_conversion"


def test_bounce_rate_single_page_sessions(report):
    # sessions: s1 has 2 page views; s2 has 1 and s3 none: 2 of 3 bounced
    assert report["bounce_rate"].value == pytest.approx(2 / 3)


def test_media_mentions_and_social_engagement(report):
    assert (report["media_mentions"].value, report["media_mentions"].previous) == (2, 1)
    assert report["social_engagement"].value == 1
    assert report["social_engagement"].change == 1
