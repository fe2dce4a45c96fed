"""The settings page: the health model with its live backtest, MQL threshold, engagement
points, the metrics we don't steer by, and the workspace.

May import ``desktop.charts`` and ``desktop.shared``, ``domain`` and ``storage``; never
another screen.
"""
