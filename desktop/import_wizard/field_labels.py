"""What the wizard calls each import field: words people read, not the field's id.

The id (``external_id``, ``is_target``) stays what mapping files, presets and the command
line use; the wizard shows the label and keeps the id in the tooltip for those who write
mapping files. Fields not listed read as their id in words ("lead_source" → "Lead source").
"""

from __future__ import annotations

LABELS: dict[str, str] = {
    "external_id": "CRM id",
    "account": "Account (CRM id or name)",
    "contact": "Contact (CRM id or e-mail)",
    "campaign": "Campaign (CRM id or name)",
    "parent": "Parent account",
    "is_target": "Target account",
    "is_paid": "Paid campaign",
    "employees": "Employees",
    "annual_revenue": "Annual revenue",
    "created_at": "Created on",
    "mql_at": "Became an MQL on",
    "sql_at": "Became an SQL on",
    "unsubscribed_at": "Unsubscribed on",
    "occurred_at": "When",
    "booked_at": "Booked on",
    "scheduled_for": "Scheduled for",
    "closed_at": "Closed on",
    "start_date": "Starts",
    "end_date": "Ends",
    "churned_at": "Churned on",
    "responded_at": "Answered on",
    "asked_at": "Asked on",
    "answered_at": "Answered on",
    "due_date": "Due",
    "duration_s": "Duration (seconds)",
    "arr": "ARR",
    "kind": "Kind",
    "buying_role": "Buying role",
    "lead_score": "Lead score",
    "score": "Score (0–10)",
    "text": "Note",
    "done": "Done",
}


def field_label(name: str) -> str:
    return LABELS.get(name) or name.replace("_", " ").capitalize()
