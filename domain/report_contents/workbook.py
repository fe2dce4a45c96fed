"""The portfolio workbook's contents (SPEC §9): seven typed sheets for XLSX or CSV.

- **Accounts**: one row per account: profile, stage, health score, band, trend, the six
  component scores, and the per-account figures the health model computed (engagement
  points, engaged contacts, form fills, meetings, open pipeline, ARR, renewal, NPS…);
- **KPIs**: every catalog metric for the portfolio, this period against the previous one;
- **Funnel**: ``domain.funnel``'s one definition, as on the dashboard: accounts that had
  reached each stage by the period's end, those that entered it during the period,
  conversion and median days to the next;
- **Campaigns**: cost, MQLs, cost per MQL, won revenue and ROI (last and first touch);
- **NPS responses**: every response of the period with its comment;
- **Vanity**: the "metrics we don't steer by" panel;
- **Definitions**: the catalog (formula, unit, verdict, alternative, the article it comes
  from, cited by title) and the model.

Every number is the KPI engine's or the health model's; this module only arranges them.
The Accounts sheet lists the accounts in scope (``account_ids``, from ``domain.scope``:
the target accounts unless every account was asked for), the scope the KPIs and the
funnel were computed for.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from domain import formatting as fmt
from domain.frames import PortfolioFrames
from domain.funnel import FunnelResult
from domain.health.drivers import Driver, strongest_drivers
from domain.health.model import COMPONENTS, HealthModelConfig
from domain.metrics.catalog import CATALOG, verdict_for
from domain.metrics.results import KpiReport
from domain.metrics.sources import citation
from domain.report_contents.tables import ColumnKind as K
from domain.report_contents.tables import Phrase, Table, Workbook, table
from domain.report_contents.words import IDS, Words
from domain.settings import WorkspaceSettings
from domain.vanity import vanity_rows


def _labelled(values: pd.Series) -> pd.Series:
    """Ids people read as words ("at-risk"), worded by the caller; missing cells left empty."""
    return values.astype("object").map(lambda v: None if fmt.missing(v) or str(v) == "" else v)


# The sheets' ids, in order; the desktop words them (``desktop.reports.workbook_words``).
SHEETS = ("accounts", "kpis", "funnel", "campaigns", "nps_responses", "vanity", "definitions")


@dataclass(frozen=True)
class HealthInputs:
    """The health model's results the workbook shows, as the health service returns them."""

    frame: pd.DataFrame  # HealthResult.frame: account_id index, stage, score, band, components
    facts: pd.DataFrame  # HealthResult.facts: account_id index
    trend: pd.DataFrame | None  # account_id index: trend, change_4w (None: no history)
    config: HealthModelConfig
    model_version: int | None


FACT_COLUMNS: tuple[tuple[str, str, K], ...] = (
    ("engagement_points", "engagement_points_90_days", K.NUMBER),
    ("last_touch_at", "last_scored_touch", K.DATE),
    ("contacts_known", "contacts", K.INTEGER),
    ("contacts_engaged", "contacts_with_a_scored_touch_90_days", K.INTEGER),
    ("dm_engaged", "decision_makers_with_a_scored_touch_90_days", K.INTEGER),
    ("form_fills", "form_fills_90_days", K.INTEGER),
    ("cta_clicks", "cta_clicks_90_days", K.INTEGER),
    ("meetings_booked", "meetings_booked_90_days", K.INTEGER),
    ("meetings_held", "meetings_held_90_days", K.INTEGER),
    ("open_opportunities", "open_opportunities", K.INTEGER),
    ("open_amount", "open_pipeline", K.MONEY),
    ("last_win_at", "last_win", K.DATE),
    ("arr_now", "arr", K.MONEY),
    ("renewal_at", "renewal", K.DATE),
    ("days_to_renewal", "days_to_renewal", K.INTEGER),
    ("nps", "account_nps", K.NUMBER),
    ("nps_responses", "nps_responses", K.INTEGER),
    ("questions_unanswered", "questions_unanswered", K.INTEGER),
)


