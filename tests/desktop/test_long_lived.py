"""``desktop.shared.long_lived.settle``: what a load leaves alive is kept out of collections,
and the previous load's cycles are collected at the next load."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop.shared.long_lived import settle


class _Node:
    pass


@pytest.fixture(autouse=True)
def _unfrozen():
    yield
    gc.unfreeze()  # the rest of the session collects as usual


def test_settle_freezes_the_living_and_the_next_settle_collects_what_was_dropped():
    node = _Node()
    node.itself = node  # a cycle: only the collector can free it
    alive = weakref.ref(node)
    settle()
    assert gc.get_freeze_count() > 0
    del node
    gc.collect()
    assert alive() is not None  # frozen: full collections no longer walk it
    settle()
    assert alive() is None  # the next load's settle unfreezes and collects it


def test_a_complete_load_leaves_its_objects_frozen(qtbot, workspace):
    from datetime import date

    from desktop.shared.app_state import AppState

    gc.unfreeze()
    state = AppState(workspace, date(2026, 11, 23))
    with qtbot.waitSignal(state.data_changed, timeout=10_000):
        state.reload()
    assert gc.get_freeze_count() > 0
