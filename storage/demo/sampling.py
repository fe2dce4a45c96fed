"""Random draws the demo needs beyond numpy's: exact quotas and per-row categorical picks.

Quotas (rather than independent draws) guarantee that even a 40-account demo holds every
story, status and band the tests and the screens look for, while staying shuffled.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def quota_counts(n: int, weights: Sequence[float], minimum: int = 0) -> np.ndarray:
    """Split ``n`` into integer counts proportional to ``weights`` (largest remainder).

    Each category with a positive weight gets at least ``minimum`` when ``n`` allows it.
    """
    w = np.asarray(weights, dtype="float64")
    w = w / w.sum()
    positive = w > 0
    floor_min = minimum if n >= minimum * positive.sum() else 0
    base = np.where(positive, floor_min, 0)
    rest = n - base.sum()
    exact = w * rest
    counts = base + np.floor(exact).astype(int)
    short = n - counts.sum()
    if short > 0:
        order = np.argsort(-(exact - np.floor(exact)), kind="stable")
        counts[order[:short]] += 1
    return counts


def quota_labels(
    rng: np.random.Generator, n: int, weights: Sequence[float], minimum: int = 0
) -> np.ndarray:
    """``n`` category indices with counts fixed by ``quota_counts``, in random order."""
    counts = quota_counts(n, weights, minimum)
    labels = np.repeat(np.arange(len(counts)), counts)
    return rng.permutation(labels)


def row_choice(rng: np.random.Generator, probabilities: np.ndarray) -> np.ndarray:
    """One category index per row of a (rows, categories) probability matrix."""
    cumulative = np.cumsum(probabilities, axis=1)
    cumulative /= cumulative[:, -1:]
    u = rng.random(len(probabilities))[:, None]
    return np.minimum((u > cumulative).sum(axis=1), probabilities.shape[1] - 1)


def pick(rng: np.random.Generator, values: Sequence, n: int, p: Sequence[float] | None = None):
    """``n`` draws from ``values`` (a list of labels) as a numpy array."""
    probs = None if p is None else np.asarray(p, dtype="float64") / np.sum(p)
    index = rng.choice(len(values), size=n, p=probs)
    return np.asarray(values, dtype=object)[index]


def uniform_between(rng: np.random.Generator, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """One uniform draw per element in [low, high) (high below low collapses to low)."""
    low = np.asarray(low, dtype="float64")
    high = np.maximum(np.asarray(high, dtype="float64"), low)
    return low + rng.random(low.shape) * (high - low)


def working_hours(rng: np.random.Generator, n: int, utc_offset_h: np.ndarray | float = 0.0) -> np.ndarray:
    """Fractions of a day for ``n`` moments in local office hours, shifted to UTC."""
    local = np.clip(rng.normal(13.0, 2.6, n), 7.5, 20.5)
    return ((local - utc_offset_h) % 24.0) / 24.0
