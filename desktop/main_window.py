"""The main window: the portfolio table over the workspace, with a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

from desktop.portfolio_model import SORT_ROLE, PortfolioModel
from storage.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("abm-health — {0}").format(workspace.location))
        self.model = PortfolioModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(placeholderText=self.tr("Search accounts"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.resize(1440, 900)
        self.refresh()

    def refresh(self) -> None:
        frame = self.workspace.read_frame(
            "SELECT id, name, tier, owner, industry, region FROM accounts "
            "WHERE is_target ORDER BY name"
        )
        self.model.set_frame(frame)
        self.table.resizeColumnsToContents()
        self.statusBar().showMessage(self.tr("{0} target accounts").format(len(frame)))
