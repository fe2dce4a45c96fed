"""The workspace schema (SPEC §3) as SQLAlchemy 2.x tables.

This module describes the *current* schema for queries; it never creates tables. Tables are
created and changed only by the Alembic revisions in ``storage/migrations/versions``, which
must be kept in step with what is declared here (a test compares them).

Every entity table keeps the CRM's ``external_id`` (unique per table when given) and the
``import_batch_id`` that wrote it. Timestamps are naive UTC ``DateTime``; dates are ``Date``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from domain import enums

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _in(column: str, enum: type) -> str:
    """A CHECK that keeps a text column inside an enum's values (NULL allowed)."""
    # An OR chain, not IN (...): SQLite rebuilds an IN list for every row it checks, which
    # made CHECKs most of the cost of writing a million events.
    values = " OR ".join(f"{column} = '{member.value}'" for member in enum)
    return f"{column} IS NULL OR {values}"


def _batch_fk() -> Mapped[int | None]:
    return mapped_column(ForeignKey("import_batches.id", ondelete="SET NULL"), index=True)


class ImportBatch(Base):
    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    entity: Mapped[str] = mapped_column(String(32))
    preset: Mapped[str | None] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_inserted: Mapped[int] = mapped_column(Integer, default=0)
    rows_updated: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16))  # running, done, undone, failed
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    author: Mapped[str | None] = mapped_column(String(128))  # who ran it (the database user)


