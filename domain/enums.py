"""The closed vocabularies of the data model (SPEC §3): tiers, roles, channels, kinds, statuses.

Every enum is a ``StrEnum`` whose value is the word stored in the workspace and written in
import files, so ``EventKind("form_fill")`` parses a CSV cell and ``str(kind)`` writes one.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class Tier(IntEnum):
    """ABM programme tier: how much one-to-one attention an account gets."""

    STRATEGIC = 1  # 1:1
    SCALE = 2  # 1:few
    PROGRAMMATIC = 3  # 1:many


class BuyingRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    CHAMPION = "champion"
    INFLUENCER = "influencer"
    USER = "user"
    BLOCKER = "blocker"
    UNKNOWN = "unknown"


class CampaignChannel(StrEnum):
    EMAIL = "email"
    PAID_SEARCH = "paid_search"
    PAID_SOCIAL = "paid_social"
    DISPLAY = "display"
    EVENT = "event"
    WEBINAR = "webinar"
    CONTENT = "content"
    PR = "pr"
    OTHER = "other"


class EventKind(StrEnum):
    EMAIL_SENT = "email_sent"
    EMAIL_DELIVERED = "email_delivered"
    EMAIL_OPEN = "email_open"
    EMAIL_CLICK = "email_click"
    EMAIL_BOUNCE = "email_bounce"
    EMAIL_UNSUBSCRIBE = "email_unsubscribe"
    CONTENT_VIEW = "content_view"
    CONTENT_DOWNLOAD = "content_download"
    WEB_VISIT = "web_visit"
    PAGE_VIEW = "page_view"
    FORM_VIEW = "form_view"
    FORM_FILL = "form_fill"
    CTA_VIEW = "cta_view"
    CTA_CLICK = "cta_click"
    AD_CLICK = "ad_click"
    SOCIAL_ENGAGEMENT = "social_engagement"
    WEBINAR_REGISTERED = "webinar_registered"
    WEBINAR_ATTENDED = "webinar_attended"
    MEDIA_MENTION = "media_mention"


class EventChannel(StrEnum):
    """Where a touch came from (traffic source), distinct from a campaign's channel."""

    ORGANIC = "organic"
    PAID = "paid"
    SOCIAL = "social"
    EMAIL = "email"
    REFERRAL = "referral"
    DIRECT = "direct"
    OTHER = "other"


class MeetingKind(StrEnum):
    CALL = "call"
    DEMO = "demo"


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class OpportunityType(StrEnum):
    NEW_BUSINESS = "new_business"
    EXPANSION = "expansion"
    RENEWAL = "renewal"


class OpportunityStatus(StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class QuestionChannel(StrEnum):
    FORUM = "forum"
    EMAIL = "email"
    CHAT = "chat"
    COMMUNITY = "community"


class Band(StrEnum):
    """Health band of an account (SPEC §6), in the vocabulary of its segment.

    Customers are rated for retention (healthy, watch, at risk; CHURNED overrides the
    score's band), prospects for buying intent (hot, warm, cold). An account with no data
    at all is NO_DATA and has no score.
    """

    HEALTHY = "healthy"
    WATCH = "watch"
    AT_RISK = "at-risk"
    CHURNED = "churned"
    HOT = "hot"
    WARM = "warm"
    COLD = "cold"
    NO_DATA = "no-data"


CUSTOMER_BANDS: tuple[Band, ...] = (Band.HEALTHY, Band.WATCH, Band.AT_RISK)
PROSPECT_BANDS: tuple[Band, ...] = (Band.HOT, Band.WARM, Band.COLD)


class Stage(StrEnum):
    """Journey stage (SPEC §5), in funnel order; CHURNED sits outside the funnel."""

    TARGET = "target"
    AWARE = "aware"
    ENGAGED = "engaged"
    MQA = "mqa"
    OPPORTUNITY = "opportunity"
    CUSTOMER = "customer"
    EXPANSION = "expansion"
    CHURNED = "churned"


FUNNEL_STAGES: tuple[Stage, ...] = (
    Stage.TARGET,
    Stage.AWARE,
    Stage.ENGAGED,
    Stage.MQA,
    Stage.OPPORTUNITY,
    Stage.CUSTOMER,
    Stage.EXPANSION,
)
