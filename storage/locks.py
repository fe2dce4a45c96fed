"""Work that must run one at a time on a shared (PostgreSQL) workspace.

``exclusive(conn, job, doing, ...)`` takes a PostgreSQL advisory lock for ``job`` (imports,
health-history recomputes) for the rest of the caller's transaction, and names the
session's work in ``application_name`` so that a second session can say who does what:
"bob is importing accounts from crm.csv (since 06:41:03 UTC)". The second session waits
(telling ``on_wait`` that sentence) up to ``wait_s`` seconds, or is refused with it at once
when ``wait_s`` is 0. The lock ends with the transaction, so a killed process never leaves
it behind. On SQLite, whose writers already queue on the file, it does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from storage.errors import WorkspaceError

NAMESPACE = 0x41424D  # "ABM": the first key of every abm-health advisory lock
IMPORT, HEALTH_HISTORY = 1, 2
JOBS = {IMPORT: "import", HEALTH_HISTORY: "health-history recompute"}
APP_PREFIX = "abm-health: "
DEFAULT_WAIT_S = 600.0


def holder(conn: Connection, job: int) -> str:
    """Who holds the lock for ``job`` and what they do, as a sentence's subject and verb."""
    row = conn.execute(text(
        "SELECT a.usename, a.application_name, a.xact_start FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.classid = :ns AND l.objid = :job "
        "AND l.objsubid = 2 AND l.granted"), {"ns": NAMESPACE, "job": job}).first()
    if row is None:
        return f"another session is running an {JOBS[job]}"
    user, app, since = row
    doing = app[len(APP_PREFIX):] if app and app.startswith(APP_PREFIX) else f"running an {JOBS[job]}"
    when = f" (since {since:%H:%M:%S %Z})".replace(" )", ")") if since is not None else ""
    return f"{user} is {doing}{when}"


def exclusive(conn: Connection, job: int, doing: str, *,
              on_wait: Callable[[str], None] | None = None,
              wait_s: float = DEFAULT_WAIT_S) -> None:
    """Hold the lock for ``job`` until ``conn``'s transaction ends (PostgreSQL only).

    Raises WorkspaceError with the sentence naming the holder when ``wait_s`` is 0 or the
    wait runs out.
    """
    if conn.dialect.name != "postgresql":
        return
    conn.execute(text("SELECT set_config('application_name', :name, true)"),
                 {"name": (APP_PREFIX + doing)[:63]})
    keys = {"ns": NAMESPACE, "job": job}
    if conn.execute(text("SELECT pg_try_advisory_xact_lock(:ns, :job)"), keys).scalar():
        return
    who = holder(conn, job)
    if wait_s <= 0:
        raise WorkspaceError(f"The workspace is busy: {who}; try again when it has finished.",
                             kind="busy")
    if on_wait is not None:
        on_wait(f"Waiting: {who}.")
    conn.execute(text("SELECT set_config('lock_timeout', :ms, true)"),
                 {"ms": f"{int(wait_s * 1000)}ms"})
    try:
        conn.execute(text("SELECT pg_advisory_xact_lock(:ns, :job)"), keys)
    except OperationalError as exc:  # lock_timeout ran out
        raise WorkspaceError(
            f"The workspace is busy: {who}; gave up after waiting {wait_s:g} s. Try again "
            "when it has finished.", kind="busy") from exc
    conn.execute(text("SELECT set_config('lock_timeout', '0', true)"))
