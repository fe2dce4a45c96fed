"""What each importable entity's canonical CSV layout holds (SPEC §3, §7).

One ``EntitySpec`` per entity names its fields (the canonical CSV headers), their kinds,
which are required, the allowed values, the database column each lands in, the value a
new row gets when the cell is blank, and the natural key that identifies a row when the
file carries no ``external_id``. References to other records are the columns ``account``,
``contact``, ``campaign`` (and ``parent`` for an account's parent); they hold an external
id, a name (or a contact's email) or an account's domain, and become ``*_id`` columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from domain import enums

# Field kinds: how a cell is parsed and checked (storage.importing.parsing / validate).
TEXT, INT, FLOAT, MONEY, DATETIME, DATE, BOOL, ENUM, TIER, SCORE, REF, CURRENCY = (
    "text", "int", "float", "money", "datetime", "date", "bool", "enum", "tier", "score",
    "ref", "currency",
)


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    required: bool = False
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    column: str | None = None  # database column; None for CURRENCY (checked, not stored)
    default: Any = None  # stored for a new row when the cell is blank
    max_length: int | None = None
    help: str = ""

    @property
    def stored(self) -> bool:
        return self.column is not None


@dataclass(frozen=True)
class EntitySpec:
    name: str  # the CLI word and frame name: accounts, nps, ...
    table: str  # the database table
    fields: tuple[Field, ...]
    # Field-name tuples identifying a row when there's no external_id, tried in order: the
    # first whose fields are all filled in on the row is that row's key.
    natural_key: tuple[tuple[str, ...], ...]
    natural_key_help: str
    order_checks: tuple[tuple[str, str], ...] = ()  # (earlier, later) pairs of date fields

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @property
    def references(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.kind == REF)


def _values(enum: type) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def _ext() -> Field:
    return Field("external_id", TEXT, column="external_id", max_length=128,
                 help="the CRM's id; re-importing upserts by it")


def _account(required: bool = True) -> Field:
    return Field("account", REF, required=required, column="account_id",
                 help="the account's external id, name or domain")


def _contact() -> Field:
    return Field("contact", REF, column="contact_id",
                 help="the contact's external id, email or name")


def _account_contact() -> Field:
    # Deals and notes keep no contact; a contact named on the row only finds the account.
    return Field("contact", REF,
                 help="a contact's external id, email or name: the row takes its account "
                      "when it names none (not stored)")


def _campaign() -> Field:
    return Field("campaign", REF, column="campaign_id",
                 help="the campaign's external id or name")


def _currency() -> Field:
    return Field("currency", CURRENCY,
                 help="ISO code of the amounts (checked against the workspace currency)")


SPECS: dict[str, EntitySpec] = {
    "accounts": EntitySpec(
        "accounts", "accounts",
        (
            _ext(),
            Field("name", TEXT, required=True, column="name"),
            Field("domain", TEXT, column="domain", max_length=255, help="web domain, e.g. acme.com"),
            Field("industry", TEXT, column="industry", max_length=128),
            Field("region", TEXT, column="region", max_length=128),
            Field("employees", INT, minimum=0, column="employees"),
            Field("annual_revenue", MONEY, minimum=0, column="annual_revenue"),
            Field("tier", TIER, column="tier", default=3,
                  help="1 = strategic 1:1, 2 = 1:few, 3 = 1:many"),
            Field("owner", TEXT, column="owner", max_length=128),
            Field("is_target", BOOL, column="is_target", default=True),
            Field("parent", REF, column="parent_id", help="the parent account (external id, name or domain)"),
            Field("created_at", DATETIME, column="created_at"),
            _currency(),
        ),
        (("domain",), ("name",)),
        "the domain when given, else the name (case-insensitive)",
    ),
    "contacts": EntitySpec(
        "contacts", "contacts",
        (
            _ext(),
            _account(),
            Field("name", TEXT, required=True, column="name",
                  help="full name; when blank the email is used"),
            Field("email", TEXT, column="email", max_length=255),
            Field("title", TEXT, column="title"),
            Field("buying_role", ENUM, choices=_values(enums.BuyingRole), column="buying_role",
                  default="unknown"),
            Field("lead_source", TEXT, column="lead_source", max_length=64),
            Field("created_at", DATETIME, column="created_at", help="when the contact became a lead"),
            Field("lead_score", FLOAT, column="lead_score"),
            Field("mql_at", DATETIME, column="mql_at"),
            Field("sql_at", DATETIME, column="sql_at"),
            Field("unsubscribed_at", DATETIME, column="unsubscribed_at"),
        ),
        (("email",), ("account", "name")),
        "the email (case-insensitive) when given, else the account and the name",
    ),
    "campaigns": EntitySpec(
        "campaigns", "campaigns",
        (
            _ext(),
            Field("name", TEXT, required=True, column="name"),
            Field("channel", ENUM, choices=_values(enums.CampaignChannel), column="channel",
                  default="other"),
            Field("start", DATE, column="start"),
            Field("end", DATE, column="end"),
            Field("cost", MONEY, minimum=0, column="cost", default=0.0),
            Field("is_paid", BOOL, column="is_paid", default=False),
            _currency(),
        ),
        (("name",),),
        "the name (case-insensitive)",
        order_checks=(("start", "end"),),
    ),
    "events": EntitySpec(
        "events", "events",
        (
            _ext(),
            _account(),
            _contact(),
            _campaign(),
            Field("kind", ENUM, required=True, choices=_values(enums.EventKind), column="kind"),
            Field("occurred_at", DATETIME, required=True, column="occurred_at"),
            Field("asset", TEXT, column="asset", max_length=255,
                  help="email, content, form, CTA or page id"),
            Field("channel", ENUM, choices=_values(enums.EventChannel), column="channel"),
            Field("session", TEXT, column="session", max_length=64),
            Field("duration_s", FLOAT, minimum=0, column="duration_s"),
        ),
        (("account", "contact", "kind", "occurred_at", "asset"),),
        "account, contact, kind, occurred_at and asset together",
    ),
    "meetings": EntitySpec(
        "meetings", "meetings",
        (
            _ext(),
            _account(),
            _contact(),
            Field("kind", ENUM, required=True, choices=_values(enums.MeetingKind), column="kind"),
            Field("booked_at", DATETIME, required=True, column="booked_at"),
            Field("scheduled_for", DATETIME, column="scheduled_for"),
            Field("status", ENUM, choices=_values(enums.MeetingStatus), column="status",
                  default="scheduled"),
            _campaign(),
        ),
        (("account", "kind", "booked_at"),),
        "account, kind and booked_at together",
    ),
    "opportunities": EntitySpec(
        "opportunities", "opportunities",
        (
            _ext(),
            _account(),
            Field("name", TEXT, required=True, column="name"),
            Field("type", ENUM, choices=_values(enums.OpportunityType), column="type",
                  default="new_business"),
            Field("amount", MONEY, minimum=0, column="amount"),
            Field("created_at", DATETIME, required=True, column="created_at"),
            Field("closed_at", DATETIME, column="closed_at"),
            Field("status", ENUM, choices=_values(enums.OpportunityStatus), column="status",
                  default="open"),
            Field("stage", TEXT, column="stage", max_length=64, help="the CRM's stage text"),
            Field("promotion", TEXT, column="promotion", max_length=64),
            _campaign(),
            _currency(),
            _account_contact(),
        ),
        (("account", "name", "created_at"),),
        "account, name and created_at together",
        order_checks=(("created_at", "closed_at"),),
    ),
    "subscriptions": EntitySpec(
        "subscriptions", "subscriptions",
        (
            _ext(),
            _account(),
            Field("product", TEXT, required=True, column="product", max_length=128),
            Field("start_date", DATE, required=True, column="start_date"),
            Field("end_date", DATE, column="end_date", help="blank = active"),
            Field("arr", MONEY, minimum=0, column="arr", default=0.0),
            Field("churned_at", DATE, column="churned_at"),
            _currency(),
        ),
        (("account", "product", "start_date"),),
        "account, product and start_date together",
        order_checks=(("start_date", "end_date"), ("start_date", "churned_at")),
    ),
    "nps": EntitySpec(
        "nps", "nps_responses",
        (
            _ext(),
            _account(),
            _contact(),
            Field("score", SCORE, required=True, minimum=0, maximum=10, column="score"),
            Field("comment", TEXT, column="comment"),
            Field("responded_at", DATETIME, required=True, column="responded_at"),
            Field("survey", TEXT, column="survey", max_length=128),
        ),
        (("account", "contact", "responded_at", "survey"),),
        "account, contact, responded_at and survey together",
    ),
    "questions": EntitySpec(
        "questions", "questions",
        (
            _ext(),
            _account(),
            _contact(),
            Field("channel", ENUM, choices=_values(enums.QuestionChannel), column="channel",
                  default="email"),
            Field("asked_at", DATETIME, required=True, column="asked_at"),
            Field("answered_at", DATETIME, column="answered_at"),
        ),
        (("account", "contact", "channel", "asked_at"),),
        "account, contact, channel and asked_at together",
        order_checks=(("asked_at", "answered_at"),),
    ),
    "notes": EntitySpec(
        "notes", "notes",
        (
            _ext(),
            _account(),
            Field("author", TEXT, column="author", max_length=128),
            Field("created_at", DATETIME, required=True, column="created_at"),
            Field("text", TEXT, required=True, column="text"),
            Field("due_date", DATE, column="due_date"),
            Field("done", BOOL, column="done", default=False),
            _account_contact(),
        ),
        (("account", "created_at", "text"),),
        "account, created_at and text together",
    ),
}

ENTITIES: tuple[str, ...] = tuple(SPECS)

REFERENCED_TABLE = {"account": "accounts", "parent": "accounts", "contact": "contacts",
                    "campaign": "campaigns"}


def spec_for(entity: str) -> EntitySpec:
    """The spec of an entity, or a KeyError naming the ones that exist."""
    try:
        return SPECS[entity]
    except KeyError:
        raise KeyError(
            f"unknown entity {entity!r}; expected one of {', '.join(ENTITIES)}"
        ) from None
