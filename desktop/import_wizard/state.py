"""What the wizard's pages share, below the wizard: entity labels and the wizard's state.

The pages read and write the state of one import (the file, how to read it, the mapping,
the dry run and the result) on the wizard that hosts them. They see it through
``WizardState``, a protocol, so they depend on this small module and never import the
wizard itself; the wizard imports the pages and satisfies the protocol.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, SignalInstance

from desktop.i18n.labels import TranslatedLabels
from desktop.shared.workers import Job
from storage.importing import ImportResult, Mapping, ReadOptions, SourceTable

ENTITY_LABELS = TranslatedLabels("Entities", {
    "accounts": QT_TRANSLATE_NOOP("Entities", "Accounts"),
    "contacts": QT_TRANSLATE_NOOP("Entities", "Contacts"),
    "campaigns": QT_TRANSLATE_NOOP("Entities", "Campaigns"),
    "events": QT_TRANSLATE_NOOP("Entities", "Engagement events"),
    "meetings": QT_TRANSLATE_NOOP("Entities", "Meetings (calls and demos)"),
    "opportunities": QT_TRANSLATE_NOOP("Entities", "Opportunities (deals)"),
    "subscriptions": QT_TRANSLATE_NOOP("Entities", "Subscriptions"),
    "nps": QT_TRANSLATE_NOOP("Entities", "NPS responses"),
    "questions": QT_TRANSLATE_NOOP("Entities", "Questions (support tickets)"),
    "notes": QT_TRANSLATE_NOOP("Entities", "Notes"),
})


class WizardState(Protocol):
    """The one import the pages work on, as the wizard holds it."""

    entity: str
    path: str
    read_options: ReadOptions
    day_first: bool
    decimal_comma: bool
    chosen_mapping: Mapping | None  # a preset or a mapping file
    preset_name: str | None
    mapping: Mapping | None  # what the mapping page settled on
    preview: SourceTable | None
    checked: ImportResult | None
    result: ImportResult | None
    strict: bool
    rejects_path: str | None
    imported: SignalInstance

    def start(self, owner: QObject, title: str, *, dry_run: bool,
              on_done: Callable[[ImportResult], None],
              on_error: Callable[[BaseException], None],
              on_cancel: Callable[[], None] | None = None) -> Job:
        """Run a dry run or the import on a worker."""
        ...
