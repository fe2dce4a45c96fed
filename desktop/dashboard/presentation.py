"""Presentation mode (F11): the dashboard alone, full screen, in large type, one section a time.

For the weekly alignment meeting on a projector. It opens on the period and filters of the
desk dashboard, showing the numbers already computed there (nothing is recomputed just to
present them). The arrow keys (and Page Up/Down, Space, Home, End) step through the
sections: the KPI tiles a few at a time, the charts two at a time, the accounts to act on,
and the metrics we don't steer by. Esc or F11 leaves.

A language switch while it is open builds the page again in the new language, on the same
period, filters, numbers and section (as the main window does with its pages).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.charts.chart_theme import theme_from_palette
from desktop.dashboard import DashboardPage
from desktop.dashboard.page import PRESENTATION_SCALE, PRESENTATION_TILE_SCALE

# The tiles' full size is for a 900 px high screen; smaller screens (a 720p projector)
# get proportionally smaller tiles so a slide never needs more than the screen.
FULL_SIZE_HEIGHT = 900

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)
LEAVE_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F11)


def _desk_dashboard(parent: QWidget | None) -> DashboardPage | None:
    """The dashboard page of the main window, if it has been opened."""
    if parent is None:
        return None
    for page in parent.findChildren(DashboardPage):
        if not page.presentation:
            return page
    return None


class PresentationWindow(QWidget):
    """``PresentationWindow(state, parent)``; the caller shows it full screen."""

    left = Signal()

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setWindowTitle(self.tr("abm-health — presentation"))
        self.state = state
        self._retranslating = False
        self.page = self._new_page()
        self.position = QLabel("")
        self.hint = QLabel(self.tr("← →  sections      Esc  leave"))
        footer = QHBoxLayout()
        footer.setContentsMargins(24, 0, 24, 10)
        footer.addWidget(self.hint)
        footer.addStretch(1)
        footer.addWidget(self.position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.page, 1)
        layout.addLayout(footer)
        self._style_footer()
        self.adopt(_desk_dashboard(parent))
        self.page.show_section(0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _new_page(self) -> DashboardPage:
        page = DashboardPage(self.state, self, presentation=True)
        page.section_shown.connect(self._update_footer)
        page.rendered.connect(self._update_footer)
        return page

    # -- language -------------------------------------------------------------------------
    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            # Two catalogs (ours and Qt's) send two events, and the main window passes its
            # own on to this child window: build once, after all of them.
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Build the page again in the installed language, on the same period, filters,
        numbers and section."""
        self._retranslating = False
        self.setWindowTitle(self.tr("abm-health — presentation"))
        self.hint.setText(self.tr("← →  sections      Esc  leave"))
        old, section = self.page, self.page.current_section()
        self.page = self._new_page()
        self.adopt(old)
        old.cancel_jobs()
        self.layout().replaceWidget(old, self.page)
        old.hide()
        old.deleteLater()
        self.fit_to_height(self.height())
        self.page.show_section(section)
        self._update_footer()

    def adopt(self, desk: DashboardPage | None) -> None:
        """Take a dashboard's period, filters and computed numbers, if any."""
        if desk is None:
            return
        self.page.set_period(desk.picker.choice())
        self.page.set_filters(desk.filters.choice())
        if desk.data is not None:
            self.page.stop_scheduled_refresh()
            self.page.render(desk.data)
            if desk.trends is not None:
                self.page.render_trends(desk.trends)

    # -- keys ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.page.show_section(0)
        elif key == Qt.Key.Key_End:
            self.page.show_section(self.page.section_count() - 1)
        elif key in LEAVE_KEYS:
            self.leave()
        else:
            super().keyPressEvent(event)

    def step(self, delta: int) -> None:
        self.page.show_section(self.page.current_section() + delta)

    def leave(self) -> None:
        self.page.cancel_jobs()
        self.close()
        self.left.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        screen = self.screen()
        if screen is not None:
            self.fit_to_height(screen.geometry().height())
        self.setFocus()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_to_height(event.size().height())

    def fit_to_height(self, height: int) -> None:
        """Size the tiles for a screen ``height`` pixels high (full size from 900 px)."""
        if height > 0:
            self.page.set_tile_scale(PRESENTATION_TILE_SCALE * min(1.0, height / FULL_SIZE_HEIGHT))

    # -- look ---------------------------------------------------------------------------
    def _update_footer(self, *_args) -> None:
        count = self.page.section_count()
        index = self.page.current_section()
        title = self.page.sections[index].title if count else ""
        self.position.setText(f"{title}    {index + 1} / {count}" if count else "")

    def _style_footer(self) -> None:
        theme = theme_from_palette(scale=PRESENTATION_SCALE)
        size = round(11 * PRESENTATION_SCALE)
        for label in (self.hint, self.position):
            label.setStyleSheet(f"color: {theme.muted}; font-size: {size}px;")
