"""What the wizard's pages share, below the wizard: entity labels and the wizard's state.

The pages read and write the state of one import (the file, how to read it, the mapping,
the dry run and the result) on the wizard that hosts them. They see it through
``WizardState``, a protocol, so they depend on this small module and never import the
wizard itself; the wizard imports the pages and satisfies the protocol.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance

from desktop.shared.workers import Job
from storage.importing import ImportResult, Mapping, ReadOptions, SourceTable

ENTITY_LABELS = {
    "accounts": "Accounts",
    "contacts": "Contacts",
    "campaigns": "Campaigns",
    "events": "Engagement events",
    "meetings": "Meetings (calls and demos)",
    "opportunities": "Opportunities (deals)",
    "subscriptions": "Subscriptions",
    "nps": "NPS responses",
    "questions": "Questions (support tickets)",
    "notes": "Notes",
}


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
