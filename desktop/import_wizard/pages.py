"""The import wizard's first three pages: choose the file, preview it, map its columns."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.i18n.placeholders import arg
from desktop.import_wizard.field_help import field_help
from desktop.import_wizard.field_labels import field_label
from desktop.import_wizard.lookups import LookupDialog, lookup_headers
from desktop.import_wizard.models import FrameModel
from desktop.import_wizard.preset_titles import preset_title
from desktop.import_wizard.state import ENTITY_LABELS
from desktop.import_wizard.values import TRANSLATABLE, ValuesDialog, unreadable_values
from desktop.shared.wording.said import error_text, worded
from storage.importing import (
    ENTITIES,
    FieldSource,
    ImportFileError,
    Mapping,
    MappingError,
    ReadOptions,
    list_presets,
    load_mapping,
    read_source,
    save_mapping,
    spec_for,
)
from storage.importing.lookups import Lookup, find_file
from storage.importing.reading import ROW_COLUMN
from storage.importing.suggest import suggest_mapping
from storage.importing.value_rules import Rule, apply_rules

if TYPE_CHECKING:
    from desktop.import_wizard.state import WizardState

PREVIEW_ROWS = 200
# Names shown translated where the combo boxes are filled (context "FilePage").
ENCODINGS = ((QT_TRANSLATE_NOOP("FilePage", "Detect"), None), ("UTF-8", "utf-8"), ("UTF-16", "utf-16"),
             (QT_TRANSLATE_NOOP("FilePage", "Windows Western (cp1252)"), "cp1252"),
             (QT_TRANSLATE_NOOP("FilePage", "Windows Central European (cp1250)"), "cp1250"))
DELIMITERS = ((QT_TRANSLATE_NOOP("FilePage", "Detect"), None),
              (QT_TRANSLATE_NOOP("FilePage", "Comma"), ","),
              (QT_TRANSLATE_NOOP("FilePage", "Semicolon"), ";"),
              (QT_TRANSLATE_NOOP("FilePage", "Tab"), "\t"),
              (QT_TRANSLATE_NOOP("FilePage", "Pipe"), "|"))
SUGGESTED = "suggested"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


class FilePage(QWizardPage):
    """What the file holds, where it is, how its columns map, how to read it."""

    def __init__(self, wizard: WizardState) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or XLSX export from your CRM or marketing-automation tool."))
        self.entity = QComboBox()
        for entity in ENTITIES:
            self.entity.addItem(self.tr(ENTITY_LABELS[entity]), entity)
        self.path = QLineEdit(wizard.path)
        self.path.setPlaceholderText(self.tr("path/to/export.csv"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.columns_from = QComboBox()
        load = QPushButton(self.tr("Mapping file…"))
        load.clicked.connect(self._load_mapping_file)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.columns_from, 1)
        mapping_row.addWidget(load)
        self.encoding = QComboBox()
        for label, value in ENCODINGS:
            self.encoding.addItem(self.tr(label), value)
        self.delimiter = QComboBox()
        for label, value in DELIMITERS:
            self.delimiter.addItem(self.tr(label), value)
        self.day_first = QCheckBox(self.tr("Dates are day-first (03/04/2025 is 3 April)"))
        self.decimal_comma = QCheckBox(self.tr("Numbers use a decimal comma (1.234,50)"))
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("The file holds"), self.entity)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Columns"), mapping_row)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        form.addRow("", self.day_first)
        form.addRow("", self.decimal_comma)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.entity.currentIndexChanged.connect(self._fill_presets)
        self.path.textChanged.connect(self.completeChanged)
        self._fill_presets()

    def _fill_presets(self) -> None:
        entity = self.entity.currentData()
        self.columns_from.clear()
        self.columns_from.addItem(self.tr("Suggest from the file's headers"), SUGGESTED)
        for mapping in list_presets(entity):
            self.columns_from.addItem(preset_title(mapping.title, mapping.preset or "preset"), mapping)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an export"), str(Path(self.path.text() or ".").parent),
            self.tr("Exports (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)"))
        if path:
            self.path.setText(path)

    def _load_mapping_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a mapping"), "",
                                              self.tr("Mappings (*.toml)"))
        if path:
            self.use_mapping_file(path)

    def use_mapping_file(self, path: str) -> bool:
        """Offer a saved mapping (TOML); switches the entity to the mapping's."""
        try:
            mapping = load_mapping(path)
        except MappingError as exc:
            self._show_error(error_text(exc))
            return False
        self.entity.setCurrentIndex(self.entity.findData(mapping.entity))
        self.columns_from.addItem(Path(path).name, mapping)
        self.columns_from.setCurrentIndex(self.columns_from.count() - 1)
        return True

    def _show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wiz = self.wiz
        wiz.entity = self.entity.currentData()
        wiz.path = self.path.text().strip()
        chosen = self.columns_from.currentData()
        wiz.chosen_mapping = chosen if isinstance(chosen, Mapping) else None
        wiz.preset_name = wiz.chosen_mapping.preset if wiz.chosen_mapping else None
        wiz.read_options = ReadOptions(encoding=self.encoding.currentData(),
                                       delimiter=self.delimiter.currentData())
        wiz.day_first = self.day_first.isChecked()
        wiz.decimal_comma = self.decimal_comma.isChecked()
        try:
            wiz.preview = read_source(wiz.path, wiz.read_options, nrows=PREVIEW_ROWS)
        except ImportFileError as exc:
            self._show_error(error_text(exc))
            return False
        self.error.hide()
        return True


