"""The account's timeline tab: weekly engagement by kind (stacked bars) over the event list.

One ``PlotWidget`` with a ``DateAxisItem``; one ``BarGraphItem`` per kind family, created
once and updated with ``setOpts`` when another account is shown. Colours come from the
palette and follow the light/dark theme. The month axis is labelled in the window's
language (``desktop.shared.axis.date_label``), as many months as fit the plot's width; the
chart's part of the splitter never gets less height than its legend (two lines in Polish)
and the plot with its axis need, so the month labels are never cut off.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.account.tables import Column, FrameTableModel, make_table
from desktop.charts.chart_theme import PagePlot, date_ticks
from desktop.i18n.placeholders import arg
from desktop.shared.axis import MONTH, date_label
from desktop.shared.palette import FAMILY_COLORS, FAMILY_LABELS, chart_colors, theme_notifier
from desktop.shared.plurals import counted

WEEK_SECONDS = 7 * 86400
OUTBOUND = ("email_sent", "email_delivered")
EVENT_COLUMNS = (
    Column("occurred_at", QT_TRANSLATE_NOOP("FrameTableModel", "When"), "datetime", 130),
    Column("kind", QT_TRANSLATE_NOOP("FrameTableModel", "Kind"), "text", 150),
    Column("contact", QT_TRANSLATE_NOOP("FrameTableModel", "Contact"), "text", 180),
    Column("campaign", QT_TRANSLATE_NOOP("FrameTableModel", "Campaign"), "text", 220),
    Column("asset", QT_TRANSLATE_NOOP("FrameTableModel", "Asset"), "text", 200),
    Column("channel", QT_TRANSLATE_NOOP("FrameTableModel", "Channel"), "text", 90),
)


class TimelineTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pg.setConfigOptions(antialias=True)
        self.title = QLabel(self.tr("Engagement per week, by kind (last 52 weeks)"))
        self.title.setObjectName("sectionTitle")
        self.axis = pg.DateAxisItem(orientation="bottom")
        self.plot = PagePlot(axisItems={"bottom": self.axis})
        # Low enough that header, tabs and the event list fit a 720 px window.
        self.plot.setMinimumHeight(140)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.getPlotItem().setLabel("left", self.tr("events"))
        # The axes' tick labels cost most of the chart's drawing; cached as pixmaps, a
        # repaint that did not change them (the same 52 weeks, the same scale) only copies.
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # The legend sits above the plot (a plot legend would cover the bars).
        self.legend = QLabel(" &nbsp; ".join(
            f"<span style='color:{c}'>■</span>&nbsp;{html.escape(FAMILY_LABELS[f])}"
            for f, c in FAMILY_COLORS.items() if f != "Media"))
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # Long family names (Polish) wrap onto a second line rather than widen the window.
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bars: dict[str, pg.BarGraphItem] = {}
        for family, color in FAMILY_COLORS.items():
            if family == "Media":
                continue
            item = pg.BarGraphItem(x=[0], height=[0], width=WEEK_SECONDS * 0.78, brush=color,
                                   pen=pg.mkPen(None))
            self.plot.addItem(item)
            self.bars[family] = item
        self.empty = pg.TextItem("", anchor=(0.5, 0.5))
        self.plot.addItem(self.empty)

        self.events = FrameTableModel(EVENT_COLUMNS, self)
        self.table = make_table(self.events, stretch="asset")
        self.count = QLabel("")
        self.count.setObjectName("muted")
        self.show_outbound = QCheckBox(self.tr("Show emails sent and delivered"))
        self.show_outbound.toggled.connect(lambda _on: self._show_events())
        self._events = pd.DataFrame()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.legend, 1)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.plot, 1)
        self.chart_part = top
        # The splitter goes by minimum size hints, which leave out that the legend wraps:
        # the chart's part is told its real least height whenever its width changes.
        self._heading, self._months = heading, np.array([], dtype="float64")
        top.installEventFilter(self)
        self.plot.installEventFilter(self)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        list_bar = QHBoxLayout()
        list_bar.addWidget(self.count)
        list_bar.addStretch(1)
        list_bar.addWidget(self.show_outbound)
        bottom_layout.addLayout(list_bar)
        bottom_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([260, 300])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)
        self.apply_theme()
        # A bound method: Qt drops the connection when this widget is destroyed.
        theme_notifier().changed.connect(self._theme_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            if watched is self.chart_part:
                self._keep_chart_height()
            elif watched is self.plot:
                self._label_months()
        return False

    def _keep_chart_height(self) -> None:
        top = self.chart_part
        least = (self._heading.heightForWidth(top.width()) if self._heading.hasHeightForWidth()
                 else self._heading.minimumSize().height())
        least += top.layout().spacing() + self.plot.minimumHeight()
        if top.minimumHeight() != least:
            top.setMinimumHeight(least)

    def _label_months(self) -> None:
        """Month starts along the axis, in the language's words, as many as fit."""
        months = self._months
        if not len(months):
            self.axis.setTicks(None)
            return
        metrics = self.plot.fontMetrics()
        widest = max(metrics.horizontalAdvance(date_label(d.date(), MONTH))
                     for d in pd.to_datetime(months, unit="s"))
        room = max(self.axis.width(), self.plot.width() - 60)
        most = max(2, int(room // (widest + 24)))
        self.axis.setTicks([date_ticks(months, MONTH, most)])

    def _theme_changed(self, _dark: bool) -> None:
        self.apply_theme()

    def apply_theme(self) -> None:
        colors = chart_colors()
        self.plot.setBackground(colors.background)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(colors.grid))
            axis.setTextPen(pg.mkPen(colors.muted))
        self.empty.setColor(colors.muted)

    def set_data(self, weekly: pd.DataFrame, events: pd.DataFrame) -> None:
        x = np.array([ts.timestamp() for ts in weekly.index], dtype="float64") + WEEK_SECONDS / 2
        base = np.zeros(len(weekly), dtype="float64")
        for family, item in self.bars.items():
            heights = weekly[family].to_numpy(dtype="float64") if family in weekly else np.zeros(len(weekly))
            item.setOpts(x=x, height=heights, y0=base.copy(), width=WEEK_SECONDS * 0.78)
            base += heights
        top = float(base.max()) if len(base) else 0.0
        if len(x):
            self.plot.setXRange(x[0] - WEEK_SECONDS, x[-1] + WEEK_SECONDS, padding=0)
            first, last = (pd.Timestamp(x[0] - WEEK_SECONDS, unit="s"),
                           pd.Timestamp(x[-1] + WEEK_SECONDS, unit="s"))
            starts = pd.date_range(first.normalize() + pd.offsets.MonthBegin(1), last, freq="MS")
            self._months = np.array([ts.timestamp() for ts in starts], dtype="float64")
        else:
            self._months = np.array([], dtype="float64")
        self._label_months()
        self.plot.setYRange(0, max(top * 1.15, 4), padding=0)
        if top == 0 and len(x):
            self.empty.setText(self.tr("No engagement in the last 52 weeks"))
            self.empty.setPos((x[0] + x[-1]) / 2, 2)
        else:
            self.empty.setText("")
        self._events = events
        self._show_events()

    def _show_events(self) -> None:
        events = self._events
        if not self.show_outbound.isChecked() and len(events):
            # Sends and deliveries are what we did, not what the account did.
            events = events[~events["raw_kind"].isin(OUTBOUND).to_numpy()]
        self.events.set_frame(events)
        hidden = len(self._events) - len(events)
        text = counted(len(events), self.tr("%Ln events, newest first", "", len(events)),
                       "1 event, newest first")
        if hidden:
            text = arg(self.tr("%1 (%2)", "events shown (sends hidden)"), text, counted(
                hidden, self.tr("%Ln sends and deliveries hidden", "", hidden),
                "1 send or delivery hidden"))
        self.count.setText(text)
