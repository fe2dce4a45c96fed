"""Why an import batch cannot be undone, in the chosen language.

``storage.importing.history.undo_batch`` refuses with a ``storage.said.Said``: no such
batch, undone already, a later batch changed the same rows, rows of other tables refer to
what it added. The tables are named as the import summary names their entities.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from desktop.shared.wording.import_problems import TABLE_WORDS
from desktop.shared.wording.said import register

WORDS = {
    "no_batch": QT_TRANSLATE_NOOP("BatchWords", 'There is no import batch %1; `abm-health batches` lists them.'),
    "batch_already_undone": QT_TRANSLATE_NOOP("BatchWords", 'Batch %1 has already been undone.'),
    "batch_not_finished": QT_TRANSLATE_NOOP("BatchWords", 'Batch %1 is %2, not finished; nothing to undo.'),
    "later_batch_changed": QT_TRANSLATE_NOOP("BatchWords", "Batch %1 can't be undone: batch(es) %2 later changed the same %3; undo it first."),
    "later_batches_changed": QT_TRANSLATE_NOOP("BatchWords", "Batch %1 can't be undone: batch(es) %2 later changed the same %3; undo them first."),
    "unknown_table": QT_TRANSLATE_NOOP("BatchWords", "The batch refers to an unknown table %1; it can't be undone."),
    "unknown_column": QT_TRANSLATE_NOOP("BatchWords", "The batch refers to an unknown column %1; it can't be undone."),
}


class BatchWords(QObject):
    """The refusals with a count; each a method so its plural forms are recorded."""

    def referred_from_batch(self, n: int) -> str:
        return self.tr("Batch %1 can't be undone: %Ln %2 from batch %3 refer to the %4 it "
                       "added; undo batch %3 first.", "", n)

    def referred_from_app(self, n: int) -> str:
        return self.tr("Batch %1 can't be undone: %Ln %2 entered in the app refer to the %3 it "
                       "added; delete them first, or keep this batch.", "", n)


def _table(name: str) -> str:
    return TABLE_WORDS.get(name, name)


_TABLES = {"table": _table, "referrer": _table}
register("BatchWords", WORDS, BatchWords, fact_words={
    kind: _TABLES for kind in ("later_batch_changed", "later_batches_changed",
                               "referred_from_batch", "referred_from_app")})
