"""The portfolio model: Qt-correct, filters narrow by hand-counted amounts, sorts on raw values."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from desktop.portfolio.filter import PortfolioFilter
from desktop.portfolio.model import (
    BAND_ROLE,
    COL_HEALTH,
    COL_LAST_TOUCH,
    COL_NAME,
    COL_NPS,
    COL_STAGE,
    COL_TIER,
    COL_TREND,
    ITEM_ROLE,
    SORT_ROLE,
    SPARK_ROLE,
    PortfolioModel,
)
from desktop.shared.portfolio_rows import band_summary, build_portfolio

# Six target accounts and one that is not a target (never shown).
ACCOUNTS = pd.DataFrame([
    {"id": 1, "name": "Acme GmbH", "tier": 1, "owner": "Ewa", "industry": "Chemicals", "region": "EMEA", "is_target": True},
    {"id": 2, "name": "Łódź Maszyny sp. z o.o.", "tier": 2, "owner": "Ewa", "industry": "Machinery", "region": "EMEA", "is_target": True},
    {"id": 3, "name": "株式会社さくら精機", "tier": 1, "owner": "Ken", "industry": "Machinery", "region": "APAC", "is_target": True},
    {"id": 4, "name": "borealis AB", "tier": 3, "owner": "Ken", "industry": "Energy", "region": "EMEA", "is_target": True},
    {"id": 5, "name": "Cobalt Ltd", "tier": 1, "owner": "Ana", "industry": "Retail", "region": "AMER", "is_target": True},
    {"id": 6, "name": "Dune Corp", "tier": 10, "owner": None, "industry": None, "region": None, "is_target": True},
    {"id": 7, "name": "Not a target", "tier": 3, "owner": "Ewa", "industry": "Energy", "region": "EMEA", "is_target": False},
])
# What the health engine would say (account id index), and its facts.
TABLE = pd.DataFrame({
    "stage": ["customer", "engaged", "opportunity", "aware", "customer", None, "target"],
    "score": [82.0, 35.0, 9.0, 55.0, 38.0, np.nan, 10.0],
    "band": ["healthy", "at-risk", "at-risk", "watch", "at-risk", None, "at-risk"],
    "likelihood": [0.026, 0.147, np.nan, 0.004, 0.25, np.nan, 0.02],
    "trend": ["up", "down", "flat", None, "down", None, "flat"],
    "change_4w": [6.5, -12.0, 0.5, np.nan, -3.0, np.nan, 0.0],
    "sparkline": [[70.0, 82.0], [47.0, 35.0], [9.0], [55.0], [41.0, 38.0], [], [10.0]],
}, index=pd.Index([1, 2, 3, 4, 5, 6, 7], name="account_id"))
FACTS = pd.DataFrame({
    "nps": [40.0, np.nan, -100.0, np.nan, 20.0, np.nan, np.nan],
    "nps_responses": [5, 0, 1, 0, 5, 0, 0],
    "last_touch_at": pd.to_datetime(["2026-11-20", "2026-09-01", None, "2026-11-02", "2026-10-15", None, None]),
    "open_amount": [120_000.0, 0.0, 9_500.0, 0.0, 0.0, 0.0, 0.0],
    "renewal_at": pd.to_datetime(["2027-01-31", None, None, None, "2026-12-15", None, None]),
}, index=TABLE.index)


@pytest.fixture
def model(qtbot):
    model = PortfolioModel()
    model.set_frame(build_portfolio(ACCOUNTS, TABLE, FACTS), "EUR", 5)
    return model


def _ids(model):
    return [model.index(r, 0).data(ITEM_ROLE) for r in range(model.rowCount())]


def test_likelihood_beside_the_score(model):
    from desktop.portfolio.model import COL_LIKELIHOOD

    texts = {model.index(r, 0).data(ITEM_ROLE): model.index(r, COL_LIKELIHOOD).data()
             for r in range(model.rowCount())}
    # Customers: churn; prospects: an opportunity; none for an open deal or no score.
    assert texts == {1: "churn 3%", 2: "opp. 15%", 3: "", 4: "opp. <1%", 5: "churn 25%", 6: ""}
    model.sort(COL_LIKELIHOOD, Qt.SortOrder.DescendingOrder)
    assert _ids(model)[:4] == [5, 2, 1, 4]


def test_model_passes_the_qt_model_tester(qtmodeltester, model):
    qtmodeltester.check(model)
    model.sort(COL_HEALTH, Qt.SortOrder.DescendingOrder)
    model.set_filter(PortfolioFilter(tiers=frozenset({1})))
    qtmodeltester.check(model)


def test_only_target_accounts_are_shown(model):
    assert sorted(_ids(model)) == [1, 2, 3, 4, 5, 6]


def test_the_switch_adds_the_non_target_accounts(qtbot):
    # The window loads every account, flagged; the filter keeps the targets unless asked.
    model = PortfolioModel()
    model.set_frame(build_portfolio(ACCOUNTS, TABLE, FACTS, targets_only=False), "EUR", 5)
    assert sorted(_ids(model)) == [1, 2, 3, 4, 5, 6] and model.scope_size() == 6
    model.set_filter(PortfolioFilter(owners=frozenset({"Ewa"}), all_accounts=True))
    assert sorted(_ids(model)) == [1, 2, 7] and model.scope_size() == 7
    assert PortfolioFilter.from_mapping(PortfolioFilter(all_accounts=True).to_mapping()).all_accounts


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        # Owner Ewa: Acme (1), Łódź (2); "Not a target" (7) is never shown.
        (PortfolioFilter(owners=frozenset({"Ewa"})), [1, 2]),
        # Tier 1: Acme, さくら, Cobalt.
        (PortfolioFilter(tiers=frozenset({1})), [1, 3, 5]),
        # Tier 1 at risk: さくら (9) and Cobalt (38); Acme is healthy.
        (PortfolioFilter(tiers=frozenset({1}), bands=frozenset({"at-risk"})), [3, 5]),
        # Stage customer or engaged: Acme, Łódź, Cobalt.
        (PortfolioFilter(stages=frozenset({"customer", "engaged"})), [1, 2, 5]),
        # Two owners, then text "machinery" (industry): Łódź (Ewa) and さくら (Ken).
        (PortfolioFilter(owners=frozenset({"Ewa", "Ken"}), text="MACHINERY"), [2, 3]),
        # Text in another script, and a Polish name typed without its case.
        (PortfolioFilter(text="さくら"), [3]),
        (PortfolioFilter(text="łódź"), [2]),
        # Every word must appear: "emea energy" only matches borealis.
        (PortfolioFilter(text="emea energy"), [4]),
        # Nothing matches.
        (PortfolioFilter(owners=frozenset({"Ana"}), bands=frozenset({"healthy"})), []),
    ],
)
def test_filters_narrow_the_portfolio(model, flt, expected):
    model.set_filter(flt)
    assert sorted(_ids(model)) == expected


def test_sort_uses_raw_values_and_puts_missing_last(model):
    model.sort(COL_HEALTH, Qt.SortOrder.AscendingOrder)
    # Scores 9 (3), 35 (2), 38 (5), 55 (4), 82 (1); Dune (6) unscored goes last.
    assert _ids(model) == [3, 2, 5, 4, 1, 6]
    model.sort(COL_HEALTH, Qt.SortOrder.DescendingOrder)
    assert _ids(model) == [1, 4, 5, 2, 3, 6]
    # Tier 10 must sort after tier 3 (numbers, not text "10" < "3").
    model.sort(COL_TIER, Qt.SortOrder.AscendingOrder)
    # Tier 1 ties are in name order: Acme, Cobalt, 株式会社…; then tier 2, 3, 10.
    assert _ids(model) == [1, 5, 3, 2, 4, 6]
    # Stages sort in funnel order, not alphabetically: aware, engaged, opportunity, customer×2.
    model.sort(COL_STAGE, Qt.SortOrder.AscendingOrder)
    assert _ids(model) == [4, 2, 3, 1, 5, 6]
    # Names sort case-insensitively: "borealis" between "Acme" and "Cobalt".
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert _ids(model)[:3] == [1, 4, 5]


def test_sort_survives_a_filter_change(model):
    model.sort(COL_TREND, Qt.SortOrder.AscendingOrder)
    model.set_filter(PortfolioFilter(bands=frozenset({"at-risk"})))
    # At risk: Łódź −12, Cobalt −3, さくら +0.5 (biggest drop first).
    assert _ids(model) == [2, 5, 3]


def test_display_and_roles(model):
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    acme = model.index(0, 0)
    assert acme.data() == "Acme GmbH"
    assert model.index(0, COL_HEALTH).data() == "82 · Healthy"
    assert model.index(0, COL_HEALTH).data(BAND_ROLE) == "healthy"
    assert model.index(0, COL_TREND).data() == "▲ +7"  # score changes are whole, 6.5 half up
    assert model.index(0, COL_NPS).data() == "+40 (5)"
    assert model.index(0, COL_LAST_TOUCH).data() == "2026-11-20"
    assert model.index(0, COL_LAST_TOUCH).data(SORT_ROLE) == datetime(2026, 11, 20)
    assert model.index(0, 0).data(SPARK_ROLE) == [70.0, 82.0]
    # A small NPS sample says so in its tooltip (1 response < 5).
    sakura = model.index(model.row_of(3), COL_NPS)
    assert sakura.data() == "-100 (1)"
    assert "small sample" in sakura.data(Qt.ItemDataRole.ToolTipRole)


def test_selection_follows_the_row_when_sorting(model, qtbot):
    from PySide6.QtCore import QPersistentModelIndex

    held = QPersistentModelIndex(model.index(model.row_of(4), 0))
    model.sort(COL_HEALTH, Qt.SortOrder.DescendingOrder)
    assert held.data(ITEM_ROLE) == 4


def test_band_summary_counts_shown_rows_and_four_weeks_ago(model):
    model.set_filter(PortfolioFilter(tiers=frozenset({1, 2})))  # Acme, Łódź, さくら, Cobalt
    earlier = pd.Series(["healthy", "watch", "at-risk"], index=pd.Index([1, 2, 3], dtype="int64"))
    summary = band_summary(model.frame(), model.visible_positions(), earlier)
    # Now: healthy 1 (Acme), at-risk 3 (Łódź, さくら, Cobalt).
    assert summary.counts == {"healthy": 1, "watch": 0, "at-risk": 3, "churned": 0,
                              "hot": 0, "warm": 0, "cold": 0, "no-data": 0}
    # Then: healthy 1, watch 1 (Łódź), at-risk 1 (さくら); Cobalt had no snapshot.
    assert summary.change("at-risk") == 2 and summary.change("watch") == -1
    assert summary.change("healthy") == 0 and summary.total == 4


def test_filters_and_summary_speak_both_vocabularies(qtbot):
    table = TABLE.assign(band=["healthy", "cold", "hot", "warm", "at-risk", "no-data", "cold"],
                         score=[82.0, 10.0, 60.0, 30.0, 38.0, np.nan, 10.0])
    model = PortfolioModel()
    model.set_frame(build_portfolio(ACCOUNTS, table, FACTS), "EUR", 5)
    model.set_filter(PortfolioFilter(bands=frozenset({"hot", "warm"})))
    assert sorted(_ids(model)) == [3, 4]
    model.set_filter(PortfolioFilter(bands=frozenset({"at-risk", "cold"})))
    assert sorted(_ids(model)) == [2, 5]
    summary = band_summary(model.frame())
    assert (summary.counts["cold"], summary.counts["no-data"], summary.total) == (1, 1, 6)
    # The no-data account shows its band's label, not a score of 0.
    model.set_filter(PortfolioFilter())
    row = model.row_of(6)
    assert model.index(row, COL_HEALTH).data() == "No data"
