"""A second process for the recompute tests: ``python -m tests.postgres.history_worker URL
WEEKS PAUSE`` fills in the weekly health history of the workspace at URL up to 30 June 2026,
pausing PAUSE seconds at each step (so that another process meets it mid-computation), and
prints each progress message with the wall-clock time, then how many weeks it added."""

from __future__ import annotations

import sys
import time
from datetime import date

from storage.health_service import fill_history
from storage.workspace import Workspace


def main(url: str, weeks: int, pause: float) -> None:
    said: list[str] = []

    def progress(done: int, total: int, message: str) -> bool:
        if message and message not in said:  # the waiting sentence repeats while waiting
            said.append(message)
            print(f"{time.time():.3f} {done}/{total} {message}", flush=True)
        if done > 0:
            time.sleep(pause)
        return True

    with Workspace.open(url) as ws:
        added = fill_history(ws, progress, weeks=weeks, until=date(2026, 6, 30))
    print(f"{time.time():.3f} added {added}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]))
