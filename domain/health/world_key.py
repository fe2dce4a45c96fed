"""The key under which a whole-portfolio scoring is kept for "what moved" (``domain.health.movement``).

Apart from the movement ladder so that the portfolio's health (``storage.health_service``),
which files its two scorings under these keys, does not load the ladder to make them.
"""

from __future__ import annotations

import json

import pandas as pd

from domain.frames import PortfolioFrames
from domain.health.model import HealthModelConfig
from domain.settings import WorkspaceSettings


def world_key(frames: PortfolioFrames, settings: WorkspaceSettings, at: pd.Timestamp,
              config: HealthModelConfig, version: int | None) -> tuple[object, ...]:
    """The key of a whole-portfolio scoring in ``ladder``'s ``worlds``."""
    return (id(frames), repr(settings), pd.Timestamp(at),
            json.dumps(config.to_dict(), sort_keys=True), version)
