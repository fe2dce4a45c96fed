"""The whole demo portfolio, generated in memory: stories first, then every table from them.

``generate`` returns, per workspace table, columns named as in ``storage.schema`` with
moments still as days since the window's start; ``storage.demo.writer`` turns them into
rows. Each generator draws from its own random stream (seed, n), so the output depends
only on the seed, the size and the as-of date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from storage.demo.accounts import build_accounts
from storage.demo.campaigns import build_campaigns
from storage.demo.contacts import build_contacts
from storage.demo.deals import build_deals
from storage.demo.event_parts import KINDS
from storage.demo.events import build_events
from storage.demo.leads import fill_lead_fields, source_campaigns
from storage.demo.meetings import build_meetings
from storage.demo.nps import build_nps
from storage.demo.profile import build_profile
from storage.demo.progress import step
from storage.demo.stories import Stories, draw_stories
from storage.demo.support import build_notes, build_questions
from storage.demo.timeline import Timeline

Progress = Callable[[float, str], None]
Columns = dict[str, np.ndarray]


@dataclass
class Portfolio:
    timeline: Timeline
    stories: Stories
    tables: dict[str, Columns]  # schema table name -> column name -> values


def generate(
    accounts: int, events: int, seed: int, as_of: date, progress: Progress | None = None
) -> Portfolio:
    report = progress or (lambda fraction, message: None)
    timeline = Timeline.ending(as_of)

    def rng(stream: int) -> np.random.Generator:
        return np.random.default_rng([seed, stream])

    report(0.0, step("demo_drawing_stories"))
    st = draw_stories(accounts, timeline, rng(1))
    acc = build_accounts(st, rng(2))
    profile = build_profile(st, timeline)
    contacts, committee = build_contacts(st, acc, timeline, rng(3))
    book = build_campaigns(timeline, accounts, rng(4))
    report(0.05, step("demo_generating_events", events=events))
    ev = build_events(st, profile, committee, acc, contacts, book, timeline, events, rng(5))
    report(0.2, step("demo_generating_rest"))
    deals = build_deals(st, acc, timeline, rng(6))
    meetings = build_meetings(st, committee, book, timeline, rng(7))
    nps = build_nps(st, acc, committee, timeline, rng(8))
    questions = build_questions(st, profile, acc, committee, timeline, rng(9))
    notes = build_notes(st, acc, timeline, rng(10))
    contacts = fill_lead_fields(contacts, committee, ev, deals.opportunities, timeline, rng(11))
    opps = deals.opportunities.assign(campaign_id=source_campaigns(deals.opportunities, ev, rng(12)))
    subs = deals.subscriptions

    def ids(n: int) -> np.ndarray:
        return np.arange(1, n + 1)

    def external(prefix: str, n: int, width: int) -> np.ndarray:
        return (prefix + pd.Series(ids(n)).astype(str).str.zfill(width)).to_numpy(dtype=object)

    def ref(positions: np.ndarray) -> np.ndarray:
        """Positions (-1 = none) as 1-based ids (NaN = none)."""
        positions = np.asarray(positions)
        return np.where(positions >= 0, positions + 1.0, np.nan)

    # Subsidiaries after every parent: a row's foreign key must point at a written row.
    acc = acc.iloc[np.argsort(acc["parent_id"].notna().to_numpy(), kind="stable")]
    tables: dict[str, Columns] = {
        "accounts": {c: acc[c].to_numpy() for c in (
            "id", "external_id", "name", "domain", "industry", "region", "employees",
            "annual_revenue", "tier", "owner", "is_target", "parent_id", "created_at")},
        "contacts": {c: contacts[c].to_numpy() for c in (
            "id", "external_id", "account_id", "name", "email", "title", "buying_role",
            "lead_source", "created_at", "lead_score", "mql_at", "sql_at", "unsubscribed_at")},
        "campaigns": {c: book.frame[c].to_numpy() for c in (
            "id", "external_id", "name", "channel", "start", "end", "cost", "is_paid")},
        "events": {
            "id": ids(len(ev)),
            "account_id": ev["account"].to_numpy() + 1,
            "contact_id": ref(ev["contact"].to_numpy()),
            "campaign_id": ev["campaign_id"].to_numpy(),
            "kind": np.asarray(KINDS, dtype=object)[ev["kind"].to_numpy()],
            "occurred_at": ev["day"].to_numpy(),
            "asset": ev["asset"].to_numpy(),
            "channel": ev["channel"].to_numpy(),
            "session": ev["session"].to_numpy(),
            "duration_s": ev["duration_s"].to_numpy(),
        },
        "meetings": {
            "id": ids(len(meetings)),
            "external_id": external("MTG-", len(meetings), 6),
            "account_id": meetings["account"].to_numpy() + 1,
            "contact_id": ref(meetings["contact"].to_numpy()),
            "kind": meetings["kind"].to_numpy(dtype=object),
            "booked_at": meetings["booked"].to_numpy(),
            "scheduled_for": meetings["scheduled"].to_numpy(),
            "status": meetings["status"].to_numpy(dtype=object),
            "campaign_id": meetings["campaign_id"].to_numpy(),
        },
        "opportunities": {
            "id": ids(len(opps)),
            "external_id": external("OPP-", len(opps), 6),
            "account_id": opps["account"].to_numpy() + 1,
            "name": opps["name"].to_numpy(dtype=object),
            "type": opps["type"].to_numpy(dtype=object),
            "amount": opps["amount"].to_numpy(float),
            "created_at": opps["created"].to_numpy(float),
            "closed_at": opps["closed"].to_numpy(float),
            "status": opps["status"].to_numpy(dtype=object),
            "stage": opps["stage"].to_numpy(dtype=object),
            "promotion": opps["promotion"].to_numpy(dtype=object),
            "campaign_id": opps["campaign_id"].to_numpy(float),
        },
        "subscriptions": {
            "id": ids(len(subs)),
            "external_id": external("SUB-", len(subs), 6),
            "account_id": subs["account"].to_numpy() + 1,
            "product": subs["product"].to_numpy(dtype=object),
            "start_date": subs["start"].to_numpy(float),
            "end_date": subs["end"].to_numpy(float),
            "arr": subs["arr"].to_numpy(float),
            "churned_at": subs["churned"].to_numpy(float),
        },
        "nps_responses": {
            "id": ids(len(nps)),
            "external_id": external("NPS-", len(nps), 6),
            "account_id": nps["account"].to_numpy() + 1,
            "contact_id": ref(nps["contact"].to_numpy()),
            "score": nps["score"].to_numpy(),
            "comment": nps["comment"].to_numpy(dtype=object),
            "responded_at": nps["day"].to_numpy(),
            "survey": nps["survey"].to_numpy(dtype=object),
        },
        "questions": {
            "id": ids(len(questions)),
            "external_id": external("Q-", len(questions), 6),
            "account_id": questions["account"].to_numpy() + 1,
            "contact_id": ref(questions["contact"].to_numpy()),
            "channel": questions["channel"].to_numpy(dtype=object),
            "asked_at": questions["asked"].to_numpy(),
            "answered_at": questions["answered"].to_numpy(),
        },
        "notes": {
            "id": ids(len(notes)),
            "account_id": notes["account"].to_numpy() + 1,
            "author": notes["author"].to_numpy(dtype=object),
            "created_at": notes["created"].to_numpy(),
            "text": notes["text"].to_numpy(dtype=object),
            "due_date": notes["due"].to_numpy(float),
            "done": notes["done"].to_numpy(bool),
        },
    }
    return Portfolio(timeline=timeline, stories=st, tables=tables)
