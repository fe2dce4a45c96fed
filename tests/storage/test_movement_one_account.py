"""The "time passing" rung scored for the asked accounts alone gives what scoring the whole
frozen portfolio gives (``domain.health.movement.aged_world`` against its definition).

Fixture: a demo workspace (120 accounts, 12,000 events, seed 5, data up to 2026-11-23),
start four weeks before the end. The definition (module docstring of
``domain.health.movement``): score every account at the end with only the asked accounts'
data frozen at the start, and read the asked accounts' rows. The fast path scores the asked
accounts alone and takes the tier references over the real world's values with theirs in
place. Both must agree on every score, band and stage, and on every component and fact to
1e-12 relative (pandas sums a group of float points pairwise when the rows are already
grouped, as one account's are, and with compensated summation otherwise, so the last bit
of decayed points may differ); and the movement told from either world is the same, cell
by cell in tenths. Checked for each account alone and for several frozen together (the
dashboard's movers). At least one account's frozen points move its tier's engagement
reference, so a reference taken over the account alone, or over the real world without
its frozen value, would fail here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd
import pytest

from domain.health.activity import Activity
from domain.health.asof import end_of_day
from domain.health.frozen import frames_before
from domain.health.movement import Ladder, aged_world, main_causes, movement, what_moved
from domain.health.score import HealthResult, score_accounts
from storage.demo import fill_demo
from storage.frames import load_frames
from storage.health_movement import account_movement
from storage.health_repo import active_model
from storage.health_service import portfolio_health
from storage.settings_repo import load_settings
from storage.workspace import Workspace

AS_OF = date(2026, 11, 23)
END = end_of_day(AS_OF)
START = END - pd.Timedelta(weeks=4)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("moved") / "demo.sqlite"
    with Workspace.open(path) as ws:
        fill_demo(ws, accounts=120, events=12_000, seed=5, as_of=AS_OF)
        frames, settings, config = load_frames(ws), load_settings(ws), active_model(ws).config
    after = score_accounts(frames, settings, config, END)
    return frames, settings, config, after, path


def _by_definition(frames, settings, config, accounts):
    frozen = frames_before(frames, START, accounts)
    return score_accounts(frozen, settings, config, END, Activity.prepare(frozen, settings))


def _same(left: pd.DataFrame, right: pd.DataFrame) -> None:
    assert list(left.columns) == list(right.columns)
    for column in left.columns:
        a, b = left[column].to_numpy(), right[column].to_numpy()
        if column == "score":
            assert np.array_equal(a, b, equal_nan=True)
        elif a.dtype.kind == "f":
            assert np.allclose(a, b, rtol=1e-12, atol=0, equal_nan=True), column
        else:
            assert list(pd.Series(a, dtype=object).fillna("-")) == list(
                pd.Series(b, dtype=object).fillna("-")), column


def _accounts(after) -> list[int]:
    """Accounts of every tier with new activity in the four weeks, the busiest first, and
    the tier's most engaged accounts (whose freezing moves the tier's reference)."""
    facts = after.facts
    top = facts.sort_values("engagement_points", ascending=False).groupby("tier").head(2)
    return sorted({*top.index.tolist(), *facts.index[:12].tolist()})


def test_each_account_alone_as_by_definition(demo):
    frames, settings, config, after, _ = demo
    before = score_accounts(frames, settings, config, START)
    moved_reference = 0
    for account in _accounts(after):
        fast = aged_world(frames, settings, [account], START, END, config, after)
        full = _by_definition(frames, settings, config, [account])
        assert fast.frame.index.tolist() == [account]
        _same(fast.frame, full.frame.loc[[account]])
        _same(fast.facts, full.facts.loc[[account]])
        told = what_moved(frames, settings, account, START, END, config).to_dict()
        by_definition = movement(Ladder(before, before, full, after), frames, settings, account)
        assert told == by_definition.to_dict()
        if fast.facts.at[account, "engagement_reference"] != after.facts.at[account, "engagement_reference"]:
            moved_reference += 1
    assert moved_reference >= 1


def test_accounts_frozen_together_as_by_definition(demo):
    frames, settings, config, after, _ = demo
    accounts = _accounts(after)[:6]
    fast = aged_world(frames, settings, accounts, START, END, config, after)
    full = _by_definition(frames, settings, config, accounts)
    _same(fast.frame, full.frame.loc[fast.frame.index])
    _same(fast.facts, full.facts.loc[fast.facts.index])
    assert sorted(fast.frame.index) == sorted(a for a in accounts if a in full.frame.index)
    before = score_accounts(frames, settings, config, START)
    together = main_causes(frames, settings, accounts, START, END, config)
    for account in accounts:
        by_definition = movement(Ladder(before, before, full, after), frames, settings, account)
        assert together[account].to_dict() == by_definition.to_dict()


def test_the_days_health_holds_the_real_worlds(demo):
    """``portfolio_health`` keeps its two scorings as the ladder's real worlds: the first
    account's movement of the day scores no whole portfolio again, and says the same as a
    movement told from no kept world."""
    *_, path = demo
    with Workspace.open(path) as ws:
        health = portfolio_health(ws, AS_OF)
        assert len(health.worlds) == 2
        account = int(health.result.frame.index[0])
        told = account_movement(ws, health, account)
        assert sum(isinstance(v, HealthResult) for v in health.worlds.values()) == 2
        assert told.to_dict() == account_movement(ws, replace(health, worlds={}), account).to_dict()
