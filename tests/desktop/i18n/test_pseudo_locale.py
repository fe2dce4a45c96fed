"""A pseudo-locale: every message 40 % longer, accented; no label or button is cut off.

The catalog is generated at test time from every message of the source (``catalogs.pseudo``:
"Portfolio" -> "[Pörtfölîö···]") and compiled with ``pyside6-lrelease``. The window is
1280x720; every page is shown and every visible label and button is measured: its text
must fit the room it has (a label that wraps or elides on purpose, with a tooltip, is fine;
so are table cells, which elide with tooltips).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from desktop.i18n.install import install_language
from desktop.main_window import NAV_DASHBOARD, NAV_HISTORY, NAV_SETTINGS, MainWindow
from desktop.reports.fonts import register_report_fonts
from desktop.shared.app_state import AppState
from desktop.shared.elided_label import ElidedLabel
from desktop.shared.recent_workspaces import WindowMemory
from tests.desktop.i18n.catalogs import pseudo, write_catalog
from tests.desktop.small_portfolio import AS_OF, fill

SIZE = (1280, 720)
RICH = re.compile(r"<[a-zA-Z/][^>]*>|&\w+;")  # what Qt's AutoText takes for rich text


def test_pseudo_lengthens_and_keeps_placeholders():
    text = pseudo("Wrote %1 (%Ln pages).")
    assert "%1" in text and "%Ln" in text
    assert len(text) >= 1.4 * len("Wrote %1 (%Ln pages).")
    assert pseudo("<b>Total</b>").startswith("[<b>")


def test_the_check_finds_a_cut_off_label_and_button(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    box = QWidget()
    row = QHBoxLayout(box)
    label, button = QLabel(pseudo("Open pipeline")), QPushButton(pseudo("Save"))
    for widget in (label, button):
        widget.setFixedWidth(30)
        row.addWidget(widget)
    qtbot.addWidget(box)
    box.show()
    assert len(clipped(box)) == 2
    label.setMinimumWidth(0)
    label.setMaximumWidth(10_000)
    button.setMinimumWidth(0)
    button.setMaximumWidth(10_000)
    box.resize(600, 40)
    _settle(qtbot)
    assert clipped(box) == []


def needed_width(label: QLabel) -> float:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and RICH.search(text)):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return doc.idealWidth()
    metrics = QFontMetrics(label.font())
    return max(metrics.horizontalAdvance(line) for line in text.replace("&&", "&").split("\n"))


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons under ``root`` whose text is wider than the room they have."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if (widget.wordWrap() or isinstance(widget, ElidedLabel) or not widget.text()
                    or widget.toolTip() == widget.text()):
                continue
            room = widget.contentsRect().width() - 2 * max(widget.margin(), 0)
            if needed_width(widget) > room + 1:
                found.append(f"label {widget.text()[:50]!r}: needs {needed_width(widget):.0f}, has {room}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + 1 < widget.sizeHint().width():
                found.append(f"button {widget.text()[:50]!r}: needs {widget.sizeHint().width()}, "
                             f"has {widget.width()}")
    return found


@pytest.fixture
def window(qtbot, workspace, tmp_path, monkeypatch):
    # The report fonts join the application's once a report is written or the export
    # dialog opens; their taller lines are the worst case, whichever test ran before.
    register_report_fonts()
    folder = tmp_path / "catalogs"
    write_catalog(folder, "pl", lambda _context, source: pseudo(source))
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))
    assert install_language("pl") == "pl"
    fill(workspace)
    memory = WindowMemory(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    state = AppState(workspace, AS_OF)
    window = MainWindow(state, memory)
    window.auto_history = False
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    with qtbot.waitSignal(state.data_changed, timeout=60_000):
        state.reload(window)
    return window


def _settle(qtbot):
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def test_no_text_is_cut_off_in_any_page(window, qtbot):
    problems: dict[str, list[str]] = {}
    assert window.navigation.item(0).text().startswith("[Pört")
    sizes: dict[str, tuple[int, int]] = {}
    _settle(qtbot)
    problems["portfolio"] = clipped(window)
    with qtbot.waitSignal(window.account.loaded, timeout=30_000):
        window.state.request_account(1)
    for tab in range(window.account.tabs.count()):
        window.account.tabs.setCurrentIndex(tab)
        _settle(qtbot)
        problems[f"account tab {tab}"] = clipped(window)
    for name, row in (("dashboard", NAV_DASHBOARD), ("import history", NAV_HISTORY),
                      ("settings", NAV_SETTINGS)):
        window.navigation.setCurrentRow(row)
        if row == NAV_DASHBOARD:
            qtbot.waitUntil(lambda: window.current_page().data is not None, timeout=60_000)
        if row == NAV_SETTINGS:  # measured with its backtest shown, not while it arrives
            qtbot.waitUntil(lambda: window.settings_page().health.report is not None,
                            timeout=60_000)
        _settle(qtbot)
        problems[name] = clipped(window)
        sizes[name] = (window.width(), window.height())
    for name, opened in (("export dialog", window.open_export), ("import wizard", window.open_import)):
        dialog = opened()
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        problems[name] = clipped(dialog)
        # Measured in the pseudo-locale, not in English.
        assert any(b.text().startswith("[") for b in dialog.findChildren(QAbstractButton)
                   if b.isVisible())
        dialog.close()
    problems = {page: found for page, found in problems.items() if found}
    assert problems == {}
    # The window really was 1280x720 (a layout too wide would have grown it).
    assert set(sizes.values()) == {SIZE}
