"""The journey funnel (SPEC §5): one definition for the dashboard, presentation mode, the
meeting pack and the workbook.

For a period ``[start, end)`` and a scope (a set of account ids, from ``domain.scope``):

- **Target** (the first row) = the accounts in scope; it equals the scope's size, whatever
  their creation dates;
- **reached** a stage = accounts in scope that had reached it (or a later stage) by
  ``end``. Stages nest (``domain.stages.stage_history`` dates each stage as "this one or a
  later one"), so *reached* never increases down the stages;
- **entered** = of those, the ones that reached it during the period (Target: created in
  the period);
- **conversion** to the next stage = next stage's *reached* / this stage's *reached* (NaN,
  shown "n/a", when none reached this one);
- **median days** to the next stage = median of (next stage reached − this stage reached)
  over the accounts that reached the next stage by ``end`` (Target: from ``created_at``,
  where known and not after the next stage);
- **churned** = accounts in scope that churned during the period.

With ``start=None`` the period is "everything before ``end``": *entered* equals *reached*.
The function reads the stage history only, so any period or scope costs a few column
comparisons.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from domain.enums import FUNNEL_STAGES

STAGE_NAMES: tuple[str, ...] = tuple(str(s) for s in FUNNEL_STAGES)
FUNNEL_COLUMNS = ("stage", "accounts", "entered", "converted", "conversion",
                  "median_days_to_next")


@dataclass(frozen=True)
class FunnelResult:
    """One row per funnel stage (``FUNNEL_COLUMNS``; ``accounts`` = reached by the end)."""

    start: pd.Timestamp | None
    end: pd.Timestamp
    stages: pd.DataFrame
    churned: int
    in_scope: int

    def to_records(self) -> list[dict[str, object]]:
        return self.stages.to_dict("records")

    def reached(self) -> dict[str, int]:
        return dict(zip(self.stages["stage"], self.stages["accounts"].astype(int), strict=True))


def funnel(
    history: pd.DataFrame,
    end: pd.Timestamp,
    start: pd.Timestamp | None = None,
    accounts: Iterable[int] | None = None,
) -> FunnelResult:
    """The funnel of ``history`` (from ``domain.stages.stage_history``) for a period and
    scope (``accounts``: None = every account of the history)."""
    end = pd.Timestamp(end)
    start = None if start is None else pd.Timestamp(start)
    frame = history if accounts is None else history.loc[history.index.isin(list(accounts))]
    in_scope = len(frame)
    reached: dict[str, pd.Series] = {}
    for stage in STAGE_NAMES:
        at = frame[stage]
        reached[stage] = (pd.Series(True, index=frame.index) if stage == "target"
                          else at.notna() & (at < end))
    rows = []
    for i, stage in enumerate(STAGE_NAMES):
        at, here = frame[stage], reached[stage]
        n = int(here.sum())
        entered = here & at.notna() & (at < end)
        if start is not None:
            entered &= at >= start
        if i + 1 < len(STAGE_NAMES):
            nxt_stage = STAGE_NAMES[i + 1]
            moved = here & reached[nxt_stage]
            converted = int(moved.sum())
            gaps = (frame[nxt_stage][moved] - at[moved]).dropna().dt.total_seconds() / 86_400.0
            # An account engaged before the CRM created it has no "days from Target".
            gaps = gaps[gaps >= 0]
            median_days = float(np.median(gaps)) if len(gaps) else float("nan")
            conversion = converted / n if n else float("nan")
        else:
            converted, conversion, median_days = 0, float("nan"), float("nan")
        rows.append({
            "stage": stage,
            "accounts": n,
            "entered": int(entered.sum()) if start is not None else n,
            "converted": converted,
            "conversion": conversion,
            "median_days_to_next": median_days,
        })
    churn_at = frame["churned"] if "churned" in frame.columns else pd.Series(dtype="datetime64[ns]")
    churned = churn_at.notna() & (churn_at < end)
    if start is not None:
        churned &= churn_at >= start
    return FunnelResult(start=start, end=end, stages=pd.DataFrame(rows, columns=FUNNEL_COLUMNS),
                        churned=int(churned.sum()), in_scope=in_scope)
