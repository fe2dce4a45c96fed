"""The alignment-meeting dashboard: ``DashboardPage(state, parent)`` (SPEC §8)."""

from __future__ import annotations

from desktop.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
