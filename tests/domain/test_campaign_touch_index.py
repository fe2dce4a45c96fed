"""Campaign attribution's binary search (``domain.metrics.campaigns.TouchIndex``).

Touches, worked by hand (times in hours, keys are contacts):
  contact 1: campaign 7 at 10, campaign 8 at 20, campaign 9 at 20 (same time, came later)
  contact 2: campaign 3 at 5
Last touch at or before: (1, 15) -> 7; (1, 20) -> 9 (the touch at that very time counts,
and of two at the same time the later one); (1, 5) -> none; (2, 100) -> 3; (4, 10) -> none.
First touch, when at or before: (1, 15) -> 7; (1, 5) -> none; (2, 4) -> none; (2, 5) -> 3.
"""

from __future__ import annotations

import numpy as np

from domain.metrics.campaigns import TouchIndex

HOUR = 3_600 * 10**9
INDEX = TouchIndex(
    keys=np.array([1.0, 1.0, 1.0, 2.0]),
    times=np.array([10, 20, 20, 5], dtype="int64") * HOUR,
    campaigns=np.array([7.0, 8.0, 9.0, 3.0]),
)


def _ask(pairs: list[tuple[float, int]], first: bool) -> list[float | None]:
    keys = np.array([k for k, _ in pairs], dtype="float64")
    at = np.array([t for _, t in pairs], dtype="int64") * HOUR
    return [None if np.isnan(v) else v for v in INDEX.lookup(keys, at, first).tolist()]


def test_last_touch_at_or_before():
    assert _ask([(1, 15), (1, 20), (1, 5), (2, 100), (4, 10)], first=False) == [
        7.0, 9.0, None, 3.0, None]


def test_first_touch_counts_only_when_it_came_in_time():
    assert _ask([(1, 15), (1, 5), (2, 4), (2, 5)], first=True) == [7.0, None, None, 3.0]


def test_no_touches_attributes_nothing():
    empty = TouchIndex(np.empty(0), np.empty(0, dtype="int64"), np.empty(0))
    assert np.isnan(empty.lookup(np.array([1.0]), np.array([HOUR]), False)).all()
