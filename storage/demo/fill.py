"""``fill_demo``: put a deterministic, realistic demo portfolio into a workspace.

Used by ``abm-health demo`` and by the window on first run. The workspace is checked and,
with ``force``, emptied in the same transaction that writes the demo, so a failure or an
interrupted run leaves the previous data exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from domain.settings import WorkspaceSettings
from storage.bulk_write import bulk_mode, resync_ids
from storage.demo.events_cache import write_demo_event_cache
from storage.demo.portfolio import generate
from storage.demo.progress import step
from storage.demo.writer import WRITE_ORDER, clear, tables_with_rows, write_table
from storage.errors import WorkspaceError
from storage.event_cache import mark_events_changed
from storage.event_cache_append import stamp_inside
from storage.said import english, say
from storage.settings_repo import save_settings
from storage.team import require_role
from storage.workspace import Workspace

EVENTS_PER_ACCOUNT = 150
GENERATION_SHARE = 0.3  # of the progress bar; writing takes the rest


english({
    "demo_workspace_not_empty": "The workspace {where} already holds data (in {tables}); choose "
                                "an empty workspace, or pass --force to replace its data with "
                                "the demo.",
})


class WorkspaceNotEmpty(WorkspaceError):
    """The workspace already holds data and the caller did not ask to replace it."""

    def __init__(self, location: str, tables: list[str]) -> None:
        super().__init__(say("demo_workspace_not_empty", where=location,
                             tables=", ".join(tables)), kind="not-empty")
        self.tables = tables


@dataclass(frozen=True)
class DemoSummary:
    """What ``fill_demo`` wrote: rows per table, and the seed and as-of date it used."""

    as_of: date
    seed: int
    counts: dict[str, int] = field(default_factory=dict)
    replaced: bool = False

    def sentence(self) -> str:
        parts = ", ".join(f"{count:,} {name.replace('_', ' ')}" for name, count in self.counts.items())
        return f"Demo portfolio as of {self.as_of.isoformat()} (seed {self.seed}): {parts}."


def fill_demo(
    workspace: Workspace,
    *,
    accounts: int = 250,
    events: int | None = None,
    seed: int = 1,
    as_of: date | None = None,
    force: bool = False,
    progress: Callable[[float, str], None] | None = None,
) -> DemoSummary:
    """Fill ``workspace`` with a demo portfolio; raises ``WorkspaceNotEmpty`` when it holds
    data and ``force`` is false. ``progress(fraction, message)`` is called as work advances."""
    if accounts < 1:
        raise ValueError(f"accounts must be at least 1, not {accounts}")
    n_events = EVENTS_PER_ACCOUNT * accounts if events is None else events
    if n_events < 0:
        raise ValueError(f"events must be 0 or more, not {n_events}")
    as_of = as_of or date.today()
    report = progress or (lambda fraction, message: None)
    if not force:
        with workspace.connect() as conn:
            found = tables_with_rows(conn)
        if found:
            raise WorkspaceNotEmpty(workspace.location, found)

    portfolio = generate(
        accounts, n_events, seed, as_of,
        lambda fraction, message: report(GENERATION_SHARE * fraction, message),
    )
    total = sum(len(next(iter(cols.values()))) for cols in portfolio.tables.values())
    written = 0

    def advance(rows: int) -> None:
        nonlocal written
        written += rows
        report(GENERATION_SHARE + (1 - GENERATION_SHARE) * written / max(total, 1),
               step("demo_writing_rows", written=written, total=total))

    counts: dict[str, int] = {}
    require_role(workspace, "admin", "fill the workspace with the demo")
    with workspace.transaction() as conn:
        found = tables_with_rows(conn)
        if found and not force:
            raise WorkspaceNotEmpty(workspace.location, found)
        with bulk_mode(conn):  # also lifts the change triggers, so DELETE stays a truncate
            if found:
                report(GENERATION_SHARE, step("demo_deleting"))
                clear(conn)
            for name in WRITE_ORDER:
                counts[name] = write_table(
                    conn, portfolio.timeline, name, portfolio.tables[name], advance
                )
            resync_ids(conn, WRITE_ORDER)  # PostgreSQL: the next typed note gets a new id
        mark_events_changed(conn)  # the events cache next to the file is stale from here
        stamp = stamp_inside(conn)  # ...until it is written from these rows, for this stamp
    write_demo_event_cache(workspace, portfolio.timeline, portfolio.tables["events"], stamp)
    save_settings(workspace, WorkspaceSettings())
    report(1.0, step("demo_done"))
    return DemoSummary(as_of=as_of, seed=seed, counts=counts, replaced=bool(found))