def portfolio_workbook(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    kpis: KpiReport,
    health: HealthInputs | None,
    funnel: FunnelResult | None,
    account_ids: Collection[int] | None = None,
    data_date: date | None = None,
    words: Words = IDS,
) -> Workbook:
    """The workbook's sheets; ``words`` names the metrics, groups and reasons (ids by default)."""
    period = kpis.period
    sheets = (
        _accounts(frames, health, settings.currency, account_ids, data_date,
                  (period.end - pd.Timedelta(days=1)).date(), words),
        _kpis(kpis, settings, words, data_date),
        _funnel(funnel),
        _campaigns(kpis, settings.currency),
        _nps(frames, kpis),
        _vanity(kpis, settings, words),
        _definitions(settings, health.config if health else HealthModelConfig(), words),
    )
    as_of = period.end - pd.Timedelta(days=1)
    # Ids with facts (periods, a day, the scope's id): the desktop words them.
    properties: dict[str, Any] = {
        "period": period, "previous": period.previous(),
        "scope": Phrase("target_accounts" if account_ids is not None else "every_account")}
    if data_date is not None:
        properties["data_as_of"] = data_date
    return Workbook(
        title=Phrase("workbook_title", (period,)),
        sheets=sheets,
        as_of=as_of,
        properties=properties,
    )


def _accounts(frames: PortfolioFrames, health: HealthInputs | None, currency: str,
              account_ids: Collection[int] | None = None,
              data_date: date | None = None, health_day: date | None = None,
              words: Words = IDS) -> Table:
    accounts = frames.accounts.copy()
    if account_ids is not None:
        wanted = [int(i) for i in account_ids]
        accounts = accounts[pd.to_numeric(accounts["id"]).isin(wanted)]
    accounts["id"] = pd.to_numeric(accounts["id"]).astype("int64")
    accounts.index = pd.Index(accounts["id"].to_numpy(), name="account_id")
    accounts = accounts.sort_values(["name", "id"])
    columns: list[tuple[str, str, K]] = [
        ("id", "account_id", K.INTEGER),
        ("external_id", "crm_id", K.TEXT),
        ("name", "account", K.TEXT),
        ("owner", "owner", K.TEXT),
        ("tier", "tier", K.INTEGER),
        ("industry", "industry", K.TEXT),
        ("region", "region", K.TEXT),
        ("is_target", "target", K.BOOL),
    ]
    if health is not None:
        scored = health.frame.reindex(accounts.index)
        for key in ("stage", "score", "band", *COMPONENTS):
            accounts[key] = scored[key].to_numpy()
        accounts["stage"] = _labelled(accounts["stage"])
        accounts["band"] = _labelled(accounts["band"])
        columns += [("stage", "stage", K.TEXT), ("score", "health", K.NUMBER),
                    ("band", "band", K.TEXT)]
        if health.trend is not None:
            trend = health.trend.reindex(accounts.index)
            accounts["trend"] = _labelled(pd.Series(trend["trend"].to_numpy())).to_numpy()
            accounts["change_4w"] = pd.to_numeric(trend["change_4w"], errors="coerce").to_numpy()
            columns += [("trend", "trend", K.TEXT), ("change_4w", "change_4_weeks", K.NUMBER)]
        columns += [(c, words.component_name(c), K.NUMBER) for c in COMPONENTS]
        accounts["drivers"] = _drivers(health, accounts.index, currency)
        columns.append(("drivers", "drivers", K.TEXT))
        facts = health.facts.reindex(accounts.index)
        for key, title, kind in FACT_COLUMNS:
            if key in facts.columns:
                accounts[key] = facts[key].to_numpy()
                columns.append((key, title, kind))
    # The note: the data date (None: not known) and the day health is scored as of.
    return table("accounts", accounts, columns, note="accounts", note_facts=(data_date, health_day),
                 currency=currency)


