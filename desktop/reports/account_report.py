"""The account report laid out: a board-ready PDF or a standalone HTML file (SPEC §9).

Sections, in order: title and profile; health (score, band, stage, trend, the calibrated
likelihood, component bars, drivers); what moved the score in four weeks (by component and
cause, the new activity named); the KPI table for the period against the previous one; engagement by week and
the health history; the buying committee; meetings and deals; retention and NPS with
comments; notes and next actions; the vanity panel; notes with the formulas used, the
health model version and the data's as-of date.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n.install import active_language
from desktop.i18n.placeholders import arg
from desktop.reports.charts import HBars, Line, Series, StackedBars
from desktop.reports.document import CONTENT_WIDTH_PT, PlacedChart, ReportDocument
from desktop.reports.formatting import (
    ARROWS,
    esc,
    format_measure,
    format_value,
    short_day,
    trend_text,
)
from desktop.reports.sections import chart, footnotes, grid, kpi_table, typed_table, vanity_panel
from desktop.reports.table_words import footnote, profile_label, worded
from desktop.shared.labels import STAGE_LABELS
from desktop.shared.palette import (
    BAND_COLORS,
    BAND_LABELS,
    FAMILY_COLORS,
    FAMILY_LABELS,
    KIND_FAMILIES,
    KIND_FAMILY,
)
from desktop.shared.wording import components, metrics, periods
from desktop.shared.wording import drivers as driver_words
from desktop.shared.wording import movement as movement_words
from domain import formatting as fmt
from domain.health.model import COMPONENTS
from domain.health.movement import CAUSES
from domain.health.segments import PROSPECT
from domain.report_contents.account import AccountReport, HealthHeader

TITLE = QT_TRANSLATE_NOOP("AccountReport", "Account report")
# Words are translated as the report is laid out, in the language installed then.
translate = QCoreApplication.translate
COMPONENT_CHART_PT = (300.0, 118.0)


def account_document(report: AccountReport) -> ReportDocument:
    charts: dict[str, PlacedChart] = {}
    body = [_title(report), _health(report, charts), _moved(report)]
    body.append(_heading("h2", translate("AccountReport", "KPIs: this period against the previous one")))
    if report.kpis:
        body.append(kpi_table(report.kpis, report.currency))
    if report.kpis_left_out:
        body.append('<p class="muted small">' + esc(arg(translate(
            "AccountReport", "%1 KPIs had no data for this account in either period and are "
            "left out."), report.kpis_left_out)) + "</p>")
    body.append(_engagement(report, charts))
    body.append(_heading("h2", translate("AccountReport", "Buying committee")))
    body.append(typed_table(worded(report.committee), translate("AccountReport", "No contacts are known at this account."),
                            [20, 17, 13, 11, 13, 13, 13]))
    body.append(_heading("h2", translate("AccountReport", "Meetings and deals"))
                + _heading("h3", translate("AccountReport", "Meetings")))
    body.append(typed_table(worded(report.meetings), translate("AccountReport", "No calls or demos booked."), limit=25))
    body.append(_heading("h3", translate("AccountReport", "Deals")))
    body.append(typed_table(worded(report.deals), translate("AccountReport", "No opportunities."), limit=25))
    body.append(_retention(report))
    body.append(_heading("h2", translate("AccountReport", "Notes and next actions")))
    body.append(typed_table(worded(report.notes), translate("AccountReport", "No notes yet."), [11, 8, 53, 15, 13]))
    body.append(vanity_panel(report.vanity, report.currency))
    notes = [(metrics.name(i), metrics.formula(i)) for i in report.formula_notes]
    body.append(footnotes([*notes, *(footnote(f) for f in report.footnotes)]))
    version = report.health.explanation.model_version if report.health else None
    day = fmt.day(report.as_of_day)
    footer = (arg(translate("AccountReport", "abm-health · data as of %1 · health model v%2"), day,
                  version) if version is not None
              else arg(translate("AccountReport", "abm-health · data as of %1"), day))
    return ReportDocument(
        title=translate("AccountReport", TITLE),
        language=active_language(),
        subject=report.name,
        body="".join(body),
        charts=charts,
        header_right=f"{report.name} · {periods.span(report.period)}",
        footer_left=footer,
        as_of=report.as_of_day,
    )


def write_account_report(report: AccountReport, path: str | Path) -> int:
    """Write the report as PDF or HTML by the file's suffix; returns pages (1 for HTML)."""
    path = Path(path)
    document = account_document(report)
    if path.suffix.lower() in (".html", ".htm"):
        document.write_html(path)
        return 1
    return document.write_pdf(path)


def _title(report: AccountReport) -> str:
    profile = " · ".join(
        f"{esc(profile_label(item.label))} {esc(format_value(item.value, item.kind, report.currency))}"
        if item.label in ("tier", "employees", "annual_revenue", "crm_id")  # labelled values
        else esc(format_value(item.value, item.kind, report.currency))
        for item in report.profile
    )
    subtitle = arg(translate("AccountReport", "%1 · %2, compared with %3"),
                   translate("AccountReport", TITLE), periods.span(report.period),
                   periods.span(report.previous_period))
    return (
        f"<h1>{esc(report.name)}</h1>"
        f'<p class="subtitle">{esc(subtitle)}</p>'
        f'<p class="muted">{profile}</p>'
    )


