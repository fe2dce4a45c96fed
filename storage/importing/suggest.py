"""Suggesting a mapping for a file with unknown headers (the import wizard's first guess).

First, a preset whose columns the file has (a HubSpot or Salesforce export) is taken
whole, translations included. Otherwise each field is matched to the header that looks
most like it: its own name, a common CRM label for it ("Company name", "Close Date",
"E-mail"), or a close spelling; each header feeds at most one field.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from storage.importing.fields import spec_for
from storage.importing.mapping import FieldSource, Mapping, list_presets

# Common export labels per field name (lower-case, words separated by single spaces).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "record id", "crm id", "account id", "contact id", "campaign id",
                    "opportunity id", "deal id", "event id", "ticket id", "subscription id",
                    "response id", "note id", "meeting id"),
    "name": ("account name", "company name", "company", "full name", "contact name",
             "campaign name", "deal name", "opportunity name", "account"),
    "account": ("account", "account name", "company", "company name", "associated company",
                "account id", "company domain", "organization", "organisation", "firma"),
    "contact": ("contact", "contact email", "email", "contact id", "person", "lead"),
    "campaign": ("campaign", "campaign name", "primary campaign source", "utm campaign"),
    "parent": ("parent account", "parent company", "subsidiary of", "parent"),
    "domain": ("website", "company domain name", "domain name", "web site", "url"),
    "industry": ("sector", "vertical", "branża"),
    "region": ("country", "country region", "billing country", "office location", "location",
               "territory", "region"),
    "employees": ("number of employees", "employee count", "headcount", "employees"),
    "annual_revenue": ("annual revenue", "revenue"),
    "owner": ("account owner", "company owner", "contact owner", "owner name", "sales agent"),
    "created_at": ("create date", "created date", "created", "date created", "signup date",
                   "engage date"),
    "email": ("email address", "e mail", "email"),
    "title": ("job title", "position", "role title"),
    "buying_role": ("buying role", "contact role", "persona"),
    "lead_source": ("original source", "lead source", "source", "referral source"),
    "lead_score": ("hubspot score", "lead score", "score"),
    "mql_at": ("became a marketing qualified lead date", "mql date", "mql at"),
    "sql_at": ("became a sales qualified lead date", "sql date", "sql at"),
    "unsubscribed_at": ("unsubscribed date", "opted out date", "unsubscribe date"),
    "kind": ("event type", "activity type", "activity", "type", "event"),
    "occurred_at": ("timestamp", "event date", "activity date", "date", "time", "occurred"),
    "asset": ("asset", "page", "url", "content", "form", "email name"),
    "channel": ("channel", "medium", "source medium", "type"),
    "session": ("session id", "visit id"),
    "duration_s": ("duration", "time on page", "seconds", "duration seconds"),
    "booked_at": ("booked date", "created date", "date booked"),
    "scheduled_for": ("meeting date", "start time", "scheduled date", "meeting start"),
    "status": ("status", "outcome", "deal stage", "stage"),
    "amount": ("amount", "deal value", "value", "close value", "opportunity amount"),
    "closed_at": ("close date", "closed date", "date closed"),
    "stage": ("deal stage", "stage", "pipeline stage"),
    "type": ("deal type", "opportunity type", "type"),
    "promotion": ("promo code", "promotion", "offer", "coupon"),
    "product": ("product", "plan", "plan tier", "product name"),
    "start_date": ("start date", "start", "subscription start"),
    "end_date": ("end date", "end", "subscription end", "cancellation date"),
    "arr": ("arr", "arr amount", "annual recurring revenue"),
    "churned_at": ("churn date", "churned date", "churned at"),
    "score": ("nps", "nps score", "score", "rating", "likelihood to recommend"),
    "comment": ("comment", "comments", "feedback", "feedback text", "verbatim"),
    "responded_at": ("response date", "responded", "submitted at", "date"),
    "survey": ("survey", "survey name"),
    "asked_at": ("submitted at", "asked", "opened", "created date", "question date"),
    "answered_at": ("answered", "first response", "closed at", "resolved at", "answered date"),
    "author": ("author", "created by", "owner"),
    "text": ("note", "body", "text", "content", "description"),
    "due_date": ("due date", "due"),
    "done": ("done", "completed", "is done", "closed"),
    "start": ("start date", "start"),
    "end": ("end date", "end"),
    "cost": ("actual cost", "cost", "spend", "budgeted cost"),
    "is_paid": ("paid", "is paid"),
    "tier": ("tier", "abm tier", "ideal customer profile tier", "icp tier", "plan tier"),
    "is_target": ("target account", "is target", "target"),
    "currency": ("currency", "currency code", "deal currency code", "opportunity currency"),
}


@dataclass
class Suggestion:
    mapping: Mapping
    confidence: dict[str, float] = field(default_factory=dict)  # field -> 0..1
    preset: str | None = None  # the preset taken whole, if any


def normalise(header: str) -> str:
    return re.sub(r"[^0-9a-ząćęłńóśźż]+", " ", header.lower()).strip()


def suggest_mapping(entity: str, columns: list[str]) -> Suggestion:
    preset = _matching_preset(entity, columns)
    if preset is not None:
        return Suggestion(preset, {name: 1.0 for name in preset.fields}, preset.preset)
    spec = spec_for(entity)
    scored = []
    for name in spec.names:
        for column in columns:
            score = _score(name, column)
            if score >= 0.5:
                scored.append((score, spec.names.index(name), name, column))
    scored.sort(key=lambda s: (-s[0], s[1]))
    fields: dict[str, FieldSource] = {}
    confidence: dict[str, float] = {}
    used: set[str] = set()
    for score, _, name, column in scored:
        if name in fields or column in used:
            continue
        fields[name] = FieldSource(column=column)
        confidence[name] = score
        used.add(column)
    ordered = {n: fields[n] for n in spec.names if n in fields}
    return Suggestion(Mapping(entity=entity, fields=ordered), confidence)


def _score(name: str, column: str) -> float:
    header = normalise(column)
    own = name.replace("_", " ")
    if header == own or header == f"{own} id" and name in ("account", "contact", "campaign"):
        return 1.0
    synonyms = SYNONYMS.get(name, ())
    if header in synonyms:
        # Earlier synonyms are the more telling ones.
        return 0.9 - 0.01 * synonyms.index(header)
    candidates = (own, *synonyms)
    best = max(difflib.SequenceMatcher(None, header, c).ratio() for c in candidates)
    return 0.6 * best if best >= 0.85 else 0.0


def _matching_preset(entity: str, columns: list[str]) -> Mapping | None:
    present = set(columns)
    best, best_share = None, 0.0
    for preset in list_presets(entity):
        wanted = [c for src in preset.fields.values() for c in src.source_columns()]
        if not wanted:
            continue
        share = sum(1 for c in wanted if c in present) / len(wanted)
        if share > best_share:
            best, best_share = preset, share
    if best is None or best_share < 0.7:
        return None
    kept = {name: src for name, src in best.fields.items()
            if all(c in present for c in src.source_columns())}
    return Mapping(entity=entity, fields=kept, preset=best.preset, title=best.title,
                   date_format=best.date_format, day_first=best.day_first,
                   decimal_comma=best.decimal_comma)
