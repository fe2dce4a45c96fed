"""The alignment-meeting dashboard: ``DashboardPage(state, parent)`` (SPEC §8), and
presentation mode, the same page full screen on the projector.

It renders ``domain.report_contents.dashboard`` (the meeting pack renders the same). May
import ``desktop.charts`` and ``desktop.shared``, ``domain`` and ``storage``; never another
screen.
"""

from __future__ import annotations

from desktop.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
