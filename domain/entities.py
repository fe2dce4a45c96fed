"""The entities of SPEC §3 as plain dataclasses: what one row of the workspace means.

These carry single records across the layers (an account page, a note being edited, an
import row after validation). Bulk work uses the frames of ``domain.frames`` instead, whose
columns are these fields. Every entity keeps the CRM's ``external_id`` and the import batch
that wrote it, so an import can be upserted and undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from domain.enums import (
    BuyingRole,
    CampaignChannel,
    EventChannel,
    EventKind,
    MeetingKind,
    MeetingStatus,
    OpportunityStatus,
    OpportunityType,
    QuestionChannel,
    Tier,
)


@dataclass(slots=True)
class Account:
    name: str
    id: int | None = None
    domain: str | None = None
    industry: str | None = None
    region: str | None = None
    employees: int | None = None
    annual_revenue: float | None = None
    tier: Tier = Tier.PROGRAMMATIC
    owner: str | None = None
    is_target: bool = True
    parent_id: int | None = None
    created_at: datetime | None = None
    external_id: str | None = None
    import_batch_id: int | None = None


@dataclass(slots=True)
class Contact:
    account_id: int
    name: str
    id: int | None = None
    email: str | None = None
    title: str | None = None
    buying_role: BuyingRole = BuyingRole.UNKNOWN
    lead_source: str | None = None
    created_at: datetime | None = None
    lead_score: float | None = None
    mql_at: datetime | None = None
    sql_at: datetime | None = None
    unsubscribed_at: datetime | None = None
    external_id: str | None = None
    import_batch_id: int | None = None


@dataclass(slots=True)
class Campaign:
    name: str
    channel: CampaignChannel = CampaignChannel.OTHER
    id: int | None = None
    start: date | None = None
    end: date | None = None
    cost: float = 0.0
    is_paid: bool = False
    external_id: str | None = None
    import_batch_id: int | None = None


@dataclass(slots=True)
class EngagementEvent:
    account_id: int
    kind: EventKind
    occurred_at: datetime
    id: int | None = None
    contact_id: int | None = None
    campaign_id: int | None = None
    asset: str | None = None
    channel: EventChannel | None = None
    session: str | None = None
    duration_s: float | None = None
    external_id: str | None = None
    import_batch_id: int | None = None


@dataclass(slots=True)
class Meeting:
    account_id: int
    kind: MeetingKind
    booked_at: datetime
    id: int | None = None
    contact_id: int | None = None
    scheduled_for: datetime | None = None
    status: MeetingStatus = MeetingStatus.SCHEDULED
    campaign_id: int | None = None
    external_id: str | None = None
    import_batch_id: int | None = None


@dataclass(slots=True)
class Opportunity:
    account_id: int
    name: str
    created_at: datetime
    id: int | None = None
    type: OpportunityType = OpportunityType.NEW_BUSINESS
    amount: float | None = None
    closed_at: datetime | None = None
    status: OpportunityStatus = OpportunityStatus.OPEN
    stage: str | None = None
    promotion: str | None = None
    campaign_id: int | None = None
    external_id: str | None = None
    import_batch_id: int | None = None


@dataclass(slots=True)
class Subscription:
    account_id: int
    product: str
    start_date: date
    id: int | None = None
    end_date: date | None = None
    arr: float = 0.0
    churned_at: date | None = None
    external_id: str | None = None
    import_batch_id: int | None = None


@dataclass(slots=True)
class NpsResponse:
    account_id: int
    score: int
    responded_at: datetime
    id: int | None = None
    contact_id: int | None = None
    comment: str | None = None
    survey: str | None = None
    external_id: str | None = None
    import_batch_id: int | None = None


@dataclass(slots=True)
class Question:
    account_id: int
    asked_at: datetime
    id: int | None = None
    contact_id: int | None = None
    channel: QuestionChannel = QuestionChannel.EMAIL
    answered_at: datetime | None = None
    external_id: str | None = None
    import_batch_id: int | None = None


@dataclass(slots=True)
class Note:
    account_id: int
    text: str
    created_at: datetime
    id: int | None = None
    author: str | None = None
    due_date: date | None = None
    done: bool = False
    external_id: str | None = None
    import_batch_id: int | None = None
    version: int | None = None  # as read; an edit made on an older version is refused
    updated_by: str | None = None
    updated_at: datetime | None = None
