"""Looking a column up in another file of the same export, for the import wizard's column
page: a deals file that names its lead by id takes the lead's company from the leads file.
The lookup ends up in the mapping's ``[lookups.NAME]`` table (storage.importing.lookups)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.placeholders import arg
from desktop.shared.wording.said import error_text
from storage.importing import ImportFileError, read_source
from storage.importing.lookups import Lookup


def lookup_headers(path: str | Path) -> list[str]:
    """The columns of a lookup file (its first row only is read)."""
    return read_source(path, nrows=1).columns


class LookupDialog(QDialog):
    """Which column of the other file identifies a row, and which column of the imported
    file holds that identifier."""

    def __init__(self, path: str, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(arg(self.tr("Look up in %1"), Path(path).name))
        self.error = QLabel()
        try:
            self.headers = lookup_headers(path)
        except ImportFileError as exc:
            self.headers = []
            self.error.setText(error_text(exc))
        self.name = QLineEdit(re.sub(r"[^a-z0-9]+", "_", Path(path).stem.lower()).strip("_")
                              or "other")
        self.key = QComboBox()
        self.key.addItems(self.headers)
        self.column = QComboBox()
        self.column.addItems(columns)
        for combo, names in ((self.key, self.headers), (self.column, columns)):
            guess = next((c for c in names if re.search(r"\bid\b|id$", c, re.IGNORECASE)), None)
            if guess:
                combo.setCurrentText(guess)
        form = QFormLayout()
        form.addRow(self.tr("Name (columns read as NAME.Column)"), self.name)
        form.addRow(self.tr("Its column identifying a row"), self.key)
        form.addRow(self.tr("The imported file's column holding it"), self.column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def lookup(self) -> Lookup:
        name = re.sub(r"\W+", "_", self.name.text().strip()) or "other"
        key, column = self.key.currentText(), self.column.currentText()
        return Lookup(name, str(self.path), key, None if column == key else column)
