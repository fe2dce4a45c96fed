"""Test-wide setup: offscreen Qt, and no test ever touches a real user's workspace."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("ABM_HEALTH_WORKSPACE", raising=False)


@pytest.fixture
def workspace(tmp_path):
    """A fresh workspace file created by the real Alembic migrations."""
    from storage.workspace import Workspace

    ws = Workspace.open(tmp_path / "workspace.sqlite")
    yield ws
    ws.close()


# -- PostgreSQL ----------------------------------------------------------------------------
# One real server per test session (tests/pg_server.py), a fresh database per test. Without
# a server binary or psycopg the PostgreSQL tests are skipped, naming what is missing.
@pytest.fixture(scope="session")
def pg_server():
    from tests.pg_server import PostgresServer, missing_reason

    reason = missing_reason()
    if reason is not None:
        pytest.skip(reason)
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """The URL of a fresh, empty PostgreSQL database on the session's server."""
    return pg_server.new_database()


@pytest.fixture(params=["sqlite", "postgres"])
def any_target(request, tmp_path):
    """A workspace target on each back-end: an SQLite file path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "workspace.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def any_workspace(any_target):
    """A fresh workspace on each back-end, created by the real Alembic migrations."""
    from storage.workspace import Workspace

    ws = Workspace.open(any_target)
    yield ws
    ws.close()