def _drivers(health: HealthInputs, ids: pd.Index, currency: str) -> list[tuple[Driver, ...] | None]:
    """Per account, the model's top drivers as on the account page, as ids and facts: the
    writer words them (``desktop.reports.exports``), one cell per account."""
    frame = health.frame.reindex(ids)
    strongest = strongest_drivers(frame, health.facts.reindex(ids), health.config,
                                  currency=currency)
    return [None if fmt.missing(score) else tuple(drivers) or None
            for score, drivers in zip(frame["score"].tolist(), strongest, strict=True)]


def _kpis(kpis: KpiReport, settings: WorkspaceSettings, words: Words,
          data_date: date | None = None) -> Table:
    rows = []
    for result in kpis:
        d = result.definition
        rows.append({
            "group": words.group_name(d.group), "id": d.id, "name": words.metric_name(d.id),
            "verdict": verdict_for(d.id, settings), "value": result.value,
            "previous": result.previous, "change": result.change, "unit": d.unit,
            "n": result.n, "previous_n": result.previous_n,
            "flags": Phrase("flags", tuple(result.flags)) if result.flags else None,
            "na_reason": words.na_reason(result.na_reason) if result.na_reason else None,
        })
    frame = pd.DataFrame(rows)
    return table(
        "kpis",
        frame,
        [
            ("group", "group", K.TEXT), ("id", "metric_id", K.TEXT), ("name", "metric", K.TEXT),
            ("verdict", "verdict", K.TEXT),
            ("value", "period", K.MEASURE, "unit"),
            ("previous", "period", K.MEASURE, "unit"),
            ("change", "change", K.MEASURE, "unit"),
            ("unit", "unit", K.TEXT), ("n", "n", K.INTEGER), ("previous_n", "previous_n", K.INTEGER),
            ("flags", "flags", K.TEXT), ("na_reason", "why_n_a", K.TEXT),
        ],
        title_facts={"value": (kpis.period,), "previous": (kpis.previous_period,)},
        note="kpis", note_facts=(data_date,),
        currency=settings.currency,
    )


def _funnel(funnel: FunnelResult | None) -> Table:
    frame = funnel.stages.copy() if funnel is not None else pd.DataFrame()
    if "stage" in frame.columns:
        frame["stage"] = _labelled(frame["stage"])
    note, facts = ("", ()) if funnel is None else ("funnel", (funnel.in_scope, funnel.churned))
    return table(
        "funnel",
        frame,
        [
            ("stage", "stage", K.TEXT),
            ("accounts", "reached_by_the_period_s_end", K.INTEGER),
            ("entered", "entered_in_the_period", K.INTEGER),
            ("converted", "reached_the_next_stage", K.INTEGER),
            ("conversion", "conversion_to_the_next", K.PERCENT),
            ("median_days_to_next", "median_days_to_the_next", K.NUMBER),
        ],
        note=note, note_facts=facts,
    )


def _campaigns(kpis: KpiReport, currency: str) -> Table:
    detail = kpis.detail("cost_per_mql") if "cost_per_mql" in kpis else None
    frame = detail.copy() if detail is not None else pd.DataFrame()
    if "channel" in frame.columns:
        frame["channel"] = _labelled(frame["channel"])
    return table(
        "campaigns",
        frame,
        [
            ("campaign", "campaign", K.TEXT), ("channel", "channel", K.TEXT),
            ("cost", "cost", K.MONEY), ("mqls", "mqls", K.INTEGER),
            ("cost_per_mql", "cost_per_mql", K.MONEY), ("won_deals", "won_deals", K.INTEGER),
            ("won_revenue", "won_revenue", K.MONEY), ("roi", "roi", K.PERCENT),
            ("mqls_first_touch", "mqls_first_touch", K.INTEGER),
            ("cost_per_mql_first_touch", "cost_per_mql_first_touch", K.MONEY),
            ("roi_first_touch", "roi_first_touch", K.PERCENT),
        ],
        note="campaigns",
        currency=currency,
    )


