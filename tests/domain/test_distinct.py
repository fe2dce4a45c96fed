"""``domain.distinct``: distinct values by sorting, as ``np.unique`` gives them."""

from __future__ import annotations

import numpy as np

from domain.distinct import all_distinct, distinct, distinct_inverse


def test_distinct_sorts_and_keeps_each_value_once():
    assert distinct(np.array([3, 1, 3, 2, 1], dtype="int64")).tolist() == [1, 2, 3]
    assert distinct(np.array([2.5, -1.0, 2.5])).tolist() == [-1.0, 2.5]
    assert distinct(np.array([7], dtype="int64")).tolist() == [7]
    assert distinct(np.array([], dtype="int64")).tolist() == []


def test_inverse_points_each_value_at_its_distinct_value():
    uniques, inverse = distinct_inverse(np.array([30, 10, 30, 20], dtype="int64"))
    assert uniques.tolist() == [10, 20, 30]
    assert inverse.tolist() == [2, 0, 2, 1]


def test_all_distinct_finds_a_repeated_value_anywhere():
    assert all_distinct(np.array([5, 1, 4], dtype="int64"))
    assert not all_distinct(np.array([5, 1, 4, 1], dtype="int64"))
    assert all_distinct(np.array([], dtype="int64"))
