"""Export… (Ctrl+E): the dialog that writes an account report, the portfolio workbook or
the meeting pack through ``desktop.reports``.

May import ``desktop.reports`` and ``desktop.shared``; never another screen.
"""
