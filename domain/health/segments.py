"""The two segments an account is rated in: customers (for retention) and prospects (for
buying intent). One place decides which an account belongs to, from its journey stage, so
the bands, the backtest, the likelihood and "what moved" never disagree.

A customer is an account in the customer or expansion stage; a churned account is neither
(its band is "churned"); every other stage is a prospect.
"""

from __future__ import annotations

import numpy as np

CUSTOMER, PROSPECT = "customer", "prospect"
SEGMENTS: tuple[str, ...] = (CUSTOMER, PROSPECT)
CUSTOMER_STAGES: tuple[str, ...] = ("customer", "expansion")
CHURNED_STAGE = "churned"


def segments_of(stages: np.ndarray) -> np.ndarray:
    """Per stage: "customer", "prospect", or None for churned (and missing) stages."""
    stages = np.asarray(stages, dtype=object)
    out = np.where(np.isin(stages, CUSTOMER_STAGES), CUSTOMER, PROSPECT).astype(object)
    out[(stages == CHURNED_STAGE) | np.equal(stages, None)] = None
    return out


def segment_of(stage: str | None) -> str | None:
    return segments_of(np.array([stage], dtype=object))[0]
