"""The import history: listing batches and undoing one.

Undo removes the rows a batch inserted and puts back the values it overwrote, in one
transaction. It refuses (and says which batch to undo first) when later work depends on
the batch: a later batch updated the same rows, or rows outside the batch refer to the
rows it inserted (undoing would delete or orphan them through the foreign keys).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import text, update
from sqlalchemy.engine import Connection

from storage.change_triggers import row_triggers_lifted
from storage.damage import ensure_intact
from storage.importing.writer import BATCHES, mark_changed, now
from storage.said import english, say
from storage.team import require_role
from storage.workspace import Workspace

# Who refers to a table's rows: (referring table, column).
_REFERRERS = {
    "accounts": [("accounts", "parent_id"), ("contacts", "account_id"), ("events", "account_id"),
                 ("meetings", "account_id"), ("opportunities", "account_id"),
                 ("subscriptions", "account_id"), ("nps_responses", "account_id"),
                 ("questions", "account_id"), ("notes", "account_id")],
    "contacts": [("events", "contact_id"), ("meetings", "contact_id"),
                 ("nps_responses", "contact_id"), ("questions", "contact_id")],
    "campaigns": [("events", "campaign_id"), ("meetings", "campaign_id"),
                  ("opportunities", "campaign_id")],
}
_LABEL = {"nps_responses": "NPS responses"}
english({
    "no_batch": "There is no import batch {batch}; `abm-health batches` lists them.",
    "batch_already_undone": "Batch {batch} has already been undone.",
    "batch_not_finished": "Batch {batch} is {status}, not finished; nothing to undo.",
    "later_batch_changed": "Batch {batch} can't be undone: batch(es) {batches} later changed "
                           "the same {table}; undo it first.",
    "later_batches_changed": "Batch {batch} can't be undone: batch(es) {batches} later changed "
                             "the same {table}; undo them first.",
    "referred_from_batch": "Batch {batch} can't be undone: {count:,} {referrer} from batch "
                           "{other} refer to the {table} it added; undo batch {other} first.",
    "referred_from_app": "Batch {batch} can't be undone: {count:,} {referrer} entered in the app "
                         "refer to the {table} it added; delete them first, or keep this batch.",
    "unknown_table": "The batch refers to an unknown table {name!r}; it can't be undone.",
    "unknown_column": "The batch refers to an unknown column {name!r}; it can't be undone.",
})

BATCH_COLUMNS = ("id", "file_name", "entity", "preset", "started_at", "finished_at",
                 "rows_read", "rows_inserted", "rows_updated", "rows_rejected", "status",
                 "undone_at")


class UndoRefused(Exception):
    """The batch can't be undone now; the message says why and what to do first."""

    def __init__(self, message: str, *, missing: bool = False) -> None:  # a Said
        super().__init__(message)
        self.missing = missing


@dataclass
class UndoResult:
    batch_id: int
    deleted: int
    restored: int


def list_batches(workspace: Workspace) -> pd.DataFrame:
    """Every recorded batch, newest first."""
    columns = ", ".join(BATCH_COLUMNS)
    return workspace.read_frame(f"SELECT {columns} FROM import_batches ORDER BY id DESC")


def undo_batch(workspace: Workspace, batch_id: int) -> UndoResult:
    ensure_intact(workspace)  # never write to a file SQLite calls malformed
    require_role(workspace, "admin", "undo an import")
    with workspace.transaction() as conn:
        batch = conn.execute(text("SELECT entity, status FROM import_batches WHERE id = :b"),
                             {"b": batch_id}).first()
        if batch is None:
            raise UndoRefused(say("no_batch", batch=batch_id), missing=True)
        if batch.status == "undone":
            raise UndoRefused(say("batch_already_undone", batch=batch_id))
        if batch.status != "done":
            raise UndoRefused(say("batch_not_finished", batch=batch_id, status=batch.status))
        changes = pd.DataFrame(
            conn.execute(text("SELECT table_name, row_id, action, before FROM import_changes "
                              "WHERE batch_id = :b ORDER BY id"), {"b": batch_id}).fetchall(),
            columns=["table_name", "row_id", "action", "before"])
        _refuse_if_depended_on(conn, batch_id, changes)
        # Row triggers lifted for the bulk delete, counters bumped once (change_triggers).
        with row_triggers_lifted(conn):
            deleted, restored = _revert(conn, batch_id, changes)
        conn.execute(update(BATCHES).where(BATCHES.c.id == batch_id).values(
            status="undone", undone_at=now()))
        if set(changes["table_name"]) & {"events", "accounts"}:
            mark_changed(conn)
    return UndoResult(batch_id, deleted, restored)


