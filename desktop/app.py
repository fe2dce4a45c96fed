"""The GUI composition root: resolve the workspace once, open it, show the main window.

The window is shown first and the portfolio loads behind it on a worker thread. On first
run (no workspace yet) a demo portfolio is generated in the background, with progress,
and the status bar says so.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.errors import WorkspaceError
from storage.paths import default_workspace_path, is_url
from storage.workspace import Workspace

log = logging.getLogger("abm_health")


def _configure_logging() -> None:
    """Log to a rotating file in the user's log folder (errors also go to stderr)."""
    from platformdirs import user_log_dir

    folder = Path(user_log_dir("abm-health", appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(folder / "abm-health.log", maxBytes=1_000_000,
                                                       backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, icon and theme (sharp on high-DPI screens)."""
    existing = QApplication.instance()
    if existing is None:
        # Fractional scale factors (125 %, 150 %) render at their real size, not rounded.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("abm-health")
    app.setOrganizationName("abm-health")
    app.setApplicationDisplayName("abm-health")
    from importlib import resources

    app.setWindowIcon(QIcon(str(resources.files("resources").joinpath("icons/app.svg"))))
    register_fonts(app)
    from desktop.i18n.choice import chosen_language
    from desktop.i18n.install import install_language

    install_language(chosen_language())
    from desktop.shared.palette import apply_theme

    apply_theme(app, "system")
    return app


def register_fonts(app: QApplication) -> None:
    """Noto Sans for text everywhere, falling back to Noto Sans CJK for Japanese, Chinese
    and Korean names, so no name ever shows as boxes (many Linux desktops ship no CJK font)."""
    from importlib import resources

    from PySide6.QtGui import QFont, QFontDatabase

    fonts = resources.files("resources").joinpath("fonts")
    families: list[str] = []
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(fonts.joinpath(name)))
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    try:
        from desktop.reports.fonts import cjk_font_path

        font_id = QFontDatabase.addApplicationFont(str(cjk_font_path()))
        families += QFontDatabase.applicationFontFamilies(font_id)
    except Exception as exc:  # noqa: BLE001 - without it the app still works; say why in the log
        log.warning("No CJK font for the window: %s", exc)
    if families:
        font = QFont(app.font())
        font.setFamilies(families + [app.font().family()])
        font.setPointSizeF(10)
        app.setFont(font)


def build_window(workspace: Workspace, as_of: date | None = None, memory=None, *, load: bool = False):
    """The state and the main window over an open workspace (also used by screenshots).

    ``load`` starts the quick start's read on a worker *before* the window is built, so
    reading the stored portfolio overlaps with building widgets; its result arrives by
    queued signal, after the window is connected.
    """
    from desktop.portfolio.model import prepare_rows
    from desktop.shared.app_state import AppState

    state = AppState(workspace, as_of)  # None: the workspace's data date, read at each load
    # The portfolio page registers this too, but only once the window is built: known now,
    # the quick start formats the stored rows on its worker, not on the GUI thread.
    state.register_preparer("portfolio_prepared", prepare_rows)
    holder: list = []
    if load:
        state.reload(on_error=lambda exc: holder[0].load_failed(exc) if holder else None, quick=True)
    from desktop.main_window import MainWindow

    window = MainWindow(state, memory)
    holder.append(window)
    return state, window


def open_window(target: str, as_of: date | None = None):
    """Open the workspace at ``target`` and show its window. Raises WorkspaceError when
    the workspace cannot be opened.

    Only the first run's workspace (the default file in the user data folder, not there
    yet) is filled with the demo portfolio, on a worker, announced in the status bar; a
    new file anywhere else opens empty, on the start page (import, templates, demo).
    """
    new_file = not is_url(target) and not Path(target).expanduser().exists()
    first_run = new_file and Path(target).expanduser() == default_workspace_path()
    workspace = Workspace.open(target)
    fresh = first_run and workspace.is_empty()
    _state, window = build_window(workspace, as_of, load=not fresh)
    window.show()
    if fresh:
        window.load_demo(announce=True)
    return workspace, window


def run_gui(target: str, as_of: date | None = None) -> int:
    from desktop.shared.qt_platform import platform_problem

    # Before the QApplication: once it exists, a missing library is Qt's abort, not ours.
    problem = platform_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = make_application()
    _configure_logging()
    from desktop.shared.errors import install_excepthook

    install_excepthook(app)
    try:
        workspace, _window = open_window(target, as_of)
    except WorkspaceError as exc:
        from desktop.shared.wording.said import error_text

        QMessageBox.critical(None, "abm-health", error_text(exc))
        return 1
    code = app.exec()
    workspace.close()
    return code
