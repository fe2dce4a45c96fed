"""The portfolio screen: the summary strip, the filter bar and the table of target accounts.

May import ``desktop.charts`` and ``desktop.shared``, ``domain`` and ``storage``; never
another screen (an account is opened through ``AppState.request_account``, which the main
window answers).
"""
