"""The alignment-meeting dashboard (SPEC §8): period and filters, KPI tiles by group, charts,
the accounts to act on, and the metrics we don't steer by.

Changing the period or a filter starts ``domain.report_contents.dashboard.compute_dashboard`` on a worker
(``desktop.shared.workers.run_job``); a result that arrives after a newer request is dropped.
``render`` then only copies numbers into widgets that exist already (tiles, charts created
once, table models reset), which keeps the redraw well under the time of the KPI run.

The same page, built with ``presentation=True``, shows one section at a time in large type
for ``desktop.dashboard.presentation.PresentationWindow``.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.charts.chart_theme import ChartTheme, theme_from_palette
from desktop.dashboard.account_lists import AccountLists
from desktop.dashboard.chart_panels import DashboardCharts
from desktop.dashboard.filters import FilterBar, FilterChoice
from desktop.dashboard.kpi_format import change_tone, format_change, format_value
from desktop.dashboard.period_picker import PeriodChoice, PeriodPicker, default_period
from desktop.dashboard.sections import (
    SLIDE_COLUMNS,
    Section,
    TileGroup,
    chunk,
    make_section,
    slide_title,
)
from desktop.dashboard.tile import KpiTile, formula_tooltip
from desktop.dashboard.vanity_panel import VanityPanel
from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.shared.elided_label import ElidedLabel
from desktop.shared.palette import BAND_COLORS, chart_colors, theme_notifier
from desktop.shared.plurals import counted
from desktop.shared.wording import metrics, reasons
from domain import formatting as fmt
from domain.metrics import GROUPS, Period, metric
from domain.metrics.results import CTR_FALLING, SMALL_SAMPLE, UNSUBSCRIBES_RISING, KpiResult
from domain.report_contents.dashboard import (
    TREND_MONTHS,
    DashboardCache,
    DashboardData,
    DashboardInputs,
    DashboardQuery,
    HealthView,
    TileTrends,
    complete_previous,
    compute_dashboard,
    compute_trends,
    filtered_account_ids,
    movers_causes,
    movers_pending,
    steering_metric_ids,
)
from storage.health_repo import StoredHealth

PRESENTATION_SCALE = 1.8
PRESENTATION_TILE_SCALE = 2.2
FLAG_NOTES = TranslatedLabels("DashboardPage", {
    SMALL_SAMPLE: QT_TRANSLATE_NOOP("DashboardPage", "caution: small sample"),
    CTR_FALLING: QT_TRANSLATE_NOOP("DashboardPage", "alert: click-through falling"),
    UNSUBSCRIBES_RISING: QT_TRANSLATE_NOOP("DashboardPage", "alert: unsubscribes rising"),
})


class DashboardPage(QWidget):
    """``DashboardPage(state, parent)``; ``rendered`` fires after each redraw (tiles, charts
    and lists), ``trends_rendered`` once the tiles' trends follow, ``causes_rendered`` once the
    biggest movers' main causes are listed too (at once when they were known already), and
    ``idle`` once the previous period's detail is kept as well (``complete_previous``)."""

    rendered = Signal()
    section_shown = Signal(int)
    trends_rendered = Signal()
    causes_rendered = Signal()
    idle = Signal()

    def __init__(self, state, parent: QWidget | None = None, *,
                 presentation: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.state = state
        self.presentation = presentation
        self.scale = PRESENTATION_SCALE if presentation else 1.0
        # Presentation tiles come eight to a screen, so they can be larger than the rest.
        self.tile_scale = PRESENTATION_TILE_SCALE if presentation else 1.0
        self.theme: ChartTheme = theme_from_palette(scale=self.scale)
        self.data: DashboardData | None = None
        self.trends: TileTrends | None = None
        self.trend_months = TREND_MONTHS  # 0: tiles without sparklines (no trend job)
        self._trend_job = None
        self._causes_job = None
        self._previous_job = None
        self.cache: DashboardCache | None = None
        self.tiles: dict[str, KpiTile] = {}
        self._token = 0
        self._job = None
        self._loaded_generation = -1
        self._stale = False
        self._schedule = QTimer(self, singleShot=True, interval=0)
        self._schedule.timeout.connect(self.refresh)

        self.title = QLabel(self.tr("Alignment meeting"))
        self.title.setObjectName("pageTitle")
        self.picker = PeriodPicker()
        self.filters = FilterBar()
        self.status = QLabel("")
        self.status.setObjectName("muted")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.picker)
        header.addStretch(1)
        if presentation:
            # In front of a room there is no tooltip to hover: the whole scope and data date
            # show, on two lines where a language's words need them (Japanese at 1280 px).
            self.scope_label = QLabel("")
            self.scope_label.setWordWrap(True)
        else:
            self.scope_label = ElidedLabel("")  # a long scope is elided, never widens the window
        self.scope_label.setObjectName("muted")

        self.groups: dict[str, TileGroup] = {g: TileGroup() for g in GROUPS}
        self.charts = DashboardCharts(self.theme)
        self.lists = AccountLists(state)
        self.vanity = VanityPanel()
        self.tile_sections: list[Section] = []
        self.fixed_sections = self._fixed_sections()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 8)
        layout.addLayout(header)
        # The filters sit on the second row: period and filters on one row do not fit
        # a 1280 px window once the period is a custom range. The line naming scope, period,
        # comparison and data date has a row of its own below, so it reads whole at 1280 px
        # (elided, whole on hover, only on narrower windows).
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filters)
        filter_row.addStretch(1)
        filter_row.addWidget(self.status)
        layout.addLayout(filter_row)
        layout.addWidget(self.scope_label)
        self.stack: QStackedWidget | None = None
        if presentation:
            # Keyboard only: the period and filters come from the desk dashboard.
            self.picker.hide()
            self.filters.hide()
            self.title.hide()
            self.stack = QStackedWidget()
            layout.addWidget(self.stack, 1)
        else:
            self.tile_sections = [make_section(f"tiles_{g}", metrics.group_name(g), self.groups[g])
                                  for g in GROUPS]
            body = QWidget()
            column = QVBoxLayout(body)
            column.setContentsMargins(0, 0, 6, 0)
            column.setSpacing(18)
            for section in self.tile_sections + self.fixed_sections:
                column.addWidget(section.widget)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(body)
            layout.addWidget(scroll, 1)
            self.scroll = scroll
        self.picker.period_changed.connect(self.request_refresh)
        self.filters.filters_changed.connect(self.request_refresh)
        self.state.data_changed.connect(self._data_changed)
        theme_notifier().changed.connect(self._theme_changed)
        self._apply_theme()
        if getattr(state, "loaded", False):
            self._data_changed()

    # -- sections -----------------------------------------------------------------------
    def _fixed_sections(self) -> list[Section]:
        cards = self.charts.cards
        if self.presentation:
            charts = [
                make_section("journey", self.tr("Engagement and the journey"),
                             cards["engagement"], cards["funnel"], columns=2),
                make_section("conversion", self.tr("Conversion and satisfaction"),
                             cards["cta"], cards["nps"], columns=2),
                make_section("outcomes", self.tr("Health and campaigns"),
                             cards["bands"], cards["campaigns"], columns=2),
            ]
        else:
            charts = [
                make_section("journey", self.tr("The journey"), cards["engagement"],
                             cards["funnel"], cards["cta"], columns=3),
                make_section("outcomes", self.tr("Customers and campaigns"), cards["nps"],
                             cards["bands"], cards["campaigns"], columns=3),
            ]
            for card in cards.values():
                card.setMinimumHeight(330)
        vanity = Section("vanity", self.vanity.title.text(), self.vanity)
        if self.presentation:
            # One list per screen: the reasons ("why") need the width to be read.
            at_risk, movers = self.lists.cards()
            return [*charts,
                    make_section("at_risk", self.tr("Accounts to act on: at risk"), at_risk),
                    make_section("movers", self.tr("Accounts to act on: biggest movers"),
                                 movers),
                    vanity]
        # One list above the other, each the page's width: side by side at 1280 px the
        # reasons ("why") had a few letters' room.
        accounts = make_section("accounts", self.tr("Accounts to act on"),
                                *self.lists.cards(), columns=1)
        return [*charts, accounts, vanity]

    @property
    def sections(self) -> list[Section]:
        return self.tile_sections + self.fixed_sections

    def section_count(self) -> int:
        return len(self.sections)

    def current_section(self) -> int:
        return self.stack.currentIndex() if self.stack is not None else 0

    def show_section(self, index: int) -> None:
        sections = self.sections
        index = max(0, min(index, len(sections) - 1))
        if self.stack is not None:
            self.stack.setCurrentIndex(index)
        else:
            self.scroll.ensureWidgetVisible(sections[index].widget, 0, 0)
        self.section_shown.emit(index)

    def _rebuild_slides(self, per_group: dict[str, list[KpiTile]]) -> None:
        """Presentation: tiles in slides of a few, then the fixed sections, in the stack."""
        assert self.stack is not None
        current = self.stack.currentIndex()
        while self.stack.count():
            self.stack.removeWidget(self.stack.widget(0))
        for section in self.tile_sections:
            section.widget.deleteLater()
        self.tile_sections = []
        for group in GROUPS:
            name = metrics.group_name(group)
            slides = chunk(per_group[group])
            for i, tiles in enumerate(slides):
                grid = TileGroup(columns=SLIDE_COLUMNS)
                grid.set_tiles(tiles)
                self.tile_sections.append(make_section(
                    f"tiles_{group}_{i}", slide_title(name, i, len(slides)), grid,
                    stretch_last=True))
        for section in self.sections:
            self.stack.addWidget(section.widget)
        self._style_headings()
        self.stack.setCurrentIndex(max(0, min(current, self.stack.count() - 1)))

    # -- data ---------------------------------------------------------------------------
    def _data_changed(self) -> None:
        frames = self.state.frames
        if frames is None:
            return
        if self.state.generation != self._loaded_generation:
            self._loaded_generation = self.state.generation
            self.cache = None
        self._build_tiles()
        self.filters.set_accounts(frames.accounts)
        first, last, months = _data_range(frames, self.state.as_of)
        latest = getattr(self.state, "data_date", None)
        # At the data date the running month has all there is; on an earlier day it would
        # count records after that day, so only whole periods are offered.
        self.picker.set_data_range(first, last, months,
                                   include_current=latest is None or last >= latest)
        if self.data is None:
            self.picker.set_choice(default_period(self.state.as_of))
        self.request_refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.request_refresh()

    def _build_tiles(self) -> None:
        wanted = steering_metric_ids(self.state.settings)
        if list(self.tiles) == wanted:
            return
        for tile in self.tiles.values():
            tile.deleteLater()
        self.tiles = {}
        per_group: dict[str, list[KpiTile]] = {g: [] for g in GROUPS}
        for metric_id in wanted:
            definition = metric(metric_id)
            tile = KpiTile(metric_id, metrics.name(metric_id))
            tile.setToolTip(formula_tooltip(metrics.name(metric_id), metrics.formula(metric_id),
                                            definition.seed))
            tile.apply_theme(self.theme, self.tile_scale)
            self.tiles[metric_id] = tile
            per_group[definition.group].append(tile)
        if self.presentation:
            self._rebuild_slides(per_group)
            return
        for group, tiles in per_group.items():
            self.groups[group].set_tiles(tiles)
            # A group whose every metric the settings set aside has nothing to show.
            self.tile_sections[list(GROUPS).index(group)].widget.setVisible(bool(tiles))

    def query(self) -> DashboardQuery:
        choice = self.picker.choice()
        filters = self.filters.choice()
        frames = self.state.frames
        ids = None
        if frames is not None:
            # The portfolio is the target accounts (``domain.scope``), as on every surface.
            ids = filtered_account_ids(
                frames.accounts,
                [filters.owner] if filters.owner else (),
                [filters.tier] if filters.tier else (),
                [filters.region] if filters.region else (),
                all_accounts=filters.all_accounts)
        return DashboardQuery(Period(choice.start, choice.end), ids,
                              max(self.trend_months, 1))

    def set_period(self, choice: PeriodChoice) -> None:
        self.picker.set_choice(choice)

    def set_filters(self, choice: FilterChoice) -> None:
        self.filters.set_choice(choice)

    def stop_scheduled_refresh(self) -> None:
        """Forget a pending refresh (presentation mode shows numbers computed already)."""
        self._schedule.stop()
        self._stale = False

    def request_refresh(self) -> None:
        """Refresh once the event loop is back (several requests make one refresh).

        A page nobody sees (another page of the window is in front) only notes that it is
        out of date, and refreshes when it is shown.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._schedule.start()

    def refresh(self) -> None:
        """Recompute for the period and filters on screen, off the GUI thread."""
        if self.state.frames is None:
            return
        from desktop.shared.workers import run_job

        self._token += 1
        token = self._token
        # The last period's sparklines are no longer wanted; their worker would only slow
        # this period's numbers down.
        for job in (self._trend_job, self._causes_job, self._previous_job):
            if job is not None and job.is_running():
                job.cancel()
        query = self.query()
        self._publish_view()
        inputs = DashboardInputs(
            frames=self.state.frames, settings=self.state.settings,
            generation=self.state.generation, stored_health=StoredHealth(self.state.workspace),
            health=self.state.health, cache=self.cache,
            data_date=getattr(self.state, "data_date", None),
            prepared=getattr(self.state, "extras", {}).get("kpi_prepared"))
        self.status.setText(self.tr("Updating…"))

        def done(data: DashboardData) -> None:
            if token == self._token:
                self.render(data)
                self._start_trends(data, token, inputs)

        def failed(exc: BaseException) -> None:
            if token != self._token:
                return
            self.status.setText("")
            from desktop.shared.errors import show_exception

            show_exception(self, exc, self.tr("The dashboard could not be updated"))

        # Tiles, charts and lists first; a new mover's main cause ("what moved") after the
        # tiles' trends (``_start_causes``), each mover meanwhile listed with its strongest
        # driver.
        self._job = run_job(self, self.tr("Updating the dashboard"),
                            lambda progress: compute_dashboard(inputs, query, progress,
                                                               causes=False),
                            done, failed, show_progress=False)

    def _publish_view(self) -> None:
        """Tell the state what the room is looking at: the export dialog starts from it."""
        if self.presentation or not hasattr(self.state, "view"):
            return
        from desktop.shared.app_state import DashboardView

        choice, filters = self.picker.choice(), self.filters.choice()
        self.state.view = DashboardView(choice.start, choice.end, filters.owner, filters.tier,
                                        filters.region, filters.all_accounts)

    def _start_trends(self, data: DashboardData, token: int, inputs: DashboardInputs) -> None:
        from desktop.shared.workers import run_job

        if self.trend_months <= 0:
            self._start_causes(data, token, inputs)
            return
        settings = self.state.settings

        def done(trends: TileTrends) -> None:
            if token == self._token:
                self.render_trends(trends)
                self._start_causes(data, token, inputs)

        def failed(_exc: BaseException) -> None:
            # Sparklines are a garnish: the tiles already show their values.
            self.status.setText(self.tr("Trends could not be computed."))
            if token == self._token:
                self._start_causes(data, token, inputs)

        self._trend_job = run_job(self, self.tr("Monthly trends"),
                                  lambda progress: compute_trends(data, settings, progress),
                                  done, failed, show_progress=False)

    def _start_causes(self, data: DashboardData, token: int, inputs: DashboardInputs) -> None:
        """The movers' main causes, after the paint and the trends (``movers_causes``)."""
        from desktop.shared.workers import run_job

        if not movers_pending(inputs, data):
            self.causes_rendered.emit()
            self._start_previous(data, token)
            return

        def done(view: HealthView) -> None:
            if token == self._token and self.data is data:
                data.health = view
                self.lists.render(view)
                self.causes_rendered.emit()
                self._start_previous(data, token)

        def failed(_exc: BaseException) -> None:
            # The movers stay listed with their strongest driver.
            if token == self._token:
                self.causes_rendered.emit()
                self._start_previous(data, token)

        self._causes_job = run_job(self, self.tr("Updating the dashboard"),
                                   lambda _progress: movers_causes(inputs, data),
                                   done, failed, show_progress=False)

    def _start_previous(self, data: DashboardData, token: int) -> None:
        """The previous period in full, last (``complete_previous``): a step back is quick."""
        from desktop.shared.workers import run_job

        def done(_result: None) -> None:
            if token == self._token:
                self.idle.emit()

        def failed(_exc: BaseException) -> None:
            # Only a head start for a later query: nothing to show.
            if token == self._token:
                self.idle.emit()

        self._previous_job = run_job(self, self.tr("Updating the dashboard"),
                                     lambda progress: complete_previous(data, progress),
                                     done, failed, show_progress=False)

    def cancel_jobs(self) -> None:
        """Stop work in flight (the page is closing); its results will be ignored."""
        self._token += 1
        for job in (self._job, self._trend_job, self._causes_job, self._previous_job):
            if job is not None and job.is_running():
                job.cancel()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.cancel_jobs()
        super().closeEvent(event)

    def render_trends(self, trends: TileTrends) -> None:
        self.trends = trends
        for metric_id, tile in self.tiles.items():
            tile.sparkline.set_values(trends.values.get(metric_id, np.empty(0)))
        self.trends_rendered.emit()

    # -- render -------------------------------------------------------------------------
    def render(self, data: DashboardData) -> None:
        """Copy a computed dashboard into the widgets (GUI thread; the timed redraw)."""
        self.data = data
        self.cache = data.cache
        currency = self.state.settings.currency
        report = data.report
        for metric_id, tile in self.tiles.items():
            result = report.get(metric_id)
            if result is None:
                continue
            self._fill_tile(tile, result, currency)
        self.charts.render(data, currency)
        self.lists.render(data.health)
        self.vanity.set_rows(data.vanity, currency)
        choice = self.picker.choice()
        scope = arg(counted(data.in_scope, self.tr("%1 (%Ln accounts)", "", data.in_scope),
                            "%1 (1 account)"), self.filters.choice().describe())
        text = arg(self.tr("%1 · %2, compared with %3"), scope, choice.label(), choice.compared.label())
        if data.data_date is not None:
            text += arg(self.tr(" · Data as of %1"), fmt.day(data.data_date))
        self.scope_label.setText(text)
        self.status.setText("")
        self.rendered.emit()

    def _fill_tile(self, tile: KpiTile, result: KpiResult, currency: str) -> None:
        definition = result.definition
        unit = definition.unit
        previous = format_value(result.previous, unit, currency)
        extra = f" · n = {result.n:,}" if unit == "nps" and result.n is not None else ""
        notes = [reasons.sentence(result.na_reason)] if result.na_reason else []
        notes += [FLAG_NOTES.get(flag, flag.replace("_", " ")) for flag in result.flags]
        tile.set_result(
            format_value(result.value, unit, currency),
            format_change(result.value, result.previous, unit, currency),
            change_tone(result.value, result.previous, definition.direction, unit),
            arg(self.tr("vs %1"), previous) + extra,
            "; ".join(notes),
        )

    # -- look ---------------------------------------------------------------------------
    def _style_headings(self) -> None:
        size = round(15 * self.scale) if not self.presentation else round(17 * self.scale)
        for section in self.sections:
            if section.heading is not None:
                section.heading.setStyleSheet(f"font-size: {size}px; font-weight: 700; "
                                              f"color: {self.theme.foreground};")
        self.scope_label.setStyleSheet(
            f"color: {self.theme.muted}; font-size: {round(12 * self.scale)}px;")

    def _theme_changed(self, _dark: bool) -> None:
        self.theme = theme_from_palette(scale=self.scale)
        self._apply_theme()

    def set_tile_scale(self, scale: float) -> None:
        """Presentation: size the tiles to the screen (two rows of four fit 720 px)."""
        if abs(scale - self.tile_scale) < 0.01:
            return
        self.tile_scale = scale
        for tile in self.tiles.values():
            tile.apply_theme(self.theme, scale)
        # Slides not on screen are hidden, and Qt does not pass a hidden widget's new size
        # up: without this the stack keeps asking for the old, larger tiles' height.
        for section in self.sections:
            for layout in [section.widget.layout(), *section.widget.findChildren(QLayout)]:
                if layout is not None:
                    layout.invalidate()
            for group in section.widget.findChildren(TileGroup):
                group.updateGeometry()  # drops the size its parent's layout cached
        if self.stack is not None:
            self.stack.updateGeometry()

    def _apply_theme(self) -> None:
        colors = chart_colors()
        bands = dict(colors.bands) if colors.bands else dict(BAND_COLORS)
        for tile in self.tiles.values():
            tile.apply_theme(self.theme, self.tile_scale)
        self.charts.apply_theme(self.theme, self.scale, bands)
        self.lists.apply_theme(self.theme, self.scale, bands)
        self.vanity.apply_theme(self.theme, self.scale)
        self._style_headings()
        if self.data is not None:
            self.render(self.data)


# The dated columns a period's numbers come from: a month with any of them "holds data".
PERIOD_COLUMNS = (("events", "occurred_at"), ("opportunities", "created_at"),
                  ("opportunities", "closed_at"), ("meetings", "booked_at"),
                  ("nps", "responded_at"), ("contacts", "created_at"))


def _data_range(frames, as_of: date) -> tuple[date, date, frozenset[date]]:
    """The first day with data, the as-of day and the months holding data up to it (what
    the period lists offer)."""
    stamps = [pd.to_datetime(getattr(frames, table)[column], errors="coerce")
              for table, column in PERIOD_COLUMNS
              if column in getattr(frames, table, pd.DataFrame()).columns]
    days = pd.concat(stamps, ignore_index=True).dropna() if stamps else pd.Series(dtype="datetime64[ns]")
    days = days[days < pd.Timestamp(as_of) + pd.Timedelta(days=1)]
    if days.empty:
        return as_of, as_of, frozenset()
    months = frozenset(pd.Timestamp(p.start_time).date() for p in days.dt.to_period("M").unique())
    return min(days.min().date(), as_of), as_of, months
