"""Which accounts a number is about: "the portfolio" is the target accounts.

Every surface (the dashboard, presentation mode, the meeting pack, the workbook and the
commands) asks ``scope_ids`` for the accounts it counts, so a KPI, a band count, the funnel
and a health list always cover the same set. The portfolio is the accounts marked
``is_target``; owner, tier and region narrow it; ``all_accounts=True`` is the one switch
that also counts the accounts not on the target list.

``None`` means "every account in the workspace, unfiltered": the engines then skip the
narrowing altogether. It is returned only when that is exactly the set asked for (with
``all_accounts``, or when every account is a target), so a workspace without non-target
accounts gives the same numbers either way.
"""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd


def target_mask(accounts: pd.DataFrame) -> pd.Series:
    """True for the accounts on the target list (a missing flag counts as a target, as the
    schema's default does)."""
    if "is_target" not in accounts.columns:
        return pd.Series(True, index=accounts.index)
    flag = accounts["is_target"]
    return flag.isna() | flag.astype("object").map(_truthy).astype(bool)


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("1", "true", "yes", "y", "t")
    return bool(value) if value == value else True  # NaN: the default, a target


def scope_ids(
    accounts: pd.DataFrame,
    owners: Collection[str] = (),
    tiers: Collection[int] = (),
    regions: Collection[str] = (),
    *,
    all_accounts: bool = False,
) -> frozenset[int] | None:
    """The ids of the accounts in scope; None when that is every account (no filter)."""
    mask = pd.Series(True, index=accounts.index)
    if not all_accounts:
        mask &= target_mask(accounts)
    if owners:
        mask &= accounts["owner"].isin(list(owners))
    if tiers:
        mask &= pd.to_numeric(accounts["tier"], errors="coerce").isin([int(t) for t in tiers])
    if regions:
        mask &= accounts["region"].isin(list(regions))
    if bool(mask.all()):
        return None
    ids = pd.to_numeric(accounts.loc[mask, "id"], errors="coerce").dropna().astype("int64")
    return frozenset(int(i) for i in ids)


def count_in_scope(accounts: pd.DataFrame, ids: frozenset[int] | None) -> int:
    """How many accounts ``ids`` (from ``scope_ids``) stands for."""
    return len(accounts) if ids is None else len(ids)
