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
    monkeypatch.delenv("ABM_HEALTH_WORKSPACE", raising=False)


@pytest.fixture
def workspace(tmp_path):
    """A fresh workspace file created by the real Alembic migrations."""
    from storage.workspace import Workspace

    ws = Workspace.open(tmp_path / "workspace.sqlite")
    yield ws
    ws.close()
