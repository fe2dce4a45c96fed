"""The portfolio table's rows: every account joined with its health and facts.

Nothing here computes a business number: stage, score, band, trend and sparkline come from
the health engine's ``PortfolioHealth.table``; NPS (with its response count), last touch,
open pipeline and renewal date are the facts the same scoring quoted
(``HealthResult.facts``). This module only joins them onto the accounts (with
``is_target``: the portfolio shows the target accounts unless its filter asks for all) and
counts bands for the summary strip.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from desktop.shared.palette import BAND_ORDER
from domain.scope import target_mask

ACCOUNT_FIELDS: tuple[str, ...] = (
    "id", "external_id", "name", "domain", "industry", "region", "tier", "owner",
)
HEALTH_FIELDS: tuple[str, ...] = (
    "stage", "score", "band", "likelihood", "trend", "change_4w", "sparkline",
)
SCOPE_FIELDS: tuple[str, ...] = ("is_target",)
# Portfolio column <- name of the health fact it shows.
FACT_FIELDS: dict[str, str] = {
    "nps": "nps",
    "nps_responses": "nps_responses",
    "last_touch": "last_touch_at",
    "open_pipeline": "open_amount",
    "renewal_date": "renewal_at",
}
FIELDS: tuple[str, ...] = ACCOUNT_FIELDS + SCOPE_FIELDS + HEALTH_FIELDS + tuple(FACT_FIELDS)


def empty_portfolio() -> pd.DataFrame:
    return build_portfolio(pd.DataFrame({c: pd.Series(dtype="object") for c in ACCOUNT_FIELDS}))


def build_portfolio(
    accounts: pd.DataFrame,
    table: pd.DataFrame | None = None,
    facts: pd.DataFrame | None = None,
    *,
    targets_only: bool = True,
) -> pd.DataFrame:
    """One row per (target) account with ``FIELDS``; health columns empty when not scored.

    ``table`` is ``PortfolioHealth.table`` and ``facts`` is ``HealthResult.facts``, both
    indexed by account id.
    """
    acc = accounts
    targets = target_mask(acc).to_numpy(dtype=bool) if len(acc) else np.zeros(0, dtype=bool)
    if targets_only:
        acc, targets = acc[targets], targets[targets]
    out = pd.DataFrame({c: (acc[c].to_numpy() if c in acc else None) for c in ACCOUNT_FIELDS})
    out["is_target"] = targets
    ids = pd.to_numeric(out["id"]).astype("int64") if len(out) else pd.Series([], dtype="int64")
    out["id"] = ids.to_numpy()
    out["tier"] = pd.to_numeric(out["tier"], errors="coerce").astype("float64")
    index = pd.Index(ids.to_numpy(), dtype="int64")
    for column in HEALTH_FIELDS:
        if table is not None and column in table:
            out[column] = table[column].reindex(index).to_numpy()
        else:
            out[column] = None
    for column, fact in FACT_FIELDS.items():
        if facts is not None and fact in facts:
            out[column] = facts[fact].reindex(index).to_numpy()
        else:
            out[column] = None
    for column in ("score", "likelihood", "change_4w", "nps", "open_pipeline", "nps_responses"):
        out[column] = pd.to_numeric(out[column], errors="coerce").astype("float64")
    for column in ("last_touch", "renewal_date"):
        out[column] = pd.to_datetime(out[column], errors="coerce").astype("datetime64[ns]")
    return out.reset_index(drop=True)


@dataclass(frozen=True)
class BandSummary:
    """Accounts per band now and four weeks earlier (None when nothing was stored then)."""

    total: int
    counts: dict[str, int]
    earlier: dict[str, int] | None
    unscored: int

    def change(self, band: str) -> int | None:
        if self.earlier is None:
            return None
        return self.counts.get(band, 0) - self.earlier.get(band, 0)


def band_summary(
    frame: pd.DataFrame, rows: np.ndarray | None = None, earlier_bands: pd.Series | None = None
) -> BandSummary:
    """Band counts over ``rows`` (positions in ``frame``; all rows when None).

    ``earlier_bands`` (account id -> band four weeks ago, from stored snapshots) gives the
    counts for the same accounts then.
    """
    bands = frame["band"].to_numpy(dtype=object)
    ids = frame["id"].to_numpy()
    if rows is not None:
        bands, ids = bands[rows], ids[rows]
    counts = {band: int(np.count_nonzero(bands == band)) for band in BAND_ORDER}
    earlier: dict[str, int] | None = None
    if earlier_bands is not None and len(earlier_bands):
        then = earlier_bands.reindex(pd.Index(ids, dtype="int64")).to_numpy(dtype=object)
        earlier = {band: int(np.count_nonzero(then == band)) for band in BAND_ORDER}
    unscored = len(bands) - sum(counts.values())
    return BandSummary(len(bands), counts, earlier, unscored)


def as_python(value: Any) -> Any:
    """A numpy scalar as the Python value Qt roles expect (None for missing)."""
    if value is None:
        return None
    if isinstance(value, float | np.floating) and np.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, np.datetime64):
        # .item() of a nanosecond datetime64 is an int: go through pandas instead.
        return None if np.isnat(value) else pd.Timestamp(value)
    return value.item() if hasattr(value, "item") else value
