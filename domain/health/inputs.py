"""The event columns the health model reads, for a process that needs no more.

A million events carry their asset, session, channel, campaign and duration besides the
four columns the health model reads (who, which contact, what kind, when). A command that
only scores (``abm-health health`` without ``--account``) loads those four alone: the same
scores, with six columns of a million events never read, decoded or held.
"""

from __future__ import annotations

# What ``domain.engagement.touch_points``, ``domain.health.activity`` and the stages read.
EVENT_COLUMNS: tuple[str, ...] = ("account_id", "contact_id", "kind", "occurred_at")
