"""Ids and whole-number codes in the smallest type that holds them exactly.

The KPI preparation stores its arrays this way, and a context keeps ids it only compares
this way: half the memory of int64 or float64, the same answers to "which are equal".
"""

from __future__ import annotations

import numpy as np

_INT32 = np.iinfo("int32").max
_FLOAT32_WHOLE = 2 ** 24  # whole numbers up to here are exact in float32


def compact(values: np.ndarray) -> np.ndarray:
    """``values`` (ids or whole-number codes) in the smallest type that holds them exactly:
    int32 without NaN, float32 with NaN below 2**24, else as they are."""
    values = np.asarray(values)
    if values.dtype.kind in "iu":
        if len(values) == 0 or (values.min() >= -_INT32 and values.max() <= _INT32):
            return values.astype("int32")
        return values
    if values.dtype.kind != "f" or values.dtype == np.float32:
        return values
    missing = np.isnan(values)
    known = values[~missing]
    if len(known) and (not bool(np.all(known == np.floor(known)))
                       or float(np.abs(known).max()) > _INT32):
        return values
    if not missing.any():
        return values.astype("int32")
    if len(known) == 0 or float(np.abs(known).max()) < _FLOAT32_WHOLE:
        return values.astype("float32")
    return values
