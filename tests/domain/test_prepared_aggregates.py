"""The KPI engine's prepared aggregates (``domain.metrics.prepared``) give every result a
context computes on its own, for every scope, also after a round trip through their arrays.

Fixture, worked by hand: three accounts. Contact 1 (account 1, decision maker: points x 2)
fills a form on 2 October (50 x 2 = 100 >= 60: an MQL by score that day) after an email
click from campaign 1 on 1 October; contact 2 (account 1) only views content (2 points each:
never an MQL); contact 3 (account 2) is an MQL by the CRM on 10 October and clicked
campaign 2's email on 5 October; contact 4 (account 3, champion: points x 1.5) clicks a CTA
on 19 October (15) and fills a form on 20 October (75 >= 60: an MQL). Account 1 wins a
deal created on 3 October. So October has 3 MQLs: two by score, one by the CRM; by last
touch campaign 1 has one (contact 1), campaign 2 one (contact 3); contact 4 has no campaign.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from domain.frames import PortfolioFrames
from domain.metrics import KpiContext, Period, compute_in_context
from domain.metrics.prepared import compact, contacts_stay, from_arrays, prepare, to_arrays
from domain.settings import WorkspaceSettings

OCTOBER = Period("2026-10-01", "2026-11-01")
# October and the month before; a quarter that also holds the summer and ends mid-November.
PERIODS = (OCTOBER, Period("2026-08-15", "2026-11-14"))
SCOPES = (None, frozenset({2}), frozenset({1, 2}))


def portfolio(moved: bool = False) -> PortfolioFrames:
    """The fixture above; ``moved``: contact 3 also engages under account 1's name (as after
    a contact changed account), so contacts no longer name one account."""
    events = []

    def add(account, contact, kind, day, campaign=None, asset=None):
        events.append({"account_id": account, "contact_id": contact, "kind": kind,
                       "occurred_at": pd.Timestamp(day), "campaign_id": campaign,
                       "asset": asset})

    add(1, 1, "email_delivered", "2026-10-01 08:00", 1, "e1")
    add(1, 1, "email_click", "2026-10-01 09:00", 1, "e1")
    add(1, 1, "form_fill", "2026-10-02 10:00", None, "demo-form")
    add(1, 2, "content_view", "2026-08-01", None, "guide")
    add(1, 2, "content_view", "2026-10-12", None, "guide")
    add(2, 3, "email_delivered", "2026-10-05 08:00", 2, "e2")
    add(2, 3, "email_click", "2026-10-05 09:00", 2, "e2")
    add(2, 3, "web_visit", "2026-06-01")
    add(2, 3, "web_visit", "2026-10-07")
    add(3, 4, "cta_click", "2026-10-19", None, "cta")
    add(3, 4, "form_fill", "2026-10-20", None, "demo-form")
    add(3, None, "web_visit", "2026-10-21")
    if moved:
        add(1, 3, "form_fill", "2026-09-01", 1, "demo-form")
        add(1, 3, "web_visit", "2026-09-02", 1)
    return PortfolioFrames.build(
        accounts=[{"id": 1, "name": "A", "tier": 1, "is_target": True},
                  {"id": 2, "name": "B", "tier": 2, "is_target": True},
                  {"id": 3, "name": "C", "tier": 3, "is_target": False}],
        contacts=[{"id": 1, "account_id": 1, "buying_role": "decision_maker",
                   "created_at": "2026-09-20"},
                  {"id": 2, "account_id": 1, "created_at": "2026-07-20"},
                  {"id": 3, "account_id": 2, "created_at": "2026-05-01",
                   "mql_at": "2026-10-10"},
                  {"id": 4, "account_id": 3, "buying_role": "champion",
                   "created_at": "2026-10-01"}],
        campaigns=[{"id": 1, "name": "Webinar", "start": "2026-09-01", "end": "2026-10-31",
                    "cost": 6100.0},
                   {"id": 2, "name": "Nurture", "start": "2026-10-01", "end": "2026-10-31",
                    "cost": 3100.0}],
        events=events,
        opportunities=[{"id": 1, "account_id": 1, "name": "Deal", "type": "new_business",
                        "amount": 50000.0, "created_at": "2026-10-03",
                        "closed_at": "2026-10-25", "status": "won"}],
    )


def same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and a == b


def assert_same_reports(plain, taken) -> None:
    for a, b in zip(plain, taken, strict=True):
        for name in ("value", "previous", "n", "previous_n", "flags", "na_reason"):
            assert same(getattr(a, name), getattr(b, name)), (a.id, name)
        if a.detail is None:
            assert b.detail is None, a.id
        else:
            pd.testing.assert_frame_equal(a.detail, b.detail, check_exact=True)


def stored(prepared):
    """The prepared aggregates as their file gives them back."""
    return from_arrays({name: np.array(values) for name, values in to_arrays(prepared).items()})


def test_the_fixture_holds_what_its_text_says():
    report = compute_in_context(KpiContext(portfolio(), WorkspaceSettings()), OCTOBER)
    assert report.value("mqls") == 3
    sources = report.detail("mqls").set_index("source")["mqls"]
    assert (sources["crm"], sources["score"]) == (1, 2)
    table = report.detail("cost_per_mql").set_index("campaign_id")
    assert (table.loc[1, "mqls"], table.loc[2, "mqls"]) == (1, 1)


@pytest.mark.parametrize("moved", [False, True])
def test_every_result_is_what_the_context_computes_alone(moved):
    frames, settings = portfolio(moved), WorkspaceSettings()
    prepared = stored(prepare(frames, settings))
    assert prepared.contacts_stay is not moved
    for scope in SCOPES:
        for period in PERIODS:
            plain = compute_in_context(KpiContext(frames, settings, scope), period)
            ctx = KpiContext(frames, settings, scope, prepared=prepared)
            assert ctx.prepared is prepared
            assert_same_reports(plain, compute_in_context(ctx, period))


class ReadOnAsk(dict):
    """A stored file's arrays as ``np.load`` gives them lazily: a fresh copy on every ask."""

    def __init__(self, arrays):
        super().__init__(arrays)
        self.asked = []

    def __getitem__(self, name):
        self.asked.append(name)
        return np.array(super().__getitem__(name))


