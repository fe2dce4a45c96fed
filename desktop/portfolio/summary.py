"""The strip above the portfolio: how many accounts in each band, and the change since
four weeks ago, for the accounts the filter shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n.placeholders import arg
from desktop.shared.palette import BAND_LABELS, BAND_ORDER, band_color, theme_notifier
from desktop.shared.plurals import counted
from desktop.shared.portfolio_rows import BandSummary


class SummaryCard(QFrame):
    """One number with a label, a colour tab and a muted change line."""

    def __init__(self, label: str, band: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.band = band
        self.tab = QFrame()
        self.tab.setFixedWidth(4)
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.label = QLabel(label)
        self.label.setObjectName("cardLabel")
        self.delta = QLabel("")
        self.delta.setObjectName("cardDelta")
        # Eight bands share the strip: the change line wraps rather than widening the window.
        self.delta.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.label)
        text.addWidget(self.value)
        text.addWidget(self.delta)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 14, 8)
        layout.setSpacing(12)
        layout.addWidget(self.tab)
        layout.addLayout(text, 1)
        self.recolor()

    def recolor(self) -> None:
        color = band_color(self.band).name() if self.band else "transparent"
        self.tab.setStyleSheet(f"background: {color}; border-radius: 2px;")

    def set_values(self, value: str, delta: str = "", tooltip: str = "") -> None:
        self.value.setText(value)
        self.delta.setText(delta)
        self.setToolTip(tooltip)


def _delta_text(change: int | None) -> str:
    if change is None:
        return QCoreApplication.translate("SummaryStrip", "no history 4 weeks ago")
    if change == 0:
        return QCoreApplication.translate("SummaryStrip", "no change in 4 weeks")
    return arg(QCoreApplication.translate("SummaryStrip", "%1 in 4 weeks"), f"{change:+,d}")


class SummaryStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = SummaryCard(self.tr("Accounts shown"))
        self.cards = {band: SummaryCard(self.tr(BAND_LABELS[band]), band) for band in BAND_ORDER}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.total, 1)
        for band in BAND_ORDER:
            layout.addWidget(self.cards[band], 1)
        theme_notifier().changed.connect(self._recolor)

    def _recolor(self, _dark: bool) -> None:
        for card in self.cards.values():
            card.recolor()

    def set_summary(self, summary: BandSummary, portfolio_size: int,
                    all_accounts: bool = False) -> None:
        n = portfolio_size
        # One whole phrase per variant: "of 12 target accounts" is not glued from parts.
        if summary.total == n:
            out_of = self.tr("all accounts") if all_accounts else self.tr("all target accounts")
        elif all_accounts:
            out_of = counted(n, self.tr("of %Ln accounts", "", n), "of 1 account")
        else:
            out_of = counted(n, self.tr("of %Ln target accounts", "", n), "of 1 target account")
        self.total.set_values(
            f"{summary.total:,d}",
            out_of,
            arg(self.tr("%1 not scored yet"), format(summary.unscored, ',d')) if summary.unscored else "",
        )
        for band, card in self.cards.items():
            count = summary.counts.get(band, 0)
            share = f" · {100 * count / summary.total:.0f}%" if summary.total else ""
            card.set_values(f"{count:,d}", _delta_text(summary.change(band)),
                            arg(self.tr("%1: %2 accounts%3"), BAND_LABELS[band], format(count, ',d'), share))
            if band == "no-data":  # only worth a card when some account has nothing on record
                card.setVisible(count > 0)
        at_risk = self.cards["at-risk"]
        at_risk.value.setProperty("alert", summary.counts.get("at-risk", 0) > 0)
        self.total.delta.setAlignment(Qt.AlignmentFlag.AlignLeft)
