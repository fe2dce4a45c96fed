"""The dashboard's six charts, each in a titled card with a one-line caption.

``DashboardCharts`` creates every chart once and ``render(data)`` copies the numbers of a
``DashboardData`` into them with ``setData``/``setOpts``: the engagement trend, the journey
funnel with conversion between stages, CTA conversion along the journey, the NPS
distribution with n, the health band distribution over time, and MQLs with cost per MQL by
campaign. Every number is the KPI engine's, the funnel's or a stored health snapshot's.
A chart with nothing to draw gives its place to the sentence saying why (no NPS answers in
the period; no weekly health snapshots stored yet), where the chart would be: a caption
under a blank chart is out of sight below the fold at 1280×720.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.charts.bar_chart import BarChart
from desktop.charts.chart_theme import ChartTheme, epoch_seconds
from desktop.charts.funnel_chart import FunnelChart
from desktop.charts.stacked_bar_chart import StackedBarChart
from desktop.charts.trend_chart import TrendChart
from desktop.dashboard.kpi_format import format_value, money
from desktop.i18n.placeholders import arg
from desktop.shared.axis import MONTH
from desktop.shared.plurals import counted
from domain.metrics.results import SMALL_SAMPLE
from domain.report_contents.dashboard import DashboardData

MAX_CTAS = 10
MAX_CAMPAIGNS = 8
# One chart per segment, each in its own words: customers for retention, prospects for intent.
# Series names are translated when a chart is built (``DashboardCharts.tr``).
BAND_LAYERS = (("at-risk", QT_TRANSLATE_NOOP("DashboardCharts", "At risk")), ("watch", QT_TRANSLATE_NOOP("DashboardCharts", "Watch")),
               ("healthy", QT_TRANSLATE_NOOP("DashboardCharts", "Healthy")), ("churned", QT_TRANSLATE_NOOP("DashboardCharts", "Churned")))
INTENT_LAYERS = (("cold", QT_TRANSLATE_NOOP("DashboardCharts", "Cold")), ("warm", QT_TRANSLATE_NOOP("DashboardCharts", "Warm")), ("hot", QT_TRANSLATE_NOOP("DashboardCharts", "Hot")),
                 ("no-data", QT_TRANSLATE_NOOP("DashboardCharts", "No data")))
STAGE_LABELS = {"target": QT_TRANSLATE_NOOP("DashboardCharts", "Target"), "aware": QT_TRANSLATE_NOOP("DashboardCharts", "Aware"),
                "engaged": QT_TRANSLATE_NOOP("DashboardCharts", "Engaged"), "mqa": QT_TRANSLATE_NOOP("DashboardCharts", "MQA"),
                "opportunity": QT_TRANSLATE_NOOP("DashboardCharts", "Opportunity"), "customer": QT_TRANSLATE_NOOP("DashboardCharts", "Customer"),
                "expansion": QT_TRANSLATE_NOOP("DashboardCharts", "Expansion")}
NPS_GROUP_BAND = {"detractor": "at-risk", "passive": "watch", "promoter": "healthy"}
ENGAGED, YEAR_BEFORE = QT_TRANSLATE_NOOP("DashboardCharts", "Engaged contacts"), QT_TRANSLATE_NOOP("DashboardCharts", "Same month a year earlier")


class ChartCard(QFrame):
    """A card: title, chart (or any widget), caption; or, with nothing to draw, the why."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        self.caption = QLabel("")
        self.caption.setObjectName("chartCaption")
        self.caption.setWordWrap(True)
        self.body = body
        self.empty = QLabel("")
        self.empty.setObjectName("chartEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(body, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.caption)

    def say_empty(self, why: str) -> None:
        """Nothing to draw: the sentence saying why stands where the chart would."""
        self.body.hide()
        self.caption.setText("")
        self.empty.setText(why)
        self.empty.show()

    def say(self, caption: str) -> None:
        """The chart, with its caption under it."""
        self.empty.hide()
        self.body.show()
        self.caption.setText(caption)

    def apply_theme(self, theme: ChartTheme, scale: float) -> None:
        self.title.setStyleSheet(
            f"color: {theme.foreground}; font-size: {round(14 * scale)}px; font-weight: 700;")
        self.caption.setStyleSheet(f"color: {theme.muted}; font-size: {round(12 * scale)}px;")
        self.empty.setStyleSheet(f"color: {theme.muted}; font-size: {round(14 * scale)}px;")


class DashboardCharts:
    """Owns the six charts and their cards; ``cards`` in reading order."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # Not a QObject: its words are translated in its own context, as a widget's would be.
        return QCoreApplication.translate("DashboardCharts", text, disambiguation, n)

    def __init__(self, theme: ChartTheme) -> None:
        self.theme = theme
        self.scale = 1.0
        self.currency = "USD"
        self.band_colors: dict[str, str] = {}
        self.engagement = TrendChart(theme=theme)
        self.funnel = FunnelChart(theme=theme)
        self.cta = BarChart(horizontal=True, theme=theme)
        self.nps = BarChart(theme=theme)
        self.bands = StackedBarChart([(self.tr(label), "#888888") for _, label in BAND_LAYERS],
                                     theme=theme)
        self.intent = StackedBarChart([(self.tr(label), "#888888") for _, label in INTENT_LAYERS],
                                      theme=theme)
        both = QWidget()
        pair = QVBoxLayout(both)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.setSpacing(4)
        self.bands_title = QLabel(self.tr("Customers: retention"))
        self.intent_title = QLabel(self.tr("Prospects: buying intent"))
        for title, chart in ((self.bands_title, self.bands), (self.intent_title, self.intent)):
            title.setObjectName("chartCaption")
            chart.setMinimumHeight(40)  # two charts share one card: each may be short
            pair.addWidget(title)
            pair.addWidget(chart, 1)
        self.campaigns = BarChart(horizontal=True, theme=theme)
        self.cards = {
            "engagement": ChartCard(self.tr("Engagement trend"), self.engagement),
            "funnel": ChartCard(self.tr("Journey funnel"), self.funnel),
            "cta": ChartCard(self.tr("CTA conversion along the journey"), self.cta),
            "nps": ChartCard(self.tr("NPS distribution"), self.nps),
            "bands": ChartCard(self.tr("Health bands over time"), both),
            "campaigns": ChartCard(self.tr("MQLs and cost per MQL by campaign"), self.campaigns),
        }

    def apply_theme(self, theme: ChartTheme, scale: float, band_colors: dict[str, str]) -> None:
        self.theme, self.scale = theme, scale
        for chart in (self.engagement, self.funnel, self.cta, self.nps, self.bands, self.intent,
                      self.campaigns):
            chart.apply_theme(theme)
        for chart, layers in ((self.bands, BAND_LAYERS), (self.intent, INTENT_LAYERS)):
            for (band, label) in layers:
                chart.items[self.tr(label)].setOpts(brush=band_colors.get(band, theme.muted))
        self.band_colors = dict(band_colors)
        for card in self.cards.values():
            card.apply_theme(theme, scale)

    # -- render -------------------------------------------------------------------------
    def render(self, data: DashboardData, currency: str) -> None:
        self.currency = currency
        report, period = data.report, data.query.period
        self._engagement(report.detail("engaged_community"), period, data.first_event)
        self._funnel(data)
        self._cta(report.detail("cta_conversion"))
        nps = report["nps"]
        self._nps(nps.detail, nps.value, nps.n or 0, SMALL_SAMPLE in nps.flags)
        self._bands(data)
        self._campaigns(report.detail("cost_per_mql"))

    def _engagement(self, detail: pd.DataFrame | None, period,
                    first_event: pd.Timestamp | None) -> None:
        card = self.cards["engagement"]
        if detail is None or detail.empty:
            self.engagement.set_series({self.tr(ENGAGED): (np.empty(0), np.empty(0))})
            card.say_empty(self.tr("No engagement recorded in the last twelve months."))
            return
        # A month's point sits mid-month, inside the shaded period it belongs to.
        starts = pd.to_datetime(detail["month"] + "-01")
        x = epoch_seconds(starts + pd.Timedelta(days=14))
        contacts = pd.to_numeric(detail["contacts"], errors="coerce").to_numpy("float64")
        before = pd.to_numeric(detail["year_before"], errors="coerce").to_numpy("float64")
        if first_event is not None:
            # A year-earlier month before the data begins is unknown, not zero, and the
            # month the data begins in is only partly known: both are left out.
            year_earlier = starts - pd.DateOffset(years=1)
            known = year_earlier >= first_event.normalize()
            before = np.where(known.to_numpy(), before, np.nan)
        self.engagement.set_series({self.tr(YEAR_BEFORE): (x, before), self.tr(ENGAGED): (x, contacts)},
                                   dashed=[self.tr(YEAR_BEFORE)], tick_format=MONTH)
        self.engagement.set_highlight(epoch_seconds([period.start])[0],
                                      epoch_seconds([period.end])[0])
        card.say(self.tr("Distinct contacts with any engagement per month; the shaded "
                                     "band is the period on the tiles."))

    def _funnel(self, data: DashboardData) -> None:
        card = self.cards["funnel"]
        stages = data.funnel.stages if data.funnel is not None else pd.DataFrame()
        if stages.empty:
            self.funnel.set_funnel([], [], [], [])
            card.say_empty(self.tr("No journey stages yet."))
            return
        counts = stages["accounts"].to_numpy("float64")
        arrived = stages["entered"].to_numpy("int64")
        conversion = pd.to_numeric(stages["conversion"], errors="coerce").to_numpy("float64")
        texts = [f"{c:,.0f}" + (f" (+{a:,})" if a and i else "")
                 for i, (c, a) in enumerate(zip(counts, arrived, strict=True))]
        self.funnel.set_funnel(
            [self.tr(STAGE_LABELS[s]) if s in STAGE_LABELS else s.title() for s in stages["stage"]],
            counts, texts, [format_value(v, "rate") for v in conversion[:-1]],
        )
        churned = data.funnel.churned if data.funnel is not None else 0
        card.say(arg(self.tr("Accounts that had reached each stage by the period's end "
                                         "(in brackets: during it); ↓ share that went on to the next "
                                         "stage. Churned in the period: %1."), f"{churned:,}"))

    def _cta(self, detail: pd.DataFrame | None) -> None:
        card = self.cards["cta"]
        if detail is None or detail.empty:
            self.cta.set_bars([], [])
            card.say_empty(self.tr("No CTA views in the period."))
            return
        # The most-seen CTAs, kept in journey order so the drop-off reads top to bottom.
        shown = detail.nlargest(MAX_CTAS, "viewers").sort_index()
        conversion = pd.to_numeric(shown["conversion"], errors="coerce").to_numpy("float64")
        days = pd.to_numeric(shown["journey_day"], errors="coerce").to_numpy("float64")
        labels = [arg(self.tr("%1 · day %2"), cta, f"{d:.0f}") if np.isfinite(d) else str(cta)
                  for cta, d in zip(shown["cta"], days, strict=True)]
        texts = [arg(self.tr("%1 of %2", "share of viewers"), format_value(c, 'rate'), f"{v:,}")
                 for c, v in
                 zip(conversion, shown["viewers"].astype("int64"), strict=True)]
        self.cta.set_bars(labels, conversion * 100, texts=texts)
        card.say(arg(self.tr("Viewers who clicked, per CTA, in the order accounts meet "
                                         "them (median day of their journey); %1 of %2 CTAs, the "
                                         "most seen."), len(shown), len(detail)))

    def _nps(self, detail: pd.DataFrame | None, value: float | None, n: int,
             small: bool) -> None:
        card = self.cards["nps"]
        # The KPI engine lists every score 0–10, with zero answers in a period without any:
        # that drew a blank chart with "n = 0" below it.
        if detail is None or detail.empty or not detail["responses"].sum():
            self.nps.set_bars([], [])
            card.say_empty(self.tr("No NPS responses in the period."))
            return
        responses = detail["responses"].to_numpy("float64")
        groups = detail["group"].astype("str").tolist()
        colors = [self.band_colors.get(NPS_GROUP_BAND.get(g, ""), self.theme.muted)
                  for g in groups]
        self.nps.set_bars([str(s) for s in detail["score"]], responses, colors=colors,
                          texts=[f"{r:,.0f}" if r else "" for r in responses])
        per_group = detail.groupby("group")["responses"].sum()
        promoters, passives, detractors = (int(per_group.get(g, 0))
                                           for g in ("promoter", "passive", "detractor"))
        parts = arg(self.tr("%1, %2, %3", "promoters, passives, detractors"),
                    counted(promoters, self.tr("%Ln promoters", "", promoters), "1 promoter"),
                    counted(passives, self.tr("%Ln passives", "", passives), "1 passive"),
                    counted(detractors, self.tr("%Ln detractors", "", detractors), "1 detractor"))
        caption = (self.tr("NPS %1 · n = %2 (%3). Caution: small sample.") if small
                   else self.tr("NPS %1 · n = %2 (%3)."))
        card.say(arg(caption, format_value(value, 'nps'), f"{n:,}", parts))

    def _bands(self, data: DashboardData) -> None:
        card = self.cards["bands"]
        health = data.health
        x = epoch_seconds(health.weeks) if len(health.weeks) else np.empty(0)
        for chart, layers in ((self.bands, BAND_LAYERS), (self.intent, INTENT_LAYERS)):
            chart.set_stacks(x, {label: health.band_counts.get(band, np.zeros(len(x)))
                                 for band, label in layers})
        if not len(x):
            card.say_empty(self.tr(
                "No weekly health snapshots in the half year up to the period's end. The window "
                "stores them in the background when it opens a workspace it may write to."))
            return
        card.say(counted(
            len(x), self.tr("Accounts per band, weekly snapshots of the %Ln weeks up to the period's "
                            "end: customers healthy / watch / at risk / churned, prospects hot / "
                            "warm / cold.", "", len(x)),
            "Accounts per band, the weekly snapshot of the week up to the period's end: "
            "customers healthy / watch / at risk / churned, prospects hot / warm / cold."))

    def _campaigns(self, detail: pd.DataFrame | None) -> None:
        card = self.cards["campaigns"]
        if detail is None or detail.empty:
            self.campaigns.set_bars([], [])
            card.say_empty(self.tr("No campaign cost or MQL in the period."))
            return
        shown = detail.head(MAX_CAMPAIGNS)
        mqls = shown["mqls"].to_numpy("float64")
        cost = pd.to_numeric(shown["cost_per_mql"], errors="coerce").to_numpy("float64")
        # Bars are MQLs; each says what one of them cost, so volume and price read together.
        texts = [arg(self.tr("%1 · %2 each"), f"{m:,.0f}", money(c, self.currency))
                 if np.isfinite(c) else arg(self.tr("%1 · cost n/a"), f"{m:,.0f}")
                 for m, c in zip(mqls, cost, strict=True)]
        self.campaigns.set_bars([str(n) for n in shown["campaign"]], mqls, texts=texts)
        card.say(arg(self.tr("MQLs of the top %1 of %2 campaigns (last-touch "
                                         "attribution) and the cost of each MQL: campaign cost in "
                                         "the period / its MQLs."), len(shown), len(detail)))
