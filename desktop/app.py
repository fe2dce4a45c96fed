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
from storage.paths import is_url
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
    from desktop.shared.app_state import AppState

    state = AppState(workspace, as_of)  # None: the workspace's data date, read at each load
    holder: list = []
    if load:
        state.reload(on_error=lambda exc: holder[0].load_failed(exc) if holder else None, quick=True)
    from desktop.main_window import MainWindow

    window = MainWindow(state, memory)
    holder.append(window)
    return state, window


def _fill_demo_then_load(window, state) -> None:
    from desktop.shared.workers import run_job
    from storage.demo import fill_demo

    workspace = state.workspace

    def work(progress):
        return fill_demo(workspace, as_of=state.as_of,
                         progress=lambda fraction, message: progress.update(fraction, message))

    def done(_summary) -> None:
        # The window's notice, not a temporary message: the load's progress message covers
        # it while the load runs, and it shows again after (for a minute, then it goes).
        window.notify(window.tr(
            "New workspace at {0}: filled with a demo portfolio to explore."
        ).format(workspace.location), 60_000)
        state.reload(window, on_error=window.load_failed)

    run_job(window, window.tr("Creating a demo portfolio"), work, done, window.load_failed,
            show_progress=True, writes=True)


def open_window(target: str, as_of: date | None = None):
    """Open the workspace at ``target`` and show its window; a brand-new file gets the
    demo portfolio (generated on a worker, announced in the status bar). Raises
    WorkspaceError when the workspace cannot be opened."""
    new_file = not is_url(target) and not Path(target).expanduser().exists()
    workspace = Workspace.open(target)
    fresh = new_file and workspace.is_empty()
    state, window = build_window(workspace, as_of, load=not fresh)
    window.show()
    if fresh:
        _fill_demo_then_load(window, state)
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
        QMessageBox.critical(None, "abm-health", str(exc))
        return 1
    code = app.exec()
    workspace.close()
    return code
