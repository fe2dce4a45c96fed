"""Distinct values of a numeric array, found by sorting.

numpy 2's ``np.unique`` (and ``intersect1d``, ``union1d``, ``setdiff1d``, which call it)
goes through a hash table that takes about a second for a million distinct int64 values;
a sort and a neighbour comparison take about ten milliseconds. Results are the same:
sorted, each value once (NaN, which never equals itself, would be kept once per NaN, so
callers pass arrays without NaN).
"""

from __future__ import annotations

import numpy as np


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values of a 1-D numeric array without NaN (``np.unique``)."""
    # Equal values are interchangeable here, so numpy's default sort (several times faster
    # than the stable one on int64) gives the same result.
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def distinct_inverse(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_inverse=True)``: the distinct values and, per value, the
    position of its distinct value."""
    uniques = distinct(values)
    return uniques, np.searchsorted(uniques, values)


def all_distinct(values: np.ndarray) -> bool:
    """True when no value of the array occurs twice."""
    # Neighbours compared once sorted, without keeping the distinct values: one copy of the
    # array instead of two (the events cache checks a million ids on every read).
    ordered = np.sort(values)
    return not bool(np.any(ordered[1:] == ordered[:-1]))
