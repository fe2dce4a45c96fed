"""What an empty workspace shows instead of an empty portfolio: three ways to begin.

A workspace opened at a new path starts empty (only the first-run workspace in the user
data folder is filled with the demo). Rather than "0 of 0 accounts", the window offers:
import your CRM export with the wizard, open the CSV templates (every column, with example
rows), or load the demo portfolio to explore. The page only asks; the main window acts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    import_requested = Signal()
    templates_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        title = QLabel(self.tr("This workspace is empty"))
        title.setObjectName("pageTitle")
        self.where = QLabel("")
        self.where.setObjectName("muted")
        self.where.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import your data…"), objectName="primary")
        self.import_button.clicked.connect(self.import_requested)
        self.templates_button = QPushButton(self.tr("Open the templates"))
        self.templates_button.clicked.connect(self.templates_requested)
        self.demo_button = QPushButton(self.tr("Load the demo portfolio"))
        self.demo_button.clicked.connect(self.demo_requested)
        self._refused: dict[QPushButton, str | None] = {}  # team workspace: role refusals
        self.message = QLabel("")
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(title)
        column.addWidget(self.where)
        for button, text in (
            (self.import_button, self.tr("A CSV or XLSX export from your CRM (HubSpot, Salesforce, "
                                         "Dynamics…): accounts first, then contacts, events, "
                                         "deals. Ctrl+I, or drop the file on this window.")),
            (self.templates_button, self.tr("One CSV per kind of record with every column the "
                                            "import reads and example rows, to fill in by hand.")),
            (self.demo_button, self.tr("250 made-up accounts with a year of activity, to see "
                                       "what abm-health shows before your own data is in.")),
        ):
            card = QFrame()
            card.setObjectName("card")
            row = QHBoxLayout(card)
            row.setContentsMargins(16, 12, 16, 12)
            button.setMinimumWidth(220)
            row.addWidget(button)
            note = QLabel(text)
            note.setWordWrap(True)
            note.setObjectName("muted")
            row.addWidget(note, 1)
            column.addWidget(card)
        column.addWidget(self.message)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 24)
        layout.addLayout(column, 3)
        layout.addStretch(1)
        layout.setAlignment(column, Qt.AlignmentFlag.AlignTop)

    def set_location(self, location: str) -> None:
        self.where.setText(location)

    def set_refusals(self, import_refused: str | None, demo_refused: str | None) -> None:
        """On a team workspace: why the user's role may not import or load the demo (None:
        allowed). A refused button stays disabled with the reason as its tooltip."""
        self._refused = {self.import_button: import_refused, self.demo_button: demo_refused}
        self.set_busy(self.message.text())

    def set_busy(self, message: str) -> None:
        """While the demo is written: say so, and let nothing start twice."""
        self.message.setText(message)
        for button in (self.import_button, self.demo_button):
            reason = self._refused.get(button)
            button.setEnabled(not message and reason is None)
            button.setToolTip(reason or "")
