"""Several people on one workspace: who changed what, and a version to refuse lost updates.

``notes.version`` grows with every edit; an edit made on an older version is refused
("changed by X at T") instead of silently overwriting a colleague's. ``updated_by`` and
``updated_at`` say who and when. The settings, rewritten whole, get the same through the
``settings_version`` row of ``workspace_meta`` (which gains ``updated_by`` and
``updated_at``). ``import_batches.author`` records who ran each import.

Revision ID: 0004
Revises: 0003_change_triggers
Create Date: 2026-12-02 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003_change_triggers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("notes", sa.Column("version", sa.Integer(), nullable=False,
                                     server_default=sa.text("1")))
    op.add_column("notes", sa.Column("updated_by", sa.String(length=128), nullable=True))
    op.add_column("notes", sa.Column("updated_at", sa.DateTime(), nullable=True))
    op.add_column("import_batches", sa.Column("author", sa.String(length=128), nullable=True))
    op.add_column("workspace_meta", sa.Column("updated_by", sa.String(length=128), nullable=True))
    op.add_column("workspace_meta", sa.Column("updated_at", sa.DateTime(), nullable=True))
    meta = sa.table("workspace_meta", sa.column("key", sa.String), sa.column("value", sa.Integer))
    op.bulk_insert(meta, [{"key": "settings_version", "value": 0}])


def downgrade() -> None:
    op.execute("DELETE FROM workspace_meta WHERE key = 'settings_version'")
    with op.batch_alter_table("workspace_meta") as batch:
        batch.drop_column("updated_at")
        batch.drop_column("updated_by")
    with op.batch_alter_table("import_batches") as batch:
        batch.drop_column("author")
    with op.batch_alter_table("notes") as batch:
        batch.drop_column("updated_at")
        batch.drop_column("updated_by")
        batch.drop_column("version")
