"""The account page: header with health and drivers, and the timeline, committee, deals,
retention and notes tabs.

May import ``desktop.charts`` and ``desktop.shared``, ``domain`` and ``storage``; never
another screen.
"""
