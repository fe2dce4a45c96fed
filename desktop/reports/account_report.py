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

from desktop.reports.charts import HBars, Line, Series, StackedBars
from desktop.reports.document import CONTENT_WIDTH_PT, PlacedChart, ReportDocument
from desktop.reports.formatting import (
    ARROWS,
    esc,
    format_measure,
    format_value,
    trend_text,
)
from desktop.reports.sections import chart, footnotes, grid, kpi_table, typed_table, vanity_panel
from desktop.shared.palette import (
    BAND_COLORS,
    BAND_LABELS,
    FAMILY_COLORS,
    KIND_FAMILIES,
    KIND_FAMILY,
)
from domain import formatting as fmt
from domain.health.model import COMPONENT_LABELS, COMPONENTS
from domain.health.movement import CAUSE_LABELS, CAUSES
from domain.report_contents.account import AccountReport

TITLE = "Account report"
COMPONENT_CHART_PT = (300.0, 118.0)


def account_document(report: AccountReport) -> ReportDocument:
    charts: dict[str, PlacedChart] = {}
    body = [_title(report), _health(report, charts), _moved(report)]
    body.append("<h2>KPIs: this period against the previous one</h2>")
    if report.kpis:
        body.append(kpi_table(report.kpis, report.currency))
    if report.kpis_left_out:
        body.append(
            f'<p class="muted small">{report.kpis_left_out} KPIs had no data for this account '
            "in either period and are left out.</p>"
        )
    body.append(_engagement(report, charts))
    body.append("<h2>Buying committee</h2>")
    body.append(typed_table(report.committee, "No contacts are known at this account.",
                            [20, 17, 13, 11, 13, 13, 13]))
    body.append("<h2>Meetings and deals</h2><h3>Meetings</h3>")
    body.append(typed_table(report.meetings, "No calls or demos booked.", limit=25))
    body.append("<h3>Deals</h3>")
    body.append(typed_table(report.deals, "No opportunities.", limit=25))
    body.append(_retention(report))
    body.append("<h2>Notes and next actions</h2>")
    body.append(typed_table(report.notes, "No notes yet.", [11, 8, 53, 15, 13]))
    body.append(vanity_panel(report.vanity, report.currency))
    body.append(footnotes((f.label, f.text) for f in report.footnotes))
    version = report.health.explanation.model_version if report.health else None
    footer = f"abm-health · data as of {report.as_of_day.isoformat()}"
    if version is not None:
        footer += f" · health model v{version}"
    return ReportDocument(
        title=TITLE,
        subject=report.name,
        body="".join(body),
        charts=charts,
        header_right=f"{report.name} · {report.period.label()}",
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
        f"{esc(item.label)} {esc(format_value(item.value, item.kind, report.currency))}"
        if item.label in ("Tier", "Employees", "Annual revenue", "CRM id")
        else esc(format_value(item.value, item.kind, report.currency))
        for item in report.profile
    )
    period = report.period.label()
    previous = report.previous_period.label()
    return (
        f"<h1>{esc(report.name)}</h1>"
        f'<p class="subtitle">{TITLE} · {esc(period)}, compared with {esc(previous)}</p>'
        f'<p class="muted">{profile}</p>'
    )


def _health(report: AccountReport, charts: dict[str, PlacedChart]) -> str:
    health = report.health
    if health is None:
        return '<h2>Health</h2><p class="muted">This account has no health score yet.</p>'
    ex = health.explanation
    band = ex.band or ""
    score = fmt.score(ex.score)
    lines = list(ex.components)
    charts["components"] = PlacedChart(
        HBars(
            "Components (0-100) and their share of the score",
            tuple(c.label for c in lines),
            tuple(c.score if c.score is not None else 0.0 for c in lines),
            tuple(_score_color(c.score) for c in lines),
            tuple(
                f"{fmt.score(c.score)} · {c.share * 100:.0f}% of score" if c.score is not None
                else f"n/a ({c.reason_missing})"
                for c in lines
            ),
            maximum=100.0,
        ),
        *COMPONENT_CHART_PT,
    )
    left = (
        f'<p class="score {band}">{esc(score)}</p>'
        f'<p class="bandlabel {band}">{esc(BAND_LABELS.get(band, band or "no band"))}</p>'
        f"<p>Stage: <b>{esc(stage_label(report.stage))}</b></p>"
        f'<p class="muted">{esc(trend_text(health.trend, health.change_4w))}</p>'
        f'<p class="muted">{esc(_likelihood_text(health))}</p>'
    )
    head = (
        '<h2>Health</h2><table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="30%" valign="top">{left}</td>'
        f'<td width="70%" valign="top">{chart("components")}</td></tr></table>'
    )
    drivers = ex.top()  # the model's number, as on the account page and in the CLI
    if drivers:
        items = "".join(
            f'<p class="drivers"><span class="{"good" if d.impact > 0 else "bad"}">'
            f'{ARROWS["up"] if d.impact > 0 else ARROWS["down"]}</span> {esc(fmt.sentence(d.sentence))}</p>'
            for d in drivers
        )
        head += f"<h3>Why: the drivers</h3>{items}"
    if ex.renormalisation:
        head += f'<p class="muted small">{esc(ex.renormalisation)}</p>'
    return head


