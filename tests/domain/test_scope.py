"""The portfolio is the target accounts; owner, tier and region narrow it; one switch adds
the accounts not on the target list."""

from __future__ import annotations

import pandas as pd

from domain.scope import count_in_scope, scope_ids


def accounts() -> pd.DataFrame:
    return pd.DataFrame({
        "id": [1, 2, 3, 4, 5],
        "owner": ["Ewa", "Ewa", "Ken", "Ken", "Ewa"],
        "tier": [1, 2, 1, 3, 2],
        "region": ["EMEA", "EMEA", "APAC", "APAC", "EMEA"],
        # 4 is not a target; 5's flag was left empty in the CRM (the schema's default: a target).
        "is_target": [True, True, True, False, None],
    })


def test_the_portfolio_is_the_target_accounts():
    assert scope_ids(accounts()) == frozenset({1, 2, 3, 5})
    assert count_in_scope(accounts(), scope_ids(accounts())) == 4


def test_filters_narrow_the_targets_and_the_switch_adds_the_others():
    assert scope_ids(accounts(), owners=["Ken"]) == frozenset({3})
    assert scope_ids(accounts(), owners=["Ken"], all_accounts=True) == frozenset({3, 4})
    assert scope_ids(accounts(), tiers=[2], regions=["EMEA"]) == frozenset({2, 5})
    assert scope_ids(accounts(), tiers=[3]) == frozenset()  # tier 3 is the non-target 4


def test_no_filter_at_all_is_none_so_engines_skip_the_narrowing():
    assert scope_ids(accounts(), all_accounts=True) is None
    everyone = accounts().assign(is_target=True)
    assert scope_ids(everyone) is None
    assert count_in_scope(everyone, None) == 5


def test_regression_funnel_and_portfolio_count_the_same_accounts():
    # The funnel started at every account of the workspace (250) while the portfolio
    # listed the target accounts (239): both now take their accounts from the one scope.
    from domain.funnel import funnel

    history = pd.DataFrame(
        {stage: pd.Series(pd.NaT, index=range(1, 6), dtype="datetime64[ns]")
         for stage in ("target", "aware", "engaged", "mqa", "opportunity", "customer",
                       "expansion", "churned")})
    ids = scope_ids(accounts())
    result = funnel(history, end=pd.Timestamp("2026-11-01"), accounts=ids)
    assert result.reached()["target"] == 4 == count_in_scope(accounts(), ids)