class PreviewPage(QWizardPage):
    """The first rows as abm-health reads them, and what it detected about the file."""

    def __init__(self, wizard: WizardState) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.sheet = QComboBox()
        self.sheet.hide()
        self.sheet.activated.connect(self._change_sheet)
        self.model = FrameModel(row_numbers=ROW_COLUMN, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.sheet)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._show()

    def _show(self) -> None:
        source = self.wiz.preview
        if source is None:
            return
        self.model.set_frame(source.frame)
        parts = [Path(source.path).name]
        if source.encoding:
            parts.append(arg(self.tr("encoding %1"), source.encoding))
        if source.delimiter:
            names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
            parts.append(arg(self.tr("delimiter %1"), names.get(source.delimiter, source.delimiter)))
        if source.sheet:
            parts.append(arg(self.tr("sheet %1"), source.sheet))
        self.info.setText(arg(self.tr("%1. Showing the first %2 rows; row numbers are the file's."), ", ".join(parts), len(source)))
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(source.sheets)
        self.sheet.setCurrentText(source.sheet or "")
        self.sheet.blockSignals(False)
        self.sheet.setVisible(len(source.sheets) > 1)
        for warning in source.warnings:
            self.error.setText(worded(warning))
            self.error.show()
        self.table.resizeColumnsToContents()

    def _change_sheet(self, _index: int) -> None:
        self.wiz.read_options.sheet = self.sheet.currentText()
        try:
            self.wiz.preview = read_source(self.wiz.path, self.wiz.read_options, nrows=PREVIEW_ROWS)
        except ImportFileError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self._show()


