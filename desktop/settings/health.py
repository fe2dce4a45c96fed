"""Health weights and band thresholds, with the live backtest and what-if (SPEC §6).

The backtest's expensive part (every account scored at each month end, ``prepare_backtest``)
runs once on a worker when the page first needs it. After that each slider move is
arithmetic on the cached component scores (``domain.health.evaluation.evaluate``), still
run on a worker: moves are debounced, each evaluation carries a token, and a result that
comes back after a newer move is dropped, so the window never freezes and never shows an
older configuration's numbers.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.placeholders import arg
from desktop.settings.tables import BandRateModel, ReliabilityModel
from desktop.shared.elide_delegate import elide_with_tooltips
from desktop.shared.flow_layout import FlowLayout
from desktop.shared.table_fit import fit_columns
from desktop.shared.wording import components, health_model, refusals
from desktop.shared.wording.likelihood import shortfall
from desktop.shared.wording.segments import comparison
from domain import formatting as fmt
from domain.health.backtest import BacktestData, prepare_backtest
from domain.health.evaluation import BacktestReport, evaluate
from domain.health.model import (
    COMPONENTS,
    SETTINGS_SOURCE,
    HealthConfigError,
    HealthModelConfig,
)
from domain.progress import Cancelled, Progress

MAX_WEIGHT = 50
DEBOUNCE_MS = 150


def history_progress(progress: Progress):
    """The health jobs' ``progress(done, total, message) -> keep going?`` over a Progress."""
    def report(done: int, total: int, message: str) -> bool:
        progress.update(done / total if total else 1.0, message)
        return not progress.cancelled
    return report


translate = QCoreApplication.translate


