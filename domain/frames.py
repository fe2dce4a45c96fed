"""The columnar contract between storage and the domain: one pandas frame per entity.

Storage hands the domain a ``PortfolioFrames``; every metric, stage and health function
reads it. Columns are exactly the SPEC §3 field names plus ``id`` and the ``*_id``
references; timestamps are naive ``datetime64[ns]`` (UTC wall time), dates are
``datetime64[ns]`` at midnight, enums are their string values (events' ``kind`` and
``channel`` as Categoricals of them), missing values are NaN/NaT/None.
Building frames here (rather than in storage) lets domain tests write tiny readable fixtures
with ``PortfolioFrames.build(accounts=[...], events=[...])``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import pandas as pd

from domain.enums import EventChannel, EventKind

COLUMNS: dict[str, tuple[str, ...]] = {
    "accounts": (
        "id", "external_id", "name", "domain", "industry", "region", "employees",
        "annual_revenue", "tier", "owner", "is_target", "parent_id", "created_at",
    ),
    "contacts": (
        "id", "external_id", "account_id", "name", "email", "title", "buying_role",
        "lead_source", "created_at", "lead_score", "mql_at", "sql_at", "unsubscribed_at",
    ),
    "campaigns": (
        "id", "external_id", "name", "channel", "start", "end", "cost", "is_paid",
    ),
    "events": (
        "id", "account_id", "contact_id", "campaign_id", "kind", "occurred_at", "asset",
        "channel", "session", "duration_s",
    ),
    "meetings": (
        "id", "external_id", "account_id", "contact_id", "kind", "booked_at",
        "scheduled_for", "status", "campaign_id",
    ),
    "opportunities": (
        "id", "external_id", "account_id", "name", "type", "amount", "created_at",
        "closed_at", "status", "stage", "promotion", "campaign_id",
    ),
    "subscriptions": (
        "id", "external_id", "account_id", "product", "start_date", "end_date", "arr",
        "churned_at",
    ),
    "nps": (
        "id", "external_id", "account_id", "contact_id", "score", "comment",
        "responded_at", "survey",
    ),
    "questions": (
        "id", "external_id", "account_id", "contact_id", "channel", "asked_at",
        "answered_at",
    ),
    "notes": (
        "id", "external_id", "account_id", "author", "created_at", "text", "due_date",
        "done",
    ),
}

DATETIME_COLUMNS: dict[str, tuple[str, ...]] = {
    "accounts": ("created_at",),
    "contacts": ("created_at", "mql_at", "sql_at", "unsubscribed_at"),
    "campaigns": ("start", "end"),
    "events": ("occurred_at",),
    "meetings": ("booked_at", "scheduled_for"),
    "opportunities": ("created_at", "closed_at"),
    "subscriptions": ("start_date", "end_date", "churned_at"),
    "nps": ("responded_at",),
    "questions": ("asked_at", "answered_at"),
    "notes": ("created_at", "due_date"),
}


# Closed vocabularies of the big events table are pandas Categoricals (as storage loads
# them): comparisons, isin, map and groupby on them are many times faster than on text.
CATEGORICAL_COLUMNS: dict[str, dict[str, pd.CategoricalDtype]] = {
    "events": {
        "kind": pd.CategoricalDtype([k.value for k in EventKind]),
        "channel": pd.CategoricalDtype([c.value for c in EventChannel]),
    },
}


def empty_frame(table: str) -> pd.DataFrame:
    """A frame with the table's columns and no rows (datetime columns typed)."""
    frame = pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS[table]})
    for col in DATETIME_COLUMNS.get(table, ()):
        frame[col] = pd.Series(dtype="datetime64[ns]")
    for col, dtype in CATEGORICAL_COLUMNS.get(table, {}).items():
        frame[col] = pd.Series(dtype=dtype)
    return frame


def normalise_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Add missing columns, order them, and coerce datetime columns; returns a new frame."""
    out = frame.copy()
    for col in COLUMNS[table]:
        if col not in out.columns:
            out[col] = None
    out = out[list(COLUMNS[table]) + [c for c in out.columns if c not in COLUMNS[table]]]
    for col in DATETIME_COLUMNS.get(table, ()):
        # ISO8601 accepts "2026-10-02" and "2026-10-02 10:00" in one column (pandas would
        # otherwise guess one format from the first cell and turn the others into NaT).
        out[col] = pd.to_datetime(out[col], errors="coerce", format="ISO8601").astype(
            "datetime64[ns]")
    for col, dtype in CATEGORICAL_COLUMNS.get(table, {}).items():
        out[col] = out[col].astype("object").astype(dtype)
    return out


@dataclass
class PortfolioFrames:
    """Everything the domain needs about a workspace, one frame per entity."""

    accounts: pd.DataFrame = field(default_factory=lambda: empty_frame("accounts"))
    contacts: pd.DataFrame = field(default_factory=lambda: empty_frame("contacts"))
    campaigns: pd.DataFrame = field(default_factory=lambda: empty_frame("campaigns"))
    events: pd.DataFrame = field(default_factory=lambda: empty_frame("events"))
    meetings: pd.DataFrame = field(default_factory=lambda: empty_frame("meetings"))
    opportunities: pd.DataFrame = field(default_factory=lambda: empty_frame("opportunities"))
    subscriptions: pd.DataFrame = field(default_factory=lambda: empty_frame("subscriptions"))
    nps: pd.DataFrame = field(default_factory=lambda: empty_frame("nps"))
    questions: pd.DataFrame = field(default_factory=lambda: empty_frame("questions"))
    notes: pd.DataFrame = field(default_factory=lambda: empty_frame("notes"))

    @classmethod
    def build(cls, **tables: list[dict[str, Any]] | pd.DataFrame) -> PortfolioFrames:
        """Frames from lists of dicts (test fixtures) or frames; ids default to 1..n."""
        built: dict[str, pd.DataFrame] = {}
        for name, rows in tables.items():
            if name not in COLUMNS:
                raise KeyError(f"unknown table {name!r}; expected one of {sorted(COLUMNS)}")
            frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
            if "id" not in frame.columns or frame["id"].isna().all():
                frame = frame.assign(id=range(1, len(frame) + 1))
            built[name] = normalise_frame(name, frame)
        return cls(**built)

    def table_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self))
