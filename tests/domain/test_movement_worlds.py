"""The movement ladder's kept worlds (``domain.health.movement.ladder(..., worlds=...)``):
the whole-portfolio scorings are computed once and reused, and a movement told from kept
worlds is the movement told from scratch.

Fixture: ``small_portfolio`` of ``test_report_contents``. Between 2026-10-13 and
2026-11-01 account 1 holds its demo (Oct 19), wins its deal (Oct 28) and starts a
subscription: its score rises. The ladder under one model keeps two scorings of every
account: the start day (shared by the two rungs of the same model) and the end day; a
second account's movement adds none.
"""

from __future__ import annotations

import pandas as pd

from domain.health.model import HealthModelConfig
from domain.health.movement import what_moved
from domain.health.score import HealthResult
from domain.settings import WorkspaceSettings
from tests.domain.test_report_contents import small_portfolio

START, END = pd.Timestamp("2026-10-13"), pd.Timestamp("2026-11-01")


def scorings(worlds: dict) -> int:
    """The whole-portfolio scorings kept (the tier references' peers are kept beside them)."""
    return sum(isinstance(v, HealthResult) for v in worlds.values())


def test_kept_worlds_are_shared_and_change_nothing():
    frames, settings, config = small_portfolio(), WorkspaceSettings(), HealthModelConfig()
    worlds: dict = {}
    first = what_moved(frames, settings, 1, START, END, config, worlds=worlds)
    assert scorings(worlds) == 2  # start (both rungs of the one model) and end
    second = what_moved(frames, settings, 2, START, END, config, worlds=worlds)
    assert scorings(worlds) == 2
    assert first.to_dict() == what_moved(frames, settings, 1, START, END, config).to_dict()
    assert second.to_dict() == what_moved(frames, settings, 2, START, END, config).to_dict()
    assert first.change is not None and first.change > 0