class ImportChange(Base):
    """One row a batch inserted or updated, with the prior values needed to undo it."""

    __tablename__ = "import_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))  # insert | update
    before: Mapped[str | None] = mapped_column(Text)  # JSON of the updated columns' old values


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint("tier IN (1, 2, 3)", name="tier"),
        Index("ix_accounts_name", "name"),
        Index("ix_accounts_domain", "domain"),
        Index("ix_accounts_owner", "owner"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    name: Mapped[str] = mapped_column(Text)
    domain: Mapped[str | None] = mapped_column(String(255))
    industry: Mapped[str | None] = mapped_column(String(128))
    region: Mapped[str | None] = mapped_column(String(128))
    employees: Mapped[int | None] = mapped_column(Integer)
    annual_revenue: Mapped[float | None] = mapped_column(Float)
    tier: Mapped[int] = mapped_column(Integer, default=3)
    owner: Mapped[str | None] = mapped_column(String(128))
    is_target: Mapped[bool] = mapped_column(Boolean, default=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    import_batch_id: Mapped[int | None] = _batch_fk()


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint(_in("buying_role", enums.BuyingRole), name="buying_role"),
        Index("ix_contacts_email", "email"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(Text)
    buying_role: Mapped[str] = mapped_column(String(16), default="unknown")
    lead_source: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    lead_score: Mapped[float | None] = mapped_column(Float)
    mql_at: Mapped[datetime | None] = mapped_column(DateTime)
    sql_at: Mapped[datetime | None] = mapped_column(DateTime)
    unsubscribed_at: Mapped[datetime | None] = mapped_column(DateTime)
    import_batch_id: Mapped[int | None] = _batch_fk()


class Campaign(Base):
    __tablename__ = "campaigns"
    __table_args__ = (
        CheckConstraint(_in("channel", enums.CampaignChannel), name="channel"),
        CheckConstraint("cost >= 0", name="cost"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    name: Mapped[str] = mapped_column(Text)
    channel: Mapped[str] = mapped_column(String(16), default="other")
    start: Mapped[date | None] = mapped_column(Date)
    end: Mapped[date | None] = mapped_column(Date)
    cost: Mapped[float] = mapped_column(Float, default=0.0)
    is_paid: Mapped[bool] = mapped_column(Boolean, default=False)
    import_batch_id: Mapped[int | None] = _batch_fk()


class Event(Base):
    """An engagement event; the largest table (a million rows on the benchmark workspace)."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint(_in("kind", enums.EventKind), name="kind"),
        CheckConstraint(_in("channel", enums.EventChannel), name="channel"),
        Index("ix_events_account_time", "account_id", "occurred_at"),
        Index("ix_events_contact", "contact_id"),
        Index("ix_events_kind_time", "kind", "occurred_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(24))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    asset: Mapped[str | None] = mapped_column(String(255))
    channel: Mapped[str | None] = mapped_column(String(16))
    session: Mapped[str | None] = mapped_column(String(64))
    duration_s: Mapped[float | None] = mapped_column(Float)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL")
    )


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint(_in("kind", enums.MeetingKind), name="kind"),
        CheckConstraint(_in("status", enums.MeetingStatus), name="status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(8))
    booked_at: Mapped[datetime] = mapped_column(DateTime)
    scheduled_for: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL")
    )
    import_batch_id: Mapped[int | None] = _batch_fk()


class Opportunity(Base):
    __tablename__ = "opportunities"
    __table_args__ = (
        CheckConstraint(_in("type", enums.OpportunityType), name="type"),
        CheckConstraint(_in("status", enums.OpportunityStatus), name="status"),
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16), default="new_business")
    amount: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(8), default="open")
    stage: Mapped[str | None] = mapped_column(String(64))
    promotion: Mapped[str | None] = mapped_column(String(64))
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL")
    )
    import_batch_id: Mapped[int | None] = _batch_fk()


class Subscription(Base):
    __tablename__ = "subscriptions"
    __table_args__ = (CheckConstraint("arr >= 0", name="arr"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    product: Mapped[str] = mapped_column(String(128))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    arr: Mapped[float] = mapped_column(Float, default=0.0)
    churned_at: Mapped[date | None] = mapped_column(Date)
    import_batch_id: Mapped[int | None] = _batch_fk()


class NpsResponse(Base):
    __tablename__ = "nps_responses"
    __table_args__ = (CheckConstraint("score BETWEEN 0 AND 10", name="score"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    responded_at: Mapped[datetime] = mapped_column(DateTime)
    survey: Mapped[str | None] = mapped_column(String(128))
    import_batch_id: Mapped[int | None] = _batch_fk()


class Question(Base):
    __tablename__ = "questions"
    __table_args__ = (CheckConstraint(_in("channel", enums.QuestionChannel), name="channel"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    channel: Mapped[str] = mapped_column(String(16), default="email")
    asked_at: Mapped[datetime] = mapped_column(DateTime)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    import_batch_id: Mapped[int | None] = _batch_fk()


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(128), unique=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    import_batch_id: Mapped[int | None] = _batch_fk()
    # Grows with every edit: an edit made on an older version is refused, not lost.
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    updated_by: Mapped[str | None] = mapped_column(String(128))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class Setting(Base):
    """Workspace settings (MQL threshold, points, vanity list, currency...) as JSON values."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class WorkspaceMeta(Base):
    """Counters the application keeps about the data (``events_version``: see
    ``storage.event_cache``); apart from the user's settings, which are rewritten whole."""

    __tablename__ = "workspace_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
    updated_by: Mapped[str | None] = mapped_column(String(128))  # settings_version: who, when
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class HealthModel(Base):
    """A version of the health model's configuration; a change of weights is a new row."""

    __tablename__ = "health_models"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    config: Mapped[str] = mapped_column(Text)  # JSON: components, weights, thresholds, windows
    is_active: Mapped[bool] = mapped_column(Boolean, default=False)


class HealthSnapshot(Base):
    __tablename__ = "health_snapshots"
    __table_args__ = (
        UniqueConstraint("account_id", "model_version", "as_of", name="account_version_asof"),
        Index("ix_health_snapshots_version_asof", "model_version", "as_of"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    model_version: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[date] = mapped_column(Date)
    score: Mapped[float | None] = mapped_column(Float)
    band: Mapped[str] = mapped_column(String(16))
    stage: Mapped[str | None] = mapped_column(String(16))
    components: Mapped[str] = mapped_column(Text)  # JSON {component: score or null}


ENTITY_TABLES: dict[str, type[Base]] = {
    "accounts": Account,
    "contacts": Contact,
    "campaigns": Campaign,
    "events": Event,
    "meetings": Meeting,
    "opportunities": Opportunity,
    "subscriptions": Subscription,
    "nps": NpsResponse,
    "questions": Question,
    "notes": Note,
}
"""Domain table name (as in ``domain.frames``) -> mapped class."""