def _pair(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field as one piece, so a wrapping row never parts them."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field)
    return pair


def format_auc(value: float) -> str:
    return fmt.conventions().na if value is None or math.isnan(value) else fmt.number(value, 2)


def brier_sentence(segment) -> str:
    """"Customers' churn likelihood: Brier 0.034 against 0.046 for the base rate alone, ..."."""
    r, cal = segment.reliability, segment.calibration
    customers = segment.segment == "customer"
    note = (arg(translate("HealthModelEditor", "calibrated on %1 observations"),
                fmt.count(cal.observations)) if cal.enough else shortfall(cal))
    if r.brier != r.brier:  # each month end is checked against a fit on the others
        text = (translate("HealthModelEditor", "Customers' churn likelihood: it takes two month "
                          "ends or more to check it; %1.") if customers
                else translate("HealthModelEditor", "Prospects' opportunity likelihood: it takes "
                               "two month ends or more to check it; %1."))
        return arg(text, note)
    text = (translate("HealthModelEditor", "Customers' churn likelihood: Brier %1 against %2 for "
                      "the base rate alone (lower is better); %3.") if customers
            else translate("HealthModelEditor", "Prospects' opportunity likelihood: Brier %1 "
                           "against %2 for the base rate alone (lower is better); %3."))
    return arg(text, fmt.number(r.brier, 3), fmt.number(r.brier_base, 3), note)


class HealthModelEditor(QWidget):
    """Sliders for the six weights, spin boxes for the bands, and the backtest beside them."""

    changed = Signal()
    backtest_shown = Signal()  # a what-if result reached the screen

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.saved = HealthModelConfig()
        self.data: BacktestData | None = None
        self.saved_report: BacktestReport | None = None
        self.report: BacktestReport | None = None
        self._token = 0
        self._prepare_job = None
        self._job = None
        self._prepared_generation = -1
        self._loading = False
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run_what_if)

        self.sliders: dict[str, QSlider] = {}
        self.weight_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, component in enumerate(COMPONENTS):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"weight_{component}")
            slider.setRange(0, MAX_WEIGHT)
            slider.setPageStep(5)
            slider.valueChanged.connect(self._edited)
            label = QLabel()
            label.setMinimumWidth(110)
            self.sliders[component] = slider
            self.weight_labels[component] = label
            grid.addWidget(QLabel(components.name(component)), row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(label, row, 2)
        grid.setColumnStretch(1, 1)
        self.healthy_min = QSpinBox(objectName="healthyMin", minimum=1, maximum=100)
        self.watch_min = QSpinBox(objectName="watchMin", minimum=0, maximum=99)
        for spin in (self.healthy_min, self.watch_min):
            spin.setMinimumWidth(72)
            spin.valueChanged.connect(self._edited)
        # Label and box stay together; the pairs wrap onto a second row where the words are
        # long (Polish at 1280 px), so the page never scrolls sideways.
        bands = FlowLayout(spacing=12)
        bands.add_widget(_pair(QLabel(self.tr("Customers: healthy from")), self.healthy_min))
        bands.add_widget(_pair(QLabel(self.tr("Watch from")), self.watch_min))
        bands.add_widget(QLabel(self.tr("(below: at risk)")))
        # Prospects are rated for buying intent, with their own thresholds.
        self.hot_min = QSpinBox(objectName="hotMin", minimum=1, maximum=100)
        self.warm_min = QSpinBox(objectName="warmMin", minimum=0, maximum=99)
        for spin in (self.hot_min, self.warm_min):
            spin.setMinimumWidth(72)
            spin.valueChanged.connect(self._edited)
        intent = FlowLayout(spacing=12)
        intent.add_widget(_pair(QLabel(self.tr("Prospects: hot from")), self.hot_min))
        intent.add_widget(_pair(QLabel(self.tr("Warm from")), self.warm_min))
        intent.add_widget(QLabel(self.tr("(below: cold)")))
        self.problem = QLabel("")
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.auc = QLabel("–")
        self.auc.setObjectName("backtestAuc")
        self.auc_saved = QLabel("")
        self.auc_saved.setObjectName("muted")
        self.sentences = QLabel("")
        self.sentences.setWordWrap(True)
        self.status = QLabel(self.tr("The backtest starts when this page opens."))
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.rates = BandRateModel(self)
        self.rates_view = QTableView()
        self.rates_view.setModel(self.rates)
        self.rates_view.verticalHeader().hide()
        self.rates_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Columns scaled to the card (no sideways scrolling in a 1280 px window); a cut
        # text shows whole on hover.
        elide_with_tooltips(self.rates_view)
        self._rates_fit = fit_columns(self.rates_view, [150, 70, 80, 80, 60, 100], stretch=0)
        self.rates_view.setMinimumHeight(200)
        self.brier = QLabel("")
        self.brier.setObjectName("backtestBrier")
        self.brier.setWordWrap(True)
        self.reliability = ReliabilityModel(self)
        self.reliability_view = QTableView()
        self.reliability_view.setObjectName("reliabilityTable")
        self.reliability_view.setModel(self.reliability)
        self.reliability_view.verticalHeader().hide()
        self.reliability_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        elide_with_tooltips(self.reliability_view)
        self._reliability_fit = fit_columns(self.reliability_view, [170, 60, 90, 90, 100], stretch=0)
        self.reliability_view.setMinimumHeight(260)

        backtest = QFrame()
        backtest.setObjectName("card")
        box = QVBoxLayout(backtest)
        title = QLabel(self.tr("Backtest on this workspace's history"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        auc_row = QHBoxLayout()
        auc_caption = QLabel(self.tr("AUC"))
        auc_caption.setObjectName("muted")
        auc_row.addWidget(auc_caption)
        auc_row.addWidget(self.auc)
        auc_row.addWidget(self.auc_saved)
        auc_row.addStretch(1)
        box.addWidget(title)
        box.addLayout(auc_row)
        box.addWidget(self.sentences)
        box.addWidget(self.rates_view, 1)
        reliability_title = QLabel(self.tr("Is the likelihood right? Predicted against observed"))
        reliability_title.setObjectName("sectionTitle")
        reliability_title.setWordWrap(True)
        box.addWidget(reliability_title)
        box.addWidget(self.brier)
        box.addWidget(self.reliability_view, 1)
        box.addWidget(self.status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(bands)
        layout.addLayout(intent)
        layout.addWidget(self.problem)
        layout.addWidget(backtest, 1)
        self.auc.setStyleSheet("font-size: 22pt; font-weight: 700;")
        self.set_config(self.saved)

    # -- the form -----------------------------------------------------------------------
    def set_read_only(self, reason: str | None) -> None:
        """Disable the weights and thresholds, saying ``reason`` (None: editable again).
        The backtest of the saved model still shows."""
        for field in (*self.sliders.values(), self.healthy_min, self.watch_min,
                      self.hot_min, self.warm_min):
            field.setEnabled(reason is None)
            field.setToolTip(reason or "")

    def set_config(self, config: HealthModelConfig) -> None:
        """Show ``config`` as the saved model (sliders, bands), without marking a change."""
        self.saved = config
        self._loading = True
        try:
            for component, slider in self.sliders.items():
                slider.setValue(round(config.weights.get(component, 0.0)))
            self.healthy_min.setValue(round(config.healthy_min))
            self.watch_min.setValue(round(config.watch_min))
            self.hot_min.setValue(round(config.hot_min))
            self.warm_min.setValue(round(config.warm_min))
        finally:
            self._loading = False
        self._show_weights()

    def config(self) -> HealthModelConfig:
        """The configuration on screen; raises HealthConfigError naming what to fix."""
        weights = {c: float(s.value()) for c, s in self.sliders.items()}
        return replace(self.saved, weights=weights, healthy_min=float(self.healthy_min.value()),
                       watch_min=float(self.watch_min.value()),
                       hot_min=float(self.hot_min.value()),
                       warm_min=float(self.warm_min.value())).validated(SETTINGS_SOURCE)

    def is_changed(self) -> bool:
        try:
            config = self.config()
        except HealthConfigError:
            return True
        return config.to_dict() != self.saved.to_dict()

    def _edited(self) -> None:
        self._show_weights()
        if self._loading:
            return
        self.changed.emit()
        self._debounce.start()

    def _show_weights(self) -> None:
        total = sum(s.value() for s in self.sliders.values())
        for component, slider in self.sliders.items():
            share = slider.value() / total if total else 0.0
            self.weight_labels[component].setText(f"{slider.value()}  ({share:.0%})")
        try:
            self.config()
        except HealthConfigError as exc:
            self.problem.setText(health_model.sentence(exc))
            self.problem.show()
        else:
            self.problem.hide()

    # -- the backtest -------------------------------------------------------------------
    def ensure_backtest(self) -> None:
        """Prepare the backtest for the loaded data once (on a worker), then show it."""
        frames = self.state.frames
        if frames is None or self._prepared_generation == self.state.generation:
            return
        if self._prepare_job is not None and self._prepare_job.is_running():
            return
        from desktop.shared.workers import run_job

        generation = self.state.generation
        settings, saved = self.state.settings, self.saved
        activity = getattr(self.state.health, "activity", None)
        self.status.setText(self.tr("Scoring every account at each month end…"))

        def work(progress: Progress) -> tuple[BacktestData, BacktestReport]:
            data = prepare_backtest(frames, settings, saved, activity=activity,
                                    progress=history_progress(progress))
            return data, evaluate(data, min_observations=settings.calibration_min_observations)

        def done(result: tuple[BacktestData, BacktestReport]) -> None:
            if generation != self.state.generation:
                return
            self._prepared_generation = generation
            self.data, self.saved_report = result
            months = len(self.data.dates)
            self.status.setText(arg(self.tr(
                "Scores at each of %1 month ends compared with the next %2 days: customers churned or not, prospects opened an opportunity or not."), months, self.data.horizon_days))
            self._run_what_if()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):
                self.status.setText(arg(self.tr("The backtest could not run: %1"),
                                        refusals.said(exc)))

        self._prepare_job = run_job(self, self.tr("Preparing the backtest"), work, done,
                                    failed, show_progress=False)
        self._prepare_job.progressed.connect(
            lambda f, m: self.status.setText(f"{m} ({f:.0%})" if m else f"{f:.0%}"))

    def _run_what_if(self) -> None:
        if self.data is None:
            return
        try:
            config = self.config()
        except HealthConfigError:
            return  # the problem is shown under the sliders; nothing to evaluate
        from desktop.shared.workers import run_job

        self._token += 1
        token, data = self._token, self.data
        least = self.state.settings.calibration_min_observations

        def done(report: BacktestReport) -> None:
            if token == self._token and data is self.data:
                self.show_report(report)

        self._job = run_job(
            self, self.tr("What-if backtest"),
            lambda _p: evaluate(data, config.weights, config.healthy_min, config.watch_min, least,
                                config.hot_min, config.warm_min),
            done, lambda exc: self.status.setText(refusals.said(exc)), show_progress=False)

    def show_report(self, report: BacktestReport) -> None:
        self.report = report
        self.auc.setText(format_auc(report.auc))
        if self.saved_report is not None:
            self.auc_saved.setText(arg(self.tr("saved model: %1"), format_auc(self.saved_report.auc)))
        lines = [f"{fmt.sentence(comparison(s))}." for s in report.segments]
        self.sentences.setText("\n".join(lines))
        self.rates.set_reports(report, self.saved_report)
        self.reliability.set_report(report)
        self.brier.setText("\n".join(brier_sentence(s) for s in report.segments))
        self.backtest_shown.emit()

    def cancel_jobs(self) -> None:
        self._token += 1
        for job in (self._prepare_job, self._job):
            if job is not None and job.is_running():
                job.cancel()
