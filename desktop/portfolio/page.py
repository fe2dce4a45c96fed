"""The portfolio page: summary strip, filter bar and the table of target accounts.

It shows what ``AppState`` loaded (the portfolio frame is built on the worker thread);
double-click or Enter on a row asks the window to open that account.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.placeholders import arg
from desktop.portfolio.columns import PortfolioColumns
from desktop.portfolio.delegates import HealthDelegate
from desktop.portfolio.filter import PortfolioFilter
from desktop.portfolio.filter_bar import FilterBar
from desktop.portfolio.model import (
    COL_HEALTH,
    COL_LAST_TOUCH,
    COL_LIKELIHOOD,
    COL_NAME,
    COL_NPS,
    COL_OWNER,
    COL_PIPELINE,
    COL_RENEWAL,
    COL_SPARK,
    COL_STAGE,
    COL_TIER,
    COL_TREND,
    PortfolioModel,
    prepare_rows,
)
from desktop.portfolio.sparkline_delegate import SparklineDelegate
from desktop.portfolio.summary import SummaryStrip
from desktop.shared.app_state import AppState
from desktop.shared.elide_delegate import elide_with_tooltips
from desktop.shared.portfolio_rows import band_summary, empty_portfolio
from desktop.shared.workers import run_job
from desktop.shared.write_access import refusal
from domain import formatting as fmt

# Designed for English; ``PortfolioColumns`` widens a column for the language's words and
# fits them all to the table, the account name taking what is left (elided names show
# whole on hover). The table never scrolls sideways.
COLUMN_WIDTHS = {
    COL_NAME: 250, COL_TIER: 42, COL_OWNER: 112, COL_STAGE: 92, COL_HEALTH: 106,
    COL_LIKELIHOOD: 76, COL_TREND: 74, COL_SPARK: 84, COL_NPS: 66, COL_LAST_TOUCH: 90,
    COL_PIPELINE: 114, COL_RENEWAL: 86,
}


class PortfolioTable(QTableView):
    """The table; Enter or Return opens the current account like a double-click."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class PortfolioPage(QWidget):
    account_open_requested = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = PortfolioModel(self)
        state.register_preparer("portfolio_prepared", prepare_rows)
        self._earlier_bands: pd.Series | None = None

        title = QLabel(self.tr("Portfolio"))
        title.setObjectName("pageTitle")
        self.as_of = QLabel("")
        self.as_of.setObjectName("muted")
        self.summary = SummaryStrip()
        self.filters = FilterBar()
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.filters.count)
        header.addSpacing(16)
        header.addWidget(self.as_of)

        self.filters.filter_changed.connect(self.apply_filter)
        self.filters.save_requested.connect(self._save_filter)
        self.filters.delete_requested.connect(self._delete_filter)
        self.filters.search.returnPressed.connect(self.filters.flush)

        self.table = PortfolioTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        elide_with_tooltips(self.table)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header_view = self.table.horizontalHeader()
        header_view.setHighlightSections(False)
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header_view.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        # Widened for the language's headings, bands and dates, and fitted to the table.
        self.columns = PortfolioColumns(self.table, COLUMN_WIDTHS)
        self._health_delegate = HealthDelegate(self.table)
        self._spark_delegate = SparklineDelegate(self.table)
        self.table.setItemDelegateForColumn(COL_HEALTH, self._health_delegate)
        self.table.setItemDelegateForColumn(COL_SPARK, self._spark_delegate)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        # Biggest drops first: "which accounts slipped this month".
        self.table.sortByColumn(COL_TREND, Qt.SortOrder.AscendingOrder)

        self.placeholder = QLabel(self.tr("Loading the portfolio…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("muted")
        self._table_stack = QStackedLayout()
        self._table_stack.addWidget(self.placeholder)
        self._table_stack.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(14)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.filters)
        layout.addLayout(self._table_stack, 1)

        self.model.modelReset.connect(self._update_summary)
        state.portfolio_ready.connect(self.refresh)
        state.workspace_changed.connect(self._workspace_changed)
        if state.extras.get("portfolio") is not None:
            self.refresh()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show what the state loaded (the frame was built on the worker thread)."""
        frame = self.state.extras.get("portfolio")
        if frame is None:
            frame = empty_portfolio()
        selected = self.selected_account()
        self._earlier_bands = self.state.extras.get("bands_4w_ago")
        owners = sorted({str(o) for o in frame["owner"].dropna().unique()}, key=str.casefold)
        self.filters.set_owners(owners)
        self.filters.set_saved_filters({
            name: PortfolioFilter.from_mapping(value)
            for name, value in self.state.settings.saved_filters.items()
        })
        self.model.set_frame(frame, self.state.settings.currency, self.state.settings.nps_min_responses,
                             self.state.extras.get("portfolio_prepared"))
        self.as_of.setText(self._as_of_text())
        self._table_stack.setCurrentWidget(self.table)
        if selected is not None:  # a reload keeps the row the user was on
            self.select_account(selected)

    def _as_of_text(self) -> str:
        version = self.state.extras.get("model_version")
        if getattr(self.state, "showing_past", False):
            text = arg(self.tr("As it stood on %1 (the data goes on to %2)"), fmt.day(self.state.as_of), fmt.day(self.state.data_date))
            self.as_of.setObjectName("pastNotice")
        else:
            text = arg(self.tr("Data as of %1"), fmt.day(self.state.shown_data_day()))
            self.as_of.setObjectName("muted")
        self.as_of.style().unpolish(self.as_of)
        self.as_of.style().polish(self.as_of)
        if version is not None:
            text += arg(self.tr(" · health model v%1"), version)
        return text

    def _workspace_changed(self) -> None:
        self.model.set_frame(empty_portfolio())
        self.placeholder.setText(self.tr("Loading the portfolio…"))
        self._table_stack.setCurrentWidget(self.placeholder)

    def show_load_error(self, sentence: str) -> None:
        self.placeholder.setText(sentence)
        self._table_stack.setCurrentWidget(self.placeholder)

    def apply_filter(self, flt: PortfolioFilter) -> None:
        self.model.set_filter(flt)

    def _update_summary(self) -> None:
        rows = self.model.visible_positions()
        frame = self.model.frame()
        size = self.model.scope_size()
        self.summary.set_summary(band_summary(frame, rows, self._earlier_bands), size,
                                 self.model.current_filter().all_accounts)
        self.filters.set_count(len(rows), size)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    # -- navigation ----------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.account_open_requested.emit(self.model.account_id(index.row()))

    def selected_account(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.account_id(index.row())

    def select_account(self, account_id: int) -> bool:
        row = self.model.row_of(account_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # -- saved filters -------------------------------------------------------------------
    def _store_saved(self, saved: dict[str, dict]) -> None:
        from dataclasses import replace

        from storage.settings_repo import save_settings

        settings = replace(self.state.settings, saved_filters=saved)
        self.state.settings = settings
        self.filters.set_saved_filters({n: PortfolioFilter.from_mapping(v) for n, v in saved.items()})
        workspace = self.state.workspace
        reason = refusal(workspace, "admin")  # saved filters are workspace settings
        if reason is not None:  # on a team workspace: kept for this session only
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    arg(self.tr("Filter kept until you close the window: %1"), reason), 8000)
            return
        run_job(self, self.tr("Saving the filter"), lambda _p: save_settings(workspace, settings),
                lambda _r: None, show_progress=False, writes=True)

    def _save_filter(self, name: str, flt: PortfolioFilter) -> None:
        saved = dict(self.state.settings.saved_filters)
        saved[name] = flt.to_mapping()
        self._store_saved(saved)

    def _delete_filter(self, name: str) -> None:
        saved = {n: v for n, v in self.state.settings.saved_filters.items() if n != name}
        self._store_saved(saved)

    def visible_ids(self) -> np.ndarray:
        return self.model.frame()["id"].to_numpy()[self.model.visible_positions()]
