"""The workspace's data date, read with one ``MAX`` per dated column (no frames loaded).

The columns and the rule are ``domain.data_date``'s; this only asks SQLite. The events
table is asked once per event kind, so each ``MAX`` is answered from the
``(kind, occurred_at)`` index instead of a scan of a million rows: the command line and the
window's quick start know the data date before reading anything else.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import text

from domain.data_date import DATED_COLUMNS, latest_of
from domain.enums import EventKind
from storage.table_names import TABLE_NAMES
from storage.workspace import Workspace


def _queries() -> list[tuple[str, dict[str, object]]]:
    out: list[tuple[str, dict[str, object]]] = []
    for kind in EventKind:
        out.append(("SELECT MAX(occurred_at) FROM events WHERE kind = :kind", {"kind": kind.value}))
    for table, columns in DATED_COLUMNS.items():
        if table == "events":
            continue
        name = TABLE_NAMES[table]
        # Table and column names come from the schema, never from input; values are bound.
        for column, condition in columns:
            sql = f'SELECT MAX("{column}") FROM {name}'
            params: dict[str, object] = {}
            if condition is not None:
                key, allowed = condition
                marks = ", ".join(f":v{i}" for i in range(len(allowed)))
                sql += f' WHERE "{key}" IN ({marks})'
                params = {f"v{i}": v for i, v in enumerate(allowed)}
            out.append((sql, params))
    return out


def data_date(workspace: Workspace, today: date | None = None) -> date | None:
    """The latest dated record's day, clipped to ``today`` (default: the clock's today);
    None when the workspace holds no dated record."""
    today = today or date.today()
    days: list[date | None] = []
    with workspace.connect() as conn:
        for sql, params in _queries():
            value = conn.execute(text(sql), params).scalar()
            if value is None:
                continue
            stamp = pd.to_datetime(value, errors="coerce")
            days.append(None if pd.isna(stamp) else pd.Timestamp(stamp).date())
    return latest_of(days, today)


def default_day(workspace: Workspace, today: date | None = None) -> date:
    """The day every surface uses when none is asked for: the data date, else today."""
    today = today or date.today()
    return data_date(workspace, today) or today
