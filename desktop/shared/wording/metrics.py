"""The metric catalog in words: each metric's name, formula and (for vanity and caution
metrics) why not to steer by it; the groups' names and the units' descriptions.

``domain.metrics.catalog`` defines every metric by id (unit, good direction, verdict, the
metric to steer by instead, the article it comes from); the words are here, marked with
``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them, and translated when asked for.
``tests/desktop/test_wording.py`` fails when the catalog has an id without a name and formula.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.metrics.catalog import metric

# The catalog's groups, in its order.
GROUP_NAMES: dict[str, str] = {
    "journey": QT_TRANSLATE_NOOP("metric groups", "ABM journey"),
    "leads": QT_TRANSLATE_NOOP("metric groups", "Leads"),
    "funnel_top": QT_TRANSLATE_NOOP("metric groups", "Top of the funnel"),
    "community": QT_TRANSLATE_NOOP("metric groups", "Community and nurture"),
    "loyalty": QT_TRANSLATE_NOOP("metric groups", "Satisfaction and loyalty"),
}


# What each unit means (the workbook's definitions sheet).
UNIT_WORDS: dict[str, str] = {
    "rate": QT_TRANSLATE_NOOP("metric units", "share between 0 and 1, shown as a percentage"),
    "ratio": QT_TRANSLATE_NOOP("metric units", "unbounded fraction (may be negative or above 1), shown as a percentage"),
    "count": QT_TRANSLATE_NOOP("metric units", "number of things"),
    "money": QT_TRANSLATE_NOOP("metric units", "workspace currency"),
    "multiple": QT_TRANSLATE_NOOP("metric units", "times (x)"),
    "days": QT_TRANSLATE_NOOP("metric units", "days"),
    "hours": QT_TRANSLATE_NOOP("metric units", "hours"),
    "seconds": QT_TRANSLATE_NOOP("metric units", "seconds"),
    "nps": QT_TRANSLATE_NOOP("metric units", "net promoter score, -100 to 100"),
    "score": QT_TRANSLATE_NOOP("metric units", "engagement lead score points"),
}


# Every metric's name.
NAMES: dict[str, str] = {
    "email_open_rate": QT_TRANSLATE_NOOP("metrics", "Email open rate"),
    "email_ctr": QT_TRANSLATE_NOOP("metrics", "Email click-through rate"),
    "click_to_open": QT_TRANSLATE_NOOP("metrics", "Click-to-open rate"),
    "unsubscribe_rate": QT_TRANSLATE_NOOP("metrics", "Unsubscribe rate"),
    "content_engagement": QT_TRANSLATE_NOOP("metrics", "Content engagement"),
    "form_fills": QT_TRANSLATE_NOOP("metrics", "Form fills"),
    "form_conversion": QT_TRANSLATE_NOOP("metrics", "Form conversion"),
    "cta_conversion": QT_TRANSLATE_NOOP("metrics", "CTA conversion along the journey"),
    "meetings_booked": QT_TRANSLATE_NOOP("metrics", "Calls and demos booked"),
    "meetings_held": QT_TRANSLATE_NOOP("metrics", "Calls and demos held"),
    "no_show_rate": QT_TRANSLATE_NOOP("metrics", "Meeting no-show rate"),
    "closed_deals": QT_TRANSLATE_NOOP("metrics", "Closed deals won"),
    "won_amount": QT_TRANSLATE_NOOP("metrics", "Won amount"),
    "win_rate": QT_TRANSLATE_NOOP("metrics", "Win rate"),
    "new_customers": QT_TRANSLATE_NOOP("metrics", "New customers"),
    "account_nps": QT_TRANSLATE_NOOP("metrics", "Account NPS"),
    "retention_rate": QT_TRANSLATE_NOOP("metrics", "Customer retention rate"),
    "raw_leads": QT_TRANSLATE_NOOP("metrics", "Raw leads"),
    "mqls": QT_TRANSLATE_NOOP("metrics", "Marketing-qualified leads"),
    "sqls": QT_TRANSLATE_NOOP("metrics", "Sales-qualified leads"),
    "mql_to_sql": QT_TRANSLATE_NOOP("metrics", "MQL-to-SQL conversion"),
    "cost_per_mql": QT_TRANSLATE_NOOP("metrics", "Cost per MQL"),
    "lead_score_cohorts": QT_TRANSLATE_NOOP("metrics", "Lead score of new leads"),
    "reactivated_prospects": QT_TRANSLATE_NOOP("metrics", "Reactivated prospects"),
    "lead_conversion_rate": QT_TRANSLATE_NOOP("metrics", "Lead conversion rate"),
    "campaign_roi": QT_TRANSLATE_NOOP("metrics", "Campaign ROI"),
    "cac": QT_TRANSLATE_NOOP("metrics", "Customer acquisition cost"),
    "ltv": QT_TRANSLATE_NOOP("metrics", "Customer lifetime value"),
    "ltv_to_cac": QT_TRANSLATE_NOOP("metrics", "LTV:CAC"),
    "sales_cycle_days": QT_TRANSLATE_NOOP("metrics", "Sales cycle length"),
    "promo_conversions": QT_TRANSLATE_NOOP("metrics", "Promotion conversions"),
    "promo_share": QT_TRANSLATE_NOOP("metrics", "Share of wins on a promotion"),
    "web_visits": QT_TRANSLATE_NOOP("metrics", "Web visits"),
    "organic_share": QT_TRANSLATE_NOOP("metrics", "Organic and free traffic share"),
    "landing_page_conversion": QT_TRANSLATE_NOOP("metrics", "Landing page conversion"),
    "page_views": QT_TRANSLATE_NOOP("metrics", "Page views"),
    "time_on_page": QT_TRANSLATE_NOOP("metrics", "Mean time on page"),
    "bounce_rate": QT_TRANSLATE_NOOP("metrics", "Bounce rate"),
    "media_mentions": QT_TRANSLATE_NOOP("metrics", "Media mentions"),
    "social_engagement": QT_TRANSLATE_NOOP("metrics", "Social engagement"),
    "engaged_community": QT_TRANSLATE_NOOP("metrics", "Engaged community"),
    "nurture_ctr": QT_TRANSLATE_NOOP("metrics", "Nurture email click-through rate"),
    "nurture_unsubscribe_rate": QT_TRANSLATE_NOOP("metrics", "Nurture unsubscribe rate"),
    "time_to_answer": QT_TRANSLATE_NOOP("metrics", "Time to answer questions"),
    "answered_in_time": QT_TRANSLATE_NOOP("metrics", "Questions answered in time"),
    "nps": QT_TRANSLATE_NOOP("metrics", "Net promoter score"),
    "survey_comments": QT_TRANSLATE_NOOP("metrics", "Survey comments"),
    "logo_churn_rate": QT_TRANSLATE_NOOP("metrics", "Logo churn rate"),
    "grr": QT_TRANSLATE_NOOP("metrics", "Gross revenue retention"),
    "nrr": QT_TRANSLATE_NOOP("metrics", "Net revenue retention"),
}


# Every metric's formula, for users.
FORMULAS: dict[str, str] = {
    "email_open_rate": QT_TRANSLATE_NOOP("metric formulas", "unique opened emails / delivered emails (contact x email; a click counts as an open; delivered = sent - bounced when there are no delivered events)"),
    "email_ctr": QT_TRANSLATE_NOOP("metric formulas", "unique clicked emails / delivered emails (contact x email)"),
    "click_to_open": QT_TRANSLATE_NOOP("metric formulas", "unique clicked emails / unique opened emails"),
    "unsubscribe_rate": QT_TRANSLATE_NOOP("metric formulas", "delivered emails followed by an unsubscribe from that email / delivered emails"),
    "content_engagement": QT_TRANSLATE_NOOP("metric formulas", "content views + downloads in the period; per asset: views, downloads, accounts, mean duration, best and worst"),
    "form_fills": QT_TRANSLATE_NOOP("metric formulas", "form_fill events in the period; per form: views, fills, conversion"),
    "form_conversion": QT_TRANSLATE_NOOP("metric formulas", "visitors who filled a form they viewed / visitors who viewed it (visitor x form)"),
    "cta_conversion": QT_TRANSLATE_NOOP("metric formulas", "visitors who clicked a CTA they viewed / visitors who viewed it; per CTA, ordered by the median day of the account's journey on which it is seen"),
    "meetings_booked": QT_TRANSLATE_NOOP("metric formulas", "meetings booked in the period; per kind: booked, held, no-shows"),
    "meetings_held": QT_TRANSLATE_NOOP("metric formulas", "meetings held that were scheduled in the period"),
    "no_show_rate": QT_TRANSLATE_NOOP("metric formulas", "no-shows / (held + no-shows), meetings scheduled in the period"),
    "closed_deals": QT_TRANSLATE_NOOP("metric formulas", "opportunities won with closed_at in the period; per type: won, lost, amount"),
    "won_amount": QT_TRANSLATE_NOOP("metric formulas", "sum of the amounts of opportunities won in the period"),
    "win_rate": QT_TRANSLATE_NOOP("metric formulas", "won / (won + lost), opportunities closed in the period"),
    "new_customers": QT_TRANSLATE_NOOP("metric formulas", "accounts whose first won new-business opportunity closed in the period"),
    "account_nps": QT_TRANSLATE_NOOP("metric formulas", "NPS of the latest response per contact in the 365 days before the period end"),
    "retention_rate": QT_TRANSLATE_NOOP("metric formulas", "(E - N) / S: S customers at the start, E at the end, N of them new in the period"),
    "raw_leads": QT_TRANSLATE_NOOP("metric formulas", "contacts created in the period"),
    "mqls": QT_TRANSLATE_NOOP("metric formulas", "contacts whose mql_at falls in the period; without a CRM mql_at, the first time the engagement lead score reached the MQL threshold"),
    "sqls": QT_TRANSLATE_NOOP("metric formulas", "contacts whose sql_at falls in the period"),
    "mql_to_sql": QT_TRANSLATE_NOOP("metric formulas", "MQLs of the period that became SQLs by its end / MQLs of the period"),
    "cost_per_mql": QT_TRANSLATE_NOOP("metric formulas", "campaign cost in the period / MQLs in the period; per campaign by last-touch attribution (first touch alongside)"),
    "lead_score_cohorts": QT_TRANSLATE_NOOP("metric formulas", "median engagement lead score of the period's new leads at the end of the month they arrived; per monthly cohort: quartiles"),
    "reactivated_prospects": QT_TRANSLATE_NOOP("metric formulas", "contacts silent for at least the silent-days setting who engaged again in the period"),
    "lead_conversion_rate": QT_TRANSLATE_NOOP("metric formulas", "new leads among the unique web visitors / unique web visitors (contact, else session)"),
    "campaign_roi": QT_TRANSLATE_NOOP("metric formulas", "(won revenue attributed - cost) / cost over campaigns with cost in the period; attribution: the opportunity's campaign, else the account's last campaign touch before it was created (first touch alongside)"),
    "cac": QT_TRANSLATE_NOOP("metric formulas", "(campaign cost + listed sales and marketing cost) in the period / new customers"),
    "ltv": QT_TRANSLATE_NOOP("metric formulas", "mean ARR per customer at the period end x gross margin / annual logo churn rate"),
    "ltv_to_cac": QT_TRANSLATE_NOOP("metric formulas", "LTV / CAC (3 or more is healthy)"),
    "sales_cycle_days": QT_TRANSLATE_NOOP("metric formulas", "median days from opportunity created to won, opportunities won in the period"),
    "promo_conversions": QT_TRANSLATE_NOOP("metric formulas", "opportunities won in the period that closed on a promotion"),
    "promo_share": QT_TRANSLATE_NOOP("metric formulas", "won on a promotion / won, opportunities won in the period"),
    "web_visits": QT_TRANSLATE_NOOP("metric formulas", "web_visit events in the period; per traffic channel: visits and share"),
    "organic_share": QT_TRANSLATE_NOOP("metric formulas", "visits from organic, social, referral and direct channels / visits"),
    "landing_page_conversion": QT_TRANSLATE_NOOP("metric formulas", "visits whose session has a form fill or CTA click / visits; per landing page, top 10"),
    "page_views": QT_TRANSLATE_NOOP("metric formulas", "page_view events in the period"),
    "time_on_page": QT_TRANSLATE_NOOP("metric formulas", "mean duration of page views that report one"),
    "bounce_rate": QT_TRANSLATE_NOOP("metric formulas", "sessions with at most one page view / sessions"),
    "media_mentions": QT_TRANSLATE_NOOP("metric formulas", "media_mention events in the period"),
    "social_engagement": QT_TRANSLATE_NOOP("metric formulas", "social_engagement events (likes, comments, shares) in the period"),
    "engaged_community": QT_TRANSLATE_NOOP("metric formulas", "distinct contacts with any engagement in the period; monthly, with the same month a year earlier (directional)"),
    "nurture_ctr": QT_TRANSLATE_NOOP("metric formulas", "CTR of emails to customer accounts; monthly trend with alerts on falling CTR or rising unsubscribes"),
    "nurture_unsubscribe_rate": QT_TRANSLATE_NOOP("metric formulas", "unsubscribe rate of emails to customer accounts"),
    "time_to_answer": QT_TRANSLATE_NOOP("metric formulas", "median hours from asked to answered, questions asked in the period"),
    "answered_in_time": QT_TRANSLATE_NOOP("metric formulas", "questions answered within the answer-within-hours setting / questions asked"),
    "nps": QT_TRANSLATE_NOOP("metric formulas", "% promoters (9-10) - % detractors (0-6) of the responses in the period"),
    "survey_comments": QT_TRANSLATE_NOOP("metric formulas", "responses with a comment in the period, listed with their score"),
    "logo_churn_rate": QT_TRANSLATE_NOOP("metric formulas", "customers at the start who are no longer customers at the end / customers at the start"),
    "grr": QT_TRANSLATE_NOOP("metric formulas", "(start ARR - churned and contracted ARR) / start ARR, accounts with ARR at the start"),
    "nrr": QT_TRANSLATE_NOOP("metric formulas", "(start ARR + expansion - churned and contracted ARR) / start ARR"),
}


# Why not to steer by a metric: one sentence from the articles (vanity and caution metrics).
REASONS: dict[str, str] = {
    "email_open_rate": QT_TRANSLATE_NOOP("metric reasons", "Opens are under-counted when the reader's images are off; clicks show real engagement."),
    "raw_leads": QT_TRANSLATE_NOOP("metric reasons", "More leads only means more dropped later if they are not qualified; count marketing-qualified leads instead."),
    "sales_cycle_days": QT_TRANSLATE_NOOP("metric reasons", "Nurturing takes the time each customer's approvals need; track what moves deals, such as promotions, instead."),
    "page_views": QT_TRANSLATE_NOOP("metric reasons", "Views show awareness only, not whether visitors act."),
    "time_on_page": QT_TRANSLATE_NOOP("metric reasons", "Time on a page shows awareness only, not whether visitors act."),
}


# The reason of a metric the workspace lists as vanity or caution when the articles give none.
FALLBACK_REASONS: dict[str, str] = {
    "vanity": QT_TRANSLATE_NOOP("metric reasons", "Your workspace lists it as a vanity metric: it can rise while nothing that matters does."),
    "caution": QT_TRANSLATE_NOOP("metric reasons", "Your workspace lists it for caution: read it only beside the metric it points to."),
}


PANEL_TITLE = QT_TRANSLATE_NOOP("metric reasons", "Metrics we don't steer by, and why")


def name(metric_id: str) -> str:
    """"Cost per MQL"; a KeyError names the known ids."""
    return QCoreApplication.translate("metrics", NAMES[metric(metric_id).id])


def formula(metric_id: str) -> str:
    return QCoreApplication.translate("metric formulas", FORMULAS[metric(metric_id).id])


def reason(metric_id: str) -> str | None:
    """Why not to steer by the metric, from the articles; None when they give no reason."""
    text = REASONS.get(metric(metric_id).id)
    return QCoreApplication.translate("metric reasons", text) if text else None


def fallback_reason(verdict: str) -> str:
    """The reason of a metric the workspace lists as ``verdict`` ("vanity" or "caution")."""
    return QCoreApplication.translate("metric reasons", FALLBACK_REASONS[verdict])


def group_name(group: str) -> str:
    return QCoreApplication.translate("metric groups", GROUP_NAMES[group])


def unit_words(unit: str) -> str:
    return QCoreApplication.translate("metric units", UNIT_WORDS[unit])


def panel_title() -> str:
    """"Metrics we don't steer by, and why"."""
    return QCoreApplication.translate("metric reasons", PANEL_TITLE)
