"""The account page's "What moved" tab: the score's change over four weeks, explained.

The change from four weeks before the as-of day is split by component and by cause (new
activity, time passing, a model change: ``domain.health.movement``), in tenths of a point
that add up to the change; under the table, a sentence per cause and the new activity,
event by event. Computed on a worker after the page opens (it scores the account in three
more worlds), so the rest of the page never waits for it.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.account.tables import Column, FrameTableModel, make_table
from desktop.i18n.placeholders import arg
from desktop.shared.palette import band_label
from desktop.shared.wording import components
from desktop.shared.wording import movement as movement_words
from domain import formatting as fmt
from domain.health.model import COMPONENTS
from domain.health.movement import CAUSES, Movement

MOVED_COLUMNS = (
    Column("component", QT_TRANSLATE_NOOP("FrameTableModel", "Component"), "text", 180),
    *(Column(cause, movement_words.cause_name(cause).capitalize(), "signed", 120) for cause in CAUSES),
    Column("total", QT_TRANSLATE_NOOP("FrameTableModel", "Total"), "signed", 90),
)
EVENT_COLUMNS = (
    Column("on", QT_TRANSLATE_NOOP("FrameTableModel", "Date"), "date", 110),
    Column("text", QT_TRANSLATE_NOOP("FrameTableModel", "New activity"), "text", 520),
    Column("feeds", QT_TRANSLATE_NOOP("FrameTableModel", "Feeds"), "text", 260),
)


def movement_table(moved: Movement) -> pd.DataFrame:
    """One row per component and a total row; one column per cause."""
    by_component = moved.by_component()
    rows = [{"component": components.name(c),
             **{cause: moved.cells.get((c, cause), 0.0) for cause in CAUSES},
             "total": by_component[c]} for c in COMPONENTS]
    totals = moved.by_cause()
    rows.append({"component": QCoreApplication.translate("FrameTableModel", "Total"), **totals, "total": moved.change})
    return pd.DataFrame(rows)


def event_table(moved: Movement) -> pd.DataFrame:
    return pd.DataFrame([
        {"on": e.on, "text": movement_words.event_text(e),
         "feeds": ", ".join(components.name(c).lower() for c in e.components)}
        for e in moved.events
    ], columns=[c.key for c in EVENT_COLUMNS])


class MovedTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self.tr("Working out what moved the score…"))
        self.summary.setObjectName("movedSummary")
        self.summary.setWordWrap(True)
        self.model = FrameTableModel(MOVED_COLUMNS, self)
        self.table = make_table(self.model, stretch="component")
        self.table.setMinimumHeight(4 * 28 + 40)  # a 720-pixel window still fits; taller ones show every row
        self.causes = QLabel("")
        self.causes.setObjectName("movedCauses")
        self.causes.setWordWrap(True)
        self.events = FrameTableModel(EVENT_COLUMNS, self)
        self.events_table = make_table(self.events, stretch="text")
        # In a scroll area: sentences that wrap onto more lines (Japanese, Polish) at 720
        # pixels then scroll instead of squeezing the tables under them.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.causes)
        layout.addWidget(self.events_table, 1)
        self.events_table.setMinimumHeight(3 * 28 + 40)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.moved: Movement | None = None
        self._waiting = True  # the summary says "working out…" and the tables are empty

    def show_waiting(self) -> None:
        if self.moved is None and self._waiting:
            return  # already says so: nothing to redo while pages are opened in a row
        self._waiting = True
        self.moved = None
        self.summary.setText(self.tr("Working out what moved the score…"))
        self.model.set_frame(movement_table_empty())
        self.events.set_frame(pd.DataFrame(columns=[c.key for c in EVENT_COLUMNS]))
        self.causes.setText("")

    def show_problem(self, text: str) -> None:
        self._waiting = False
        self.summary.setText(text)

    def set_movement(self, moved: Movement) -> None:
        self._waiting = False
        self.moved = moved
        if moved.change is None:
            self.summary.setText(arg(self.tr("Nothing to compare from %1 to %2: %3."), fmt.day(moved.start),
                                     fmt.day(moved.end), movement_words.reason_text(moved)))
            self.model.set_frame(movement_table_empty())
            self.events.set_frame(event_table(moved))
            self.causes.setText("")
            return
        versions = (arg(self.tr("model version %1"), moved.version_after)
                    if not moved.model_changed
                    else arg(self.tr("model versions %1 and %2"), moved.version_before, moved.version_after))
        self.summary.setText(arg(self.tr(
            "From %1 to %2 the score went from %3 (%4) to %5 (%6): %7 points (%8). The cells add up to the change."), fmt.day(moved.start), fmt.day(moved.end), fmt.fixed(moved.score_before), band_in_text(moved.band_before), fmt.fixed(moved.score_after), band_in_text(moved.band_after), fmt.signed(moved.change), versions))
        self.model.set_frame(movement_table(moved))
        sentences = [movement_words.cause_sentence(moved, c) for c in CAUSES]
        self.causes.setText("\n".join(s[:1].upper() + s[1:] for s in sentences))
        self.events.set_frame(event_table(moved))


def movement_table_empty() -> pd.DataFrame:
    return pd.DataFrame(columns=[c.key for c in MOVED_COLUMNS])


def band_in_text(band: str | None) -> str:
    """A band inside a sentence: its word in the chosen language, first letter small as in
    running text ("healthy", "at risk"; "健全"); "-" when there is none."""
    if not band:
        return "-"
    word = band_label(band)
    return word[:1].lower() + word[1:]
