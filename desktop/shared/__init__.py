"""What every screen shares: the window's state, background jobs, palette, errors, memory.

- ``app_state``: the open workspace, its settings, frames and health, loaded off the GUI
  thread; screens register the work they want done on the loaded rows (``register_preparer``).
- ``workers``: run slow work off the GUI thread and hand the result back on it.
- ``palette``, ``labels``: one colour and one word per band, event kind, stage and trend.
- ``errors``: a sentence in the user's face, the details one click away.
- ``recent_workspaces``: what the window remembers between runs.
- ``portfolio_rows``, ``account_rows``: the rows the state builds per load.

May import ``domain`` and ``storage``; imports no screen, no chart and no report (the
import-linter contract "desktop layers" in pyproject.toml keeps it so).
"""
