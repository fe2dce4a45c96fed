"""Progress: throttled updates, cancellation, sub-ranges."""

from __future__ import annotations

import pytest

from domain.progress import Cancelled, Progress


def test_updates_are_throttled_but_first_message_change_and_end_pass():
    seen: list[tuple[float, str]] = []
    # An hour-long interval: only the always-pass updates can get through.
    progress = Progress(lambda f, m: seen.append((f, m)), interval=3600)
    progress.update(0.1, "Reading")  # first: passes
    progress.update(0.2)  # same message, inside the interval: dropped
    progress.update(0.3, "Reading")  # unchanged message: dropped
    progress.update(0.4, "Scoring")  # new message: passes
    progress.update(1.0)  # completion: passes
    assert seen == [(0.1, "Reading"), (0.4, "Scoring"), (1.0, "Scoring")]


def test_fraction_is_clamped():
    progress = Progress.none()
    progress.update(1.7)
    assert progress.fraction == 1.0
    progress.update(-3)
    assert progress.fraction == 0.0


def test_check_raises_after_cancel_and_sub_shares_the_flag():
    progress = Progress.none()
    child = progress.sub(0.5, 1.0)
    child.check()  # not cancelled yet: no error
    progress.cancel()
    assert child.cancelled
    with pytest.raises(Cancelled):
        child.check()


def test_sub_maps_its_range_onto_the_parent():
    seen: list[float] = []
    progress = Progress(lambda f, m: seen.append(f), interval=0)
    progress.sub(0.5, 0.9).update(0.5)  # 0.5 + 0.4 * 0.5 = 0.7
    assert seen == [pytest.approx(0.7)]
