"""Child process for the start-up benchmark: open the window on a workspace and report.

    python -m tests.benchmarks.gui_start WORKSPACE AS_OF [--full]

AS_OF is a day (YYYY-MM-DD) or ``data-date``: the day the window opens on by itself, the
one ``import`` and ``demo`` prepare the stored portfolio for.

Prints ``PAINTED <seconds since process start>`` once the portfolio table has rows and has
been painted, then exits without waiting for the rest of the load. ``--full`` waits for
the complete load instead (frames and health), which also stores the portfolio table.
Runs the same code as ``abm-health`` (``desktop.app``), on the offscreen platform when no
display is set, and never writes weekly history.
"""

from __future__ import annotations

import os
import sys
import time

START = time.perf_counter()


def main() -> int:
    from datetime import date

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.shared.import_order import import_data_libraries

    import_data_libraries()  # before Qt, as ``abm-health`` does (desktop.cli)
    from PySide6.QtCore import QSettings, QTimer

    from desktop.app import build_window, make_application
    from desktop.shared.recent_workspaces import WindowMemory
    from storage.workspace import Workspace

    path, full = sys.argv[1], "--full" in sys.argv
    as_of = None if sys.argv[2] == "data-date" else date.fromisoformat(sys.argv[2])
    app = make_application([sys.argv[0]])
    workspace = Workspace.open(path)
    memory = WindowMemory(QSettings(os.devnull, QSettings.Format.IniFormat))
    state, window = build_window(workspace, as_of, memory, load=not full)
    window.auto_history = False
    window.resize(1440, 900)
    window.show()

    def painted() -> None:
        table = window.portfolio.table
        if window.portfolio.model.rowCount() == 0:
            return
        table.viewport().repaint()  # synchronous: the rows are on screen now
        print(f"PAINTED {time.perf_counter() - START:.4f}", flush=True)
        if not full:
            os._exit(0)  # the measurement is taken; skip the teardown

    def complete() -> None:
        print(f"COMPLETE {time.perf_counter() - START:.4f}", flush=True)
        os._exit(0)

    state.portfolio_ready.connect(lambda: QTimer.singleShot(0, painted))
    if full:
        state.data_changed.connect(lambda: QTimer.singleShot(0, complete))
    if full:
        QTimer.singleShot(0, lambda: state.reload(window))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
