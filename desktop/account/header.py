"""The account page's header: who the account is, its health, and why, in sentences."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.charts.sparkline import Sparkline
from desktop.i18n.placeholders import arg
from desktop.shared.labels import STAGE_LABELS, TREND_ARROWS
from desktop.shared.palette import band_color, band_label
from desktop.shared.plurals import counted
from desktop.shared.portfolio_rows import as_python
from desktop.shared.wording import components
from desktop.shared.wording import drivers as driver_words
from domain import formatting as fmt

# The reasons' height the header always makes room for (about seven lines); longer
# reasons scroll inside the header.
REASONS_MAX_HEIGHT = 150


def _text(value: Any) -> str:
    value = as_python(value)
    return "" if value is None else str(value)


class AccountHeader(QFrame):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountHeader")
        self.back = QPushButton(self.tr("◀  Portfolio"))
        self.back.setToolTip(self.tr("Back to the portfolio (Alt+Left)"))
        self.back.clicked.connect(self.back_requested)
        self.name = QLabel("")
        self.name.setObjectName("accountName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel("")
        self.meta.setObjectName("muted")
        self.place = QLabel("")
        self.place.setObjectName("muted")
        self.stage = QLabel("")
        self.facts = QLabel("")
        self.facts.setObjectName("muted")

        self.score = QLabel("–")
        self.score.setObjectName("scoreValue")
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.band = QLabel("")
        self.band.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.trend = QLabel("")
        self.trend.setAlignment(Qt.AlignmentFlag.AlignRight)
        # The change and the likelihood run long in some languages: they wrap rather than
        # widen the window past the screen.
        self.trend.setWordWrap(True)
        self.spark = Sparkline()
        self.spark.setFixedSize(150, 34)
        self.spark.setToolTip(self.tr("Weekly health score"))

        self.drivers_title = QLabel(self.tr("Why this score"))
        self.drivers_title.setObjectName("sectionTitle")
        self.drivers = QLabel("")
        self.drivers.setWordWrap(True)
        self.drivers.setTextFormat(Qt.TextFormat.RichText)
        self.drivers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.components = QLabel("")
        self.components.setObjectName("muted")
        self.components.setWordWrap(True)

        who = QVBoxLayout()
        who.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch(1)
        who.addLayout(top)
        who.addWidget(self.name)
        who.addWidget(self.meta)
        who.addWidget(self.place)
        who.addWidget(self.stage)
        who.addWidget(self.facts)
        who.addStretch(1)

        health = QVBoxLayout()
        health.setSpacing(2)
        health.addWidget(self.score)
        health.addWidget(self.band)
        health.addWidget(self.trend)
        health.addWidget(self.spark, 0, Qt.AlignmentFlag.AlignRight)
        health.addStretch(1)

        why = QVBoxLayout()
        why.setSpacing(4)
        why.addWidget(self.drivers_title)
        # The reasons can run long (a language whose sentences are longer, a narrow
        # window): they scroll inside the header rather than push the window taller than
        # the screen.
        self.drivers_area = QScrollArea()
        self.drivers_area.setObjectName("driversArea")
        self.drivers_area.setWidget(self.drivers)
        self.drivers_area.setWidgetResizable(True)
        self.drivers_area.setFrameShape(QFrame.Shape.NoFrame)
        self.drivers_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drivers_area.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.drivers_area.setStyleSheet("QScrollArea#driversArea, QScrollArea#driversArea > QWidget"
                                        " > QWidget { background: transparent; }")
        why.addWidget(self.drivers_area, 1)
        why.addWidget(self.components)

        # As tall as its text needs when the window has room; the tabs below give way
        # first, and only then do the reasons scroll.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(self)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(28)
        grid.addLayout(who, 0, 0)
        grid.addLayout(health, 0, 1)
        grid.addLayout(why, 0, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 6)

    def show_loading(self, name: str = "") -> None:
        self.name.setText(name or self.tr("Loading…"))
        for label in (self.meta, self.place, self.stage, self.facts, self.band, self.trend, self.drivers, self.components):
            label.setText("")
        self.score.setText("–")
        self.spark.set_values([])

    def set_data(self, data) -> None:  # AccountData
        account, row = data.account, data.row
        self.name.setText(_text(account.get("name")))
        tier = as_python(account.get("tier"))
        parts = [arg(self.tr("Tier %1"), int(tier)) if tier is not None else ""]
        parts += [_text(account.get(k)) for k in ("owner", "industry")]
        self.meta.setText("  ·  ".join(p for p in parts if p))
        self.place.setText("  ·  ".join(p for p in (_text(account.get("region")), _text(account.get("domain"))) if p))
        stage = _text(row.get("stage")) or (data.explanation.stage if data.explanation else "")
        self.stage.setText(arg(self.tr("Stage: %1"), STAGE_LABELS.get(stage, stage)) if stage else "")
        self.facts.setText(self._facts_line(data))

        score = as_python(row.get("score"))
        band = as_python(row.get("band"))
        if score is None and data.explanation is not None:
            score, band = data.explanation.score, data.explanation.band
        color = band_color(band)
        self.score.setText("–" if score is None else fmt.score(score))
        self.score.setStyleSheet(f"color: {color.name()};")
        self.band.setText(band_label(band) if band else self.tr("Not scored yet"))
        self.band.setStyleSheet(f"color: {color.name()}; font-weight: 600;")
        change = as_python(row.get("change_4w"))
        arrow = TREND_ARROWS.get(as_python(row.get("trend")), "")
        trend = "" if change is None else arg(self.tr("%1 %2 in 4 weeks"), arrow, fmt.change(change, "score"))
        likely = as_python(row.get("likelihood"))
        if likely is not None:
            trend += ("  ·  " if trend else "") + self.likelihood_text(row.get("stage"), likely)
        self.trend.setText(trend)
        spark = row.get("sparkline")
        weekly = np.asarray(spark if isinstance(spark, list | tuple | np.ndarray) else [], dtype=float)
        self.spark.set_values(weekly)
        self.spark.setToolTip(counted(len(weekly), self.tr("Weekly health score, last %Ln weeks", "",
                                                           len(weekly)),
                                      "Weekly health score, last week"))
        self.spark.set_color(color)

        explanation = data.explanation
        if explanation is None:
            self.drivers.setText(self.tr("The health score is still being computed…"))
            self.components.setText("")
            return
        lines = []
        for driver in explanation.top():  # the model's number, as in the PDF and the CLI
            dot = band_color("healthy" if driver.impact > 0 else "at-risk").name()
            sentence = fmt.sentence(driver_words.sentence(driver))
            lines.append(f"<span style='color:{dot}'>●</span>&nbsp; {_escape(sentence)}")
        self.drivers.setText("<br>".join(lines) if lines else self.tr("No notable drivers."))
        self._fit_reasons()
        comps = [f"{components.name(c.component)} {fmt.score(c.score)}"
                 for c in explanation.components if c.score is not None]
        note = components.note(explanation.renormalisation) if explanation.renormalisation else ""
        self.components.setText("  ·  ".join(comps) + (f"\n{note}" if note else ""))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_reasons()

    def _fit_reasons(self) -> None:
        """Keep the reasons' whole text in view up to REASONS_MAX_HEIGHT; beyond, they scroll."""
        width = self.drivers_area.viewport().width() or self.drivers.width()
        needed = self.drivers.heightForWidth(width) if width > 0 else -1
        if needed > 0:
            self.drivers_area.setMinimumHeight(min(needed, REASONS_MAX_HEIGHT))

    def likelihood_text(self, stage: Any, likely: float) -> str:
        """"churn likelihood 23% in 90 days" for a customer, "opportunity likelihood …" for a
        prospect: one whole message per segment, so a language words each its own way."""
        shown = format(likely, ".0%")
        if stage in ("customer", "expansion"):
            return arg(self.tr("churn likelihood %1 in 90 days"), shown)
        return arg(self.tr("opportunity likelihood %1 in 90 days"), shown)

    def _facts_line(self, data) -> str:
        row = data.row
        bits: list[str] = []
        nps = as_python(row.get("nps"))
        n = as_python(row.get("nps_responses"))
        if nps is not None:
            bits.append(counted(int(n or 0), self.tr("NPS %1 (%Ln responses)", "", int(n or 0)),
                                "NPS %1 (1 response)", fmt.measure(nps, "nps")))
        pipeline = as_python(row.get("open_pipeline"))
        if pipeline:
            bits.append(arg(self.tr("open pipeline %1"), fmt.money(pipeline, data.currency)))
        renewal = as_python(row.get("renewal_date"))
        if renewal is not None:
            bits.append(arg(self.tr("renewal %1"), fmt.day(renewal)))
        touch = as_python(row.get("last_touch"))
        if touch is not None:
            bits.append(arg(self.tr("last scored touch %1"), fmt.day(touch)))
        # Two short lines read better than one wrapped long one.
        half = (len(bits) + 1) // 2
        return "  ·  ".join(bits[:half]) + ("\n" + "  ·  ".join(bits[half:]) if bits[half:] else "")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
