"""An import's summary in the chosen language: what was read, written and rejected, the
counts per problem and the first problems, row by row.

``storage.importing.ImportResult.summary_lines`` writes the same lines in English for logs
and tests; this says them again from the result's numbers and the problems' kinds
(``import_problems.worded``), so ``abm-health --language pl import …`` and the wizard's
summary speak the user's language. English comes out as storage writes it, byte for byte
(a test compares the two on real imports). The problem and row counts of the heading are
one sentence with two numbers; it is worded so that no plural form is needed ("Problems:
3, on rows: 2" in Polish), since Qt gives a message one count.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.shared.plurals import counted
from desktop.shared.wording.import_problems import ENTITY_WORDS
from desktop.shared.wording.said import worded
from domain import formatting
from storage.importing import ImportResult
from storage.importing.folder import FolderResult
from storage.importing.problems import problem_counts

DELIMITER_WORDS = TranslatedLabels("ImportSummary", {
    "\t": QT_TRANSLATE_NOOP("ImportSummary", "tab"),
    ",": QT_TRANSLATE_NOOP("ImportSummary", "comma"),
    ";": QT_TRANSLATE_NOOP("ImportSummary", "semicolon"),
    "|": QT_TRANSLATE_NOOP("ImportSummary", "pipe"),
})


class ImportSummary(QObject):
    """The summary's sentences; a class so its counted ones are recorded with plural forms."""

    def lines(self, result: ImportResult, first_problems: int = 20) -> list[str]:
        """The summary, line by line, as ``ImportResult.summary_lines`` gives it in English."""
        lines = [self._read(result)]
        lines += [arg(self.tr("Note: %1"), worded(w)) for w in result.warnings]
        if result.ignored_columns:
            lines.append(arg(self.tr("Ignored column(s): %1."), ", ".join(result.ignored_columns)))
        numbers = [formatting.count(n) for n in (result.inserted, result.updated,
                                                 result.unchanged, result.rejected)]
        if result.dry_run or not result.written:
            lines.append(arg(self.tr("Would insert %1, would update %2, unchanged %3, "
                                     "rejected %4."), *numbers))
        else:
            lines.append(arg(self.tr("Inserted %1, updated %2, unchanged %3, rejected %4."),
                             *numbers))
        if result.accounts_from_contacts:
            n = result.accounts_from_contacts
            text = self.tr("%Ln row(s) named a contact but no account and took the contact's "
                           "account.", "", n)
            lines.append(counted(n, text, text))
        if result.strict_refused:
            lines.append(arg(self.tr("Nothing was written: %1."), worded(result.strict_reason)))
        elif result.dry_run:
            lines.append(self.tr("Dry run: nothing was written."))
        elif result.batch_id is not None:
            lines.append(arg(self.tr("Recorded as batch %1 (`abm-health undo %1` reverts it)."),
                             result.batch_id))
        lines += self.problems(result, first_problems)
        if result.rejects_path is not None:
            lines.append(arg(self.tr("Rejected rows written to %1 (with a reason column)."),
                             result.rejects_path))
        return lines

    def _read(self, result: ImportResult) -> str:
        parts = []
        if result.encoding:
            parts.append(arg(self.tr("encoding %1"), result.encoding))
        if result.delimiter:
            parts.append(arg(self.tr("delimiter %1"), DELIMITER_WORDS.get(
                result.delimiter, repr(result.delimiter))))
        if result.sheet:
            parts.append(arg(self.tr("sheet %1"), repr(result.sheet)))
        entity = ENTITY_WORDS.get(result.entity, result.entity)
        n = result.rows_read
        if parts:
            joined = parts[0]
            for part in parts[1:]:  # "encoding utf-8, delimiter comma"; 、 in Japanese
                joined = arg(self.tr("%1, %2"), joined, part)
            text = self.tr("Read %Ln %1 row(s) from %2 (%3).", "", n)
            return counted(n, text, text, entity, result.file_name, joined)
        text = self.tr("Read %Ln %1 row(s) from %2.", "", n)
        return counted(n, text, text, entity, result.file_name)

    def problems(self, result: ImportResult, first: int = 20) -> list[str]:
        """Counts per problem (most frequent first), then the first problems in file order."""
        problems = result.problems
        if not len(problems):
            return []
        lines = [arg(self.tr("%1 problem(s) on %2 row(s):"), formatting.count(len(problems)),
                     formatting.count(problems["row"].nunique()))]
        for (column, kind), count in problem_counts(problems).items():
            lines.append("  " + arg(self.tr("%1 × %2: %3"),
                                    formatting.count(count).rjust(8), column, worded(kind)))
        shown = problems.head(first)
        n = len(shown)
        lines.append(self.tr("First %n problem(s):", "", n))
        for p in shown.itertuples(index=False):
            value = self.value(p.value)
            row = int(p.row)
            record = result.record_of(row) if result.record_of is not None else row
            if record != row:
                line = arg(self.tr("row %1 (record %2), column %3, value %4: expected %5"),
                           row, record, p.column, value, worded(p.expected))
            else:
                line = arg(self.tr("row %1, column %2, value %3: expected %4"),
                           row, p.column, value, worded(p.expected))
            lines.append("  " + line)
        if len(problems) > first:
            more = len(problems) - first
            text = self.tr("... and %Ln more (see the rejects file).", "", more)
            lines.append("  " + counted(more, text, text))
        return lines

    def folder_lines(self, result: FolderResult, first_problems: int = 5) -> list[str]:
        """A folder's summary, as ``FolderResult.summary_lines`` gives it in English."""
        lines = []
        for one in result.results:
            lines.append(arg(self.tr("== %1 (%2)"), one.file_name,
                             ENTITY_WORDS.get(one.entity, one.entity)))
            lines += ["  " + line for line in self.lines(one, first_problems)]
        for path, reason in result.failed:
            lines += [f"== {path.name}", "  " + arg(self.tr("Not imported: %1"), worded(reason))]
        if result.skipped:
            lines.append(arg(self.tr("Not read (no %1 preset names them): %2."), result.preset,
                             ", ".join(p.name for p in result.skipped)))
        totals = [formatting.count(sum(r.inserted for r in result.results)),
                  formatting.count(sum(r.updated for r in result.results)),
                  formatting.count(result.rejected)]
        files, failed = len(result.results), len(result.failed)
        if result.written:
            lines.append(arg(self.tr("Folder %1: %2 file(s) read, %3 failed; inserted %4, "
                                     "updated %5, rejected %6."), result.folder, files, failed,
                             *totals))
        else:
            lines.append(arg(self.tr("Folder %1: %2 file(s) read, %3 failed; would insert %4, "
                                     "updated %5, rejected %6."), result.folder, files, failed,
                             *totals))
        from_contacts = sum(r.accounts_from_contacts for r in result.results)
        if from_contacts:
            text = self.tr("%Ln activity row(s) took their account from their contact.", "",
                           from_contacts)
            lines.append(counted(from_contacts, text, text))
        if result.dry_run:
            lines.append(self.tr("Dry run: nothing was written."))
        elif not result.written:
            lines.append(self.tr("Nothing was written: --strict refuses the folder while any "
                                 "file fails or any row is rejected."))
        else:
            batches = [r.batch_id for r in result.results if r.batch_id is not None]
            if batches:
                lines.append(arg(self.tr("Recorded as batch(es) %1 (undo them last first with "
                                         "`abm-health undo BATCH`)."),
                                 ", ".join(map(str, batches))))
        return lines

    def value(self, value: object, limit: int = 40) -> str:
        """A cell's value as a problem shows it: quoted and cut short, or "(blank)"."""
        text = str(value)
        if text == "":
            return self.tr("(blank)")
        return repr(text if len(text) <= limit else text[: limit - 1] + "…")


_SUMMARY: ImportSummary | None = None


def summary() -> ImportSummary:
    """The one ``ImportSummary`` (made once a Qt application may exist)."""
    global _SUMMARY
    if _SUMMARY is None:
        _SUMMARY = ImportSummary()
    return _SUMMARY


def summary_lines(result: ImportResult, first_problems: int = 20) -> list[str]:
    """The import's summary in the chosen language, line by line."""
    return summary().lines(result, first_problems)


def folder_summary_lines(result: FolderResult, first_problems: int = 5) -> list[str]:
    """An import-folder's summary in the chosen language, line by line."""
    return summary().folder_lines(result, first_problems)
