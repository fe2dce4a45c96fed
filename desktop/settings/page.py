"""Settings (SPEC §8): the health model with its live backtest, the MQL threshold, engagement
points, which metrics we don't steer by, and the workspace currency.

``Save`` stores the ``WorkspaceSettings`` in the workspace. When anything that moves a health
score changed (weights, band thresholds, engagement points, the MQL threshold), it also
saves the model as a new version and recomputes the weekly history under it in the
background, with progress and Cancel (old versions' snapshots stay); then the window
reloads, so the portfolio and the dashboard show the new scores. A cancelled or failed
recompute puts the previous settings back.

The Language box at the top is this user's, not the workspace's: stored in the user's
settings (QSettings) and applied at once (the window rebuilds its pages in the language).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n.choice import SYSTEM, save_choice, stored_choice, system_language
from desktop.i18n.install import install_language
from desktop.i18n.languages import LANGUAGES
from desktop.i18n.placeholders import arg
from desktop.settings.health import HealthModelEditor, history_progress
from desktop.settings.tables import EngagementPointsModel, MetricVerdictModel, VerdictDelegate
from desktop.shared.elide_delegate import elide_with_tooltips
from desktop.shared.table_fit import fit_columns
from desktop.shared.wording import health_model
from desktop.shared.write_access import allow, refusal
from domain.health.history import HistoryCancelled
from domain.health.model import HealthConfigError, HealthModelConfig
from domain.progress import Cancelled, Progress
from domain.settings import WorkspaceSettings

CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CHF", "PLN", "SEK", "CAD", "AUD", "CNY", "INR")
CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class SaveOutcome:
    settings: WorkspaceSettings
    model_version: int | None  # the new health model version, None when health was unchanged


def save_workspace_settings(
    workspace, old: WorkspaceSettings, new: WorkspaceSettings, config: HealthModelConfig | None,
    frames, until, progress: Progress, expected_version: int | None = None,
) -> SaveOutcome:
    """Store ``new``; with a ``config``, add it as a model version with recomputed history.

    Runs on the workspace-writer thread. The history reads the saved settings, so they are
    stored first and put back if the recompute is cancelled or fails.
    """
    from storage.health_service import recompute_history
    from storage.settings_repo import save_settings

    progress.update(0.01, "Saving the settings")
    # Refused (SettingsConflict, nothing written) when someone saved since they were read.
    save_settings(workspace, new, expected_version=expected_version)
    if config is None:
        return SaveOutcome(new, None)
    try:
        model = recompute_history(workspace, config, history_progress(progress), until=until,
                                  frames=frames)
    except HistoryCancelled:
        save_settings(workspace, old)
        raise Cancelled() from None
    except BaseException:
        save_settings(workspace, old)
        raise
    return SaveOutcome(new, model.version)


class SettingsPage(QWidget):
    """``SettingsPage(state, parent)``; ``saved(outcome)`` after a save has been stored."""

    saved = Signal(object)

    def __init__(self, state, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.state = state
        self.current = WorkspaceSettings()
        self._loading = False
        self._save_job = None

        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(self.tr("Agreed by sales and marketing; stored in this workspace."))
        subtitle.setObjectName("muted")

        self.health = HealthModelEditor(state)
        self.mql_threshold = QDoubleSpinBox(objectName="mqlThreshold", minimum=1,
                                            maximum=10_000, decimals=0, singleStep=5)
        self.mql_threshold.setSuffix(self.tr(" points"))
        self.min_history = QSpinBox(objectName="calibrationMinObservations", minimum=1,
                                    maximum=1_000_000, singleStep=50)
        self.min_history.setSuffix(self.tr(" observations"))
        self.min_history.setToolTip(self.tr(
            "Below this many account × month-end observations in a segment, a score shows "
            "'not enough history' instead of a calibrated likelihood."))
        self.points = EngagementPointsModel(parent=self)
        self.points_view = self._table(self.points)
        self.verdicts = MetricVerdictModel(parent=self)
        self.verdicts_view = self._table(self.verdicts)
        self.verdicts_view.setItemDelegateForColumn(MetricVerdictModel.VERDICT,
                                                    VerdictDelegate(self.verdicts_view))
        self.verdicts_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        # Four columns in half a 1280 px window: scaled to the card, never scrolled sideways;
        # a cut metric name or heading shows whole on hover.
        elide_with_tooltips(self.verdicts_view)
        self._verdicts_fit = fit_columns(self.verdicts_view, [220, 110, 130, 170], stretch=0)
        self.currency = QComboBox(objectName="currency", editable=True)
        self.currency.addItems(CURRENCIES)
        self.min_history.setProperty("ownToolTip", self.min_history.toolTip())
        self._points_triggers = self.points_view.editTriggers()
        self._verdicts_triggers = self.verdicts_view.editTriggers()

        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.message = QLabel("")
        self.message.setWordWrap(True)

        health_card = self._card(self.tr("Account health model"), self.tr(
            "Weights of the six components and the band thresholds. The backtest scores every "
            "account at past month ends and checks what happened next; try weights and watch "
            "it change before saving."), self.health)
        leads = QWidget()
        form = QFormLayout(leads)
        form.setContentsMargins(0, 0, 0, 0)
        # A label too long to share its row goes above its field (Polish, at 1280 px).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("MQL threshold"), self.mql_threshold)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Health likelihood needs"), self.min_history)
        form.addRow(self.points_view)
        leads_card = self._card(self.tr("Leads and engagement"), self.tr(
            "A contact becomes an MQL when its engagement score reaches the threshold (unless "
            "the CRM says when). Points per touch, before role and tier multipliers and "
            "the 30-day half-life."), leads)
        metrics_card = self._card(self.tr("Metrics we don't steer by"), self.tr(
            "Vanity and caution metrics leave the KPI tiles for the panel that says why; "
            "double-click a verdict to change it."), self.verdicts_view)

        columns = QGridLayout()
        columns.setSpacing(16)
        columns.addWidget(health_card, 0, 0, 2, 1)
        columns.addWidget(leads_card, 0, 1)
        columns.addWidget(metrics_card, 1, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        self.language = QComboBox(objectName="language")
        self.language.addItem(self.tr("System"), SYSTEM)
        for language in LANGUAGES:
            self.language.addItem(language.native, language.code)
        self.language.setCurrentIndex(max(0, self.language.findData(stored_choice(self._user()))))
        self.language.setToolTip(self.tr("The language of the window and the reports, for you on "
                                         "this computer; System follows the computer's language."))
        self.language.activated.connect(self._language_chosen)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(QLabel(self.tr("Language")))
        heading.addWidget(self.language)
        layout.addLayout(heading)
        layout.addWidget(subtitle)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.health.changed.connect(self._changed)
        self.points.changed.connect(self._changed)
        self.verdicts.changed.connect(self._changed)
        self.mql_threshold.valueChanged.connect(self._changed)
        self.min_history.valueChanged.connect(self._changed)
        self.currency.currentTextChanged.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        state.data_changed.connect(self._data_changed)
        state.workspace_changed.connect(self._apply_role)
        self.load()
        self._apply_role()

    # -- language -----------------------------------------------------------------------
    def _user(self):
        """The user's settings: the window's (tests hand it one on a temporary file)."""
        memory = getattr(self.window(), "memory", None)
        return getattr(memory, "settings", None)

    def _language_chosen(self, _index: int) -> None:
        choice = str(self.language.currentData())
        save_choice(choice, self._user())
        install_language(system_language() if choice == SYSTEM else choice)

    # -- building -----------------------------------------------------------------------
    @staticmethod
    def _table(model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.setMinimumHeight(260)
        return view

    @staticmethod
    def _card(title: str, note: str, body: QWidget) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)  # a long title takes two lines rather than widening the page
        caption = QLabel(note)
        caption.setObjectName("muted")
        caption.setWordWrap(True)
        box = QVBoxLayout(card)
        box.setContentsMargins(14, 12, 14, 12)
        box.addWidget(heading)
        box.addWidget(caption)
        box.addWidget(body, 1)
        return card

    # -- loading ------------------------------------------------------------------------
    def load(self) -> None:
        """Show the workspace's settings and active model (discarding unsaved edits)."""
        self._loading = True
        try:
            self.current = self.state.settings
            model = getattr(self.state.health, "model", None)
            self.health.set_config(model.config if model is not None else HealthModelConfig())
            self.mql_threshold.setValue(self.current.mql_threshold)
            self.min_history.setValue(self.current.calibration_min_observations)
            self.points.set_points(self.current.points)
            self.verdicts.set_settings(self.current)
            self.currency.setCurrentText(self.current.currency)
        finally:
            self._loading = False
        self._changed()

    def _data_changed(self) -> None:
        if not self.is_changed():
            self.load()
        if self.isVisible():
            self.health.ensure_backtest()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.health.ensure_backtest()

    # -- the form -----------------------------------------------------------------------
    def edited_settings(self) -> WorkspaceSettings:
        currency = self.currency.currentText().strip().upper()
        return replace(
            self.current,
            currency=currency,
            mql_threshold=float(self.mql_threshold.value()),
            calibration_min_observations=int(self.min_history.value()),
            points=self.points.points(),
            vanity_metrics=self.verdicts.vanity(),
            caution_metrics=self.verdicts.caution(),
        )

    def is_changed(self) -> bool:
        return (self.edited_settings().to_mapping() != self.current.to_mapping()
                or self.health.is_changed())

    def health_changed(self) -> bool:
        """Whether saving should make a new model version and recompute the history."""
        edited = self.edited_settings()
        return (self.health.is_changed() or edited.points != self.current.points
                or edited.mql_threshold != self.current.mql_threshold)

    def _apply_role(self) -> None:
        """Settings and the health model are the admin's: for anyone else on a team
        workspace every field is read-only, with the reason as its tooltip."""
        reason = refusal(self.state.workspace, "admin")
        self.health.set_read_only(reason)
        for field in (self.mql_threshold, self.min_history, self.currency):
            field.setEnabled(reason is None)
            field.setToolTip(reason or field.property("ownToolTip") or "")
        # The tables stay scrollable and readable; only editing them is refused.
        for view, triggers in ((self.points_view, self._points_triggers),
                               (self.verdicts_view, self._verdicts_triggers)):
            view.setEditTriggers(triggers if reason is None
                                 else QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setToolTip(reason or "")
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        changed = self.is_changed()
        allow(self.save_button, self.state.workspace, "admin", changed)
        self.revert_button.setEnabled(changed)
        if changed:
            self.message.setText(self.tr("Unsaved changes."))
        elif self.message.text() == self.tr("Unsaved changes."):
            self.message.setText("")

    def confirm_leave(self, quitting: bool = False) -> bool:
        """Unsaved changes: Save, Discard or Cancel. True when the caller may go on.

        Saving runs in the background; on quit the window stays open until the save has
        finished and then closes (a recompute can take longer than a quit should wait).
        """
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved settings"),
                          self.tr("The settings have unsaved changes. Save them?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedSettings")
        box.setInformativeText(self.tr("Discard puts back the settings in force."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Discard:
            self.load()
            return True
        if answer != QMessageBox.StandardButton.Save:
            return False
        if self.problem():
            self.save()  # shows what to fix
            return False
        if quitting:
            window = self.window()
            self.saved.connect(lambda _outcome: window.close())
            self.save()
            return False
        self.save()
        return True

    def problem(self) -> str | None:
        """A sentence naming what to fix before saving, or None."""
        currency = self.currency.currentText().strip().upper()
        if not CURRENCY_CODE.match(currency):
            return arg(self.tr("Currency \"%1\": write a three-letter ISO code such as USD or EUR."), self.currency.currentText())
        try:
            self.health.config()
        except HealthConfigError as exc:
            return health_model.sentence(exc)
        return None

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        from desktop.shared.workers import run_job

        old, new = self.current, self.edited_settings()
        config = self.health.config() if self.health_changed() else None
        workspace, frames, until = self.state.workspace, self.state.frames, self.state.as_of
        seen_version = self.state.extras.get("settings_version")  # what this page shows
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))

        def done(outcome: SaveOutcome) -> None:
            self.current = outcome.settings
            if config is not None:
                self.health.set_config(config)
            if outcome.model_version is not None:
                self.message.setText(arg(self.tr(
                    "Saved. Health model version %1: history recomputed; the portfolio shows the new scores."), outcome.model_version))
            else:
                self.message.setText(self.tr("Saved."))
            self.saved.emit(outcome)
            self.state.reload(self.window())

        def failed(exc: BaseException) -> None:
            from storage.settings_repo import SettingsConflict

            if isinstance(exc, SettingsConflict):  # a colleague saved first: show theirs
                from desktop.shared.wording.said import error_text

                self.message.setText(error_text(exc))
                self.state.reload(self.window())
                return
            self._changed()
            from desktop.shared.errors import show_exception

            self.message.setText(self.tr("Not saved: the previous settings are in force."))
            show_exception(self, exc, self.tr("Saving the settings failed"))

        def cancelled() -> None:
            self._changed()
            self.message.setText(self.tr("Cancelled: the previous settings are in force."))

        self._save_job = run_job(
            self, self.tr("Recomputing health history") if config else self.tr("Saving settings"),
            lambda progress: save_workspace_settings(workspace, old, new, config, frames,
                                                     until, progress, seen_version),
            done, failed, show_progress=config is not None, writes=True, on_cancel=cancelled)

    def cancel_jobs(self) -> None:
        self.health.cancel_jobs()
