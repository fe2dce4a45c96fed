"""The workspace file: created by migrations, private, upgraded with a backup, SQLite tuned."""

from __future__ import annotations

import sqlite3
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from storage import migrate
from storage.errors import WorkspaceError
from storage.paths import resolve_workspace
from storage.schema import Base
from storage.workspace import Workspace

ENTITY_TABLES = {
    "accounts", "contacts", "campaigns", "events", "meetings", "opportunities",
    "subscriptions", "nps_responses", "questions", "notes", "import_batches",
    "import_changes", "settings", "health_models", "health_snapshots",
}


def test_empty_file_upgrades_to_head(tmp_path):
    path = tmp_path / "new.sqlite"
    with Workspace.open(path) as ws:
        assert ws.created
        assert migrate.current_revision(ws.engine) == migrate.head_revision()
        tables = set(inspect(ws.engine).get_table_names())
    assert ENTITY_TABLES <= tables


def test_zero_byte_file_is_treated_as_new(tmp_path):
    path = tmp_path / "touched.sqlite"
    path.touch()
    with Workspace.open(path) as ws:
        assert ws.created
        assert ws.is_empty()


def test_migrations_match_the_declared_schema(workspace):
    with workspace.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_new_workspace_is_readable_by_owner_only(tmp_path):
    path = tmp_path / "private.sqlite"
    Workspace.open(path).close()
    mode = stat.S_IMODE(path.stat().st_mode)
    assert mode == 0o600


def test_sqlite_is_opened_with_wal_foreign_keys_and_busy_timeout(workspace):
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_an_older_workspace_is_backed_up_before_upgrade(tmp_path):
    revisions = [r.revision for r in reversed(migrate.all_revisions())]
    if len(revisions) < 2:
        pytest.skip("only one schema revision exists: nothing older to upgrade from")
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, revisions[0])
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (name, tier, is_target) VALUES ('Kept Ltd', 1, 1)"
        )
    engine.dispose()
    with Workspace.open(path) as ws:
        assert ws.backup_path is not None and ws.backup_path.exists()
        assert migrate.current_revision(ws.engine) == migrate.head_revision()
    backup = sqlite3.connect(ws.backup_path)
    assert backup.execute("SELECT name FROM accounts").fetchall() == [("Kept Ltd",)]
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revisions[0]
    backup.close()


def test_a_workspace_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    Workspace.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    conn.commit()
    conn.close()
    with pytest.raises(WorkspaceError, match="newer abm-health"):
        Workspace.open(path)


def test_a_file_that_is_not_a_workspace_gives_a_sentence(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n" * 100)
    with pytest.raises(WorkspaceError, match="not an abm-health workspace"):
        Workspace.open(path)


def test_a_failed_transaction_writes_nothing(workspace):
    with pytest.raises(RuntimeError):
        with workspace.transaction() as conn:
            conn.exec_driver_sql("INSERT INTO accounts (name, tier, is_target) VALUES ('A', 1, 1)")
            raise RuntimeError("boom")
    assert workspace.is_empty()


def test_workspace_location_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("ABM_HEALTH_WORKSPACE", str(tmp_path / "env.sqlite"))
    assert resolve_workspace("explicit.sqlite") == "explicit.sqlite"
    assert resolve_workspace(None) == str(tmp_path / "env.sqlite")
    monkeypatch.delenv("ABM_HEALTH_WORKSPACE")
    # conftest points XDG_DATA_HOME at a temporary home: the default follows platformdirs.
    import os

    assert resolve_workspace(None) == os.path.join(
        os.environ["XDG_DATA_HOME"], "abm-health", "workspace.sqlite"
    )


def test_a_sqlalchemy_url_is_accepted(tmp_path):
    url = f"sqlite:///{tmp_path / 'by-url.sqlite'}"
    with Workspace.open(url) as ws:
        assert ws.path is None
        assert ws.is_empty()


def test_migrated_check_constraints_match_the_declared_schema(workspace):
    """Autogenerate does not compare CHECKs, so compare their SQL text directly."""
    from sqlalchemy import CheckConstraint

    with workspace.engine.connect() as conn:
        created = dict(
            conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all()
        )
    missing = [
        (table.name, str(check.sqltext))
        for table in Base.metadata.tables.values()
        for check in table.constraints
        if isinstance(check, CheckConstraint) and str(check.sqltext) not in created[table.name]
    ]
    assert missing == []


def test_check_constraints_reject_values_outside_the_vocabulary(workspace):
    from sqlalchemy.exc import IntegrityError

    with workspace.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (id, name, tier, is_target) VALUES (1, 'A', 1, 1)")
    with pytest.raises(IntegrityError):
        with workspace.transaction() as conn:
            conn.exec_driver_sql(
                "INSERT INTO events (account_id, kind, occurred_at) "
                "VALUES (1, 'email_opened', '2026-01-01 00:00:00')"
            )


def test_the_fast_head_stamp_is_alembics_head():
    assert migrate.HEAD == migrate.head_revision()


def test_opening_an_up_to_date_workspace_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "w.sqlite"
    Workspace.open(path).close()
    code = (
        "import sys; from storage.workspace import Workspace\n"
        f"Workspace.open({str(path)!r}).close()\n"
        "sys.exit(1 if 'alembic' in sys.modules else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
