"""Every KPI result and monthly trend of a workspace, written by one checkout and compared
with what another checkout wrote: the guard that a speed change moved no number.

Run it once with the previous code first on the path, once with the new code, then compare:

    PYTHONPATH=/path/to/previous python -m tests.benchmarks.compare_kpis dump WS old.pickle
    python -m tests.benchmarks.compare_kpis dump WS new.pickle
    python -m tests.benchmarks.compare_kpis compare old.pickle new.pickle

(from a directory that is neither checkout, so that ``PYTHONPATH`` decides which code runs).

Periods: the last whole month, its quarter, the last 30 days, a month three years back and
an empty month long before any data. Scopes: the whole portfolio, the target accounts (the
dashboard's portfolio), the largest owner's target accounts and one account. Each scope is
computed twice: in a fresh context per period (``compute_kpis``), and as the dashboard does,
in one context per scope kept across the periods and sharing the target context's indexes
(``DashboardCache.context``), so a memo answering a later period is compared too. For every
result: value, previous, n, previous_n, flags, na_reason and the detail frame (values,
dtypes, columns, index); for every steering metric the 12-month ``metric_trend``.
"""

from __future__ import annotations

import math
import pickle
import sys

import pandas as pd


def dump(workspace: str, out: str) -> None:
    from domain.metrics import KpiContext, Period, compute_in_context, compute_kpis, metric_trend
    from domain.report_contents.dashboard import DashboardCache, steering_metric_ids
    from domain.scope import scope_ids, target_mask
    from storage.frames import load_frames
    from storage.settings_repo import load_settings
    from storage.workspace import Workspace

    with Workspace.open(workspace) as ws:
        frames, settings = load_frames(ws), load_settings(ws)
    last = pd.Timestamp(frames.events["occurred_at"].max())
    month = Period.month_of(last.replace(day=1) - pd.Timedelta(days=1))
    periods = {
        "month": month,
        "quarter": Period.quarter_of(month.start),
        "last_30_days": Period.last_days(30, last),
        "years_back": Period.month(month.start.year - 3, month.start.month),
        "empty": Period.month(1990, 1),
    }
    accounts = frames.accounts
    targets = accounts[target_mask(accounts).to_numpy()]
    owner = str(targets["owner"].dropna().value_counts().index[0])
    one = int(targets["id"].iloc[len(targets) // 2])
    scopes = {
        "portfolio": None,
        "targets": scope_ids(accounts),
        "owner": scope_ids(accounts, [owner]),
        "account": frozenset([one]),
    }
    out_data: dict[str, object] = {"reports": {}, "trends": {}}
    cache = DashboardCache()
    cache.context(frames, settings, scopes["targets"])  # the portfolio of the dashboard first
    for scope, ids in scopes.items():
        kept = cache.context(frames, settings, ids)
        for name, period in periods.items():
            fresh = compute_kpis(frames, settings, period, ids)
            out_data["reports"][("fresh", scope, name)] = _rows(fresh)
            shared = compute_in_context(kept, period)
            out_data["reports"][("kept", scope, name)] = _rows(shared)
        trend_fresh = KpiContext(frames, settings, ids)  # one for all of the scope's trends
        for metric_id in steering_metric_ids(settings):
            for how, context in (("kept", kept), ("fresh", trend_fresh)):
                table = metric_trend(frames, settings, metric_id, month.end, 12, ids,
                                     context=context)
                out_data["trends"][(how, scope, metric_id)] = table
        print(f"{scope}: done", file=sys.stderr, flush=True)
    with open(out, "wb") as handle:
        pickle.dump(out_data, handle)


def _rows(report) -> dict[str, dict[str, object]]:
    return {r.id: {"value": r.value, "previous": r.previous, "n": r.n,
                   "previous_n": r.previous_n, "flags": r.flags, "na_reason": r.na_reason,
                   "detail": r.detail} for r in report}


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return type(a) is type(b) and a == b


def _same_frame(a: pd.DataFrame | None, b: pd.DataFrame | None) -> tuple[bool, int]:
    if a is None or b is None:
        return a is None and b is None, 1
    try:
        pd.testing.assert_frame_equal(a, b, check_exact=True, check_dtype=True,
                                      check_index_type=True, check_column_type=True)
    except AssertionError:
        return False, max(a.size, 1)
    return True, max(a.size, 1)


def compare(old_path: str, new_path: str) -> int:
    with open(old_path, "rb") as handle:
        old = pickle.load(handle)
    with open(new_path, "rb") as handle:
        new = pickle.load(handle)
    values = cells = differences = 0
    if old["reports"].keys() != new["reports"].keys() or old["trends"].keys() != new["trends"].keys():
        print("the two runs did not compute the same reports")
        return 1
    for key, rows in old["reports"].items():
        other = new["reports"][key]
        if rows.keys() != other.keys():
            print(key, "metrics differ")
            differences += 1
            continue
        for metric_id, fields in rows.items():
            for field, value in fields.items():
                if field == "detail":
                    same, size = _same_frame(value, other[metric_id][field])
                    cells += size
                else:
                    same = _same(value, other[metric_id][field])
                values += 1
                if not same:
                    differences += 1
                    print("differs:", key, metric_id, field)
    for key, table in old["trends"].items():
        same, size = _same_frame(table, new["trends"][key])
        values += 1
        cells += size
        if not same:
            differences += 1
            print("differs:", "trend", key)
    print(f"{len(old['reports'])} reports, {len(old['trends'])} trends: {values} values compared "
          f"(detail and trend frames: {cells} cells), {differences} differences")
    return 1 if differences else 0


if __name__ == "__main__":
    if sys.argv[1] == "dump":
        dump(sys.argv[2], sys.argv[3])
    else:
        sys.exit(compare(sys.argv[2], sys.argv[3]))