def _history_bands(report: AccountReport) -> tuple[tuple[float, float, str], ...]:
    """The shaded bands behind the health history, in the account's segment's thresholds."""
    top, middle = report.health.thresholds
    prospect = report.stage not in ("customer", "expansion", "churned")
    high, mid, low = ("hot", "warm", "cold") if prospect else ("healthy", "watch", "at-risk")
    return ((top, 100.0, BAND_COLORS[high]), (middle, top, BAND_COLORS[mid]),
            (0.0, middle, BAND_COLORS[low]))


def _likelihood_text(health) -> str:
    if health.likelihood is None:
        return f"Likelihood: n/a ({health.likelihood_note})" if health.likelihood_note else ""
    return f"Likelihood {health.likelihood:.0%}: {health.likelihood_note}"


def _moved(report: AccountReport) -> str:
    """What moved the score: components by cause, the cause sentences, the new activity."""
    moved = report.health.moved if report.health is not None else None
    if moved is None:
        return ""
    title = (f"<h2>What moved the score from {moved.start.isoformat()} to "
             f"{moved.end.isoformat()}</h2>")
    if moved.change is None:
        return title + f'<p class="muted">Nothing to compare: {esc(moved.reason or "")}.</p>'
    head = (f"<p>{moved.score_before:.1f} to {moved.score_after:.1f}: <b>{moved.change:+.1f}</b> "
            "points, split by component and cause (the cells add up to the change).</p>")
    by_component = moved.by_component()
    rows = [[esc(COMPONENT_LABELS[c]), *(f"{moved.cells[(c, cause)]:+.1f}" for cause in CAUSES),
             f"{by_component[c]:+.1f}"] for c in COMPONENTS]
    totals = moved.by_cause()
    rows.append(["<b>Total</b>", *(f"<b>{totals[c]:+.1f}</b>" for c in CAUSES),
                 f"<b>{moved.change:+.1f}</b>"])
    header = [("Component", False), *((CAUSE_LABELS[c].capitalize(), True) for c in CAUSES),
              ("Total", True)]
    sentences = "".join(
        f'<p class="drivers">{esc(s[:1].upper() + s[1:])}</p>'
        for s in (moved.cause_sentence(c, events=4) for c in CAUSES))
    return title + head + grid(header, rows, [28, 18, 18, 18, 18]) + sentences


def stage_label(stage: str | None) -> str:
    """"mqa" → "MQA", "customer" → "Customer"."""
    if not stage:
        return "n/a"
    return stage.upper() if stage == "mqa" else stage.capitalize()


def _score_color(score: float | None) -> str:
    if score is None:
        return BAND_COLORS["churned"]
    if score >= 70:
        return BAND_COLORS["healthy"]
    return BAND_COLORS["watch"] if score >= 40 else BAND_COLORS["at-risk"]


def _engagement(report: AccountReport, charts: dict[str, PlacedChart]) -> str:
    weekly = report.engagement
    labels = tuple(pd.Timestamp(w).strftime("%d %b") for w in weekly.index)
    series = []
    for family in KIND_FAMILIES:
        kinds = [k for k in weekly.columns if KIND_FAMILY.get(k) == family]
        if kinds:
            values = weekly[kinds].sum(axis=1).astype(float)
            if values.sum() > 0:
                series.append(Series(family, FAMILY_COLORS[family], tuple(values)))
    charts["engagement"] = PlacedChart(
        StackedBars(f"Engagement touches per week, last {len(labels)} weeks", labels,
                    tuple(series)),
        CONTENT_WIDTH_PT, 150.0,
    )
    out = "<h2>Engagement</h2>" + chart("engagement")
    if report.health is not None and len(report.health.sparkline) >= 2:
        points = report.health.sparkline
        charts["history"] = PlacedChart(
            Line(
                f"Health score, last {len(points)} weekly snapshots",
                tuple("" for _ in points[:-1]) + ("now",),
                tuple(points),
                "#2f6fdf",
                minimum=0.0,
                maximum=100.0,
                bands=_history_bands(report),
            ),
            CONTENT_WIDTH_PT, 95.0,
        )
        out += chart("history")
    out += f"<h3>Latest {len(report.touches)} touches</h3>" if len(report.touches) else ""
    out += typed_table(report.touches, "", [18, 20, 22, 26, 14]) if len(report.touches) else ""
    return out


def _retention(report: AccountReport) -> str:
    out = ["<h2>Retention and NPS</h2><h3>Subscriptions</h3>",
           typed_table(report.subscriptions, "No subscriptions: not a customer yet.")]
    nps = report.account_nps
    if nps is not None:
        caution = " (caution: small sample)" if "small_sample" in nps.flags else ""
        responses = f" from {nps.n} responses" if nps.n is not None else ""
        out.append(
            f"<p>Account NPS: <b>{esc(format_measure(nps.value, 'nps'))}</b>"
            f"{esc(responses)}{esc(caution)}; previous period "
            f"{esc(format_measure(nps.previous, 'nps'))}.</p>"
        )
    out.append("<h3>NPS responses and comments</h3>")
    out.append(typed_table(report.nps_responses, "No NPS responses yet.", [12, 7, 11, 18, 52],
                           limit=40))
    return "".join(out)
