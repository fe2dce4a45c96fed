"""The metric catalog (SPEC §4): every KPI defined once, for the CLI, the window and reports.

A ``MetricDef`` says what a metric is (formula text for users, unit, which direction is
good), how far to trust it (``measure``, ``caution`` or ``vanity``, with the alternative to
steer by instead) and where the idea comes from (the seed). The numbers come from the
compute modules of this package; ``tests/domain/test_metrics_catalog.py`` keeps the two in
step. The verdicts here are the defaults; the workspace setting lists ``vanity_metrics`` and
``caution_metrics`` decide (see ``verdict_for``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from domain.settings import WorkspaceSettings

Verdict = Literal["measure", "caution", "vanity"]
Direction = Literal["up", "down", "neutral"]

GROUPS: dict[str, str] = {
    "journey": "ABM journey",
    "leads": "Leads",
    "funnel_top": "Top of the funnel",
    "community": "Community and nurture",
    "loyalty": "Satisfaction and loyalty",
}

UNITS: dict[str, str] = {
    "rate": "share between 0 and 1, shown as a percentage",
    "ratio": "unbounded fraction (may be negative or above 1), shown as a percentage",
    "count": "number of things",
    "money": "workspace currency",
    "multiple": "times (x)",
    "days": "days",
    "hours": "hours",
    "seconds": "seconds",
    "nps": "net promoter score, -100 to 100",
    "score": "engagement lead score points",
}

SEEDS: dict[str, str] = {
    "000": "4 key metric groups for B2B marketers (2016)",
    "002": "ABM KPIs to measure (and the ones to ignore) (2018)",
    "003": "19 B2B marketing KPIs (2022)",
    "004": "Customer lifecycle metrics, part 3: nurture, scoring, repeat (2017)",
}


@dataclass(frozen=True)
class MetricDef:
    id: str
    name: str
    group: str
    formula: str
    unit: str
    direction: Direction
    verdict: Verdict = "measure"
    alternative: str | None = None
    reason: str | None = None  # one sentence from the articles: why not to steer by it
    seed: str = "002"  # the article it comes from: a key of domain.metrics.sources.SOURCES
    has_detail: bool = False  # the result carries a table (per asset, campaign, month...)

    @property
    def group_name(self) -> str:
        return GROUPS[self.group]


def _m(id: str, name: str, group: str, formula: str, unit: str, direction: Direction, seed: str,
       **extra: object) -> MetricDef:
    return MetricDef(id=id, name=name, group=group, formula=formula, unit=unit,
                     direction=direction, seed=seed, **extra)  # type: ignore[arg-type]


CATALOG: tuple[MetricDef, ...] = (
    # -- ABM journey KPIs (seed 002) ---------------------------------------------------------
    _m("email_open_rate", "Email open rate", "journey",
       "unique opened emails / delivered emails (contact x email; a click counts as an open; "
       "delivered = sent - bounced when there are no delivered events)", "rate", "up", "004",
       verdict="caution", alternative="email_ctr",
       reason="Opens are under-counted when the reader's images are off; clicks show real "
       "engagement."),
    _m("email_ctr", "Email click-through rate", "journey",
       "unique clicked emails / delivered emails (contact x email)", "rate", "up", "002"),
    _m("click_to_open", "Click-to-open rate", "journey",
       "unique clicked emails / unique opened emails", "rate", "up", "002"),
    _m("unsubscribe_rate", "Unsubscribe rate", "journey",
       "delivered emails followed by an unsubscribe from that email / delivered emails",
       "rate", "down", "003"),
    _m("content_engagement", "Content engagement", "journey",
       "content views + downloads in the period; per asset: views, downloads, accounts, "
       "mean duration, best and worst", "count", "up", "002", has_detail=True),
    _m("form_fills", "Form fills", "journey",
       "form_fill events in the period; per form: views, fills, conversion", "count", "up",
       "002", has_detail=True),
    _m("form_conversion", "Form conversion", "journey",
       "visitors who filled a form they viewed / visitors who viewed it (visitor x form)",
       "rate", "up", "002"),
    _m("cta_conversion", "CTA conversion along the journey", "journey",
       "visitors who clicked a CTA they viewed / visitors who viewed it; per CTA, ordered by "
       "the median day of the account's journey on which it is seen", "rate", "up", "002",
       has_detail=True),
    _m("meetings_booked", "Calls and demos booked", "journey",
       "meetings booked in the period; per kind: booked, held, no-shows", "count", "up",
       "002", has_detail=True),
    _m("meetings_held", "Calls and demos held", "journey",
       "meetings held that were scheduled in the period", "count", "up", "002"),
    _m("no_show_rate", "Meeting no-show rate", "journey",
       "no-shows / (held + no-shows), meetings scheduled in the period", "rate", "down", "002"),
    _m("closed_deals", "Closed deals won", "journey",
       "opportunities won with closed_at in the period; per type: won, lost, amount", "count",
       "up", "002", has_detail=True),
    _m("won_amount", "Won amount", "journey",
       "sum of the amounts of opportunities won in the period", "money", "up", "002"),
    _m("win_rate", "Win rate", "journey",
       "won / (won + lost), opportunities closed in the period", "rate", "up", "002"),
    _m("new_customers", "New customers", "journey",
       "accounts whose first won new-business opportunity closed in the period", "count",
       "up", "002"),
    _m("account_nps", "Account NPS", "journey",
       "NPS of the latest response per contact in the 365 days before the period end",
       "nps", "up", "002"),
    _m("retention_rate", "Customer retention rate", "journey",
       "(E - N) / S: S customers at the start, E at the end, N of them new in the period",
       "rate", "up", "003"),
    # -- lead metrics (seeds 000, 003, 004) --------------------------------------------------
    _m("raw_leads", "Raw leads", "leads",
       "contacts created in the period", "count", "up", "002", verdict="vanity",
       alternative="mqls",
       reason="More leads only means more dropped later if they are not qualified; count "
       "marketing-qualified leads instead."),
    _m("mqls", "Marketing-qualified leads", "leads",
       "contacts whose mql_at falls in the period; without a CRM mql_at, the first time the "
       "engagement lead score reached the MQL threshold", "count", "up", "004",
       has_detail=True),
    _m("sqls", "Sales-qualified leads", "leads",
       "contacts whose sql_at falls in the period", "count", "up", "003"),
    _m("mql_to_sql", "MQL-to-SQL conversion", "leads",
       "MQLs of the period that became SQLs by its end / MQLs of the period", "rate", "up",
       "003"),
    _m("cost_per_mql", "Cost per MQL", "leads",
       "campaign cost in the period / MQLs in the period; per campaign by last-touch "
       "attribution (first touch alongside)", "money", "down", "004", has_detail=True),
    _m("lead_score_cohorts", "Lead score of new leads", "leads",
       "median engagement lead score of the period's new leads at the end of the month they "
       "arrived; per monthly cohort: quartiles", "score", "up", "004", has_detail=True),
    _m("reactivated_prospects", "Reactivated prospects", "leads",
       "contacts silent for at least the silent-days setting who engaged again in the period",
       "count", "up", "004"),
    _m("lead_conversion_rate", "Lead conversion rate", "leads",
       "new leads among the unique web visitors / unique web visitors (contact, else session)",
       "rate", "up", "003"),
    _m("campaign_roi", "Campaign ROI", "leads",
       "(won revenue attributed - cost) / cost over campaigns with cost in the period; "
       "attribution: the opportunity's campaign, else the account's last campaign touch "
       "before it was created (first touch alongside)", "ratio", "up", "003",
       has_detail=True),
    _m("cac", "Customer acquisition cost", "leads",
       "(campaign cost + listed sales and marketing cost) in the period / new customers",
       "money", "down", "003"),
    _m("ltv", "Customer lifetime value", "leads",
       "mean ARR per customer at the period end x gross margin / annual logo churn rate",
       "money", "up", "003"),
    _m("ltv_to_cac", "LTV:CAC", "leads",
       "LTV / CAC (3 or more is healthy)", "multiple", "up", "003"),
    _m("sales_cycle_days", "Sales cycle length", "leads",
       "median days from opportunity created to won, opportunities won in the period",
       "days", "down", "002", verdict="vanity", alternative="promo_conversions",
       reason="Nurturing takes the time each customer's approvals need; track what moves "
       "deals, such as promotions, instead."),
    _m("promo_conversions", "Promotion conversions", "leads",
       "opportunities won in the period that closed on a promotion", "count", "up", "002"),
    _m("promo_share", "Share of wins on a promotion", "leads",
       "won on a promotion / won, opportunities won in the period", "rate", "neutral", "002"),
    # -- top of the funnel (seeds 000, 003) --------------------------------------------------
    _m("web_visits", "Web visits", "funnel_top",
       "web_visit events in the period; per traffic channel: visits and share", "count", "up",
       "003", has_detail=True),
    _m("organic_share", "Organic and free traffic share", "funnel_top",
       "visits from organic, social, referral and direct channels / visits", "rate", "up",
       "000"),
    _m("landing_page_conversion", "Landing page conversion", "funnel_top",
       "visits whose session has a form fill or CTA click / visits; per landing page, top 10",
       "rate", "up", "003", has_detail=True),
    _m("page_views", "Page views", "funnel_top",
       "page_view events in the period", "count", "up", "003", verdict="caution",
       alternative="landing_page_conversion",
       reason="Views show awareness only, not whether visitors act."),
    _m("time_on_page", "Mean time on page", "funnel_top",
       "mean duration of page views that report one", "seconds", "up", "003",
       verdict="caution", alternative="landing_page_conversion",
       reason="Time on a page shows awareness only, not whether visitors act."),
    _m("bounce_rate", "Bounce rate", "funnel_top",
       "sessions with at most one page view / sessions", "rate", "down", "003"),
    _m("media_mentions", "Media mentions", "funnel_top",
       "media_mention events in the period", "count", "up", "000"),
    _m("social_engagement", "Social engagement", "funnel_top",
       "social_engagement events (likes, comments, shares) in the period", "count", "up",
       "003"),
    # -- community and nurture (seed 000) ----------------------------------------------------
    _m("engaged_community", "Engaged community", "community",
       "distinct contacts with any engagement in the period; monthly, with the same month a "
       "year earlier (directional)", "count", "up", "000", has_detail=True),
    _m("nurture_ctr", "Nurture email click-through rate", "community",
       "CTR of emails to customer accounts; monthly trend with alerts on falling CTR or "
       "rising unsubscribes", "rate", "up", "000", has_detail=True),
    _m("nurture_unsubscribe_rate", "Nurture unsubscribe rate", "community",
       "unsubscribe rate of emails to customer accounts", "rate", "down", "000"),
    _m("time_to_answer", "Time to answer questions", "community",
       "median hours from asked to answered, questions asked in the period", "hours", "down",
       "000"),
    _m("answered_in_time", "Questions answered in time", "community",
       "questions answered within the answer-within-hours setting / questions asked",
       "rate", "up", "000"),
    # -- satisfaction and loyalty (seeds 000, 002) -------------------------------------------
    _m("nps", "Net promoter score", "loyalty",
       "% promoters (9-10) - % detractors (0-6) of the responses in the period", "nps", "up",
       "000", has_detail=True),
    _m("survey_comments", "Survey comments", "loyalty",
       "responses with a comment in the period, listed with their score", "count", "neutral",
       "000", has_detail=True),
    _m("logo_churn_rate", "Logo churn rate", "loyalty",
       "customers at the start who are no longer customers at the end / customers at the start",
       "rate", "down", "003"),
    _m("grr", "Gross revenue retention", "loyalty",
       "(start ARR - churned and contracted ARR) / start ARR, accounts with ARR at the start",
       "ratio", "up", "003"),
    _m("nrr", "Net revenue retention", "loyalty",
       "(start ARR + expansion - churned and contracted ARR) / start ARR", "ratio", "up",
       "003"),
)

_BY_ID: dict[str, MetricDef] = {m.id: m for m in CATALOG}


def metric(metric_id: str) -> MetricDef:
    """The definition of one metric; a KeyError names the known ids."""
    try:
        return _BY_ID[metric_id]
    except KeyError:
        raise KeyError(
            f"unknown metric {metric_id!r}; known metrics: {', '.join(sorted(_BY_ID))}"
        ) from None


def verdict_for(metric_id: str, settings: WorkspaceSettings) -> Verdict:
    """The verdict in force: the workspace's vanity and caution lists decide (SPEC §4)."""
    if metric_id in settings.vanity_metrics:
        return "vanity"
    if metric_id in settings.caution_metrics:
        return "caution"
    return "measure"


def by_group() -> dict[str, list[MetricDef]]:
    groups: dict[str, list[MetricDef]] = {g: [] for g in GROUPS}
    for definition in CATALOG:
        groups[definition.group].append(definition)
    return groups
