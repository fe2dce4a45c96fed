"""The panel "Metrics we don't steer by, and why" (SPEC §4 vanity and caution rules).

Each row is a ``domain.vanity.VanityRow``: the metric and its value greyed, its verdict
(vanity or caution), the reason in one sentence from the articles, and the metric to steer by
instead with its value, in full colour beside it. The rows are the domain's; this widget
only lays them out, reusing its labels when the number of rows stays the same.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.charts.chart_theme import ChartTheme
from desktop.dashboard.kpi_format import format_value
from desktop.i18n.labels import TranslatedLabels
from desktop.shared.wording import metrics
from domain.vanity import VanityRow

VERDICT_WORDS = TranslatedLabels("VanityPanel", {
    "vanity": QT_TRANSLATE_NOOP("VanityPanel", "VANITY"),
    "caution": QT_TRANSLATE_NOOP("VanityPanel", "CAUTION"),
})


class VanityPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vanityPanel")
        self.title = QLabel(metrics.panel_title())
        self.title.setObjectName("sectionTitle")
        self.empty = QLabel(self.tr("Every metric is one we steer by: the settings list no "
                                    "vanity or caution metric."))
        self.empty.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._rows: list[VanityRow] = []
        self._cells: list[list[QLabel]] = []
        self._header: list[QLabel] = []
        self._theme = ChartTheme()
        self._scale = 1.0
        self._currency = "USD"

    # -- content ------------------------------------------------------------------------
    def set_rows(self, rows: list[VanityRow], currency: str = "USD") -> None:
        self._rows = list(rows)
        self._currency = currency
        if len(self._cells) != len(rows):
            self._rebuild(len(rows))
        for cells, row in zip(self._cells, self._rows, strict=True):
            name, value, reason, alt_name, alt_value = cells
            name.setText(f"{metrics.name(row.metric_id)}  <span style='font-size:small'>"
                         f"[{VERDICT_WORDS.get(row.verdict, row.verdict.upper())}]</span>")
            value.setText(format_value(row.value, row.unit, currency))
            reason.setText(metrics.reason(row.metric_id) or metrics.fallback_reason(row.verdict))
            alt_name.setText(f"→ {metrics.name(row.alternative_id)}" if row.alternative_id else "")
            alt_value.setText(
                format_value(row.alternative_value, row.alternative_unit or "count", currency)
                if row.alternative_id else "")
        self.empty.setVisible(not rows)
        for label in self._header:
            label.setVisible(bool(rows))
        self._restyle()

    def rows(self) -> list[VanityRow]:
        return list(self._rows)

    def metric_ids(self) -> list[str]:
        return [row.metric_id for row in self._rows]

    # -- layout -------------------------------------------------------------------------
    def _rebuild(self, count: int) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._header = [QLabel(text) for text in (
            self.tr("Metric"), self.tr("Value"), self.tr("Why we don't steer by it"),
            self.tr("Steer by instead"), "")]
        for column, label in enumerate(self._header):
            self.grid.addWidget(label, 0, column)
        self._cells = []
        for row in range(count):
            cells = [QLabel() for _ in range(5)]
            cells[0].setTextFormat(Qt.TextFormat.RichText)
            # Names wrap as the reasons do, so the panel fits a 1280 px projector.
            for wrapping in (0, 2, 3):
                cells[wrapping].setWordWrap(True)
            for column, label in enumerate(cells):
                align = Qt.AlignmentFlag.AlignTop | (
                    Qt.AlignmentFlag.AlignRight if column in (1, 4) else Qt.AlignmentFlag.AlignLeft)
                label.setAlignment(align)
                self.grid.addWidget(label, row + 1, column)
            self._cells.append(cells)

    def apply_theme(self, theme: ChartTheme, scale: float = 1.0) -> None:
        self._theme, self._scale = theme, scale
        self._restyle()

    def _restyle(self) -> None:
        theme, s = self._theme, self._scale
        size = round(13 * s)
        self.title.setStyleSheet(
            f"color: {theme.foreground}; font-size: {round(16 * s)}px; font-weight: 700;")
        self.empty.setStyleSheet(f"color: {theme.muted}; font-size: {size}px;")
        for label in self._header:
            label.setStyleSheet(f"color: {theme.muted}; font-size: {round(11 * s)}px; "
                                "font-weight: 700; text-transform: uppercase;")
        greyed = f"color: {theme.secondary}; font-size: {size}px;"
        for name, value, reason, alt_name, alt_value in self._cells:
            name.setStyleSheet(greyed + " font-weight: 600;")
            value.setStyleSheet(greyed + " font-weight: 600;")
            reason.setStyleSheet(f"color: {theme.muted}; font-size: {size}px;")
            alt_name.setStyleSheet(
                f"color: {theme.foreground}; font-size: {size}px; font-weight: 600;")
            alt_value.setStyleSheet(
                f"color: {theme.foreground}; font-size: {size}px; font-weight: 700;")
