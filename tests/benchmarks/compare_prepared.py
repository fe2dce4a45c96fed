"""Every KPI result with and without the prepared aggregates, compared field by field.

For each period (a calendar month, a quarter, the last 30 days, a month years back, a month
without data) and each scope (the portfolio of target accounts, one owner's target accounts,
one account, every account) the whole catalog is computed twice, by a context that prepares
its own indexes and by one given ``PreparedAggregates`` read back from their stored arrays;
value, previous, n, previous_n, flags, na_reason and the detail frames (values, types and
index) must be identical. Prints the number of values compared and every difference.

    python -m tests.benchmarks.compare_prepared WORKSPACE [WORKSPACE ...]
"""

from __future__ import annotations

import io
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from domain.frames import PortfolioFrames
from domain.metrics import KpiContext, KpiReport, Period, compute_in_context
from domain.metrics.prepared import PreparedAggregates, from_arrays, prepare, to_arrays
from domain.scope import target_mask
from domain.settings import WorkspaceSettings

FIELDS = ("value", "previous", "n", "previous_n", "flags", "na_reason", "verdict")


def stored_copy(prepared: PreparedAggregates) -> PreparedAggregates:
    """``prepared`` written to and read back from an .npz, as the workspace's file holds it."""
    buffer = io.BytesIO()
    np.savez(buffer, **to_arrays(prepared))
    buffer.seek(0)
    with np.load(buffer, allow_pickle=False) as stored:
        return from_arrays({name: stored[name] for name in stored.files})


def periods(frames: PortfolioFrames) -> dict[str, Period]:
    last = frames.events["occurred_at"].max()
    last = pd.Timestamp("2026-11-30") if pd.isna(last) else last
    first = frames.events["occurred_at"].min()
    back = (pd.Timestamp("2020-01-01") if pd.isna(first)
            else first + pd.DateOffset(months=3))
    return {
        "month": Period.month_of(last - pd.DateOffset(months=1)),
        "quarter": Period.quarter_of(last),
        "last 30 days": Period.last_days(30, last),
        "years back": Period.month_of(back),
        "no data": Period.month(1990, 1),
    }


def scopes(frames: PortfolioFrames) -> dict[str, frozenset[int] | None]:
    accounts = frames.accounts
    targets = accounts[target_mask(accounts).to_numpy()]
    owners = targets["owner"].dropna().astype("str")
    owner = owners.value_counts().index[0] if len(owners) else None
    busiest = frames.events["account_id"].value_counts()
    one = int(busiest.index[0]) if len(busiest) else int(accounts["id"].iloc[0])
    return {
        "portfolio": frozenset(int(i) for i in targets["id"]),
        f"owner {owner}": frozenset(int(i) for i in targets.loc[owners.index[owners == owner],
                                                                  "id"]),
        f"account {one}": frozenset({one}),
        "all accounts": None,
    }


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and a == b


def compare(plain: KpiReport, prepared: KpiReport) -> tuple[int, list[str]]:
    """How many values were compared, and the differences found."""
    count, problems = 0, []
    for a, b in zip(plain, prepared, strict=True):
        for name in FIELDS:
            count += 1
            if not _same(getattr(a, name), getattr(b, name)):
                problems.append(f"{a.id}.{name}: {getattr(a, name)!r} != {getattr(b, name)!r}")
        if (a.detail is None) != (b.detail is None):
            problems.append(f"{a.id}.detail: one is None")
        elif a.detail is not None:
            count += a.detail.size + len(a.detail.columns)
            try:
                pd.testing.assert_frame_equal(a.detail, b.detail, check_exact=True)
            except AssertionError as exc:
                problems.append(f"{a.id}.detail: {str(exc)[:300]}")
    return count, problems


def compare_workspace(frames: PortfolioFrames, settings: WorkspaceSettings,
                      label: str) -> tuple[int, int]:
    prepared = stored_copy(prepare(frames, settings))
    print(f"{label}: contacts name one account: {prepared.contacts_stay}")
    total, differences = 0, 0
    for scope_name, ids in scopes(frames).items():
        for period_name, period in periods(frames).items():
            plain = compute_in_context(KpiContext(frames, settings, ids), period)
            ctx = KpiContext(frames, settings, ids, prepared=prepared)
            taken = compute_in_context(ctx, period)
            count, problems = compare(plain, taken)
            total += count
            differences += len(problems)
            print(f"  {scope_name:>22} / {period_name:<13} {count:>7,} values, "
                  f"{len(problems)} differences; prepared parts unused: "
                  f"{sorted(map(str, ctx.unused_seeds())) or 'none'}")
            for problem in problems[:20]:
                print("     ", problem)
    return total, differences


def main(paths: list[str]) -> int:
    from storage.frames import load_frames
    from storage.settings_repo import load_settings
    from storage.workspace import Workspace

    total = differences = 0
    for path in paths:
        with Workspace.open(Path(path)) as workspace:
            frames, settings = load_frames(workspace), load_settings(workspace)
        count, found = compare_workspace(frames, settings, path)
        total, differences = total + count, differences + found
    print(f"compared {total:,} values: {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
