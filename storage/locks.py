"""Work that must run one at a time on a shared (PostgreSQL) workspace.

``exclusive(conn, job, doing, ...)`` takes a PostgreSQL advisory lock for ``job`` (imports,
health-history recomputes) for the rest of the caller's transaction, and names the
session's work in ``application_name`` so that a second session can say who does what:
"bob is importing accounts from crm.csv (since 06:41:03 UTC)". The second session waits
(telling ``on_wait`` that sentence) up to ``wait_s`` seconds, or is refused with it at once
when ``wait_s`` is 0. The lock ends with the transaction, so a killed process never leaves
it behind. On SQLite, whose writers already queue on the file, it does nothing.

``throughout(workspace, job, doing, ...)`` holds such a lock for a whole job, computation
included, on a connection of its own whose transaction stays open until the job ends (a
health-history recompute: minutes of scoring, then the write). A second job waits, and
stops waiting early, without the lock, when ``done_meanwhile()`` says the first one has
already produced what it wanted.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage.errors import WorkspaceError
from storage.said import Said, english, say
from storage.workspace import Workspace

NAMESPACE = 0x41424D  # "ABM": the first key of every abm-health advisory lock
IMPORT, HEALTH_HISTORY, RECOMPUTE = 1, 2, 3
# HEALTH_HISTORY guards each write of snapshots or model versions; RECOMPUTE a whole
# recompute around them (its own key, so a recompute's write never waits on itself).
JOBS = {IMPORT: "import", HEALTH_HISTORY: "health-history write",
        RECOMPUTE: "health-history recompute"}
APP_PREFIX = "abm-health: "
english({
    "job_import": "import",
    "job_history_write": "health-history write",
    "job_recompute": "health-history recompute",
    "another_session_runs": "another session is running an {job}",
    "user_is": "{user} is {doing}",
    "user_is_since": "{user} is {doing} (since {since})",
    "running_job": "running an {job}",
    # What a session does, named in its application_name and read back by another session.
    "importing_from": "importing {entity} from {file}",
    "recomputing_history": "recomputing the health history",
    "filling_weekly_history": "filling in the weekly health history",
    "saving_model_version": "saving a health model version",
    "writing_history": "writing health history",
    "busy_now": "The workspace is busy: {who}; try again when it has finished.",
    "busy_gave_up": "The workspace is busy: {who}; gave up after waiting {seconds:g} s. Try "
                    "again when it has finished.",
    "waiting_for": "Waiting: {who}.",
})
_JOB_KINDS = {IMPORT: "job_import", HEALTH_HISTORY: "job_history_write",
              RECOMPUTE: "job_recompute"}
_DOING_KINDS = {"recomputing the health history": "recomputing_history",
                "filling in the weekly health history": "filling_weekly_history",
                "saving a health model version": "saving_model_version",
                "writing health history": "writing_history"}
_IMPORTING = re.compile(r"importing (\S+) from (.+)")
DEFAULT_WAIT_S = 600.0
POLL_S = 0.25


def holder(conn: Connection, job: int) -> Said:
    """Who holds the lock for ``job`` and what they do, as a sentence's subject and verb."""
    row = conn.execute(text(
        "SELECT a.usename, a.application_name, a.xact_start FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.classid = :ns AND l.objid = :job "
        "AND l.objsubid = 2 AND l.granted"), {"ns": NAMESPACE, "job": job}).first()
    if row is None:
        return say("another_session_runs", job=say(_JOB_KINDS[job]))
    user, app, since = row
    doing = (_doing(app[len(APP_PREFIX):]) if app and app.startswith(APP_PREFIX)
             else say("running_job", job=say(_JOB_KINDS[job])))
    if since is None:
        return say("user_is", user=user, doing=doing)
    return say("user_is_since", user=user, doing=doing, since=f"{since:%H:%M:%S %Z}".strip())


def _doing(text: str) -> Said | str:
    """What another session said it does, as a kind where it is one of ours."""
    if text in _DOING_KINDS:
        return say(_DOING_KINDS[text])
    match = _IMPORTING.fullmatch(text)
    if match:
        return say("importing_from", entity=match.group(1), file=match.group(2))
    return text  # cut short at 63 characters, or another version's words: as it is


def exclusive(conn: Connection, job: int, doing: str, *,
              on_wait: Callable[[str], None] | None = None,
              wait_s: float = DEFAULT_WAIT_S,
              while_waiting: Callable[[], object] | None = None) -> None:
    """Hold the lock for ``job`` until ``conn``'s transaction ends (PostgreSQL only).

    Raises WorkspaceError with the sentence naming the holder when ``wait_s`` is 0 or the
    wait runs out. ``while_waiting`` is called a few times a second while waiting; it may
    raise (a cancelled import), which ends the wait and, with it, the transaction.
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
        raise WorkspaceError(say("busy_now", who=who), kind="busy")
    if on_wait is not None:
        on_wait(say("waiting_for", who=who))
    deadline = time.monotonic() + wait_s
    while True:
        time.sleep(POLL_S)
        if while_waiting is not None:
            while_waiting()
        if conn.execute(text("SELECT pg_try_advisory_xact_lock(:ns, :job)"), keys).scalar():
            return
        if time.monotonic() > deadline:
            raise WorkspaceError(say("busy_gave_up", who=who, seconds=wait_s), kind="busy")


class _DoneMeanwhile(Exception):
    """The job another session ran while this one waited produced what this one wanted."""


@contextmanager
def throughout(workspace: Workspace, job: int, doing: str, *,
               on_wait: Callable[[str], None] | None = None,
               while_waiting: Callable[[], object] | None = None,
               done_meanwhile: Callable[[], bool] | None = None,
               wait_s: float = DEFAULT_WAIT_S) -> Iterator[bool]:
    """Hold the lock for ``job`` for the whole ``with`` block; yields True when held, or
    False when the wait ended because ``done_meanwhile()`` came true (do nothing then).

    On SQLite it yields True at once: one computer, and its writes queue on the file.
    """
    if workspace.engine.dialect.name != "postgresql":
        yield True
        return
    last_look = [0.0]

    def waiting() -> None:
        if while_waiting is not None:
            while_waiting()
        # Once a second is enough to notice a colleague's finished history.
        if done_meanwhile is not None and time.monotonic() - last_look[0] >= 1.0:
            last_look[0] = time.monotonic()
            if done_meanwhile():
                raise _DoneMeanwhile

    with workspace.connect() as conn, conn.begin():
        try:
            exclusive(conn, job, doing, on_wait=on_wait, wait_s=wait_s, while_waiting=waiting)
        except _DoneMeanwhile:
            held = False
        else:
            held = True
        yield held
