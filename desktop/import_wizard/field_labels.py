"""What the wizard calls each import field: words people read, not the field's id.

The id (``external_id``, ``is_target``) stays what mapping files, presets and the command
line use; the wizard shows the label and keeps the id in the tooltip for those who write
mapping files. Every field of every entity has a label here (a test checks it), so no field
reads as its English id in another language; the fallback only serves a field added to
storage before its words are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n.labels import TranslatedLabels

LABELS = TranslatedLabels("FieldLabels", {
    "external_id": QT_TRANSLATE_NOOP("FieldLabels", "CRM id"),
    "name": QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    "domain": QT_TRANSLATE_NOOP("FieldLabels", "Web domain"),
    "industry": QT_TRANSLATE_NOOP("FieldLabels", "Industry"),
    "region": QT_TRANSLATE_NOOP("FieldLabels", "Region"),
    "tier": QT_TRANSLATE_NOOP("FieldLabels", "Tier"),
    "owner": QT_TRANSLATE_NOOP("FieldLabels", "Owner"),
    "currency": QT_TRANSLATE_NOOP("FieldLabels", "Currency"),
    "email": QT_TRANSLATE_NOOP("FieldLabels", "E-mail"),
    "title": QT_TRANSLATE_NOOP("FieldLabels", "Job title"),
    "lead_source": QT_TRANSLATE_NOOP("FieldLabels", "Lead source"),
    "channel": QT_TRANSLATE_NOOP("FieldLabels", "Channel"),
    "start": QT_TRANSLATE_NOOP("FieldLabels", "Starts"),
    "end": QT_TRANSLATE_NOOP("FieldLabels", "Ends"),
    "cost": QT_TRANSLATE_NOOP("FieldLabels", "Cost"),
    "asset": QT_TRANSLATE_NOOP("FieldLabels", "Asset (e-mail, content, form, CTA or page)"),
    "session": QT_TRANSLATE_NOOP("FieldLabels", "Session"),
    "status": QT_TRANSLATE_NOOP("FieldLabels", "Status"),
    "type": QT_TRANSLATE_NOOP("FieldLabels", "Deal type"),
    "amount": QT_TRANSLATE_NOOP("FieldLabels", "Amount"),
    "stage": QT_TRANSLATE_NOOP("FieldLabels", "Stage in the CRM"),
    "promotion": QT_TRANSLATE_NOOP("FieldLabels", "Promotion"),
    "product": QT_TRANSLATE_NOOP("FieldLabels", "Product"),
    "comment": QT_TRANSLATE_NOOP("FieldLabels", "Comment"),
    "survey": QT_TRANSLATE_NOOP("FieldLabels", "Survey"),
    "author": QT_TRANSLATE_NOOP("FieldLabels", "Author"),
    "account": QT_TRANSLATE_NOOP("FieldLabels", "Account (CRM id or name)"),
    "contact": QT_TRANSLATE_NOOP("FieldLabels", "Contact (CRM id or e-mail)"),
    "campaign": QT_TRANSLATE_NOOP("FieldLabels", "Campaign (CRM id or name)"),
    "parent": QT_TRANSLATE_NOOP("FieldLabels", "Parent account"),
    "is_target": QT_TRANSLATE_NOOP("FieldLabels", "Target account"),
    "is_paid": QT_TRANSLATE_NOOP("FieldLabels", "Paid campaign"),
    "employees": QT_TRANSLATE_NOOP("FieldLabels", "Employees"),
    "annual_revenue": QT_TRANSLATE_NOOP("FieldLabels", "Annual revenue"),
    "created_at": QT_TRANSLATE_NOOP("FieldLabels", "Created on"),
    "mql_at": QT_TRANSLATE_NOOP("FieldLabels", "Became an MQL on"),
    "sql_at": QT_TRANSLATE_NOOP("FieldLabels", "Became an SQL on"),
    "unsubscribed_at": QT_TRANSLATE_NOOP("FieldLabels", "Unsubscribed on"),
    "occurred_at": QT_TRANSLATE_NOOP("FieldLabels", "When"),
    "booked_at": QT_TRANSLATE_NOOP("FieldLabels", "Booked on"),
    "scheduled_for": QT_TRANSLATE_NOOP("FieldLabels", "Scheduled for"),
    "closed_at": QT_TRANSLATE_NOOP("FieldLabels", "Closed on"),
    "start_date": QT_TRANSLATE_NOOP("FieldLabels", "Starts"),
    "end_date": QT_TRANSLATE_NOOP("FieldLabels", "Ends"),
    "churned_at": QT_TRANSLATE_NOOP("FieldLabels", "Churned on"),
    "responded_at": QT_TRANSLATE_NOOP("FieldLabels", "Answered on"),
    "asked_at": QT_TRANSLATE_NOOP("FieldLabels", "Asked on"),
    "answered_at": QT_TRANSLATE_NOOP("FieldLabels", "Answered on"),
    "due_date": QT_TRANSLATE_NOOP("FieldLabels", "Due"),
    "duration_s": QT_TRANSLATE_NOOP("FieldLabels", "Duration (seconds)"),
    "arr": QT_TRANSLATE_NOOP("FieldLabels", "ARR"),
    "kind": QT_TRANSLATE_NOOP("FieldLabels", "Kind"),
    "buying_role": QT_TRANSLATE_NOOP("FieldLabels", "Buying role"),
    "lead_score": QT_TRANSLATE_NOOP("FieldLabels", "Lead score"),
    "score": QT_TRANSLATE_NOOP("FieldLabels", "Score (0–10)"),
    "text": QT_TRANSLATE_NOOP("FieldLabels", "Note"),
    "done": QT_TRANSLATE_NOOP("FieldLabels", "Done"),
})


def field_label(name: str) -> str:
    return LABELS.get(name) or name.replace("_", " ").capitalize()
