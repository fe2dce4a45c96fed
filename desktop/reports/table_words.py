"""The account report's ids in words: table headings, column titles, notes, the profile's
labels, the footnotes and the id cells (event kinds, channels, meeting and deal states, NPS
categories, note states), in the installed language.

``domain.report_contents.account`` hands over ids and facts only; ``worded`` turns one of
its ``Table`` objects into the same table with words, and the layout code stays as it was.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.shared.wording import components, periods, roles
from domain import formatting as fmt
from domain.report_contents.account import Footnote
from domain.report_contents.tables import Column, Table, is_missing

translate = QCoreApplication.translate

TABLE_NAMES = TranslatedLabels("ReportTables", {
    "latest_touches": QT_TRANSLATE_NOOP("ReportTables", "Latest touches"),
    "buying_committee": QT_TRANSLATE_NOOP("ReportTables", "Buying committee"),
    "meetings": QT_TRANSLATE_NOOP("ReportTables", "Meetings"),
    "deals": QT_TRANSLATE_NOOP("ReportTables", "Deals"),
    "subscriptions": QT_TRANSLATE_NOOP("ReportTables", "Subscriptions"),
    "nps_responses": QT_TRANSLATE_NOOP("ReportTables", "NPS responses"),
    "notes": QT_TRANSLATE_NOOP("ReportTables", "Notes and next actions"),
})

# Column titles by id; "scored_touches_days" takes the window's days (%1).
TITLES = TranslatedLabels("ReportColumns", {
    "when": QT_TRANSLATE_NOOP("ReportColumns", "When"),
    "touch": QT_TRANSLATE_NOOP("ReportColumns", "Touch"),
    "contact": QT_TRANSLATE_NOOP("ReportColumns", "Contact"),
    "asset": QT_TRANSLATE_NOOP("ReportColumns", "Asset"),
    "channel": QT_TRANSLATE_NOOP("ReportColumns", "Channel"),
    "title": QT_TRANSLATE_NOOP("ReportColumns", "Title"),
    "role": QT_TRANSLATE_NOOP("ReportColumns", "Role"),
    "scored_touches_days": QT_TRANSLATE_NOOP("ReportColumns", "Scored touches, %1 days"),
    "last_scored_touch": QT_TRANSLATE_NOOP("ReportColumns", "Last scored touch"),
    "mql": QT_TRANSLATE_NOOP("ReportColumns", "MQL"),
    "unsubscribed": QT_TRANSLATE_NOOP("ReportColumns", "Unsubscribed"),
    "booked": QT_TRANSLATE_NOOP("ReportColumns", "Booked"),
    "scheduled_for": QT_TRANSLATE_NOOP("ReportColumns", "Scheduled for"),
    "kind": QT_TRANSLATE_NOOP("ReportColumns", "Kind"),
    "status": QT_TRANSLATE_NOOP("ReportColumns", "Status"),
    "opportunity": QT_TRANSLATE_NOOP("ReportColumns", "Opportunity"),
    "type": QT_TRANSLATE_NOOP("ReportColumns", "Type"),
    "amount": QT_TRANSLATE_NOOP("ReportColumns", "Amount"),
    "crm_stage": QT_TRANSLATE_NOOP("ReportColumns", "CRM stage"),
    "created": QT_TRANSLATE_NOOP("ReportColumns", "Created"),
    "closed": QT_TRANSLATE_NOOP("ReportColumns", "Closed"),
    "promotion": QT_TRANSLATE_NOOP("ReportColumns", "Promotion"),
    "product": QT_TRANSLATE_NOOP("ReportColumns", "Product"),
    "start": QT_TRANSLATE_NOOP("ReportColumns", "Start"),
    "end": QT_TRANSLATE_NOOP("ReportColumns", "End"),
    "arr": QT_TRANSLATE_NOOP("ReportColumns", "ARR"),
    "churned": QT_TRANSLATE_NOOP("ReportColumns", "Churned"),
    "date": QT_TRANSLATE_NOOP("ReportColumns", "Date"),
    "score": QT_TRANSLATE_NOOP("ReportColumns", "Score"),
    "comment": QT_TRANSLATE_NOOP("ReportColumns", "Comment"),
    "due": QT_TRANSLATE_NOOP("ReportColumns", "Due"),
    "state": QT_TRANSLATE_NOOP("ReportColumns", "State"),
    "note": QT_TRANSLATE_NOOP("ReportColumns", "Note"),
    "author": QT_TRANSLATE_NOOP("ReportColumns", "Author"),
    "written": QT_TRANSLATE_NOOP("ReportColumns", "Written"),
})

NOTES = TranslatedLabels("ReportColumns", {
    # %1: the health window's days, %2: its last day.
    "scored_touches": QT_TRANSLATE_NOOP(
        "ReportColumns", "Scored touches: the contact's touches worth engagement points "
        "(events, meetings booked, demos held) in the %1 days up to %2, as the health score "
        "counts them; sends, deliveries, bounces and opens worth no points do not count."),
})

PROFILE = TranslatedLabels("ReportProfile", {
    "tier": QT_TRANSLATE_NOOP("ReportProfile", "Tier"),
    "owner": QT_TRANSLATE_NOOP("ReportProfile", "Owner"),
    "industry": QT_TRANSLATE_NOOP("ReportProfile", "Industry"),
    "region": QT_TRANSLATE_NOOP("ReportProfile", "Region"),
    "domain": QT_TRANSLATE_NOOP("ReportProfile", "Domain"),
    "employees": QT_TRANSLATE_NOOP("ReportProfile", "Employees"),
    "annual_revenue": QT_TRANSLATE_NOOP("ReportProfile", "Annual revenue"),
    "crm_id": QT_TRANSLATE_NOOP("ReportProfile", "CRM id"),
})

# The id cells' words: event kinds and channels, meeting kinds and states, deal types and
# states, NPS categories and note states. An id not listed is shown as ``fmt.label`` says.
VALUES = TranslatedLabels("ReportValues", {
    "email_sent": QT_TRANSLATE_NOOP("ReportValues", "Email sent"),
    "email_delivered": QT_TRANSLATE_NOOP("ReportValues", "Email delivered"),
    "email_open": QT_TRANSLATE_NOOP("ReportValues", "Email open"),
    "email_click": QT_TRANSLATE_NOOP("ReportValues", "Email click"),
    "email_bounce": QT_TRANSLATE_NOOP("ReportValues", "Email bounce"),
    "email_unsubscribe": QT_TRANSLATE_NOOP("ReportValues", "Email unsubscribe"),
    "content_view": QT_TRANSLATE_NOOP("ReportValues", "Content view"),
    "content_download": QT_TRANSLATE_NOOP("ReportValues", "Content download"),
    "web_visit": QT_TRANSLATE_NOOP("ReportValues", "Web visit"),
    "page_view": QT_TRANSLATE_NOOP("ReportValues", "Page view"),
    "form_view": QT_TRANSLATE_NOOP("ReportValues", "Form view"),
    "form_fill": QT_TRANSLATE_NOOP("ReportValues", "Form fill"),
    "cta_view": QT_TRANSLATE_NOOP("ReportValues", "CTA view"),
    "cta_click": QT_TRANSLATE_NOOP("ReportValues", "CTA click"),
    "ad_click": QT_TRANSLATE_NOOP("ReportValues", "Ad click"),
    "social_engagement": QT_TRANSLATE_NOOP("ReportValues", "Social engagement"),
    "webinar_registered": QT_TRANSLATE_NOOP("ReportValues", "Webinar registered"),
    "webinar_attended": QT_TRANSLATE_NOOP("ReportValues", "Webinar attended"),
    "media_mention": QT_TRANSLATE_NOOP("ReportValues", "Media mention"),
    "organic": QT_TRANSLATE_NOOP("ReportValues", "Organic"),
    "paid": QT_TRANSLATE_NOOP("ReportValues", "Paid"),
    "social": QT_TRANSLATE_NOOP("ReportValues", "Social"),
    "email": QT_TRANSLATE_NOOP("ReportValues", "Email"),
    "referral": QT_TRANSLATE_NOOP("ReportValues", "Referral"),
    "direct": QT_TRANSLATE_NOOP("ReportValues", "Direct"),
    "other": QT_TRANSLATE_NOOP("ReportValues", "Other"),
    "call": QT_TRANSLATE_NOOP("ReportValues", "Call"),
    "demo": QT_TRANSLATE_NOOP("ReportValues", "Demo"),
    "scheduled": QT_TRANSLATE_NOOP("ReportValues", "Scheduled"),
    "held": QT_TRANSLATE_NOOP("ReportValues", "Held"),
    "no_show": QT_TRANSLATE_NOOP("ReportValues", "No-show"),
    "cancelled": QT_TRANSLATE_NOOP("ReportValues", "Cancelled"),
    "new_business": QT_TRANSLATE_NOOP("ReportValues", "New business"),
    "expansion": QT_TRANSLATE_NOOP("ReportValues", "Expansion"),
    "renewal": QT_TRANSLATE_NOOP("ReportValues", "Renewal"),
    "open": QT_TRANSLATE_NOOP("ReportValues", "Open"),
    "won": QT_TRANSLATE_NOOP("ReportValues", "Won"),
    "lost": QT_TRANSLATE_NOOP("ReportValues", "Lost"),
    "promoter": QT_TRANSLATE_NOOP("ReportValues", "Promoter"),
    "passive": QT_TRANSLATE_NOOP("ReportValues", "Passive"),
    "detractor": QT_TRANSLATE_NOOP("ReportValues", "Detractor"),
})
# A note's state is lower case in the report ("open", "done"), a deal's capitalised.
NOTE_STATES = TranslatedLabels("ReportValues", {
    "open": QT_TRANSLATE_NOOP("ReportValues", "open"),
    "done": QT_TRANSLATE_NOOP("ReportValues", "done"),
})

# Which columns of which table hold ids to word, and in which words.
ID_COLUMNS: dict[tuple[str, str], TranslatedLabels] = {
    ("latest_touches", "what"): VALUES,
    ("latest_touches", "channel"): VALUES,
    ("buying_committee", "role"): roles.ROLES,
    ("meetings", "kind"): VALUES,
    ("meetings", "status"): VALUES,
    ("deals", "type"): VALUES,
    ("deals", "status"): VALUES,
    ("nps_responses", "category"): VALUES,
    ("notes", "state"): NOTE_STATES,
}


def value_word(value: Any, words: TranslatedLabels = VALUES) -> Any:
    """An id cell in words; a missing cell stays missing, an unknown id gets ``fmt.label``."""
    if value is None or (not isinstance(value, str) and is_missing(value)):
        return value
    key = str(value).strip().lower()
    return words[key] if key in words else fmt.label(value)


def _title(column: Column) -> str:
    if column.title not in TITLES:
        return column.title  # "" or a title already in words
    return arg(TITLES[column.title], *column.facts) if column.facts else TITLES[column.title]


def _fact(value: Any) -> Any:
    return fmt.day(value) if isinstance(value, date) else value


def worded(table: Table) -> Table:
    """``table`` with its heading, titles, note and id cells in the installed language."""
    frame = table.frame
    id_columns = [(key, words) for (name, key), words in ID_COLUMNS.items()
                  if name == table.name and key in frame.columns]
    if id_columns:
        frame = frame.copy()
        for key, words in id_columns:
            frame[key] = [value_word(v, words) for v in frame[key].to_numpy(dtype=object)]
    note = table.note
    if note in NOTES:
        note = arg(NOTES[note], *(_fact(f) for f in table.note_facts))
    return replace(
        table,
        name=TABLE_NAMES[table.name] if table.name in TABLE_NAMES else table.name,
        columns=tuple(replace(c, title=_title(c)) for c in table.columns),
        frame=frame,
        note=note,
    )


def profile_label(label: str) -> str:
    return PROFILE[label] if label in PROFILE else label


FOOTNOTE_LABELS = TranslatedLabels("ReportFootnotes", {
    "health": QT_TRANSLATE_NOOP("ReportFootnotes", "Health"),
    "data": QT_TRANSLATE_NOOP("ReportFootnotes", "Data"),
})


def _component(component: str) -> str:
    """"buying committee": a component's name in lower case, as within a sentence."""
    if component not in components.NAMES:
        return component.replace("_", " ")
    name = components.name(component)
    return name[:1].lower() + name[1:]


def footnote(note: Footnote) -> tuple[str, str]:
    """A footnote's label and sentence."""
    if note.label == "health":
        version, weights = note.facts
        said = ", ".join(f"{_component(k)} {fmt.general(v)}" for k, v in weights)
        text = arg(translate(
            "ReportFootnotes", "health model version %1; score = Σ weight × component / Σ "
            "weight over the components that apply (%2)."),
            version if version is not None else translate("ReportFootnotes", "unsaved"), said)
    elif note.label == "data":
        period, previous, as_of = note.facts
        text = arg(translate(
            "ReportFootnotes", "period %1, compared with %2; data as of %3 (nothing dated "
            "later is used)."), periods.span(period), periods.span(previous), fmt.day(as_of))
    else:
        return note.label, " ".join(str(f) for f in note.facts)
    return FOOTNOTE_LABELS[note.label], text
