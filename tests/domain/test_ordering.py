"""Two array helpers of the KPI engine that replace slower numpy calls and must give the
same answer: ``stable_order`` (``np.argsort(kind="stable")`` by a plain sort) and
``account_mask`` (``np.isin`` through a table indexed by id). Expected values by hand."""

from __future__ import annotations

import numpy as np

from domain.metrics.context import account_mask
from domain.ordering import stable_order


def test_equal_keys_keep_the_order_they_came_in():
    # 1.0 at positions 1 and 3, 2.0 at 4, 3.0 at 0 and 2.
    assert stable_order(np.array([3.0, 1.0, 3.0, 1.0, 2.0])).tolist() == [1, 3, 4, 0, 2]
    assert stable_order(np.array([-2, 5, -2], dtype="int64")).tolist() == [0, 2, 1]


def test_fractional_keys_are_ordered_too():
    assert stable_order(np.array([0.5, 0.25, 0.5])).tolist() == [1, 0, 2]
    assert stable_order(np.array([7.0])).tolist() == [0]


def test_account_mask_finds_whole_ids_only():
    values = np.array([1.0, 2.0, np.nan, 7.0, -1.0, 2.5])
    assert account_mask(values, np.array([2, 7])).tolist() == [False, True, False, True,
                                                                False, False]
    assert account_mask(np.array([3, 4], dtype="int64"), np.array([4])).tolist() == [False, True]


def test_account_mask_with_very_large_ids():
    big = 10**15
    assert account_mask(np.array([float(big), 5.0]), np.array([5, big])).tolist() == [True, True]
    assert account_mask(np.array([1.0]), np.array([], dtype="int64")).tolist() == [False]