def _health(report: AccountReport, charts: dict[str, PlacedChart]) -> str:
    health = report.health
    if health is None:
        return (_heading("h2", translate("AccountReport", "Health")) + '<p class="muted">'
                + esc(translate("AccountReport", "This account has no health score yet.")) + "</p>")
    ex = health.explanation
    band = ex.band or ""
    score = fmt.score(ex.score)
    charts["components"] = PlacedChart(component_bars(health), *COMPONENT_CHART_PT)
    band_text = BAND_LABELS.get(band) or band or translate("AccountReport", "no band")
    stage_word = translate("AccountReport", "Stage:")
    left = (
        f'<p class="score {band}">{esc(score)}</p>'
        f'<p class="bandlabel {band}">{esc(band_text)}</p>'
        f"<p>{esc(stage_word)} <b>{esc(stage_label(report.stage))}</b></p>"
        f'<p class="muted">{esc(trend_text(health.trend, health.change_4w))}</p>'
        f'<p class="muted">{esc(_likelihood_text(health))}</p>'
    )
    head = (
        _heading("h2", translate("AccountReport", "Health"))
        + '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="30%" valign="top">{left}</td>'
        f'<td width="70%" valign="top">{chart("components")}</td></tr></table>'
    )
    drivers = ex.top()  # the model's number, as on the account page and in the CLI
    if drivers:
        items = "".join(
            f'<p class="drivers"><span class="{"good" if d.impact > 0 else "bad"}">'
            f'{ARROWS["up"] if d.impact > 0 else ARROWS["down"]}</span> '
            f'{esc(fmt.sentence(driver_words.sentence(d)))}</p>'
            for d in drivers
        )
        head += _heading("h3", translate("AccountReport", "Why: the drivers")) + items
    if ex.renormalisation:
        head += f'<p class="muted small">{esc(components.note(ex.renormalisation))}</p>'
    return head


def component_bars(health: HealthHeader) -> HBars:
    """The component chart: each bar coloured by the band its score would fall in, in the
    thresholds and vocabulary of the account's segment (a prospect's 55 is hot, not watch)."""
    lines = list(health.explanation.components)
    return HBars(
        translate("AccountReport", "Components (0-100) and their share of the score"),
        tuple(components.name(c.component) for c in lines),
        tuple(c.score if c.score is not None else 0.0 for c in lines),
        tuple(_score_color(c.score, health) for c in lines),
        tuple(
            arg(translate("AccountReport", "%1 · %2 of score"), fmt.score(c.score),
                fmt.conventions().percent.format(f"{c.share * 100:.0f}"))
            if c.score is not None
            else arg(translate("AccountReport", "n/a (%1)"), components.reason(c))
            for c in lines
        ),
        maximum=100.0,
    )


def _band_names(health: HealthHeader) -> tuple[str, str, str]:
    """(top, middle, bottom) band names of the account's segment."""
    return ("hot", "warm", "cold") if health.segment == PROSPECT else ("healthy", "watch", "at-risk")


def _history_bands(report: AccountReport) -> tuple[tuple[float, float, str], ...]:
    """The shaded bands behind the health history, in the account's segment's thresholds."""
    top, middle = report.health.thresholds
    high, mid, low = _band_names(report.health)
    return ((top, 100.0, BAND_COLORS[high]), (middle, top, BAND_COLORS[mid]),
            (0.0, middle, BAND_COLORS[low]))


def _likelihood_text(health) -> str:
    if health.likelihood is None:
        if not health.likelihood_note:
            return ""
        return arg(translate("AccountReport", "Likelihood: n/a (%1)"), health.likelihood_note)
    share = fmt.conventions().percent.format(f"{health.likelihood * 100:.0f}")
    return arg(translate("AccountReport", "Likelihood %1: %2"), share, health.likelihood_note)


