"""The abm-health application: windows, Qt models, charts, workers, PDF, and the command line.

One room per screen, shared parts below them, composition roots above them:

- ``cli``, ``screenshots``: entry points; ``app`` opens the workspace and the window;
  ``main_window`` (with ``main_window_pages`` and ``about``) is where the screens meet.
- Screens, which never import one another: ``portfolio``, ``account``, ``dashboard``
  (with presentation mode), ``import_wizard``, ``settings``, ``export``; and ``commands``,
  one module per subcommand.
- ``reports``: PDFs and the workbook, laid out from ``domain.report_contents``.
- ``charts``: chart widgets; ``shared``: state, workers, palette, errors.

Each layer imports only the ones below it (import-linter contract "desktop layers" in
pyproject.toml). May import ``domain`` and ``storage``.
"""
