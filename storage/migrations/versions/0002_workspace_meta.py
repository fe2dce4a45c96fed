"""Workspace meta counters: ``events_version``, bumped by every write to the events table.

The columnar events cache (``storage.event_cache``) is valid only for the version it was
written at, so any import, undo or demo that changes events must bump it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "workspace_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workspace_meta")),
    )
    op.bulk_insert(meta, [{"key": "events_version", "value": 0}])


def downgrade() -> None:
    op.drop_table("workspace_meta")
