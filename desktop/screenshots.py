"""Render each screen to PNG, in the light and the dark theme, at one or more window sizes.

    python -m desktop.screenshots OUTDIR [--workspace PATH] [--as-of YYYY-MM-DD]
                                         [--themes light,dark] [--only NAME,...]
                                         [--sizes 1440x900,1280x720]

Without ``--workspace`` a demo portfolio is generated in a temporary folder (the same one a
first start shows) with its weekly health history, so trends and sparklines are drawn.
``SCREENS`` lists (name, builder): a builder gets the main window (data loaded) and a
``wait(condition)`` helper, puts the window in the state to show and returns the widget to
grab (usually the window). Files are ``OUTDIR/<name>-<theme>.png`` at 1440x900 (the
README's images) and ``OUTDIR/<name>-<theme>-<W>x<H>.png`` at any other size. A window that
cannot shrink to the size asked for is grabbed at its real size, so a screen that does not
fit shows as a larger image.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtWidgets import QWidget

SIZE = (1440, 900)
DEMO_AS_OF = date(2026, 11, 23)
Wait = Callable[[Callable[[], bool]], None]
Builder = Callable[["object", Wait], QWidget]


def _portfolio(window, wait: Wait) -> QWidget:
    window.show_portfolio()
    window.portfolio.filters.clear_filter()
    window.portfolio.table.clearSelection()
    window.portfolio.table.setCurrentIndex(QModelIndex())
    window.portfolio.table.scrollToTop()
    return window


def showcase_account(window) -> int:
    """An account worth looking at: a key account slipping, with NPS responses and a deal."""
    frame = window.state.extras["portfolio"]
    if "is_target" in frame:  # the rows hold every account; show one of the portfolio's
        frame = frame[frame["is_target"].astype(bool)]
    slipping = frame[frame["band"].isin(["watch", "at-risk"]) & (frame["nps_responses"] >= 2)]
    for wanted in (slipping[(slipping["tier"] == 1) & (slipping["open_pipeline"] > 0)],
                   slipping[slipping["tier"] <= 2], slipping, frame[frame["score"].notna()]):
        if len(wanted):
            return int(wanted.sort_values(["tier", "change_4w"])["id"].iloc[0])
    return int(frame["id"].iloc[0])


def _account(tab: int) -> Builder:
    def build(window, wait: Wait) -> QWidget:
        account_id = showcase_account(window)
        page = window.account
        if page.data is None or page.data.account_id != account_id:
            window.state.request_account(account_id)
            wait(lambda: page.data is not None and page.data.account_id == account_id)
        window.stack.setCurrentWidget(page)
        blocked = window.navigation.blockSignals(True)
        window.navigation.setCurrentRow(0)  # the account page sits behind Portfolio
        window.navigation.blockSignals(blocked)
        page.tabs.setCurrentIndex(tab)
        return window

    return build


def _account_moved(window, wait: Wait) -> QWidget:
    """The account page on its What moved tab, once the split has been worked out."""
    _account(5)(window, wait)
    page = window.account
    wait(lambda: page.moved.moved is not None and page.moved.moved.account_id == page.account_id)
    return window


def _start(window, wait: Wait) -> QWidget:
    """What an empty workspace shows (drawn over this one's portfolio for the picture)."""
    window.show_portfolio()
    window.stack.setCurrentWidget(window.start_page)
    return window


def _history(window, wait: Wait) -> QWidget:
    window.navigation.setCurrentRow(2)  # the import history
    return window


SCREENS: list[tuple[str, Builder]] = [
    ("portfolio", _portfolio),
    ("account-moved", _account_moved),
    ("account-timeline", _account(0)),
    ("account-committee", _account(1)),
    ("account-deals", _account(2)),
    ("account-nps", _account(3)),
    ("account-notes", _account(4)),
]

# Dashboard, presentation mode and settings (builders in their screens' packages).
from desktop.dashboard.screens import SCREENS as _DASHBOARD_SCREENS  # noqa: E402
from desktop.export.screens import SCREENS as _EXPORT_SCREENS  # noqa: E402
from desktop.import_wizard.screens import SCREENS as _WIZARD_SCREENS  # noqa: E402
from desktop.settings.screens import SCREENS as _SETTINGS_SCREENS  # noqa: E402

# The dialogs (wizard pages, history dialog, export) are grabbed at their own size.
SCREENS += (_DASHBOARD_SCREENS + _SETTINGS_SCREENS + [("history", _history), ("start", _start)]
            + _WIZARD_SCREENS + _EXPORT_SCREENS)


def _demo_workspace(folder: Path, as_of: date) -> Path:
    from storage.demo import fill_demo
    from storage.health_service import fill_history
    from storage.workspace import Workspace

    path = folder / "demo.sqlite"
    with Workspace.open(path) as workspace:
        fill_demo(workspace, as_of=as_of)
        fill_history(workspace, until=as_of)
    return path


def parse_size(text: str) -> tuple[int, int]:
    """``1280x720`` -> (1280, 720); a sentence for anything else."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1280x720")
    return int(width), int(height)


def _file_name(name: str, theme: str, size: tuple[int, int]) -> str:
    suffix = "" if size == SIZE else f"-{size[0]}x{size[1]}"
    return f"{name}-{theme}{suffix}.png"


def render(outdir: Path, workspace_path: Path, as_of: date, themes: list[str],
           only: set[str] | None = None, sizes: list[tuple[int, int]] | None = None,
           language: str | None = None) -> list[Path]:
    from desktop.app import build_window, make_application
    from desktop.shared.palette import apply_theme
    from desktop.shared.recent_workspaces import WindowMemory
    from storage.workspace import Workspace

    app = make_application([sys.argv[0]])
    if language is not None:
        from desktop.i18n.install import install_language

        install_language(language)
    outdir.mkdir(parents=True, exist_ok=True)
    settings_file = tempfile.NamedTemporaryFile(suffix=".ini", delete=False)
    memory = WindowMemory(QSettings(settings_file.name, QSettings.Format.IniFormat))
    workspace = Workspace.open(workspace_path)
    state, window = build_window(workspace, as_of, memory)
    window.auto_history = False  # screenshots never write to the workspace
    window.resize(*SIZE)
    window.show()
    sizes = sizes or [SIZE]

    def wait(condition: Callable[[], bool], limit: float = 300.0) -> None:
        start = time.monotonic()
        while not condition():
            app.processEvents()
            time.sleep(0.01)
            if time.monotonic() - start > limit:
                raise TimeoutError("the screen did not finish loading")
        for _ in range(5):  # let layouts and repaints settle
            app.processEvents()

    state.reload(window)
    wait(lambda: state.loaded and not state.likelihood_pending)
    written: list[Path] = []
    for size in sizes:
        window.resize(*size)
        for theme in themes:
            apply_theme(app, theme)
            for name, build in SCREENS:
                if only and name not in only:
                    continue
                widget = build(window, wait)
                wait(lambda: True)
                stem = name if language is None else f"{name}-{language}"
                target = outdir / _file_name(stem, theme, size)
                widget.grab().save(str(target))
                written.append(target)
                settings = window.settings_page()
                if settings is not None and settings.is_changed():
                    settings.load()  # the what-if shown is not kept: leaving asks no question
                print(target)
    from desktop.export.screens import close_dialogs as close_export
    from desktop.import_wizard.screens import close_dialogs as close_wizard

    close_wizard()
    close_export()
    window.close()
    workspace.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.screenshots", description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--workspace", type=Path, help="workspace to show (default: a fresh demo)")
    parser.add_argument("--as-of", type=date.fromisoformat, default=DEMO_AS_OF,
                        help=f"the day the data is shown as of (default {DEMO_AS_OF.isoformat()})")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--only", help="comma-separated screen names")
    parser.add_argument("--sizes", default="1440x900",
                        help="comma-separated window sizes, e.g. 1440x900,1280x720 (default 1440x900)")
    parser.add_argument("--language", choices=("en", "ja", "zh", "pl"),
                        help="the window's language (default: the user's choice or the system's); "
                        "the file names then end in the language")
    args = parser.parse_args(argv)
    try:
        sizes = [parse_size(s) for s in args.sizes.split(",") if s]
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    themes = [t for t in args.themes.split(",") if t]
    only = set(args.only.split(",")) if args.only else None
    if args.workspace is not None:
        render(args.outdir, args.workspace, args.as_of, themes, only, sizes, args.language)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        print("generating a demo workspace with its health history…", flush=True)
        path = _demo_workspace(Path(folder), args.as_of)
        render(args.outdir, path, args.as_of, themes, only, sizes, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