def _revert(conn: Connection, batch_id: int, changes: pd.DataFrame) -> tuple[int, int]:
    """Delete what the batch inserted, restore what it updated: (deleted, restored)."""
    deleted = restored = 0
    for change in changes.itertuples(index=False):
        table = _known_table(change.table_name)
        if change.action == "insert":
            through = json.loads(change.before)["through"] if change.before else change.row_id
            deleted += conn.execute(
                text(f"DELETE FROM {table} WHERE id BETWEEN :a AND :z AND import_batch_id = :b"),
                {"a": change.row_id, "z": through, "b": batch_id}).rowcount
        else:
            old = json.loads(change.before)
            sets = ", ".join(f'"{_known_column(c)}" = :{_param(c)}' for c in old)
            params = {_param(c): v for c, v in old.items()} | {"row_id": change.row_id}
            restored += conn.execute(text(f"UPDATE {table} SET {sets} WHERE id = :row_id"),
                                     params).rowcount
    return deleted, restored


def _refuse_if_depended_on(conn: Connection, batch_id: int, changes: pd.DataFrame) -> None:
    later = pd.DataFrame(
        conn.execute(text(
            "SELECT c.batch_id, c.table_name, c.row_id FROM import_changes c "
            "JOIN import_batches b ON b.id = c.batch_id "
            "WHERE c.batch_id > :b AND b.status = 'done' AND c.action = 'update'"),
            {"b": batch_id}).fetchall(), columns=["batch_id", "table_name", "row_id"])
    for change in changes.itertuples(index=False):
        table = _known_table(change.table_name)
        first = change.row_id
        last = json.loads(change.before)["through"] if change.action == "insert" and change.before else first
        touched = later[(later.table_name == table) & later.row_id.between(first, last)]
        if len(touched):
            batches = ", ".join(str(b) for b in sorted(touched.batch_id.unique()))
            kind = "later_batches_changed" if "," in batches else "later_batch_changed"
            raise UndoRefused(say(kind, batch=batch_id, batches=batches, table=table))
        if change.action != "insert":
            continue
        for referrer, column in _REFERRERS.get(table, []):
            row = conn.execute(text(
                # CASE, not MAX(boolean): PostgreSQL has no MAX over booleans.
                f"SELECT COUNT(*), MIN(import_batch_id), "
                f"MAX(CASE WHEN import_batch_id IS NULL THEN 1 ELSE 0 END) "
                f"FROM {referrer} WHERE {column} BETWEEN :a AND :z "
                f"AND (import_batch_id IS NULL OR import_batch_id != :b)"),
                {"a": first, "z": last, "b": batch_id}).first()
            if row[0]:
                facts = {"batch": batch_id, "count": int(row[0]), "table": table,
                         "referrer": _LABEL.get(referrer, referrer)}
                if row[1] is not None:
                    raise UndoRefused(say("referred_from_batch", other=row[1], **facts))
                raise UndoRefused(say("referred_from_app", **facts))


def _known_table(name: str) -> str:
    # Names read back from import_changes are only ever used if they are ours.
    from storage.importing.fields import SPECS

    tables = {spec.table for spec in SPECS.values()}
    if name not in tables:
        raise UndoRefused(say("unknown_table", name=name))
    return name


def _known_column(name: str) -> str:
    from storage.importing.fields import SPECS

    columns = {f.column for spec in SPECS.values() for f in spec.fields if f.column}
    if name not in columns | {"import_batch_id"}:
        raise UndoRefused(say("unknown_column", name=name))
    return name


def _param(column: str) -> str:
    return f"v_{column}"
