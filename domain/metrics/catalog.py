"""The metric catalog (SPEC §4): every KPI defined once, for the CLI, the window and reports.

A ``MetricDef`` says what a metric is (its id, group, unit, which direction is good), how
far to trust it (``measure``, ``caution`` or ``vanity``, with the alternative to steer by
instead) and where the idea comes from (the seed). Its name, formula and the reason not to
steer by it are words, in ``desktop.shared.wording.metrics`` keyed by the id; the domain
holds none. The numbers come from the compute modules of this package; ``tests/domain/test_metrics_catalog.py`` keeps the two in
step. The verdicts here are the defaults; the workspace setting lists ``vanity_metrics`` and
``caution_metrics`` decide (see ``verdict_for``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from domain.settings import WorkspaceSettings

Verdict = Literal["measure", "caution", "vanity"]
Direction = Literal["up", "down", "neutral"]

# The groups, in catalog order, and the units a metric is measured in (ids; their words are
# desktop.shared.wording.metrics').
GROUPS: tuple[str, ...] = ("journey", "leads", "funnel_top", "community", "loyalty")
UNITS: tuple[str, ...] = ("rate", "ratio", "count", "money", "multiple", "days", "hours", "seconds",
                          "nps", "score")

SEEDS: dict[str, str] = {
    "000": "4 key metric groups for B2B marketers (2016)",
    "002": "ABM KPIs to measure (and the ones to ignore) (2018)",
    "003": "19 B2B marketing KPIs (2022)",
    "004": "Customer lifecycle metrics, part 3: nurture, scoring, repeat (2017)",
}


@dataclass(frozen=True)
class MetricDef:
    id: str
    group: str  # one of GROUPS
    unit: str  # one of UNITS
    direction: Direction
    verdict: Verdict = "measure"
    alternative: str | None = None
    seed: str = "002"  # the article it comes from: a key of domain.metrics.sources.SOURCES
    has_detail: bool = False  # the result carries a table (per asset, campaign, month...)


def _m(id: str, group: str, unit: str, direction: Direction, seed: str, **extra: object) -> MetricDef:
    return MetricDef(id=id, group=group, unit=unit, direction=direction, seed=seed,
                     **extra)  # type: ignore[arg-type]


CATALOG: tuple[MetricDef, ...] = (
    # -- ABM journey KPIs (seed 002) ---------------------------------------------------------
    _m("email_open_rate", "journey", "rate", "up", "004", verdict="caution", alternative="email_ctr"),
    _m("email_ctr", "journey", "rate", "up", "002"),
    _m("click_to_open", "journey", "rate", "up", "002"),
    _m("unsubscribe_rate", "journey", "rate", "down", "003"),
    _m("content_engagement", "journey", "count", "up", "002", has_detail=True),
    _m("form_fills", "journey", "count", "up", "002", has_detail=True),
    _m("form_conversion", "journey", "rate", "up", "002"),
    _m("cta_conversion", "journey", "rate", "up", "002", has_detail=True),
    _m("meetings_booked", "journey", "count", "up", "002", has_detail=True),
    _m("meetings_held", "journey", "count", "up", "002"),
    _m("no_show_rate", "journey", "rate", "down", "002"),
    _m("closed_deals", "journey", "count", "up", "002", has_detail=True),
    _m("won_amount", "journey", "money", "up", "002"),
    _m("win_rate", "journey", "rate", "up", "002"),
    _m("new_customers", "journey", "count", "up", "002"),
    _m("account_nps", "journey", "nps", "up", "002"),
    _m("retention_rate", "journey", "rate", "up", "003"),
    # -- lead metrics (seeds 000, 003, 004) --------------------------------------------------
    _m("raw_leads", "leads", "count", "up", "002", verdict="vanity", alternative="mqls"),
    _m("mqls", "leads", "count", "up", "004", has_detail=True),
    _m("sqls", "leads", "count", "up", "003"),
    _m("mql_to_sql", "leads", "rate", "up", "003"),
    _m("cost_per_mql", "leads", "money", "down", "004", has_detail=True),
    _m("lead_score_cohorts", "leads", "score", "up", "004", has_detail=True),
    _m("reactivated_prospects", "leads", "count", "up", "004"),
    _m("lead_conversion_rate", "leads", "rate", "up", "003"),
    _m("campaign_roi", "leads", "ratio", "up", "003", has_detail=True),
    _m("cac", "leads", "money", "down", "003"),
    _m("ltv", "leads", "money", "up", "003"),
    _m("ltv_to_cac", "leads", "multiple", "up", "003"),
    _m("sales_cycle_days", "leads", "days", "down", "002", verdict="vanity", alternative="promo_conversions"),
    _m("promo_conversions", "leads", "count", "up", "002"),
    _m("promo_share", "leads", "rate", "neutral", "002"),
    # -- top of the funnel (seeds 000, 003) --------------------------------------------------
    _m("web_visits", "funnel_top", "count", "up", "003", has_detail=True),
    _m("organic_share", "funnel_top", "rate", "up", "000"),
    _m("landing_page_conversion", "funnel_top", "rate", "up", "003", has_detail=True),
    _m("page_views", "funnel_top", "count", "up", "003", verdict="caution", alternative="landing_page_conversion"),
    _m("time_on_page", "funnel_top", "seconds", "up", "003", verdict="caution", alternative="landing_page_conversion"),
    _m("bounce_rate", "funnel_top", "rate", "down", "003"),
    _m("media_mentions", "funnel_top", "count", "up", "000"),
    _m("social_engagement", "funnel_top", "count", "up", "003"),
    # -- community and nurture (seed 000) ----------------------------------------------------
    _m("engaged_community", "community", "count", "up", "000", has_detail=True),
    _m("nurture_ctr", "community", "rate", "up", "000", has_detail=True),
    _m("nurture_unsubscribe_rate", "community", "rate", "down", "000"),
    _m("time_to_answer", "community", "hours", "down", "000"),
    _m("answered_in_time", "community", "rate", "up", "000"),
    # -- satisfaction and loyalty (seeds 000, 002) -------------------------------------------
    _m("nps", "loyalty", "nps", "up", "000", has_detail=True),
    _m("survey_comments", "loyalty", "count", "neutral", "000", has_detail=True),
    _m("logo_churn_rate", "loyalty", "rate", "down", "003"),
    _m("grr", "loyalty", "ratio", "up", "003"),
    _m("nrr", "loyalty", "ratio", "up", "003"),
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
