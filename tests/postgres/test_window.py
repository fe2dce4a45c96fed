"""The window on a PostgreSQL workspace: the portfolio loads as on a file, and a viewer's
window disables every write control, saying why."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.import_wizard.history import ImportHistoryDialog
from desktop.main_window import MainWindow
from desktop.portfolio.filter import PortfolioFilter
from desktop.portfolio.model import ITEM_ROLE
from desktop.settings.page import SettingsPage
from desktop.shared.app_state import AppState
from desktop.shared.recent_workspaces import WindowMemory
from desktop.shared.workers import wait_for_all
from storage.copying import copy_workspace
from storage.settings_repo import load_settings
from storage.workspace import Workspace
from tests.desktop.small_portfolio import AS_OF, TARGET_IDS, fill


def _window(qtbot, workspace, tmp_path) -> MainWindow:
    memory = WindowMemory(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    state = AppState(workspace, AS_OF)
    window = MainWindow(state, memory)
    window.auto_history = False
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        state.reload(window)
    return window


def _filled(pg_url, tmp_path) -> Workspace:
    """The desktop tests' small portfolio (written for SQLite), copied to the server."""
    with Workspace.open(tmp_path / "small.sqlite") as laptop, Workspace.open(pg_url) as ws:
        fill(laptop)
        copy_workspace(laptop, ws)
    return Workspace.open(pg_url)


def test_the_portfolio_loads_from_postgres(qtbot, pg_url, tmp_path):
    with _filled(pg_url, tmp_path) as ws:
        window = _window(qtbot, ws, tmp_path)
        model = window.portfolio.model
        ids = sorted(model.index(r, 0).data(ITEM_ROLE) for r in range(model.rowCount()))
        assert ids == list(TARGET_IDS)
        assert window.import_action.isEnabled() and window.new_action.isEnabled()
        settings = SettingsPage(window.state)  # the owner has no role: everything editable
        qtbot.addWidget(settings)
        assert all(s.isEnabled() for s in settings.health.sliders.values())
        assert settings.currency.isEnabled() and settings.health.healthy_min.isEnabled()
        settings.cancel_jobs()
        wait_for_all()
        window.close()


def test_a_viewers_window_disables_every_write_control(qtbot, pg_url, pg_server, tmp_path):
    from sqlalchemy.engine import make_url

    db = make_url(pg_url).database
    _filled(pg_url, tmp_path).close()
    with Workspace.open(pg_url) as ws:
        from storage.team import init_team

        init_team(ws)
    with pg_server.admin() as conn:
        conn.execute(f'CREATE ROLE vic LOGIN; GRANT "{db}_viewer" TO vic')
    reason = ("Your database user has the viewer role on this team workspace; this needs the "
              "manager role.")
    with Workspace.open(pg_server.url(db, "vic")) as ws:
        window = _window(qtbot, ws, tmp_path)
        assert not window.import_action.isEnabled()
        assert window.import_action.toolTip() == reason
        assert window.role_label.text() == reason
        # Not even a new workspace file, nor the empty workspace's import or demo.
        assert not window.new_action.isEnabled() and window.new_action.toolTip() == reason
        start = window.start_page
        assert not start.import_button.isEnabled() and start.import_button.toolTip() == reason
        assert not start.demo_button.isEnabled()
        assert start.demo_button.toolTip() == reason.replace("the manager role", "the admin role")
        # A CSV dropped on the window: the reason, and no import wizard.
        from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
        from PySide6.QtGui import QDropEvent
        from PySide6.QtWidgets import QApplication

        from desktop.import_wizard.wizard import ImportWizard

        dropped = tmp_path / "accounts.csv"
        dropped.write_text("name\nNordwind AG\n", encoding="utf-8")
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(dropped))])
        window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        qtbot.wait(200)
        assert window.notice.text() == reason
        assert not any(isinstance(w, ImportWizard) for w in QApplication.topLevelWidgets())
        with qtbot.waitSignal(window.account.loaded, timeout=30_000):
            window.open_account(1)
        notes = window.account.notes
        notes._update_buttons()
        for button in (notes.add_button, notes.action_button, notes.edit_button,
                       notes.done_button, notes.delete_button, notes.undo_button):
            assert not button.isEnabled() and button.toolTip() == reason
        # A saved filter is a workspace setting: kept for the session, not written.
        window.portfolio._save_filter("Mine", PortfolioFilter(tiers=frozenset({1})))
        assert "Mine" in window.state.settings.saved_filters
        assert window.statusBar().currentMessage().startswith(
            "Filter kept until you close the window: ")
        with Workspace.open(pg_url) as owner:
            assert "Mine" not in load_settings(owner).saved_filters
        # Settings and undo need the admin role.
        needs_admin = reason.replace("the manager role", "the admin role")
        settings = SettingsPage(window.state)
        qtbot.addWidget(settings)
        settings.currency.setCurrentText("eur")  # a change: Save would light up
        assert not settings.save_button.isEnabled()
        assert settings.save_button.toolTip() == needs_admin
        # The health model editor and every settings field: read-only, saying why.
        editor = settings.health
        fields = [*editor.sliders.values(), editor.healthy_min, editor.watch_min,
                  editor.hot_min, editor.warm_min, settings.mql_threshold,
                  settings.min_history, settings.currency]
        assert len(fields) == 6 + 4 + 3
        for field in fields:
            assert not field.isEnabled() and field.toolTip() == needs_admin, field.objectName()
        from PySide6.QtWidgets import QAbstractItemView

        for view in (settings.points_view, settings.verdicts_view):
            assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
            assert view.toolTip() == needs_admin
        history = ImportHistoryDialog(ws)
        qtbot.addWidget(history)
        history._selection_changed()
        assert not history.undo_button.isEnabled()
        assert history.undo_button.toolTip() == needs_admin
        settings.cancel_jobs()
        wait_for_all()
        window.close()



def test_a_colleagues_change_reloads_the_window(qtbot, pg_url, tmp_path):
    from sqlalchemy import text

    with _filled(pg_url, tmp_path) as ws:
        window = _window(qtbot, ws, tmp_path)
        before = window.portfolio.model.rowCount()
        assert not window.state.check_for_changes()  # nothing changed yet
        with Workspace.open(pg_url) as colleague, colleague.transaction() as conn:
            conn.execute(text("INSERT INTO accounts (id, name, tier, is_target) "
                              "VALUES (99, 'Nordwind AG', 2, TRUE)"))
        with qtbot.waitSignal(window.state.data_changed, timeout=60_000):
            assert window.state.check_for_changes()
        assert window.portfolio.model.rowCount() == before + 1
        assert wait_for_all()  # the load's workers let go of it
        qtbot.wait(50)
        window.close()
