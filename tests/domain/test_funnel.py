"""The journey funnel over a hand-written stage history (SPEC §5)."""

from __future__ import annotations

import math

import pandas as pd

from domain.funnel import funnel

T = pd.Timestamp
NAT = pd.NaT


def history() -> pd.DataFrame:
    columns = ["target", "aware", "engaged", "mqa", "opportunity", "customer", "expansion", "churned"]
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
        # E: joined after the period; churned customer from long ago.
        5: [T("2026-05-01"), T("2024-01-01"), T("2024-01-01"), T("2024-01-01"),
            T("2024-01-01"), T("2024-01-01"), NAT, T("2026-02-20")],
    }
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=columns)
    frame.index.name = "account_id"
    return frame.astype("datetime64[ns]")


def test_period_funnel_counts_conversion_and_median_days():
    result = funnel(history(), start=T("2026-01-01"), end=T("2026-04-01"))
    by = result.stages.set_index("stage")
    # Target: on the list by 1 April: A, B (no date), C, D; E was created in May.
    assert by.at["target", "accounts"] == 4
    # ...of whom A, B, C had reached Aware by then: 3/4; days from creation: A 9, C 30.
    assert by.at["target", "converted"] == 3
    assert by.at["target", "conversion"] == 0.75
    assert by.at["target", "median_days_to_next"] == 19.5
    # Aware in the period: A (10 Jan), B (5 Jan); both engaged by April: A +10 d, B +36 d.
    assert by.at["aware", "accounts"] == 2
    assert by.at["aware", "conversion"] == 1.0
    assert by.at["aware", "median_days_to_next"] == 23.0
    # Engaged: A and B; only A became MQA, 12 days later.
    assert (by.at["engaged", "accounts"], by.at["engaged", "converted"]) == (2, 1)
    assert by.at["engaged", "conversion"] == 0.5
    assert by.at["engaged", "median_days_to_next"] == 12.0
    assert by.at["mqa", "median_days_to_next"] == 14.0
    assert by.at["opportunity", "median_days_to_next"] == 28.0
    # A became a customer, never expanded; nobody reached Expansion: n/a, not 0.
    assert (by.at["customer", "accounts"], by.at["customer", "conversion"]) == (1, 0.0)
    assert by.at["expansion", "accounts"] == 0
    assert math.isnan(by.at["expansion", "conversion"])
    assert result.churned == 1  # E churned on 20 February


def test_cohort_funnel_nests_stages():
    result = funnel(history(), end=T("2026-04-01"), accounts=[1, 2])
    counts = result.stages.set_index("stage")["accounts"].to_dict()
    assert counts == {"target": 2, "aware": 2, "engaged": 2, "mqa": 1, "opportunity": 1,
                      "customer": 1, "expansion": 0}
    conversion = result.stages.set_index("stage")["conversion"]
    assert conversion["engaged"] == 0.5  # mqa 1 / engaged 2


def test_an_earlier_end_cuts_what_counts():
    result = funnel(history(), start=T("2026-01-01"), end=T("2026-02-01"))
    by = result.stages.set_index("stage")
    # By 1 February: A aware and engaged; B aware (engaged only on 10 Feb).
    assert by.at["aware", "accounts"] == 2
    assert by.at["aware", "converted"] == 1
    assert by.at["mqa", "accounts"] == 0  # A's MQA is dated 1 Feb, the end is exclusive
