"""Translating a column's own words into a field's values ("Closed Won" -> won), for the
import wizard's column page. The translations end up in the mapping's ``values`` table,
so a saved mapping carries them too. Rules translate by pattern ("contains demo" -> demo;
exact, contains or a regular expression, first match wins) and end up in ``rules``."""

from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.placeholders import arg
from storage.importing import fields as kinds
from storage.importing.fields import Field
from storage.importing.parsing import FALSE_WORDS, TRUE_WORDS, text_of, word_of
from storage.importing.value_rules import Rule

TESTS = ("contains", "exact", "regex")

TRANSLATABLE = (kinds.ENUM, kinds.TIER, kinds.BOOL)
MAX_VALUES = 60
KEEP = None


def choices_for(field: Field) -> tuple[str, ...]:
    if field.kind == kinds.TIER:
        return ("1", "2", "3")
    if field.kind == kinds.BOOL:
        return ("yes", "no")
    return field.choices


def unreadable_values(field: Field, cells: pd.Series) -> list[str]:
    """The distinct values of a column that the field would not read as they are."""
    text = text_of(cells).dropna()
    distinct = pd.Series(pd.unique(text), dtype=object)
    if field.kind == kinds.BOOL:
        readable = distinct.str.lower().isin(TRUE_WORDS | FALSE_WORDS)
    elif field.kind == kinds.TIER:
        readable = word_of(distinct).isin(["1", "2", "3", "tier_1", "tier_2", "tier_3", "1:1",
                                           "1:few", "1:many", "strategic", "scale",
                                           "programmatic"])
    else:
        readable = word_of(distinct).isin(field.choices)
    return sorted(distinct[~readable].tolist())[:MAX_VALUES]


class ValuesDialog(QDialog):
    """One row per value the field can't read: which of the field's values it stands for."""

    def __init__(self, field: Field, values: list[str], current: dict[str, str],
                 parent: QWidget | None = None, rules: tuple[Rule, ...] = ()) -> None:
        super().__init__(parent)
        self.field = field
        self.rule_rows: list[tuple[QComboBox, QLineEdit, QComboBox]] = []
        self.setWindowTitle(arg(self.tr("Values of %1"), field.name))
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        host = QWidget()
        host.setLayout(form)
        for value in values:
            combo = QComboBox()
            combo.addItem(self.tr("(reject the row)"), KEEP)
            for choice in choices_for(field):
                combo.addItem(choice, choice)
            chosen = current.get(value)
            if chosen is not None:
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            form.addRow(value, combo)
            self.combos[value] = combo
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(arg(self.tr("The first rows hold these values that %1 can't read as they are. Choose what each one means."), field.name)
                      if values else self.tr("Every value in the first rows can be read."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        rules_note = QLabel(self.tr("Rules, tried before the values above; the first that "
                                    "matches wins (case does not matter):"))
        rules_note.setWordWrap(True)
        layout.addWidget(rules_note)
        self.rules_grid = QGridLayout()
        layout.addLayout(self.rules_grid)
        add = QPushButton(self.tr("Add a rule"))
        add.clicked.connect(lambda: self.add_rule())
        layout.addWidget(add)
        for rule in rules:
            test = next((t for t in TESTS if getattr(rule, t) is not None), None)
            if test is not None and rule.when is None:
                self.add_rule(test, getattr(rule, test), rule.value)
        layout.addWidget(buttons)

    def add_rule(self, test: str = "contains", text: str = "", value: str | None = None) -> None:
        """One more rule row: when the cell (contains | is | matches) TEXT, the value is VALUE."""
        kind = QComboBox()
        for name, label in zip(TESTS, (self.tr("contains"), self.tr("is exactly"),
                                       self.tr("matches the regular expression")), strict=True):
            kind.addItem(label, name)
        kind.setCurrentIndex(max(0, kind.findData(test)))
        pattern = QLineEdit(text)
        meaning = QComboBox()
        for choice in choices_for(self.field):
            meaning.addItem(choice, choice)
        if value is not None:
            meaning.setCurrentIndex(max(0, meaning.findData(value)))
        row = len(self.rule_rows)
        self.rules_grid.addWidget(kind, row, 0)
        self.rules_grid.addWidget(pattern, row, 1)
        self.rules_grid.addWidget(QLabel("→"), row, 2)
        self.rules_grid.addWidget(meaning, row, 3)
        self.rule_rows.append((kind, pattern, meaning))

    def rules(self) -> tuple[Rule, ...]:
        """The rule rows with a pattern, in order; a bad regular expression is left out."""
        import re

        out = []
        for kind, pattern, meaning in self.rule_rows:
            text = pattern.text().strip()
            if not text:
                continue
            if kind.currentData() == "regex":
                try:
                    re.compile(text)
                except re.error:
                    continue
            out.append(Rule(value=meaning.currentData(), **{kind.currentData(): text}))
        return tuple(out)

    def translations(self) -> dict[str, str]:
        return {value: combo.currentData() for value, combo in self.combos.items()
                if combo.currentData() is not KEEP}

    def choose(self, value: str, meaning: str | None) -> None:
        combo = self.combos[value]
        combo.setCurrentIndex(0 if meaning is None else combo.findData(meaning))
