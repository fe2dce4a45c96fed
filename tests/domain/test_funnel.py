"""The journey funnel over a hand-written stage history (SPEC §5): one definition for every
surface (reached by the period's end, entered during it, conversion, median days)."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.funnel import STAGE_NAMES, funnel

T = pd.Timestamp
NAT = pd.NaT
COLUMNS = ["target", "aware", "engaged", "mqa", "opportunity", "customer", "expansion", "churned"]


def history() -> pd.DataFrame:
    rows = {
        # A walks the funnel in Q1 2026.
        1: [T("2026-01-01"), T("2026-01-10"), T("2026-01-20"), T("2026-02-01"),
            T("2026-02-15"), T("2026-03-15"), NAT, NAT],
        # B: no creation date; aware and engaged in Q1.
        2: [NAT, T("2026-01-05"), T("2026-02-10"), NAT, NAT, NAT, NAT, NAT],
        # C: aware back in 2025, nothing since.
        3: [T("2025-06-01"), T("2025-07-01"), NAT, NAT, NAT, NAT, NAT, NAT],
        # D: on the list since February, never touched.
        4: [T("2026-02-01"), NAT, NAT, NAT, NAT, NAT, NAT, NAT],
        # E: put on the list in May, a churned customer from long before (2024).
        5: [T("2026-05-01"), T("2024-01-01"), T("2024-01-01"), T("2024-01-01"),
            T("2024-01-01"), T("2024-01-01"), NAT, T("2026-02-20")],
    }
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=COLUMNS)
    frame.index.name = "account_id"
    return frame.astype("datetime64[ns]")


def test_quarter_reached_entered_conversion_and_median_days():
    result = funnel(history(), start=T("2026-01-01"), end=T("2026-04-01"))
    by = result.stages.set_index("stage")
    # Target = the five accounts in scope; created in Q1: A (1 Jan) and D (1 Feb).
    assert (result.in_scope, by.at["target", "accounts"], by.at["target", "entered"]) == (5, 5, 2)
    # Aware by 1 April: A, B, C, E = 4 of 5; days from creation: A 9, C 30 (E's creation
    # came after its journey: no such gap), median 19.5.
    assert by.at["target", "conversion"] == 0.8
    assert by.at["target", "median_days_to_next"] == 19.5
    # Aware: A, B, C, E reached it; A and B in Q1. Engaged by April: A (+10 d), B (+36 d),
    # E (+0 d): 3 of 4, median 10.
    assert (by.at["aware", "accounts"], by.at["aware", "entered"]) == (4, 2)
    assert by.at["aware", "conversion"] == 0.75
    assert by.at["aware", "median_days_to_next"] == 10.0
    # Engaged: A, B, E (A and B in Q1); MQA: A (+12 d), E (+0 d).
    assert (by.at["engaged", "accounts"], by.at["engaged", "entered"]) == (3, 2)
    assert by.at["engaged", "conversion"] == 2 / 3
    assert by.at["engaged", "median_days_to_next"] == 6.0
    # MQA, Opportunity, Customer: A and E; only A entered each in Q1.
    for stage in ("mqa", "opportunity", "customer"):
        assert (by.at[stage, "accounts"], by.at[stage, "entered"]) == (2, 1)
    assert by.at["mqa", "median_days_to_next"] == 7.0  # A 14, E 0
    assert by.at["opportunity", "median_days_to_next"] == 14.0  # A 28, E 0
    # Nobody expanded: Customer converts at 0; Expansion has no one, so n/a (NaN), not 0.
    assert (by.at["customer", "converted"], by.at["customer", "conversion"]) == (0, 0.0)
    assert by.at["expansion", "accounts"] == 0
    assert math.isnan(by.at["expansion", "conversion"])
    assert result.churned == 1  # E churned on 20 February


def test_scope_funnel_starts_at_the_scope():
    result = funnel(history(), end=T("2026-04-01"), accounts=[1, 2])
    assert result.reached() == {"target": 2, "aware": 2, "engaged": 2, "mqa": 1,
                                "opportunity": 1, "customer": 1, "expansion": 0}
    conversion = result.stages.set_index("stage")["conversion"]
    assert conversion["engaged"] == 0.5  # mqa 1 / engaged 2


def test_an_earlier_end_cuts_what_counts():
    result = funnel(history(), start=T("2026-01-01"), end=T("2026-02-01"))
    by = result.stages.set_index("stage")
    # By 1 February: A, B, C, E aware (A, B in January); engaged: A (20 Jan) and E;
    # B only on 10 Feb.
    assert (by.at["aware", "accounts"], by.at["aware", "entered"]) == (4, 2)
    assert (by.at["engaged", "accounts"], by.at["engaged", "entered"]) == (2, 1)
    # A's MQA is dated 1 February and the end is exclusive: only E.
    assert (by.at["mqa", "accounts"], by.at["mqa", "entered"]) == (1, 0)


def test_regression_a_month_funnel_is_not_the_month_arrivals():
    # The workbook once printed "target 5, aware 0, engaged 1" for a month in which nobody
    # became aware, with a conversion of 1 from a row holding 0. Reached counts everything
    # up to the period's end; the month's arrivals are a column of their own.
    result = funnel(history(), start=T("2026-02-01"), end=T("2026-03-01"))
    by = result.stages.set_index("stage")
    assert [int(by.at[s, "accounts"]) for s in STAGE_NAMES] == [5, 4, 3, 2, 2, 1, 0]
    assert [int(by.at[s, "entered"]) for s in STAGE_NAMES] == [1, 0, 1, 1, 1, 0, 0]
    assert by.at["aware", "conversion"] == 0.75


stamps = st.one_of(st.none(), st.integers(0, 400).map(lambda d: T("2025-01-01") + pd.Timedelta(days=d)))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(stamps, min_size=8, max_size=8), min_size=0, max_size=12),
       st.integers(0, 400), st.integers(1, 120))
def test_first_row_is_the_scope_and_reached_never_increases(rows, offset, length):
    frame = pd.DataFrame(rows or [[None] * 8], columns=COLUMNS).astype("datetime64[ns]")
    if not rows:
        frame = frame.iloc[0:0]
    # Stage history nests the stages after Target: each one is "this or a later one".
    later = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    for stage in reversed(COLUMNS[1:7]):
        later = frame[stage].where(later.isna() | (frame[stage] < later), later)
        frame[stage] = later
    start = T("2025-01-01") + pd.Timedelta(days=offset)
    result = funnel(frame, start=start, end=start + pd.Timedelta(days=length))
    reached = result.stages["accounts"].tolist()
    assert reached[0] == len(frame) == result.in_scope
    assert all(a >= b for a, b in zip(reached, reached[1:], strict=False))
    assert (result.stages["entered"] <= result.stages["accounts"]).all()
    rates = result.stages["conversion"].dropna()
    assert ((rates >= 0) & (rates <= 1)).all()
