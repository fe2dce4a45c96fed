"""The session's PostgreSQL server: Alembic builds the whole schema on it."""

from __future__ import annotations

from sqlalchemy import inspect

from storage import migrate
from storage.workspace import Workspace


def test_migrations_create_the_schema_on_postgres(pg_url):
    with Workspace.open(pg_url) as ws:
        assert ws.engine.dialect.name == "postgresql"
        assert migrate.current_revision(ws.engine) == migrate.HEAD
        tables = set(inspect(ws.engine).get_table_names())
        assert {"accounts", "events", "notes", "settings", "import_batches"} <= tables
        assert ws.is_empty()