def _nps(frames: PortfolioFrames, kpis: KpiReport) -> Table:
    nps = frames.nps
    inside = nps[kpis.period.contains(nps["responded_at"])].copy()
    names = frames.accounts.set_index(pd.to_numeric(frames.accounts["id"]))["name"]
    contacts = frames.contacts.set_index(pd.to_numeric(frames.contacts["id"]))["name"]
    inside["account"] = pd.to_numeric(inside["account_id"]).map(names)
    inside["contact"] = pd.to_numeric(inside["contact_id"], errors="coerce").map(contacts)
    score = pd.to_numeric(inside["score"], errors="coerce")
    inside["category"] = pd.cut(score, [-1, 6, 8, 10],
                                labels=["detractor", "passive", "promoter"]).astype("object")
    inside = inside.sort_values(["responded_at", "id"])
    return table(
        "nps_responses",
        inside,
        [
            ("responded_at", "date", K.DATE), ("account", "account", K.TEXT),
            ("contact", "contact", K.TEXT), ("score", "score", K.INTEGER),
            ("category", "category", K.TEXT), ("comment", "comment", K.TEXT),
            ("survey", "survey", K.TEXT),
        ],
        note="nps_responses", note_facts=(kpis.period,),
    )


def _vanity(kpis: KpiReport, settings: WorkspaceSettings, words: Words) -> Table:
    rows = vanity_rows(kpis, settings)
    frame = pd.DataFrame([
        {**r.__dict__, "name": words.metric_name(r.metric_id),
         "reason": words.metric_reason(r.metric_id, r.verdict),
         "alternative_name": words.metric_name(r.alternative_id) if r.alternative_id else None}
        for r in rows])
    if "verdict" in frame.columns:
        frame["verdict"] = _labelled(frame["verdict"])
    return table(
        "vanity",
        frame,
        [
            ("name", "metric", K.TEXT), ("verdict", "verdict", K.TEXT),
            ("value", "value", K.MEASURE, "unit"), ("unit", "unit", K.TEXT),
            ("reason", "why_we_don_t_steer_by_it", K.TEXT),
            ("alternative_name", "steer_by_instead", K.TEXT),
            ("alternative_value", "its_value", K.MEASURE, "alternative_unit"),
            ("alternative_unit", "its_unit", K.TEXT),
        ],
        note="vanity",
        currency=settings.currency,
    )


def _definitions(settings: WorkspaceSettings, config: HealthModelConfig, words: Words) -> Table:
    rows = [
        {"id": d.id, "name": words.metric_name(d.id), "group": words.group_name(d.group),
         "formula": words.metric_formula(d.id), "unit": d.unit, "direction": d.direction,
         "verdict": verdict_for(d.id, settings),
         "alternative": words.metric_name(d.alternative) if d.alternative else None,
         "reason": words.metric_reason(d.id, "measure"), "source": citation(d.seed) or None}
        for d in CATALOG
    ]
    total = sum(config.weights.values()) or 1.0
    for c in COMPONENTS:
        rows.append({
            "id": f"health.{c}", "name": Phrase("health_component", (words.component_name(c),)),
            "group": Phrase("account_health"),
            "formula": Phrase("component_formula", (config.weights.get(c, 0), total)),
            "unit": "score", "direction": "up", "verdict": "measure",
        })
    rows.append({
        "id": "health.score", "name": Phrase("health_score"), "group": Phrase("account_health"),
        "formula": Phrase("score_formula", (config.healthy_min, config.watch_min,
                                            config.hot_min, config.warm_min)),
        "unit": "score", "direction": "up", "verdict": "measure",
    })
    return table(
        "definitions",
        pd.DataFrame(rows),
        [
            ("id", "id", K.TEXT), ("name", "name", K.TEXT), ("group", "group", K.TEXT),
            ("formula", "formula", K.TEXT), ("unit", "unit", K.TEXT),
            ("direction", "good_direction", K.TEXT), ("verdict", "verdict", K.TEXT),
            ("alternative", "steer_by_instead", K.TEXT),
            ("reason", "why_not_to_steer_by_it", K.TEXT), ("source", "source", K.TEXT),
        ],
    )
