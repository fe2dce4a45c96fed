"""One KPI tile: the metric's name, its value, the change against the previous period, a small
monthly trend, and (as a tooltip) the formula from the catalog.

The tile shows what it is given and computes nothing: the page turns a ``KpiResult`` into
texts with ``kpi_format`` and hands them over with ``set_result``; the monthly trend arrives
a moment later through ``sparkline.set_values``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.charts.chart_theme import ChartTheme
from desktop.charts.sparkline import Sparkline
from desktop.i18n.placeholders import arg
from desktop.shared.elided_label import ElidedLabel
from domain.metrics.sources import source_title


def formula_tooltip(name: str, formula: str, seed: str, note: str = "") -> str:
    """Rich-text tooltip: the name, the formula as the catalog states it, and the title of
    the article it comes from (``seed`` is the catalog's key of that article)."""
    extra = f"<br><i>{note}</i>" if note else ""
    title = source_title(seed)
    source = ("<br><span style='color:gray'>"
              + arg(QCoreApplication.translate("KpiTile", "Source: %1"), _escape(title))
              + "</span>") if title else ""
    return f"<b>{_escape(name)}</b><br>{_escape(formula)}{source}{extra}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class KpiTile(QFrame):
    """A tile for one metric; ``metric_id`` ties it back to the catalog."""

    def __init__(self, metric_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric_id = metric_id
        self.setObjectName("card")  # the stylesheet's card: ground, border, rounded corners
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.name_label = QLabel(name)
        self.name_label.setObjectName("kpiName")
        self.name_label.setWordWrap(True)
        self.value_label = QLabel("–")
        self.value_label.setObjectName("kpiValue")
        self.change_label = QLabel("")
        self.change_label.setObjectName("kpiChange")
        # The previous value and the note elide (whole in the tooltip) rather than widen
        # the tile: four tiles a row must fit a 1280 px projector.
        self.previous_label = ElidedLabel("")
        self.previous_label.setObjectName("kpiPrevious")
        self.note_label = ElidedLabel("")
        self.note_label.setObjectName("kpiNote")
        self.sparkline = Sparkline()
        self._tone = "neutral"
        self._theme = ChartTheme()
        self._scale = 1.0
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.change_label)
        row.addWidget(self.previous_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 9, 12, 9)
        layout.setSpacing(2)
        layout.addWidget(self.name_label)
        layout.addWidget(self.value_label)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.sparkline)
        self.note_label.hide()
        self._restyle()

    # -- content ------------------------------------------------------------------------
    def set_result(
        self,
        value_text: str,
        change_text: str,
        tone: str,
        previous_text: str,
        note: str = "",
    ) -> None:
        self.value_label.setText(value_text)
        self.change_label.setText(change_text)
        self.change_label.setVisible(bool(change_text))
        self.previous_label.setText(previous_text)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        if tone != self._tone:
            self._tone = tone
            self._restyle()

    def value_text(self) -> str:
        return self.value_label.text()

    def change_text(self) -> str:
        return self.change_label.text()

    def tone(self) -> str:
        return self._tone

    # -- look ---------------------------------------------------------------------------
    def apply_theme(self, theme: ChartTheme, scale: float = 1.0) -> None:
        self._theme, self._scale = theme, scale
        self._restyle()

    def _restyle(self) -> None:
        theme, s = self._theme, self._scale
        tone_color = {"good": theme.good, "bad": theme.bad}.get(self._tone, theme.muted)
        self.name_label.setStyleSheet(
            f"color: {theme.muted}; font-size: {round(12 * s)}px; font-weight: 600;")
        self.value_label.setStyleSheet(
            f"color: {theme.foreground}; font-size: {round(26 * s)}px; font-weight: 700;")
        self.change_label.setStyleSheet(
            f"color: {tone_color}; font-size: {round(12 * s)}px; font-weight: 700;")
        self.previous_label.setStyleSheet(f"color: {theme.muted}; font-size: {round(12 * s)}px;")
        self.note_label.setStyleSheet(f"color: {theme.bad}; font-size: {round(11 * s)}px;")
        # One height for every tile, so rows line up whatever the name's length.
        self.setFixedHeight(round(132 * s))
        self.sparkline.set_color(theme.accent)
        self.sparkline.setFixedHeight(round(24 * s))
        self.sparkline.set_line_width(1.6 * s)
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
