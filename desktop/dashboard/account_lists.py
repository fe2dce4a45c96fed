"""The accounts to act on: the at-risk list and the biggest movers over four weeks.

Two cards, each a table over an ``AccountListModel``; activating a row (double-click or
Enter) asks the window to open that account (``AppState.request_account``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from desktop.charts.chart_theme import ChartTheme
from desktop.dashboard.account_list_model import DRIVER, NAME, AccountListModel
from desktop.i18n.conventions import written_day
from desktop.i18n.placeholders import arg
from desktop.shared.elide_delegate import elide_with_tooltips
from domain.report_contents.dashboard import HealthView


class AccountListCard(QFrame):
    def __init__(self, title: str, state, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.state = state
        self.title = QLabel(title)
        self.caption = QLabel("")
        self.caption.setWordWrap(True)
        self.model = AccountListModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        elide_with_tooltips(self.view)  # a cut name or reason shows whole on hover
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DRIVER, QHeaderView.ResizeMode.Stretch)
        # activated covers double-click and Enter (per the platform's style).
        self.view.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.state.request_account(self.model.account_id(index.row()))

    def apply_theme(self, theme: ChartTheme, scale: float, bands: dict[str, str]) -> None:
        self.model.set_colors(bands, theme.good, theme.bad)
        self.title.setStyleSheet(
            f"color: {theme.foreground}; font-size: {round(14 * scale)}px; font-weight: 700;")
        self.caption.setStyleSheet(f"color: {theme.muted}; font-size: {round(12 * scale)}px;")
        self.view.setStyleSheet(
            f"QTableView {{ font-size: {round(13 * scale)}px; }} "
            f"QHeaderView::section {{ font-size: {round(11 * scale)}px; }}")
        self.view.verticalHeader().setDefaultSectionSize(round(26 * scale))
        self.view.setColumnWidth(NAME, round(230 * scale))


class AccountLists:
    def __init__(self, state) -> None:
        self.at_risk = AccountListCard(QCoreApplication.translate("AccountLists", "At risk now"), state)
        self.movers = AccountListCard(QCoreApplication.translate("AccountLists", "Biggest movers over four weeks"), state)

    def cards(self) -> tuple[AccountListCard, AccountListCard]:
        return self.at_risk, self.movers

    def render(self, health: HealthView) -> None:
        self.at_risk.model.set_frame(health.at_risk)
        self.movers.model.set_frame(health.movers)
        if health.day:
            day = written_day(health.day)
            self.at_risk.caption.setText(arg(QCoreApplication.translate(
                "AccountLists",
                "Scores as of %1; lowest first, with the main reason. Double-click to open the "
                "account."), day))
            self.movers.caption.setText(arg(QCoreApplication.translate(
                "AccountLists",
                "Scores as of %1; the largest health changes against four weeks earlier, either "
                "way."), day))
        else:
            self.at_risk.caption.setText(QCoreApplication.translate(
                "AccountLists",
                "No health scores yet; lowest first, with the main reason. Double-click to open "
                "the account."))
            self.movers.caption.setText(QCoreApplication.translate(
                "AccountLists",
                "No health scores yet; the largest health changes against four weeks earlier, "
                "either way."))

    def apply_theme(self, theme: ChartTheme, scale: float, bands: dict[str, str]) -> None:
        for card in self.cards():
            card.apply_theme(theme, scale, bands)
