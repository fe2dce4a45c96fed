"""The meeting pack (SPEC §9): the alignment-meeting dashboard for a period, as a PDF.

It renders the dashboard's own data (``domain.report_contents.dashboard.compute_dashboard``:
the KPI engine's report, the funnel, stored health snapshots, the vanity rows), so the pack
shows exactly the numbers the room saw on the projector: KPI tiles by group with their
change, six charts (engaged community, journey funnel, CTA conversion, NPS distribution,
health bands, MQLs and cost per MQL by campaign), the at-risk list, the biggest movers and
the vanity panel.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from desktop.i18n.install import active_language
from desktop.i18n.placeholders import arg
from desktop.reports.account_report import stage_label
from desktop.reports.charts import Bars, Chart, HBars, Line, Series, StackedBars, Tile, TileRow
from desktop.reports.document import CONTENT_WIDTH_PT, PlacedChart, ReportDocument
from desktop.reports.formatting import (
    change_class,
    esc,
    format_change,
    format_measure,
    format_value,
    money,
    short_day,
)
from desktop.reports.sections import chart, grid, vanity_panel
from desktop.shared.palette import (
    BAND_COLORS,
    BAND_LABELS,
    CUSTOMER_BAND_ORDER,
    PROSPECT_BAND_ORDER,
    SERIES_COLORS,
)
from desktop.shared.wording import metrics, periods, reasons
from desktop.shared.wording.listed import why
from domain import formatting as fmt
from domain.report_contents.dashboard import DashboardData
from domain.report_contents.kpi_lines import KpiLine, kpi_lines
from domain.report_contents.tables import ColumnKind

TITLE = QT_TRANSLATE_NOOP("MeetingPack", "Meeting pack")
# Words are translated as the pack is laid out, in the language installed then.
translate = QCoreApplication.translate
TILES_PER_ROW = 4
HALF_PT = (CONTENT_WIDTH_PT - 12) / 2
CHART_H_PT = 150.0
TILE_H_PT = 58.0
NPS_COLORS = {"detractor": "#d64545", "passive": "#d99a1e", "promoter": "#2e9d5b"}


def meeting_document(data: DashboardData, scope: str, currency: str,
                     model_version: int | None = None) -> ReportDocument:
    report = data.report
    period = data.query.period
    lines, left_out = kpi_lines(report)
    charts = _charts(data, currency)
    placed = {k: PlacedChart(v, HALF_PT, CHART_H_PT) for k, v in charts.items()}
    tiles = _tiles(lines, currency, placed)
    data_day = data.data_date or (period.end - pd.Timedelta(days=1)).date()
    title = translate("MeetingPack", TITLE)
    body = [
        "<h1>" + esc(arg(translate("MeetingPack", "%1: %2"), title, scope)) + "</h1>",
        '<p class="subtitle">' + esc(arg(translate(
            "MeetingPack", "%1, compared with %2 · Data as of %3"), periods.span(period),
            periods.span(period.previous()), fmt.day(data_day))) + "</p>",
        _heading("h2", translate("MeetingPack", "KPIs to steer by")),
        tiles,
    ]
    missing = reasons.na_sentence((line.metric_id, line.na_reason) for line in lines)
    if missing:
        body.append(f'<p class="muted small">{esc(missing)}</p>')
    if left_out:
        body.append('<p class="muted small">' + esc(arg(translate(
            "MeetingPack", "%1 KPIs had no data in either period."), left_out)) + "</p>")
    body.append(_heading("h2", translate("MeetingPack", "Charts")))
    names = list(charts)
    for i in range(0, len(names), 2):
        pair = names[i:i + 2]
        cells = "".join(f'<td width="50%" valign="top">{chart(n)}</td>' for n in pair)
        body.append(f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>')
    body.append(_heading("h2", translate("MeetingPack", "Accounts at risk")))
    body.append(_accounts(data.health.at_risk, translate("MeetingPack", "No account is at risk."),
                          currency))
    body.append(_heading("h2", translate("MeetingPack", "Biggest movers in four weeks")))
    body.append(_accounts(data.health.movers,
                          translate("MeetingPack", "No score history yet to compare with."),
                          currency))
    body.append(vanity_panel(data.vanity, currency))
    day = data.health.day
    scored = isinstance(day, date)
    if scored and model_version is not None:
        health = arg(translate("MeetingPack", "Health: scores as of %1, model version %2."),
                     fmt.day(day), model_version)
    elif scored:
        health = arg(translate("MeetingPack", "Health: scores as of %1."), fmt.day(day))
    elif model_version is not None:
        health = arg(translate("MeetingPack", "Health: not scored, model version %1."),
                     model_version)
    else:
        health = translate("MeetingPack", "Health: not scored.")
    notes = [
        arg(translate("MeetingPack", "KPIs for %1 against %2; rates compare in percentage "
                      "points. n is the sample size where one applies."),
            periods.span(period), periods.span(period.previous())),
        health,
    ]
    body.append(_heading("h2", translate("MeetingPack", "Notes"))
                + "".join(f'<p class="small muted">{esc(n)}</p>' for n in notes))
    return ReportDocument(
        title=title,
        language=active_language(),
        subject=scope,
        body="".join(body),
        charts=placed,
        header_right=periods.span(period),
        footer_left=arg(translate("MeetingPack", "abm-health · data as of %1"), fmt.day(data_day)),
        as_of=(period.end - pd.Timedelta(days=1)).date(),
    )


def write_meeting_pack(data: DashboardData, scope: str, currency: str, path: str | Path,
                       model_version: int | None = None) -> int:
    document = meeting_document(data, scope, currency, model_version)
    path = Path(path)
    if path.suffix.lower() in (".html", ".htm"):
        document.write_html(path)
        return 1
    return document.write_pdf(path)


def _tiles(lines: list[KpiLine], currency: str, charts: dict[str, PlacedChart]) -> str:
    """KPI tiles by group, four to a row; each row is one drawing (never cut by a page)."""
    out = []
    for group in dict.fromkeys(line.group for line in lines):
        members = [line for line in lines if line.group == group]
        out.append(f"<h3>{esc(metrics.group_name(group))}</h3>")
        for i in range(0, len(members), TILES_PER_ROW):
            tiles = tuple(
                Tile(metrics.name(line.metric_id), format_measure(line.value, line.unit, currency),
                     format_change(line.change, line.unit, currency), change_class(line),
                     format_measure(line.previous, line.unit, currency))
                for line in members[i:i + TILES_PER_ROW]
            )
            name = f"tiles-{len(charts)}"
            charts[name] = PlacedChart(TileRow(tiles, TILES_PER_ROW), CONTENT_WIDTH_PT, TILE_H_PT)
            out.append(f"<p>{chart(name)}</p>")
    return "".join(out)


def _heading(tag: str, text: str) -> str:
    return f"<{tag}>{esc(text)}</{tag}>"


def month_label(value: date) -> str:
    """A month on a chart axis: "Oct 26" in English, else the language's year and month."""
    if fmt.conventions().language == "en":
        return value.strftime("%b %y")
    return QLocale().toString(QDate(value.year, value.month, 1), "yyyy-MM")


