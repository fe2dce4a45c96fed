"""Alembic environment: always run on a connection handed over by ``storage.migrate``.

There is no alembic.ini: the workspace decides which database to upgrade, so the
connection arrives in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from storage.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when alembic is run by hand
    raise RuntimeError("run migrations through storage.migrate, which supplies a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
