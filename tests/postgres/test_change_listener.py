"""The change listener hears a colleague's committed write, and nothing else.

Three workspaces on one database: the listener's own, a colleague's, and nothing faked.
The colleague's settings save is heard; a transaction rolled back sends nothing (the
server delivers a notification only at commit); a write through the listener's own
workspace is not taken for a colleague's.
"""

from __future__ import annotations

import threading

from sqlalchemy import text

from domain.settings import WorkspaceSettings
from storage.change_listener import ChangeListener
from storage.settings_repo import save_settings
from storage.workspace import Workspace


def test_the_listener_hears_a_colleagues_commit_only(pg_url):
    heard = threading.Event()
    with Workspace.open(pg_url) as own, Workspace.open(pg_url) as colleague:
        listener = ChangeListener(own, heard.set)
        assert listener.start()
        try:
            with own.transaction() as conn:  # this window's own write
                conn.execute(text("INSERT INTO accounts (id, name, tier, is_target) "
                                  "VALUES (1, 'Own AG', 1, TRUE)"))
            assert not heard.wait(1.5)
            try:
                with colleague.transaction() as conn:
                    conn.execute(text("INSERT INTO accounts (id, name, tier, is_target) "
                                      "VALUES (2, 'Gone AG', 1, TRUE)"))
                    raise KeyError("rolled back")
            except KeyError:
                pass
            assert not heard.wait(1.5)
            save_settings(colleague, WorkspaceSettings(currency="CHF"))
            assert heard.wait(2.0)
        finally:
            listener.stop()


def test_no_listener_on_a_file(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        assert not ChangeListener(ws, lambda: None).start()
