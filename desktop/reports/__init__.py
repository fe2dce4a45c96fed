"""Reports rendered with Qt: the account report (PDF, HTML) and the meeting pack (PDF) (SPEC §9).

What goes into a report is decided in ``domain.report_contents``; this package only lays it
out: HTML for Qt's rich-text engine and for browsers, charts drawn with QPainter for print,
pagination with page numbers, and the fonts that show every script.

May import ``domain`` (its report contents above all), ``storage`` and ``desktop.shared``;
never a screen: the meeting pack and the dashboard page both render
``domain.report_contents.dashboard``.
"""