def _moved(report: AccountReport) -> str:
    """What moved the score: components by cause, the cause sentences, the new activity."""
    moved = report.health.moved if report.health is not None else None
    if moved is None:
        return ""
    title = "<h2>" + esc(arg(translate("AccountReport", "What moved the score from %1 to %2"),
                             fmt.day(moved.start), fmt.day(moved.end))) + "</h2>"
    if moved.change is None:
        return title + '<p class="muted">' + esc(arg(translate(
            "AccountReport", "Nothing to compare: %1."), movement_words.reason_text(moved))) + "</p>"
    head = "<p>" + arg(esc(translate(
        "AccountReport", "%1 to %2: %3 points, split by component and cause (the cells add up "
        "to the change).")), fmt.fixed(moved.score_before), fmt.fixed(moved.score_after),
        f"<b>{fmt.signed(moved.change)}</b>") + "</p>"
    by_component = moved.by_component()
    rows = [[esc(components.name(c)), *(fmt.signed(moved.cells[(c, cause)]) for cause in CAUSES),
             fmt.signed(by_component[c])] for c in COMPONENTS]
    totals = moved.by_cause()
    rows.append(["<b>" + esc(translate("AccountReport", "Total")) + "</b>", *(f"<b>{fmt.signed(totals[c])}</b>" for c in CAUSES),
                 f"<b>{fmt.signed(moved.change)}</b>"])
    header = [(translate("AccountReport", "Component"), False),
              *((movement_words.cause_name(c).capitalize(), True) for c in CAUSES),
              (translate("AccountReport", "Total"), True)]
    sentences = "".join(
        f'<p class="drivers">{esc(s[:1].upper() + s[1:])}</p>'
        for s in (movement_words.cause_sentence(moved, c, events=4) for c in CAUSES))
    return title + head + grid(header, rows, [28, 18, 18, 18, 18]) + sentences


def _heading(tag: str, text: str) -> str:
    return f"<{tag}>{esc(text)}</{tag}>"


def stage_label(stage: str | None) -> str:
    """"mqa" → "MQA", "customer" → "Customer" (in the installed language)."""
    if not stage:
        return fmt.conventions().na
    if stage in STAGE_LABELS:
        return STAGE_LABELS[stage]
    return stage.upper() if stage == "mqa" else stage.capitalize()


def _score_color(score: float | None, health: HealthHeader) -> str:
    if score is None:
        return BAND_COLORS["churned"]
    top, middle = health.thresholds
    high, mid, low = _band_names(health)
    return BAND_COLORS[high if score >= top else mid if score >= middle else low]


def _engagement(report: AccountReport, charts: dict[str, PlacedChart]) -> str:
    weekly = report.engagement
    labels = tuple(short_day(pd.Timestamp(w).date()) for w in weekly.index)
    series = []
    for family in KIND_FAMILIES:
        kinds = [k for k in weekly.columns if KIND_FAMILY.get(k) == family]
        if kinds:
            values = weekly[kinds].sum(axis=1).astype(float)
            if values.sum() > 0:
                series.append(Series(FAMILY_LABELS[family], FAMILY_COLORS[family], tuple(values)))
    charts["engagement"] = PlacedChart(
        StackedBars(arg(translate("AccountReport", "Engagement touches per week, last %1 weeks"),
                        len(labels)), labels,
                    tuple(series)),
        CONTENT_WIDTH_PT, 150.0,
    )
    out = _heading("h2", translate("AccountReport", "Engagement")) + chart("engagement")
    if report.health is not None and len(report.health.sparkline) >= 2:
        points = report.health.sparkline
        charts["history"] = PlacedChart(
            Line(
                arg(translate("AccountReport", "Health score, last %1 weekly snapshots"),
                    len(points)),
                tuple("" for _ in points[:-1]) + (translate("AccountReport", "now"),),
                tuple(points),
                "#2f6fdf",
                minimum=0.0,
                maximum=100.0,
                bands=_history_bands(report),
            ),
            CONTENT_WIDTH_PT, 95.0,
        )
        out += chart("history")
    if len(report.touches):
        out += "<h3>" + esc(arg(translate("AccountReport", "Latest %1 touches"),
                                len(report.touches))) + "</h3>"
    out += typed_table(worded(report.touches), "", [18, 20, 22, 26, 14]) if len(report.touches) else ""
    return out


def _retention(report: AccountReport) -> str:
    out = [_heading("h2", translate("AccountReport", "Retention and NPS"))
           + _heading("h3", translate("AccountReport", "Subscriptions")),
           typed_table(worded(report.subscriptions),
                       translate("AccountReport", "No subscriptions: not a customer yet."))]
    nps = report.account_nps
    if nps is not None:
        small = "small_sample" in nps.flags
        value = f"<b>{esc(format_measure(nps.value, 'nps'))}</b>"
        previous = esc(format_measure(nps.previous, "nps"))
        if nps.n is not None and small:
            text = arg(esc(translate("AccountReport", "Account NPS: %1 from %2 responses (caution: "
                                     "small sample); previous period %3.")), value, nps.n, previous)
        elif nps.n is not None:
            text = arg(esc(translate("AccountReport", "Account NPS: %1 from %2 responses; "
                                     "previous period %3.")), value, nps.n, previous)
        elif small:
            text = arg(esc(translate("AccountReport", "Account NPS: %1 (caution: small sample); "
                                     "previous period %2.")), value, previous)
        else:
            text = arg(esc(translate("AccountReport", "Account NPS: %1; previous period %2.")),
                       value, previous)
        out.append(f"<p>{text}</p>")
    out.append(_heading("h3", translate("AccountReport", "NPS responses and comments")))
    out.append(typed_table(worded(report.nps_responses), translate("AccountReport", "No NPS responses yet."),
                           [12, 7, 11, 18, 52],
                           limit=40))
    return "".join(out)
