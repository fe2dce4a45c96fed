"""After a command changed the data: leave the window's first start nothing to compute.

The window opens at once on the portfolio table stored by its last full load
(``storage.portfolio_cache``), but only while nothing changed since; after an import the
first start had to read and score everything before it showed a row (3.6 times the bare
imports on the 10,000-account workspace). The commands that change the data (``import``,
``import-folder``, ``undo``, ``demo``) therefore run that same full load once they have
committed: it rebuilds the events cache and stores the portfolio table under the stamp
of the data just written, for the day the window will open on (the data date). A change
made meanwhile simply invalidates it, as for any stored table.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from desktop.i18n.placeholders import arg
from domain import formatting as fmt
from storage.workspace import Workspace


def prepare_portfolio(workspace: Workspace, out: TextIO | None = None) -> float | None:
    """Run the window's full load and store its portfolio table; seconds taken, or None
    when this database keeps no stored table."""
    from storage import portfolio_cache

    if portfolio_cache.cache_path(workspace) is None:
        return None
    # The window's own load (one code path, one truth), without a window: QtCore only.
    from desktop.shared.app_state import load_workspace_data
    from domain.progress import Progress

    start = time.perf_counter()
    load_workspace_data(workspace, None, Progress.none())
    seconds = time.perf_counter() - start
    # On stdout with the command's summary: stderr is for problems.
    # %1: the seconds, with one decimal in the language's decimal mark.
    print(arg(QCoreApplication.translate("ReadyPortfolio", "Prepared the portfolio for the "
                                         "window in %1 s."), fmt.fixed(seconds, 1)),
          file=out or sys.stdout, flush=True)
    return seconds
