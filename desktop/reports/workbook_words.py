"""The workbook's words: the ids and facts of ``domain.report_contents.workbook`` said.

``portfolio_workbook`` asks ``CATALOG_WORDS`` for the metrics' names, formulas and reasons,
the groups' names and the n/a reasons, and fills the accounts sheet's "drivers" column with
each account's top drivers (``Driver`` objects); its sheets' names, column titles and notes
are ids with facts. The writers in ``storage.exports`` write text, so ``worded`` says the
drivers, the sheet names (``Table.heading``; the CSV files keep the id's name), the titles
and the notes, in the chosen language, before the workbook is written.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.reports.table_words import VALUES
from desktop.shared.labels import STAGE_LABELS
from desktop.shared.palette import BAND_LABELS
from desktop.shared.wording import components, metrics, periods, reasons
from desktop.shared.wording import drivers as driver_words
from domain import formatting as fmt
from domain.metrics.period import Period
from domain.report_contents.tables import Column, Phrase, Table, Workbook, is_missing

ARROW_UP, ARROW_DOWN = "▲", "▼"


class _CatalogWords:
    """``domain.report_contents.words.Words`` from ``desktop.shared.wording``."""

    def metric_name(self, metric_id: str) -> str:
        return metrics.name(metric_id)

    def metric_formula(self, metric_id: str) -> str:
        return metrics.formula(metric_id)

    def metric_reason(self, metric_id: str, verdict: str) -> str | None:
        said = metrics.reason(metric_id)
        if said or verdict == "measure":
            return said
        return metrics.fallback_reason(verdict)

    def group_name(self, group: str) -> str:
        return metrics.group_name(group)

    def component_name(self, component: str) -> str:
        return components.name(component)

    def na_reason(self, reason: str) -> str:
        return reasons.sentence(reason)


CATALOG_WORDS = _CatalogWords()


def drivers_cell(drivers: Any) -> str | None:
    """"▲ Sentence; ▼ Sentence": arrows, as in the PDF (a cell starting with "+" or "-"
    would read as a formula)."""
    if drivers is None or (not isinstance(drivers, tuple) and is_missing(drivers)):
        return None
    return "; ".join(f"{ARROW_UP if d.impact > 0 else ARROW_DOWN} "
                     f"{fmt.sentence(driver_words.sentence(d))}" for d in drivers) or None


SHEET_NAMES = TranslatedLabels("WorkbookSheets", {
    "accounts": QT_TRANSLATE_NOOP("WorkbookSheets", "Accounts"),
    "kpis": QT_TRANSLATE_NOOP("WorkbookSheets", "KPIs"),
    "funnel": QT_TRANSLATE_NOOP("WorkbookSheets", "Funnel"),
    "campaigns": QT_TRANSLATE_NOOP("WorkbookSheets", "Campaigns"),
    "nps_responses": QT_TRANSLATE_NOOP("WorkbookSheets", "NPS responses"),
    "vanity": QT_TRANSLATE_NOOP("WorkbookSheets", "Vanity"),
    "definitions": QT_TRANSLATE_NOOP("WorkbookSheets", "Definitions"),
})

# Column titles by id; "period" is a period's span (its facts: the period).
TITLES = TranslatedLabels("WorkbookColumns", {
    "engagement_points_90_days": QT_TRANSLATE_NOOP("WorkbookColumns", "Engagement points, 90 days"),
    "last_scored_touch": QT_TRANSLATE_NOOP("WorkbookColumns", "Last scored touch"),
    "contacts": QT_TRANSLATE_NOOP("WorkbookColumns", "Contacts"),
    "contacts_with_a_scored_touch_90_days": QT_TRANSLATE_NOOP("WorkbookColumns", "Contacts with a scored touch, 90 days"),
    "decision_makers_with_a_scored_touch_90_days": QT_TRANSLATE_NOOP("WorkbookColumns", "Decision makers with a scored touch, 90 days"),
    "form_fills_90_days": QT_TRANSLATE_NOOP("WorkbookColumns", "Form fills, 90 days"),
    "cta_clicks_90_days": QT_TRANSLATE_NOOP("WorkbookColumns", "CTA clicks, 90 days"),
    "meetings_booked_90_days": QT_TRANSLATE_NOOP("WorkbookColumns", "Meetings booked, 90 days"),
    "meetings_held_90_days": QT_TRANSLATE_NOOP("WorkbookColumns", "Meetings held, 90 days"),
    "open_opportunities": QT_TRANSLATE_NOOP("WorkbookColumns", "Open opportunities"),
    "open_pipeline": QT_TRANSLATE_NOOP("WorkbookColumns", "Open pipeline"),
    "last_win": QT_TRANSLATE_NOOP("WorkbookColumns", "Last win"),
    "arr": QT_TRANSLATE_NOOP("WorkbookColumns", "ARR"),
    "renewal": QT_TRANSLATE_NOOP("WorkbookColumns", "Renewal"),
    "days_to_renewal": QT_TRANSLATE_NOOP("WorkbookColumns", "Days to renewal"),
    "account_nps": QT_TRANSLATE_NOOP("WorkbookColumns", "Account NPS"),
    "nps_responses": QT_TRANSLATE_NOOP("WorkbookColumns", "NPS responses"),
    "questions_unanswered": QT_TRANSLATE_NOOP("WorkbookColumns", "Questions unanswered"),
    "account_id": QT_TRANSLATE_NOOP("WorkbookColumns", "Account id"),
    "crm_id": QT_TRANSLATE_NOOP("WorkbookColumns", "CRM id"),
    "account": QT_TRANSLATE_NOOP("WorkbookColumns", "Account"),
    "owner": QT_TRANSLATE_NOOP("WorkbookColumns", "Owner"),
    "tier": QT_TRANSLATE_NOOP("WorkbookColumns", "Tier"),
    "industry": QT_TRANSLATE_NOOP("WorkbookColumns", "Industry"),
    "region": QT_TRANSLATE_NOOP("WorkbookColumns", "Region"),
    "target": QT_TRANSLATE_NOOP("WorkbookColumns", "Target"),
    "stage": QT_TRANSLATE_NOOP("WorkbookColumns", "Stage"),
    "health": QT_TRANSLATE_NOOP("WorkbookColumns", "Health"),
    "band": QT_TRANSLATE_NOOP("WorkbookColumns", "Band"),
    "trend": QT_TRANSLATE_NOOP("WorkbookColumns", "Trend"),
    "change_4_weeks": QT_TRANSLATE_NOOP("WorkbookColumns", "Change, 4 weeks"),
    "drivers": QT_TRANSLATE_NOOP("WorkbookColumns", "Drivers"),
    "group": QT_TRANSLATE_NOOP("WorkbookColumns", "Group"),
    "metric_id": QT_TRANSLATE_NOOP("WorkbookColumns", "Metric id"),
    "metric": QT_TRANSLATE_NOOP("WorkbookColumns", "Metric"),
    "verdict": QT_TRANSLATE_NOOP("WorkbookColumns", "Verdict"),
    "change": QT_TRANSLATE_NOOP("WorkbookColumns", "Change"),
    "unit": QT_TRANSLATE_NOOP("WorkbookColumns", "Unit"),
    "n": QT_TRANSLATE_NOOP("WorkbookColumns", "n"),
    "previous_n": QT_TRANSLATE_NOOP("WorkbookColumns", "Previous n"),
    "flags": QT_TRANSLATE_NOOP("WorkbookColumns", "Flags"),
    "why_n_a": QT_TRANSLATE_NOOP("WorkbookColumns", "Why n/a"),
    "reached_by_the_period_s_end": QT_TRANSLATE_NOOP("WorkbookColumns", "Reached by the period's end"),
    "entered_in_the_period": QT_TRANSLATE_NOOP("WorkbookColumns", "Entered in the period"),
    "reached_the_next_stage": QT_TRANSLATE_NOOP("WorkbookColumns", "Reached the next stage"),
    "conversion_to_the_next": QT_TRANSLATE_NOOP("WorkbookColumns", "Conversion to the next"),
    "median_days_to_the_next": QT_TRANSLATE_NOOP("WorkbookColumns", "Median days to the next"),
    "campaign": QT_TRANSLATE_NOOP("WorkbookColumns", "Campaign"),
    "channel": QT_TRANSLATE_NOOP("WorkbookColumns", "Channel"),
    "cost": QT_TRANSLATE_NOOP("WorkbookColumns", "Cost"),
    "mqls": QT_TRANSLATE_NOOP("WorkbookColumns", "MQLs"),
    "cost_per_mql": QT_TRANSLATE_NOOP("WorkbookColumns", "Cost per MQL"),
    "won_deals": QT_TRANSLATE_NOOP("WorkbookColumns", "Won deals"),
    "won_revenue": QT_TRANSLATE_NOOP("WorkbookColumns", "Won revenue"),
    "roi": QT_TRANSLATE_NOOP("WorkbookColumns", "ROI"),
    "mqls_first_touch": QT_TRANSLATE_NOOP("WorkbookColumns", "MQLs, first touch"),
    "cost_per_mql_first_touch": QT_TRANSLATE_NOOP("WorkbookColumns", "Cost per MQL, first touch"),
    "roi_first_touch": QT_TRANSLATE_NOOP("WorkbookColumns", "ROI, first touch"),
    "date": QT_TRANSLATE_NOOP("WorkbookColumns", "Date"),
    "contact": QT_TRANSLATE_NOOP("WorkbookColumns", "Contact"),
    "score": QT_TRANSLATE_NOOP("WorkbookColumns", "Score"),
    "category": QT_TRANSLATE_NOOP("WorkbookColumns", "Category"),
    "comment": QT_TRANSLATE_NOOP("WorkbookColumns", "Comment"),
    "survey": QT_TRANSLATE_NOOP("WorkbookColumns", "Survey"),
    "value": QT_TRANSLATE_NOOP("WorkbookColumns", "Value"),
    "why_we_don_t_steer_by_it": QT_TRANSLATE_NOOP("WorkbookColumns", "Why we don't steer by it"),
    "steer_by_instead": QT_TRANSLATE_NOOP("WorkbookColumns", "Steer by instead"),
    "its_value": QT_TRANSLATE_NOOP("WorkbookColumns", "Its value"),
    "its_unit": QT_TRANSLATE_NOOP("WorkbookColumns", "Its unit"),
    "id": QT_TRANSLATE_NOOP("WorkbookColumns", "Id"),
    "name": QT_TRANSLATE_NOOP("WorkbookColumns", "Name"),
    "formula": QT_TRANSLATE_NOOP("WorkbookColumns", "Formula"),
    "good_direction": QT_TRANSLATE_NOOP("WorkbookColumns", "Good direction"),
    "why_not_to_steer_by_it": QT_TRANSLATE_NOOP("WorkbookColumns", "Why not to steer by it"),
    "source": QT_TRANSLATE_NOOP("WorkbookColumns", "Source"),
})


class WorkbookNotes(QObject):
    """The sheets' notes; the funnel's, counted, is asked through ``self.tr(text, "", n)``."""

    def data_as_of(self, data_date: date | None) -> str:
        if data_date is None:
            return ""
        return arg(self.tr("Data as of %1. "), fmt.day(data_date))

    def accounts(self, data_date: date | None, health_day: date | None) -> str:
        when = fmt.day(health_day) if health_day is not None else self.tr("the workbook's date")
        return self.data_as_of(data_date) + arg(self.tr(
            "Health and the per-account figures are the health model's as of %1 (the period's "
            "last day); 90-day figures count the 90 days before it. Empty cells are n/a."), when)

    def kpis(self, data_date: date | None) -> str:
        return self.data_as_of(data_date) + self.tr(
            "Rates are fractions shown as percentages; a change of a rate is in percentage "
            "points. Empty cells are n/a (no data or a zero denominator; \"Why n/a\" names an "
            "input the workspace never held).")

    def funnel(self, in_scope: int, churned: int) -> str:
        n = in_scope
        return arg(self.tr(
            "%n accounts in scope (the first row). Reached: had reached the stage or a later "
            "one by the period's end; entered: reached it during the period; conversion: the "
            "next stage's reached over this one's. Accounts that churned in the period: %1.",
            "", n), churned)

    def campaigns(self) -> str:
        return self.tr("Attribution: the opportunity's or contact's campaign, else the "
                       "account's last campaign touch before it (first touch alongside).")

    def nps_responses(self, period: Period) -> str:
        return arg(self.tr("Responses dated %1."), periods.span(period))

    def vanity(self) -> str:
        return self.tr("Metrics we don't steer by, and why (the list is a workspace setting).")


_NOTES = WorkbookNotes()

VERDICTS = TranslatedLabels("WorkbookCells", {
    "measure": QT_TRANSLATE_NOOP("WorkbookCells", "Measure"),
    "vanity": QT_TRANSLATE_NOOP("WorkbookCells", "Vanity"),
    "caution": QT_TRANSLATE_NOOP("WorkbookCells", "Caution"),
})
TRENDS = TranslatedLabels("WorkbookCells", {
    "up": QT_TRANSLATE_NOOP("WorkbookCells", "Up"),
    "down": QT_TRANSLATE_NOOP("WorkbookCells", "Down"),
    "flat": QT_TRANSLATE_NOOP("WorkbookCells", "Flat"),
})
CHANNELS = TranslatedLabels("WorkbookCells", {
    "email": QT_TRANSLATE_NOOP("WorkbookCells", "Email"),
    "paid_search": QT_TRANSLATE_NOOP("WorkbookCells", "Paid search"),
    "paid_social": QT_TRANSLATE_NOOP("WorkbookCells", "Paid social"),
    "display": QT_TRANSLATE_NOOP("WorkbookCells", "Display"),
    "event": QT_TRANSLATE_NOOP("WorkbookCells", "Event"),
    "webinar": QT_TRANSLATE_NOOP("WorkbookCells", "Webinar"),
    "content": QT_TRANSLATE_NOOP("WorkbookCells", "Content"),
    "pr": QT_TRANSLATE_NOOP("WorkbookCells", "PR"),
    "other": QT_TRANSLATE_NOOP("WorkbookCells", "Other"),
})
# A metric's unit and the direction that is good for it, as the KPI, vanity and definitions
# sheets show them; the unit's id stays beside, for the values' number formats. English
# keeps the ids it always wrote ("rate", "up"); the catalogs word them.
UNITS = TranslatedLabels("WorkbookUnits", {
    "rate": QT_TRANSLATE_NOOP("WorkbookUnits", "rate"),
    "ratio": QT_TRANSLATE_NOOP("WorkbookUnits", "ratio"),
    "count": QT_TRANSLATE_NOOP("WorkbookUnits", "count"),
    "money": QT_TRANSLATE_NOOP("WorkbookUnits", "money"),
    "multiple": QT_TRANSLATE_NOOP("WorkbookUnits", "multiple"),
    "days": QT_TRANSLATE_NOOP("WorkbookUnits", "days"),
    "hours": QT_TRANSLATE_NOOP("WorkbookUnits", "hours"),
    "seconds": QT_TRANSLATE_NOOP("WorkbookUnits", "seconds"),
    "nps": QT_TRANSLATE_NOOP("WorkbookUnits", "nps"),
    "score": QT_TRANSLATE_NOOP("WorkbookUnits", "score"),
})
# "up": higher is better; "down": lower is better.
DIRECTIONS = TranslatedLabels("WorkbookDirections", {
    "up": QT_TRANSLATE_NOOP("WorkbookDirections", "up"),
    "down": QT_TRANSLATE_NOOP("WorkbookDirections", "down"),
})
# Cell words whose English is the id itself, as the workbook always wrote it.
AS_IDS = (UNITS, DIRECTIONS)
FLAGS = TranslatedLabels("WorkbookCells", {
    "small_sample": QT_TRANSLATE_NOOP("WorkbookCells", "small sample"),
})
# Which sheets' columns hold ids, and their words; an id not listed gets ``fmt.label``.
CELL_WORDS: dict[tuple[str, str], TranslatedLabels] = {
    ("accounts", "stage"): STAGE_LABELS,
    ("accounts", "band"): BAND_LABELS,
    ("accounts", "trend"): TRENDS,
    ("kpis", "verdict"): VERDICTS,
    ("funnel", "stage"): STAGE_LABELS,
    ("campaigns", "channel"): CHANNELS,
    ("nps_responses", "category"): VALUES,
    ("vanity", "verdict"): VERDICTS,
    ("definitions", "verdict"): VERDICTS,
    ("kpis", "unit"): UNITS,
    ("vanity", "unit"): UNITS,
    ("vanity", "alternative_unit"): UNITS,
    ("definitions", "unit"): UNITS,
    ("definitions", "direction"): DIRECTIONS,
}


class WorkbookPhrases(QObject):
    """The ``Phrase`` cells of the definitions and KPI sheets in words."""

    def flags(self, *flags: str) -> str:
        return ", ".join(FLAGS[f] if f in FLAGS else f.replace("_", " ") for f in flags)

    def health_component(self, name: str) -> str:
        return arg(self.tr("Health component: %1"), name)

    def account_health(self) -> str:
        return self.tr("Account health")

    def component_formula(self, weight: float, total: float) -> str:
        return arg(self.tr("weight %1 of %2; score 0-100"), fmt.general(weight), fmt.general(total))

    def health_score(self) -> str:
        return self.tr("Health score")

    def score_formula(self, healthy: float, watch: float, hot: float, warm: float) -> str:
        return arg(self.tr(
            "Σ weight × component / Σ weight over the components that apply; bands: customers "
            "healthy ≥ %1, watch ≥ %2, at risk below; prospects hot ≥ %3, warm ≥ %4, cold "
            "below; no data: nothing on record, no score"),
            fmt.general(healthy), fmt.general(watch), fmt.general(hot), fmt.general(warm))


_PHRASES = WorkbookPhrases()


def phrase(cell: Phrase) -> str:
    """A ``Phrase`` cell in words; an id without words shows as the id."""
    said = getattr(_PHRASES, cell.id, None)
    return said(*cell.facts) if callable(said) and not cell.id.startswith("_") else cell.id


def _cell(value: Any, words: TranslatedLabels | None) -> Any:
    if isinstance(value, Phrase):
        return phrase(value)
    if words is None or value is None or (not isinstance(value, str) and is_missing(value)):
        return value
    return words[value] if value in words else fmt.label(value)


def _title(column: Column) -> str:
    if column.title == "period" and column.facts:
        return periods.span(column.facts[0])
    return TITLES[column.title] if column.title in TITLES else column.title


def _note(sheet: Table) -> str:
    said = getattr(_NOTES, sheet.note, None) if sheet.note else None
    if said is None or not callable(said) or sheet.note.startswith("_"):
        return sheet.note
    return said(*sheet.note_facts)


def _worded_sheet(sheet: Table) -> Table:
    frame = sheet.frame.copy()
    # A unit column is worded for the reader, but its values' number formats go by the
    # unit's id: the ids move to a column of their own that is not shown.
    unit_keys = {c.unit_key for c in sheet.columns if c.unit_key}
    moved = {key: f"{key}_id" for key in unit_keys if (sheet.name, key) in CELL_WORDS}
    for key, kept in moved.items():
        frame[kept] = frame[key]
    if "drivers" in frame.columns:
        frame["drivers"] = [drivers_cell(v) for v in frame["drivers"].to_numpy(dtype=object)]
    for key in frame.columns:
        if key == "drivers":
            continue
        words = CELL_WORDS.get((sheet.name, key))
        values = frame[key].to_numpy(dtype=object)
        if words is not None or any(isinstance(v, Phrase) for v in values):
            frame[key] = [_cell(v, words) for v in values]
    return replace(
        sheet, frame=frame, note=_note(sheet),
        heading=SHEET_NAMES[sheet.name] if sheet.name in SHEET_NAMES else sheet.name,
        columns=tuple(replace(c, title=_title(c), unit_key=moved.get(c.unit_key, c.unit_key))
                      for c in sheet.columns))


class WorkbookTitle(QObject):
    """The workbook's title and document properties (names and values) in words."""

    def workbook_title(self, period: Period) -> str:
        # %1: the period's first and last day ("2026-10-01 to 2026-10-31").
        return arg(self.tr("Portfolio workbook %1"), periods.span(period))

    def target_accounts(self) -> str:
        return self.tr("target accounts")

    def every_account(self) -> str:
        return self.tr("every account in the workspace")


PROPERTY_NAMES = TranslatedLabels("WorkbookTitle", {
    "period": QT_TRANSLATE_NOOP("WorkbookTitle", "period"),
    "previous": QT_TRANSLATE_NOOP("WorkbookTitle", "previous"),
    "scope": QT_TRANSLATE_NOOP("WorkbookTitle", "scope"),
    "data_as_of": QT_TRANSLATE_NOOP("WorkbookTitle", "data as of"),
})

_TITLE = WorkbookTitle()


def _said(value: Any) -> Any:
    """A title's or property's id and facts in words (text passes as it is)."""
    if isinstance(value, Phrase):
        said = getattr(_TITLE, value.id, None)
        return said(*value.facts) if callable(said) and not value.id.startswith("_") else value.id
    if isinstance(value, Period):
        return periods.span(value)
    if isinstance(value, date):
        return fmt.day(value)
    return value


def worded(book: Workbook) -> Workbook:
    """``book`` with its title, properties and id-and-facts cells as text."""
    properties = {PROPERTY_NAMES[k] if k in PROPERTY_NAMES else k: _said(v)
                  for k, v in book.properties.items()}
    return replace(book, title=_said(book.title), properties=properties,
                   sheets=tuple(_worded_sheet(s) for s in book.sheets))
