"""The journey funnel (SPEC §5): accounts reaching each stage, conversion, days between stages.

It reads a ``stage_history`` frame (the instant each account first reached each stage) so
any period or cohort costs a few column comparisons.

For a period ``[start, end)``:

- *reached* a stage = first reached it inside the period (Target: on the list by ``end``,
  i.e. created before ``end`` or with no creation date);
- *converted* = of those, the ones that had reached the next stage by ``end``;
- *conversion* = converted / reached (NaN, shown "n/a", when none reached the stage);
- *median days* = median of (next stage reached − this stage reached) over the converted
  (for Target, from ``created_at`` where it is known).

A cohort is a set of account ids (accounts created in Q1, a tier, an owner's book); with
``start=None`` every stage reached before ``end`` counts, so the stages nest and conversion
is simply the next stage's count over this one's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from domain.enums import FUNNEL_STAGES

STAGE_NAMES: tuple[str, ...] = tuple(str(s) for s in FUNNEL_STAGES)


@dataclass(frozen=True)
class FunnelResult:
    """One row per funnel stage; ``churned`` counts accounts that churned in the period."""

    start: pd.Timestamp | None
    end: pd.Timestamp
    stages: pd.DataFrame  # stage, accounts, converted, conversion, median_days_to_next
    churned: int

    def to_records(self) -> list[dict[str, object]]:
        return self.stages.to_dict("records")


def funnel(
    history: pd.DataFrame,
    end: pd.Timestamp,
    start: pd.Timestamp | None = None,
    accounts: Iterable[int] | None = None,
) -> FunnelResult:
    """The funnel of ``history`` (from ``domain.stages.stage_history``) for a period or cohort."""
    end = pd.Timestamp(end)
    start = None if start is None else pd.Timestamp(start)
    frame = history if accounts is None else history.loc[history.index.isin(list(accounts))]
    rows = []
    for i, stage in enumerate(STAGE_NAMES):
        at = frame[stage]
        if stage == "target":
            reached = at.isna() | (at < end)
        else:
            reached = at.notna() & (at < end)
            if start is not None:
                reached &= at >= start
        n = int(reached.sum())
        if i + 1 < len(STAGE_NAMES):
            nxt = frame[STAGE_NAMES[i + 1]]
            moved = reached & nxt.notna() & (nxt < end)
            converted = int(moved.sum())
            gaps = (nxt[moved] - at[moved]).dropna().dt.total_seconds() / 86_400.0
            median_days = float(np.median(gaps)) if len(gaps) else float("nan")
            conversion = converted / n if n else float("nan")
        else:
            converted, conversion, median_days = 0, float("nan"), float("nan")
        rows.append(
            {
                "stage": stage,
                "accounts": n,
                "converted": converted,
                "conversion": conversion,
                "median_days_to_next": median_days,
            }
        )
    churn_at = frame["churned"] if "churned" in frame.columns else pd.Series(dtype="datetime64[ns]")
    churned = churn_at.notna() & (churn_at < end)
    if start is not None:
        churned &= churn_at >= start
    return FunnelResult(start=start, end=end, stages=pd.DataFrame(rows), churned=int(churned.sum()))
