"""What the KPI engine returns: one ``KpiResult`` per metric in a ``KpiReport``.

Values are plain floats (``None`` = n/a: a zero denominator or no data), never formatted
text; the catalog tells how to show them. Table-shaped metrics (per asset, per campaign,
per month...) carry their table in ``detail`` for the current period.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from domain.metrics.catalog import GROUPS, MetricDef, Verdict, metric
from domain.metrics.period import Period

SMALL_SAMPLE = "small_sample"  # fewer NPS responses than the nps_min_responses setting
CTR_FALLING = "ctr_falling"
UNSUBSCRIBES_RISING = "unsubscribes_rising"


@dataclass(frozen=True)
class Measure:
    """One metric for one period, as a compute function returns it."""

    value: float | None
    n: int | None = None
    detail: pd.DataFrame | None = None
    flags: tuple[str, ...] = ()


def clean(value: float | int | None) -> float | None:
    """A finite float, or None for n/a (NaN and infinities are n/a, never 0)."""
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def ratio(numerator: float, denominator: float) -> float | None:
    """numerator / denominator, or None (n/a) when the denominator is zero."""
    if not denominator:
        return None
    return clean(numerator / denominator)


@dataclass(frozen=True)
class KpiResult:
    id: str
    verdict: Verdict
    value: float | None
    previous: float | None
    n: int | None = None
    previous_n: int | None = None
    detail: pd.DataFrame | None = None
    flags: tuple[str, ...] = ()
    # Why the value is n/a whatever the period: an input the workspace never held
    # ("no campaign costs imported"); None when the metric was computed.
    na_reason: str | None = None

    @property
    def definition(self) -> MetricDef:
        return metric(self.id)

    @property
    def change(self) -> float | None:
        """value - previous (percentage points for rates), None when either is n/a."""
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def change_pct(self) -> float | None:
        """Relative change, None when either value is n/a or the previous one is 0."""
        if self.change is None or not self.previous:
            return None
        return self.change / abs(self.previous)

    @property
    def steer_by(self) -> bool:
        """False for vanity and caution metrics (the "metrics we don't steer by" panel)."""
        return self.verdict == "measure"

    def as_row(self) -> dict[str, Any]:
        """A flat JSON-ready row of ids and numbers: what the CLI prints (with the metric's
        words added by ``desktop.shared.wording.metrics``). ``na_reason`` is an input id."""
        d = self.definition
        return {
            "id": self.id,
            "group": d.group,
            "verdict": self.verdict,
            "value": self.value,
            "previous": self.previous,
            "change": self.change,
            "change_pct": self.change_pct,
            "unit": d.unit,
            "direction": d.direction,
            "n": self.n,
            "previous_n": self.previous_n,
            "alternative": d.alternative if self.verdict != "measure" else None,
            "flags": list(self.flags),
            "na_reason": self.na_reason,
        }


@dataclass
class KpiReport:
    period: Period
    previous_period: Period
    account_ids: frozenset[int] | None  # None = the whole portfolio
    results: list[KpiResult] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index = {r.id: r for r in self.results}

    def __iter__(self) -> Iterator[KpiResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __contains__(self, metric_id: object) -> bool:
        return metric_id in self._index

    def __getitem__(self, metric_id: str) -> KpiResult:
        try:
            return self._index[metric_id]
        except KeyError:
            raise KeyError(f"metric {metric_id!r} was not computed in this report") from None

    def get(self, metric_id: str) -> KpiResult | None:
        return self._index.get(metric_id)

    def value(self, metric_id: str) -> float | None:
        return self[metric_id].value

    def detail(self, metric_id: str) -> pd.DataFrame | None:
        return self[metric_id].detail

    def by_group(self) -> dict[str, list[KpiResult]]:
        groups: dict[str, list[KpiResult]] = {g: [] for g in GROUPS}
        for result in self.results:
            groups[result.definition.group].append(result)
        return {g: rs for g, rs in groups.items() if rs}

    def steering(self) -> list[KpiResult]:
        """The "measure" metrics: the only ones that belong on KPI tiles."""
        return [r for r in self.results if r.steer_by]

    def not_steering(self) -> list[KpiResult]:
        """Vanity and caution metrics, for the "metrics we don't steer by, and why" panel."""
        return [r for r in self.results if not r.steer_by]

    def rows(self) -> list[dict[str, Any]]:
        return [r.as_row() for r in self.results]

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows())
