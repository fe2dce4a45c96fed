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


def test_a_password_in_the_url_is_never_printed(pg_url, capsys):
    from desktop.cli import main

    with_password = pg_url.replace("abm_test@", "abm_test:s3cret-pw@")
    code = main(["--workspace", with_password, "demo", "--accounts", "20", "--events", "500",
                 "--as-of", "2026-06-30"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "s3cret-pw" not in out + err
    assert "abm_test:***@" in out
