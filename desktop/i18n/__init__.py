"""The window's and the reports' languages: which one is chosen, its Qt catalogs, its formats.

``languages`` names the languages and which are shipped; ``choice`` reads the user's choice
(QSettings, else the system locale); ``install`` puts the catalogs into the application;
``conventions`` turns a QLocale into the formatter's conventions; ``build`` regenerates the
``.ts`` catalogs and compiles the ``.qm`` files (``python -m desktop.i18n.build``).
"""
