"""One definition per concept (issue "One truth", item 5), on a hand-made portfolio.

As of 2026-12-15 (everything up to the end of that day; the 90-day window starts on
2026-09-17), default settings: form_fill 50, web_visit 2, email_open 0 points.

- Winco (1) won new business on 2026-09-01 and has no subscription record; the workspace
  does hold subscriptions (Subco's), so this is not a workspace without them.
  Contacts: Dina (decision maker) visited the site on 2026-11-20 (a scored touch);
  Cham (champion) filled a form on 2026-07-01 (scored, before the window) and opened an
  email on 2026-10-06 (0 points: not a scored touch); Ute (user) opened an email on
  2026-12-01 (0 points).
- Subco (2) has an active subscription since 2025-01-01.

Before: Winco read "retention n/a (not a customer)" while its stage was Customer, and its
committee said "No champion engaged in 90 days (last touch 2026-10-06)": a last touch inside
the 90 days it said were empty.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from domain.committee import committee_gaps, committee_table
from domain.engagement import touch_points
from domain.frames import PortfolioFrames
from domain.health.drivers import CUSTOMER_WITHOUT_SUBSCRIPTION, NOT_A_CUSTOMER
from domain.health.model import HealthModelConfig
from domain.health.score import score_accounts
from domain.metrics import Period, compute_kpis
from domain.metrics.context import KpiContext, scope_frames
from domain.report_contents.account import account_report
from domain.settings import WorkspaceSettings

DAY = pd.Timestamp("2026-12-15")
INSTANT = DAY + pd.Timedelta(days=1)
WINCO, SUBCO = 1, 2


def portfolio() -> PortfolioFrames:
    return PortfolioFrames.build(
        accounts=[{"id": WINCO, "name": "Winco", "tier": 2, "is_target": True},
                  {"id": SUBCO, "name": "Subco", "tier": 2, "is_target": True}],
        contacts=[
            {"id": 10, "account_id": WINCO, "name": "Dina", "buying_role": "decision_maker"},
            {"id": 11, "account_id": WINCO, "name": "Cham", "buying_role": "champion"},
            {"id": 12, "account_id": WINCO, "name": "Ute", "buying_role": "user"},
        ],
        events=[
            {"account_id": WINCO, "contact_id": 11, "kind": "form_fill",
             "occurred_at": "2026-07-01 10:00"},
            {"account_id": WINCO, "contact_id": 11, "kind": "email_open",
             "occurred_at": "2026-10-06 09:00"},
            {"account_id": WINCO, "contact_id": 10, "kind": "web_visit",
             "occurred_at": "2026-11-20 14:00"},
            {"account_id": WINCO, "contact_id": 12, "kind": "email_open",
             "occurred_at": "2026-12-01 08:00"},
        ],
        opportunities=[{"account_id": WINCO, "name": "Winco deal", "type": "new_business",
                        "amount": 28_400, "created_at": "2026-06-01",
                        "closed_at": "2026-09-01", "status": "won"}],
        subscriptions=[{"account_id": SUBCO, "product": "X", "start_date": "2025-01-01",
                        "arr": 10_000}],
    )


def test_customer_is_one_set():
    frames, settings = portfolio(), WorkspaceSettings()
    health = score_accounts(frames, settings, HealthModelConfig(), INSTANT)
    assert health.frame.loc[WINCO, "stage"] == "customer"
    assert KpiContext(frames, settings).customers_at(INSTANT) == {WINCO, SUBCO}
    # Retention KPIs count Winco: both were customers on 1 October and still are.
    q4 = compute_kpis(frames, settings, Period(pd.Timestamp("2026-10-01"), INSTANT))
    assert (q4["retention_rate"].value, q4["retention_rate"].n) == (1.0, 2)
    # The retention component follows subscriptions; for Winco it does not apply, and the
    # reason says it is a customer, not the opposite.
    explanation = health.explain(WINCO)
    retention = next(c for c in explanation.components if c.component == "retention")
    assert retention.score is None
    assert retention.reason_missing == CUSTOMER_WITHOUT_SUBSCRIPTION
    shared_out = explanation.renormalisation.missing if explanation.renormalisation else ()
    assert NOT_A_CUSTOMER not in [line.reason_missing for line in shared_out]
    assert health.explain(SUBCO).stage == "customer"


def test_scored_touch_and_last_touch_mean_one_thing():
    frames, settings = portfolio(), WorkspaceSettings()
    config = HealthModelConfig()
    health = score_accounts(frames, settings, config, INSTANT)
    touches = touch_points(frames, settings)
    own = scope_frames(frames, [WINCO])
    page = committee_table(own, settings, DAY.date(), config.window_days,
                           touches[touches["account_id"] == WINCO]).set_index("name")
    # Scored touches in the 90 days, and the last scored touch, per contact (by hand).
    assert page.loc["Dina", "touches"] == 1
    assert page.loc["Dina", "last_touch"] == pd.Timestamp("2026-11-20 14:00")
    assert page.loc["Cham", "touches"] == 0
    assert page.loc["Cham", "last_touch"] == pd.Timestamp("2026-07-01 10:00")  # not 10-06
    assert page.loc["Ute", "touches"] == 0 and pd.isna(page.loc["Ute", "last_touch"])
    facts = health.facts.loc[WINCO].to_dict()
    assert (facts["contacts_engaged"], facts["dm_engaged"], facts["champions_engaged"]) == (1, 1, 0)
    assert facts["last_touch_at"] == pd.Timestamp("2026-11-20 14:00")  # the account's last
    # The gap names the touches it counts, and its date lies before the window it speaks of.
    gaps = committee_gaps(page.reset_index(), config.window_days, facts)
    assert [(g.kind, g.facts) for g in gaps] == [
        ("role_not_engaged", {"role": "champion", "window_days": 90, "last_touch": date(2026, 7, 1)}),
        ("partly_engaged", {"engaged": 1, "known": 3, "window_days": 90}),
    ]
    quoted = [d.on for d in health.explain(WINCO).drivers]
    assert date(2026, 10, 6) not in quoted and date(2026, 12, 1) not in quoted

    # The account PDF's committee is the page's: same touches, same last touches.
    period = Period(pd.Timestamp("2026-11-16"), INSTANT)
    report = account_report(frames, settings, WINCO, compute_kpis(frames, settings, period,
                                                                    [WINCO]),
                            health.explain(WINCO), config=config)
    pdf = report.committee.frame.set_index("name")
    for name in ("Dina", "Cham", "Ute"):
        assert pdf.loc[name, "touches"] == page.loc[name, "touches"], name
        assert (pd.isna(pdf.loc[name, "last_touch"]) and pd.isna(page.loc[name, "last_touch"])
                or pdf.loc[name, "last_touch"] == page.loc[name, "last_touch"]), name
    assert pdf.loc["Dina", "role"] == "decision_maker"  # an id: the desktop words it