class MappingPage(QWizardPage):
    """One row per field: which column of the file feeds it (suggested, or from a preset)."""

    def __init__(self, wizard: WizardState) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Fields marked * are required. Suggestions come from the "
                                 "headers or from the preset you chose."))
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.value_buttons: dict[str, QPushButton] = {}
        self.translations: dict[str, dict[str, str]] = {}
        self.rules: dict[str, tuple[Rule, ...]] = {}
        self.lookups: dict[str, Lookup] = {}
        self.values_dialog: ValuesDialog | None = None
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.missing = QLabel()
        self.missing.setObjectName("muted")
        save = QPushButton(self.tr("Save mapping…"))
        save.clicked.connect(self._save)
        look_up = QPushButton(self.tr("Look up another file…"))
        look_up.setToolTip(self.tr("Take columns from another file of the same export through "
                                   "an id, e.g. a lead's company for a deal naming its lead"))
        look_up.clicked.connect(self._pick_lookup)
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing, 1)
        bottom.addWidget(look_up)
        bottom.addWidget(save)
        self.lookup_dialog: LookupDialog | None = None
        self.lookup_columns: dict[str, list[str]] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.base: Mapping | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        source = self.wiz.preview
        columns = source.columns if source is not None else []
        spec = spec_for(self.wiz.entity)
        if self.wiz.chosen_mapping is not None:
            self.base = self.wiz.chosen_mapping
            hints = {name: self.tr("from the mapping") for name in self.base.fields}
        else:
            suggestion = suggest_mapping(self.wiz.entity, columns)
            self.base = suggestion.mapping
            if suggestion.preset:
                self.wiz.preset_name = suggestion.preset
            hints = {name: self.tr("suggested") for name in suggestion.confidence}
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos.clear()
        self.samples.clear()
        self.value_buttons.clear()
        self.translations.clear()
        self.rules.clear()
        self.lookups = dict(self.base.lookups)
        self.lookup_columns = {}
        folders = [f for f in (self.base.folder, Path(self.wiz.path).parent) if f is not None]
        for name, lookup in self.lookups.items():
            try:
                self.lookup_columns[name] = lookup_headers(find_file(lookup.file, folders))
            except ImportFileError:
                self.lookup_columns[name] = []  # the dry run names the missing file
        for header, col in ((self.tr("Field"), 0), (self.tr("Column in the file"), 1),
                            (self.tr("First value"), 2), ("", 3), ("", 4)):
            label = QLabel(header)
            label.setObjectName("muted")
            self.grid.addWidget(label, 0, col)
        for row, field in enumerate(spec.fields, start=1):
            name = QLabel(field_label(field.name) + (" *" if field.required else ""))
            name.setToolTip(self._field_tooltip(field.name))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            chosen = self.base.fields.get(field.name)
            if chosen is not None and chosen.column is None:
                combo.addItem(arg(self.tr("(mapping) %1"), chosen.label()), chosen)
            for column in [*columns, *self._lookup_columns()]:
                kept = chosen if chosen is not None and chosen.column == column else None
                combo.addItem(column, kept or FieldSource(column=column))
            if chosen is not None:
                combo.setCurrentIndex(max(1, combo.findText(chosen.label())))
            sample = QLabel()
            sample.setObjectName("muted")
            combo.currentIndexChanged.connect(lambda _i, n=field.name: self._changed(n))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(sample, row, 2)
            self.grid.addWidget(QLabel(hints.get(field.name, "")), row, 3)
            self.combos[field.name] = combo
            self.samples[field.name] = sample
            if field.kind in TRANSLATABLE:
                button = QPushButton(self.tr("Values…"))
                button.clicked.connect(lambda _c=False, n=field.name: self.edit_values(n))
                self.grid.addWidget(button, row, 4)
                self.value_buttons[field.name] = button
            self._changed(field.name)
        self.grid.setColumnStretch(2, 1)

    def _field_tooltip(self, name: str) -> str:
        """The field's help, then its id for those who write mapping files."""
        where = arg(self.tr("Field id in mapping files: %1"), name)
        helped = field_help(self.wiz.entity, name)
        return f"{helped}\n{where}" if helped else where

    def _changed(self, name: str) -> None:
        source = self.wiz.preview
        chosen = self.combos[name].currentData()
        text = ""
        if source is not None and isinstance(chosen, FieldSource) and chosen.column in source.frame:
            values = source.frame[chosen.column]
            filled = values[values.astype(str).str.strip() != ""]
            text = str(filled.iloc[0])[:60] if len(filled) else ""
        button = self.value_buttons.get(name)
        if button is not None:
            unread = self._unread(name)
            button.setEnabled(isinstance(chosen, FieldSource) and chosen.column is not None)
            if unread:
                text = arg(self.tr("%1 value(s) to translate: %2"), len(unread), ", ".join(unread[:3]))
        self.samples[name].setText(text)
        self.completeChanged.emit()

    def _unread(self, name: str) -> list[str]:
        """Values in the preview the field can't read, and no translation covers yet."""
        source = self.wiz.preview
        chosen = self.combos[name].currentData()
        if source is None or not isinstance(chosen, FieldSource) or chosen.column not in source.frame:
            return []
        known = {k.strip().lower() for k in {**chosen.values, **self.translations.get(name, {})}}
        field = spec_for(self.wiz.entity).field(name)
        if chosen.otherwise is not None:
            return []
        unread = pd.Series(unreadable_values(field, source.frame[chosen.column]), dtype=object)
        rules = self.rules.get(name, chosen.rules)
        if rules and len(unread):
            _, ruled = apply_rules(rules, unread, pd.DataFrame(index=unread.index))
            unread = unread[~ruled]
        return [v for v in unread if v.strip().lower() not in known]

    def edit_values(self, name: str) -> ValuesDialog:
        """Open the dialog translating the column's words into the field's values."""
        source = self.wiz.preview
        chosen = self.combos[name].currentData()
        field = spec_for(self.wiz.entity).field(name)
        cells = source.frame[chosen.column] if source is not None and isinstance(
            chosen, FieldSource) and chosen.column in source.frame else None
        current = {**(chosen.values if isinstance(chosen, FieldSource) else {}),
                   **self.translations.get(name, {})}
        values = sorted(set(unreadable_values(field, cells)) | set(current)) if cells is not None else []
        rules = self.rules.get(name, chosen.rules if isinstance(chosen, FieldSource) else ())
        self.values_dialog = ValuesDialog(field, values, current, self, rules)
        self.values_dialog.accepted.connect(lambda: self.set_translations(
            name, self.values_dialog.translations(), self.values_dialog.rules()))
        self.values_dialog.open()
        return self.values_dialog

    def _lookup_columns(self) -> list[str]:
        return [f"{name}.{c}" for name, cols in self.lookup_columns.items() for c in cols]

    def _pick_lookup(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Another file of the export"),
                                              str(Path(self.wiz.path).parent),
                                              self.tr("Exports (*.csv *.txt *.tsv *.xlsx)"))
        if path:
            self.add_lookup(path)

    def add_lookup(self, path: str) -> LookupDialog:
        """Open the dialog declaring ``path`` as a lookup; its columns join every field's
        choices as NAME.Column once accepted."""
        columns = self.wiz.preview.columns if self.wiz.preview is not None else []
        self.lookup_dialog = LookupDialog(path, columns, self)
        self.lookup_dialog.accepted.connect(
            lambda: self.use_lookup(self.lookup_dialog.lookup(), self.lookup_dialog.headers))
        self.lookup_dialog.open()
        return self.lookup_dialog

    def use_lookup(self, lookup: Lookup, headers: list[str]) -> None:
        self.lookups[lookup.name] = lookup
        self.lookup_columns[lookup.name] = list(headers)
        for combo in self.combos.values():
            for header in headers:
                column = f"{lookup.name}.{header}"
                if combo.findText(column) < 0:
                    combo.addItem(column, FieldSource(column=column))

    def set_translations(self, name: str, translations: dict[str, str],
                         rules: tuple[Rule, ...] | None = None) -> None:
        self.translations[name] = dict(translations)
        if rules is not None:
            self.rules[name] = tuple(rules)
        self._changed(name)

    def current_mapping(self) -> Mapping:
        fields = {}
        for name, combo in self.combos.items():
            chosen = combo.currentData()
            if not isinstance(chosen, FieldSource):
                continue
            extra = self.translations.get(name)
            chosen = replace(chosen, values={**chosen.values, **extra}) if extra else chosen
            if name in self.rules:
                chosen = replace(chosen, rules=self.rules[name])
            fields[name] = chosen
        base = self.base or Mapping(entity=self.wiz.entity)
        used = {c.partition(".")[0] for s in fields.values() for c in s.source_columns()}
        lookups = {n: lookup for n, lookup in self.lookups.items() if n in used}
        return Mapping(entity=self.wiz.entity, fields=fields, preset=base.preset,
                       title=base.title, date_format=base.date_format,
                       day_first=self.wiz.day_first or base.day_first,
                       decimal_comma=self.wiz.decimal_comma or base.decimal_comma,
                       encoding=self.wiz.read_options.encoding or base.encoding,
                       delimiter=self.wiz.read_options.delimiter or base.delimiter,
                       sheet=self.wiz.read_options.sheet or base.sheet,
                       lookups=lookups, files=base.files, folder=base.folder)

    def choose(self, field: str, column: str | None) -> None:
        """Map ``field`` to ``column`` (None: not imported), as a user would in the combo."""
        combo = self.combos[field]
        combo.setCurrentIndex(0 if column is None else combo.findText(column))

    def missing_fields(self) -> list[str]:
        mapped = {n for n, c in self.combos.items() if isinstance(c.currentData(), FieldSource)}
        missing = [n for n in spec_for(self.wiz.entity).required if n not in mapped]
        if self.wiz.entity == "contacts" and "name" in missing and "email" in mapped:
            missing.remove("name")
        return missing

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        missing = self.missing_fields()
        self.missing.setText(arg(self.tr("Still needed: %1"), ", ".join(missing)) if missing else "")
        return not missing

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.wiz.mapping = self.current_mapping()
        return True

    def save_to(self, path: str) -> Path:
        return save_mapping(self.current_mapping(), path)

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the mapping"),
                                              f"{self.wiz.entity}-mapping.toml",
                                              self.tr("Mappings (*.toml)"))
        if path:
            self.save_to(path)
