"""The part of a workspace's frames the health model reads, for a process that needs no more.

A million events carry their asset, session, channel, campaign and duration besides the
four columns the health model reads (who, which contact, what kind, when). A command that
only scores (``abm-health health`` without ``--account``) keeps those four and lets the rest
go before the model's own arrays are built: the same scores, some 100 MB less at the peak.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from domain.frames import PortfolioFrames

# What ``domain.engagement.touch_points``, ``domain.health.activity`` and the stages read.
EVENT_COLUMNS: tuple[str, ...] = ("account_id", "contact_id", "kind", "occurred_at")


def scoring_frames(frames: PortfolioFrames) -> PortfolioFrames:
    """``frames`` with the events narrowed to ``EVENT_COLUMNS`` (the arrays themselves, no copy)."""
    events = frames.events
    narrow = pd.DataFrame({name: events[name] for name in EVENT_COLUMNS}, copy=False)
    return replace(frames, events=narrow)
