"""The stable order of whole-number keys (contact or account ids), found by a plain sort.

``np.argsort(keys, kind="stable")`` over a million ids takes a merge sort; when the keys
are whole numbers, pairing each with its position (``rank × n + position``) makes every
key unique, so numpy's default sort, two to three times faster, gives the same order.
"""

from __future__ import annotations

import numpy as np

_LIMIT = np.iinfo("int64").max


def stable_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort(keys, kind="stable")`` for a 1-D array without NaN."""
    n = len(keys)
    if n < 2:
        return np.arange(n, dtype="intp")
    low, high = keys.min(), keys.max()
    whole = np.issubdtype(keys.dtype, np.integer) or bool(np.all(keys == np.floor(keys)))
    # Fall back to the merge sort when the keys are fractional or too wide to pair.
    if not whole or (float(high) - float(low) + 1) * n >= _LIMIT / 2:
        return np.argsort(keys, kind="stable")
    composite = (keys - low).astype("int64") * n + np.arange(n, dtype="int64")
    return np.argsort(composite)