def test_aggregates_that_read_their_arrays_on_ask_give_the_same_results():
    frames, settings = portfolio(), WorkspaceSettings()
    arrays = ReadOnAsk(to_arrays(prepare(frames, settings)))
    lazy = from_arrays(arrays, keep=False)
    assert lazy.arrays is arrays  # nothing kept but the mapping
    assert {"email/keys", "engagement/previous", "mql/times"} <= set(arrays.asked)  # checked
    for scope in SCOPES:
        plain = compute_in_context(KpiContext(frames, settings, scope), OCTOBER)
        ctx = KpiContext(frames, settings, scope, prepared=lazy)
        assert_same_reports(plain, compute_in_context(ctx, OCTOBER))
        assert ctx.unused_seeds() == frozenset()


def test_a_moved_contact_changes_a_scopes_mql_times_which_are_then_computed():
    frames, settings = portfolio(moved=True), WorkspaceSettings()
    prepared = prepare(frames, settings)
    # Account 2 alone: contact 3's form fill under account 1 is not its touch there.
    ctx = KpiContext(frames, settings, [2], prepared=prepared)
    compute_in_context(ctx, OCTOBER)
    whole = KpiContext(frames, settings, prepared=prepared)
    compute_in_context(whole, OCTOBER)
    assert whole.unused_seeds() == frozenset()  # the whole workspace takes every part
    assert "mql_times" not in ctx.unused_seeds()  # never offered: computed for the scope


def test_nothing_is_prepared_again_by_a_context_given_the_aggregates():
    frames, settings = portfolio(), WorkspaceSettings()
    ctx = KpiContext(frames, settings, [1, 2], prepared=prepare(frames, settings))
    compute_in_context(ctx, OCTOBER)
    assert ctx.unused_seeds() == frozenset()


def test_aggregates_of_other_settings_or_other_frames_are_not_used():
    frames, settings = portfolio(), WorkspaceSettings()
    prepared = prepare(frames, settings)
    assert KpiContext(frames, WorkspaceSettings(mql_threshold=10.0),
                      prepared=prepared).prepared is None
    assert KpiContext(portfolio(moved=True), settings, prepared=prepared).prepared is None
    # A setting the preparation does not read leaves it valid.
    assert KpiContext(frames, WorkspaceSettings(currency="EUR"),
                      prepared=prepared).prepared is prepared


def test_damaged_arrays_are_refused():
    arrays = to_arrays(prepare(portfolio(), WorkspaceSettings()))
    short = dict(arrays, **{"lead/points": arrays["lead/points"][:-1]})
    with pytest.raises(ValueError, match="different lengths"):
        from_arrays(short)
    with pytest.raises(ValueError, match="not a column of numbers"):
        from_arrays(dict(arrays, **{"email/times": np.array(["x"] * len(arrays["email/times"]))}))


def test_ids_are_kept_in_the_smallest_exact_type():
    assert compact(np.array([1.0, 2.0, 70_000.0])).dtype == np.int32
    assert compact(np.array([1.0, np.nan])).dtype == np.float32
    assert compact(np.array([1.5, 2.0])).dtype == np.float64  # not whole: as it is
    assert compact(np.array([2.0 ** 40, np.nan])).dtype == np.float64  # too wide
    values = np.array([3.0, np.nan, 16_000_000.0])
    np.testing.assert_array_equal(compact(values).astype("float64"), values)


def test_contacts_stay_tells_a_contact_named_under_two_accounts():
    assert contacts_stay(portfolio())
    assert not contacts_stay(portfolio(moved=True))
    assert contacts_stay(PortfolioFrames())