def _accounts(frame: pd.DataFrame, empty: str, currency: str) -> str:
    if frame is None or frame.empty:
        return f'<p class="muted">{esc(empty)}</p>'
    rows = []
    for row in frame.itertuples(index=False):
        band = str(row.band) if isinstance(row.band, str) else ""
        change = row.change_4w
        rows.append([
            esc(row.name),
            esc(format_value(row.owner, ColumnKind.TEXT)),
            esc(format_value(row.tier, ColumnKind.INTEGER)),
            f'<span class="{band}">{esc(fmt.score(row.score))}</span>',
            esc(fmt.change(change, "score")),
            f'<span class="small">{esc(why(row.driver))}</span>',
        ])
    header = [(translate("MeetingPack", "Account"), False), (translate("MeetingPack", "Owner"), False),
              (translate("MeetingPack", "Tier"), True), (translate("MeetingPack", "Health"), True),
              (translate("MeetingPack", "4 weeks"), True),
              (translate("MeetingPack", "Main driver"), False)]
    return grid(header, rows, [24, 12, 6, 8, 9, 41])


def _charts(data: DashboardData, currency: str) -> dict[str, Chart]:
    report = data.report
    charts: dict[str, Chart] = {}
    community = report.detail("engaged_community") if "engaged_community" in report else None
    if community is not None and not community.empty:
        charts["community"] = Line(
            translate("MeetingPack", "Engaged community per month (contacts)"),
            tuple(month_label(pd.Timestamp(f"{m}-01").date()) for m in community["month"]),
            tuple(None if pd.isna(v) else float(v) for v in community["contacts"]),
            SERIES_COLORS[0], minimum=0.0,
        )
    if data.funnel is not None:
        # ``domain.funnel``'s one definition, drawn as the dashboard draws it: reached by
        # the period's end, (+ entered during it), share that went on to the next stage.
        stages = data.funnel.stages
        charts["funnel"] = HBars(
            translate("MeetingPack",
                      "Journey funnel: accounts that had reached each stage by the period's end"),
            tuple(stage_label(str(s)) for s in stages["stage"]),
            tuple(float(v) for v in stages["accounts"]),
            (SERIES_COLORS[0],),
            tuple(
                f"{a:,.0f}" + (f" (+{e:,})" if e and i else "")
                + ("" if pd.isna(c) or i + 1 == len(stages) else " · " + arg(
                    translate("MeetingPack", "%1 onward"),
                    fmt.conventions().percent.format(f"{c * 100:.0f}")))
                for i, (a, e, c) in enumerate(zip(stages["accounts"], stages["entered"],
                                                  stages["conversion"], strict=True))
            ),
        )
    cta = report.detail("cta_conversion") if "cta_conversion" in report else None
    if cta is not None and not cta.empty:
        shown = cta.nlargest(8, "viewers").sort_index()
        charts["cta"] = HBars(
            translate("MeetingPack", "CTA conversion along the journey"),
            tuple(str(c) for c in shown["cta"]),
            tuple(0.0 if pd.isna(v) else float(v) * 100 for v in shown["conversion"]),
            (SERIES_COLORS[1],),
            tuple(fmt.rate(v) for v in shown["conversion"]),
            maximum=100.0,
        )
    nps = report["nps"] if "nps" in report else None
    if nps is not None and nps.detail is not None and not nps.detail.empty:
        detail = nps.detail
        value = format_measure(nps.value, "nps")
        charts["nps"] = Bars(
            arg(translate("MeetingPack", "NPS responses by score (NPS %1, n = %2)"), value,
                nps.n or 0),
            tuple(str(s) for s in detail["score"]),
            tuple(float(v) for v in detail["responses"]),
            tuple(NPS_COLORS.get(str(g), SERIES_COLORS[6]) for g in detail["group"]),
        )
    weeks, counts = data.health.weeks, data.health.band_counts
    if len(weeks):
        labels = tuple(short_day(pd.Timestamp(w).date()) for w in np.asarray(weeks))
        # One chart per segment, each in its own words.
        for name, title, bands in (
            ("bands", translate("MeetingPack", "Customers per health band, weekly"),
             CUSTOMER_BAND_ORDER),
            ("intent", translate("MeetingPack", "Prospects per intent band, weekly"),
             PROSPECT_BAND_ORDER + ("no-data",)),
        ):
            series = tuple(
                Series(BAND_LABELS[b], BAND_COLORS[b], tuple(float(v) for v in counts[b]))
                for b in bands if b in counts
            )
            if series:
                charts[name] = StackedBars(title, labels, series)
    campaigns = report.detail("cost_per_mql") if "cost_per_mql" in report else None
    if campaigns is not None and not campaigns.empty:
        shown = campaigns.head(8)
        charts["campaigns"] = HBars(
            translate("MeetingPack", "MQLs by campaign, with cost per MQL"),
            tuple(str(c) for c in shown["campaign"]),
            tuple(float(v) for v in shown["mqls"]),
            (SERIES_COLORS[2],),
            tuple(
                arg(translate("MeetingPack", "%1 MQLs · %2"), f"{m:,.0f}",
                    fmt.conventions().na if pd.isna(c) else money(float(c), currency))
                for m, c in zip(shown["mqls"], shown["cost_per_mql"], strict=True)
            ),
        )
    return charts
