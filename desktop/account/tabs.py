"""The account page's table tabs: buying committee, meetings and deals, retention and NPS."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.account.tables import Column, FrameTableModel, make_table
from desktop.i18n.placeholders import arg
from desktop.shared.palette import band_color
from desktop.shared.plurals import counted
from desktop.shared.wording import roles
from desktop.shared.wording.committee import sentence as gap_words
from domain.committee import Gap

COMMITTEE_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("FrameTableModel", "Contact"), "text", 200),
    Column("title", QT_TRANSLATE_NOOP("FrameTableModel", "Title"), "text", 220),
    Column("role_label", QT_TRANSLATE_NOOP("FrameTableModel", "Role"), "text", 130),
    Column("last_touch", QT_TRANSLATE_NOOP("FrameTableModel", "Last scored touch"), "date", 130),
    Column("touches", QT_TRANSLATE_NOOP("FrameTableModel", "Scored touches"), "int", 120),
    Column("points", QT_TRANSLATE_NOOP("FrameTableModel", "Engagement"), "float", 110),
    Column("mql_at", QT_TRANSLATE_NOOP("FrameTableModel", "MQL since"), "date", 110),
    Column("email", QT_TRANSLATE_NOOP("FrameTableModel", "Email"), "text", 220),
)
MEETING_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("FrameTableModel", "Kind"), "text", 80),
    Column("booked_at", QT_TRANSLATE_NOOP("FrameTableModel", "Booked"), "date", 110),
    Column("scheduled_for", QT_TRANSLATE_NOOP("FrameTableModel", "Scheduled for"), "datetime", 140),
    Column("status", QT_TRANSLATE_NOOP("FrameTableModel", "Status"), "text", 100),
    Column("contact", QT_TRANSLATE_NOOP("FrameTableModel", "Contact"), "text", 200),
    Column("campaign", QT_TRANSLATE_NOOP("FrameTableModel", "Campaign"), "text", 220),
)
DEAL_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("FrameTableModel", "Opportunity"), "text", 240),
    Column("type", QT_TRANSLATE_NOOP("FrameTableModel", "Type"), "text", 110),
    Column("amount", QT_TRANSLATE_NOOP("FrameTableModel", "Amount"), "money", 120),
    Column("status", QT_TRANSLATE_NOOP("FrameTableModel", "Status"), "text", 80),
    Column("stage", QT_TRANSLATE_NOOP("FrameTableModel", "CRM stage"), "text", 140),
    Column("created_at", QT_TRANSLATE_NOOP("FrameTableModel", "Created"), "date", 110),
    Column("closed_at", QT_TRANSLATE_NOOP("FrameTableModel", "Closed"), "date", 110),
    Column("promotion", QT_TRANSLATE_NOOP("FrameTableModel", "Promotion"), "text", 120),
)
SUBSCRIPTION_COLUMNS = (
    Column("product", QT_TRANSLATE_NOOP("FrameTableModel", "Product"), "text", 220),
    Column("start_date", QT_TRANSLATE_NOOP("FrameTableModel", "Start"), "date", 110),
    Column("end_date", QT_TRANSLATE_NOOP("FrameTableModel", "End"), "date", 110),
    Column("arr", QT_TRANSLATE_NOOP("FrameTableModel", "ARR"), "money", 120),
    Column("churned_at", QT_TRANSLATE_NOOP("FrameTableModel", "Churned"), "date", 110),
)
NPS_COLUMNS = (
    Column("responded_at", QT_TRANSLATE_NOOP("FrameTableModel", "Responded"), "date", 110),
    Column("score", QT_TRANSLATE_NOOP("FrameTableModel", "Score"), "nps", 60),
    Column("contact", QT_TRANSLATE_NOOP("FrameTableModel", "Contact"), "text", 180),
    Column("survey", QT_TRANSLATE_NOOP("FrameTableModel", "Survey"), "text", 190),
    Column("comment", QT_TRANSLATE_NOOP("FrameTableModel", "Comment"), "text", 400),
)
def _section(title: str, table: QWidget, note: QLabel | None = None) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    layout.addWidget(heading)
    if note is not None:
        layout.addWidget(note)
    layout.addWidget(table, 1)
    return box


class CommitteeTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gaps = QLabel("")
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.RichText)
        self.model = FrameTableModel(COMMITTEE_COLUMNS, self)
        self.table = make_table(self.model, stretch="email")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        heading = QLabel(self.tr("Who is missing"))
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        layout.addWidget(self.gaps)
        layout.addWidget(_section(self.tr("Contacts, by role and engagement"), self.table), 1)

    def set_data(self, committee: pd.DataFrame, gaps: list[Gap]) -> None:
        red = band_color("at-risk").name()
        green = band_color("healthy").name()
        if gaps:
            self.gaps.setText("<br>".join(f"<span style='color:{red}'>●</span>&nbsp; {gap_words(g)}"
                                          for g in gaps))
        else:
            self.gaps.setText(f"<span style='color:{green}'>●</span>&nbsp; "
                              + self.tr("Decision maker and champion both engaged recently."))
        # The role in words, in the language the page is built in (a switch rebuilds it).
        if "role" in committee.columns:
            committee = committee.assign(role_label=[
                roles.label(r) for r in committee["role"].to_numpy(dtype=object)])
        self.model.set_frame(committee)


class DealsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings = FrameTableModel(MEETING_COLUMNS, self)
        self.deals = FrameTableModel(DEAL_COLUMNS, self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_section(self.tr("Opportunities"), make_table(self.deals, stretch="name")))
        splitter.addWidget(_section(self.tr("Meetings"), make_table(self.meetings, stretch="campaign")))
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

    def set_data(self, tables: dict[str, pd.DataFrame], currency: str) -> None:
        self.meetings.set_frame(tables["meetings"])
        self.deals.set_frame(tables["deals"], currency)


class RetentionTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subscriptions = FrameTableModel(SUBSCRIPTION_COLUMNS, self)
        self.nps = FrameTableModel(NPS_COLUMNS, self)
        self.summary = QLabel("")
        self.summary.setObjectName("muted")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_section(self.tr("Subscriptions"), make_table(self.subscriptions, stretch="product")))
        splitter.addWidget(_section(self.tr("NPS responses and comments"), make_table(self.nps, stretch="comment"),
                                    self.summary))
        splitter.setSizes([180, 380])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

    def set_data(self, tables: dict[str, pd.DataFrame], currency: str, row: dict) -> None:
        self.subscriptions.set_frame(tables["subscriptions"], currency)
        nps = tables["nps"]
        self.nps.set_frame(nps)
        value, n = row.get("nps"), row.get("nps_responses")
        if value is not None and not pd.isna(value):
            self.summary.setText(counted(
                int(n or 0), self.tr("Account NPS %1 from %Ln recent responses (latest per "
                                     "contact); promoters score 9–10, detractors 0–6.", "", int(n or 0)),
                "Account NPS %1 from 1 recent response (latest per contact); "
                "promoters score 9–10, detractors 0–6.", f"{value:+.0f}"))
        else:
            self.summary.setText(arg(self.tr("No recent NPS responses; %1 in total."), len(nps)))


__all__ = ["CommitteeTab", "DealsTab", "RetentionTab"]
