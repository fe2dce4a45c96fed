"""Which accounts the portfolio shows: owner, tier, stage, band and free text, among the
target accounts (``all_accounts`` adds the others, as ``--all-accounts`` does).

A ``PortfolioFilter`` is a plain value (saved filters store it in the workspace settings
under ``saved_filters`` as a JSON mapping). ``FilterIndex`` precomputes, once per load,
what makes filtering 10,000 rows instant: category codes for the list filters and one
lower-cased search text per account, so a keystroke costs a few numpy operations, not a
Python call per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

TEXT_COLUMNS: tuple[str, ...] = ("name", "owner", "industry", "region", "domain", "external_id")


@dataclass(frozen=True)
class PortfolioFilter:
    """Empty sets mean "any"; ``text`` matches name, owner, industry, region, domain, id."""

    owners: frozenset[str] = field(default_factory=frozenset)
    tiers: frozenset[int] = field(default_factory=frozenset)
    stages: frozenset[str] = field(default_factory=frozenset)
    bands: frozenset[str] = field(default_factory=frozenset)
    text: str = ""
    all_accounts: bool = False

    def is_empty(self) -> bool:
        return not (self.owners or self.tiers or self.stages or self.bands or self.text.strip()
                    or self.all_accounts)

    def with_text(self, text: str) -> PortfolioFilter:
        return replace(self, text=text)

    def to_mapping(self) -> dict[str, Any]:
        return {
            "owners": sorted(self.owners),
            "tiers": sorted(self.tiers),
            "stages": sorted(self.stages),
            "bands": sorted(self.bands),
            "text": self.text,
            "all_accounts": self.all_accounts,
        }

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> PortfolioFilter:
        return cls(
            owners=frozenset(str(o) for o in data.get("owners", ()) or ()),
            tiers=frozenset(int(t) for t in data.get("tiers", ()) or ()),
            stages=frozenset(str(s) for s in data.get("stages", ()) or ()),
            bands=frozenset(str(b) for b in data.get("bands", ()) or ()),
            text=str(data.get("text", "") or ""),
            all_accounts=bool(data.get("all_accounts", False)),
        )


def default_saved_filters(me: str | None) -> dict[str, PortfolioFilter]:
    """The saved filters a new workspace offers ("my accounts" needs an owner name)."""
    filters = {"Tier 1 at risk": PortfolioFilter(tiers=frozenset({1}), bands=frozenset({"at-risk"}))}
    if me:
        filters = {"My accounts": PortfolioFilter(owners=frozenset({me})), **filters}
    return filters


class FilterIndex:
    """Precomputed arrays over one portfolio frame for fast ``mask(filter)`` calls."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.size = len(frame)
        self._codes: dict[str, tuple[np.ndarray, pd.Index]] = {}
        for column in ("owner", "stage", "band"):
            values = frame[column] if column in frame else pd.Series([None] * self.size)
            codes, uniques = pd.factorize(values.astype("object"), use_na_sentinel=True)
            self._codes[column] = (codes, pd.Index(uniques))
        targets = frame["is_target"] if "is_target" in frame else pd.Series([True] * self.size)
        self._targets = targets.fillna(True).to_numpy(dtype=bool)
        tiers = frame["tier"] if "tier" in frame else pd.Series([np.nan] * self.size)
        self._tiers = pd.to_numeric(tiers, errors="coerce").to_numpy(dtype="float64")
        columns = [frame[c].to_numpy(dtype=object).tolist() for c in TEXT_COLUMNS if c in frame]
        # One search text per account; casefold, not lower: "Straße" must match "STRASSE".
        joined = ["\u241f".join(v if isinstance(v, str) else "" if v is None or v != v else str(v)
                                 for v in values).casefold()
                  for values in zip(*columns, strict=True)] if columns else [""] * self.size
        self._text = np.empty(self.size, dtype=object)
        self._text[:] = joined

    def scope_size(self, flt: PortfolioFilter) -> int:
        """How many accounts the filter's scope holds (target accounts, or all of them)."""
        return self.size if flt.all_accounts else int(self._targets.sum())

    def _isin(self, column: str, wanted: frozenset[str]) -> np.ndarray:
        codes, uniques = self._codes[column]
        wanted_codes = np.flatnonzero(uniques.isin(list(wanted)))
        return np.isin(codes, wanted_codes)

    def mask(self, flt: PortfolioFilter) -> np.ndarray:
        """Boolean array: which rows of the frame pass the filter."""
        keep = np.ones(self.size, dtype=bool) if flt.all_accounts else self._targets.copy()
        if flt.owners:
            keep &= self._isin("owner", flt.owners)
        if flt.stages:
            keep &= self._isin("stage", flt.stages)
        if flt.bands:
            keep &= self._isin("band", flt.bands)
        if flt.tiers:
            keep &= np.isin(self._tiers, np.array(sorted(flt.tiers), dtype="float64"))
        needle = flt.text.strip().casefold()
        if needle and keep.any():
            # Only rows still in play are searched; every word must appear.
            # Python's substring test over a list beats pandas' string methods here.
            rows = np.flatnonzero(keep)
            hay = self._text[rows].tolist()
            for word in needle.split():
                hit = np.fromiter((word in text for text in hay), dtype=bool, count=len(hay))
                rows, hay = rows[hit], [t for t, h in zip(hay, hit, strict=True) if h]
            keep[:] = False
            keep[rows] = True
        return keep
