"""The settings page's tables: engagement points, metric verdicts, backtest band rates and
the reliability of the calibrated likelihood.

Each is a ``QAbstractTableModel`` over a small list it owns (points per event kind, one
verdict per catalog metric, one row per segment × band). Edits go through ``setData``
with ``dataChanged`` for the edited cell; ``changed`` tells the page that the form is dirty.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from desktop.i18n.labels import TranslatedLabels
from desktop.shared.palette import band_label
from desktop.shared.wording import metrics
from domain import formatting as fmt
from domain.health.evaluation import BacktestReport
from domain.metrics import CATALOG, metric
from domain.settings import DEFAULT_POINTS, WorkspaceSettings

SORT_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
VERDICTS = ("measure", "caution", "vanity")
VERDICT_LABELS = TranslatedLabels("Verdicts", {
    "measure": QT_TRANSLATE_NOOP("Verdicts", "Steer by it"),
    "caution": QT_TRANSLATE_NOOP("Verdicts", "Caution"),
    "vanity": QT_TRANSLATE_NOOP("Verdicts", "Vanity"),
})
POINT_LABELS = TranslatedLabels("TouchKinds", {
    "form_fill": QT_TRANSLATE_NOOP("TouchKinds", "Form fill"),
    "demo_held": QT_TRANSLATE_NOOP("TouchKinds", "Demo held"),
    "meeting_booked": QT_TRANSLATE_NOOP("TouchKinds", "Meeting booked"),
    "cta_click": QT_TRANSLATE_NOOP("TouchKinds", "CTA click"),
    "webinar_attended": QT_TRANSLATE_NOOP("TouchKinds", "Webinar attended"),
    "content_download": QT_TRANSLATE_NOOP("TouchKinds", "Content download"),
    "email_click": QT_TRANSLATE_NOOP("TouchKinds", "Email click"),
    "web_visit": QT_TRANSLATE_NOOP("TouchKinds", "Web visit"),
    "content_view": QT_TRANSLATE_NOOP("TouchKinds", "Content view"),
    "page_view": QT_TRANSLATE_NOOP("TouchKinds", "Page view"),
    "email_open": QT_TRANSLATE_NOOP("TouchKinds", "Email open"),
})

_Index = QModelIndex | QPersistentModelIndex
_EDITABLE = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable
_READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


_HEADER_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

class EngagementPointsModel(QAbstractTableModel):
    """Points per kind of touch (SPEC §5); column 1 is editable (a number ≥ 0)."""

    changed = Signal()
    HEADERS = (QT_TRANSLATE_NOOP("SettingsTables", "Touch"), QT_TRANSLATE_NOOP("SettingsTables", "Points"))

    def __init__(self, points: dict[str, float] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[list] = []
        self.set_points(points or DEFAULT_POINTS)

    def set_points(self, points: dict[str, float]) -> None:
        order = list(DEFAULT_POINTS) + [k for k in points if k not in DEFAULT_POINTS]
        self.beginResetModel()
        self._rows = [[kind, float(points.get(kind, 0.0))] for kind in order]
        self.endResetModel()

    def points(self) -> dict[str, float]:
        return {kind: value for kind, value in self._rows}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if index.column() == 1 else _READ_ONLY

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind, value = self._rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return POINT_LABELS.get(kind, kind.replace("_", " ").capitalize())
            if role in (SORT_ROLE, ITEM_ROLE):
                return kind
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:g}"
        if role == Qt.ItemDataRole.EditRole or role == SORT_ROLE:
            return value
        if role == ITEM_ROLE:
            return kind
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False
        if not math.isfinite(number) or number < 0:
            return False
        self._rows[index.row()][1] = number
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        # The tooltip repeats the heading, which a narrow window elides.
        if role in _HEADER_ROLES and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SettingsTables", self.HEADERS[section])
        return None


class MetricVerdictModel(QAbstractTableModel):
    """One row per catalog metric: measure (steer by it), caution or vanity; column 2 edits."""

    changed = Signal()
    HEADERS = (QT_TRANSLATE_NOOP("SettingsTables", "Metric"), QT_TRANSLATE_NOOP("SettingsTables", "Group"), QT_TRANSLATE_NOOP("SettingsTables", "Verdict"), QT_TRANSLATE_NOOP("SettingsTables", "Steer by instead"))
    VERDICT = 2

    def __init__(self, settings: WorkspaceSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self._ids = [d.id for d in CATALOG]
        self._verdicts: dict[str, str] = {}
        self.set_settings(settings or WorkspaceSettings())

    def set_settings(self, settings: WorkspaceSettings) -> None:
        self.beginResetModel()
        self._verdicts = {
            i: "vanity" if i in settings.vanity_metrics
            else "caution" if i in settings.caution_metrics else "measure"
            for i in self._ids}
        self.endResetModel()

    def vanity(self) -> tuple[str, ...]:
        return tuple(i for i in self._ids if self._verdicts[i] == "vanity")

    def caution(self) -> tuple[str, ...]:
        return tuple(i for i in self._ids if self._verdicts[i] == "caution")

    def row_of(self, metric_id: str) -> int:
        return self._ids.index(metric_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if index.column() == self.VERDICT else _READ_ONLY

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        metric_id = self._ids[index.row()]
        definition = metric(metric_id)
        verdict = self._verdicts[metric_id]
        column = index.column()
        if role == ITEM_ROLE:
            return metric_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return metrics.reason(metric_id) or metrics.formula(metric_id)
        if column == 0 and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return metrics.name(metric_id)
        if column == 1 and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return metrics.group_name(definition.group)
        if column == self.VERDICT:
            if role == Qt.ItemDataRole.DisplayRole:
                return VERDICT_LABELS[verdict]
            if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
                return verdict
        if column == 3 and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if verdict == "measure" or not definition.alternative:
                return ""
            return metrics.name(definition.alternative)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or index.column() != self.VERDICT
                or role != Qt.ItemDataRole.EditRole or value not in VERDICTS):
            return False
        metric_id = self._ids[index.row()]
        if self._verdicts[metric_id] == value:
            return True
        self._verdicts[metric_id] = str(value)
        self.dataChanged.emit(index, self.index(index.row(), 3),
                              [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        # The tooltip repeats the heading, which a narrow window elides.
        if role in _HEADER_ROLES and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SettingsTables", self.HEADERS[section])
        return None


class VerdictDelegate(QStyledItemDelegate):
    """A combo box of the three verdicts for the verdict column."""

    def createEditor(self, parent: QWidget, option, index: _Index) -> QWidget:  # noqa: N802
        editor = QComboBox(parent)
        for verdict in VERDICTS:
            editor.addItem(VERDICT_LABELS[verdict], verdict)
        editor.activated.connect(lambda _i, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class BandRateModel(QAbstractTableModel):
    """Backtest outcome rate per band, for customers (churned) and prospects (opportunity)."""

    HEADERS = (QT_TRANSLATE_NOOP("SettingsTables", "Accounts: outcome"), QT_TRANSLATE_NOOP("SettingsTables", "Band"), QT_TRANSLATE_NOOP("SettingsTables", "Observed"), QT_TRANSLATE_NOOP("SettingsTables", "Outcomes"), QT_TRANSLATE_NOOP("SettingsTables", "Rate"), QT_TRANSLATE_NOOP("SettingsTables", "Saved model"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, int, int, float, float]] = []

    def set_reports(self, report: BacktestReport, saved: BacktestReport | None) -> None:
        rows = []
        for segment in report.segments:
            before = {b.band: b.rate for b in saved.segment(segment.segment).bands} if saved else {}
            who = (self.tr("Customers: churned") if segment.segment == "customer"
                   else self.tr("Prospects: opportunity"))
            for band in segment.bands:
                rows.append((who, band.band, band.accounts, band.outcomes, band.rate,
                             before.get(band.band, float("nan"))))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[tuple[str, str, int, int, float, float]]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column()]
        if role == SORT_ROLE:
            return value
        if role == ITEM_ROLE:
            return (row[0], row[1])
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return band_label(str(value))
            if index.column() in (4, 5):
                return fmt.rate(value)
            if index.column() in (2, 3):
                return fmt.count(value)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        # The tooltip repeats the heading, which a narrow window elides.
        if role in _HEADER_ROLES and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SettingsTables", self.HEADERS[section])
        return None


class ReliabilityModel(QAbstractTableModel):
    """Calibrated likelihood against what happened, per segment and decile of likelihood.

    Each month end's likelihoods come from a calibration fitted on the other month ends
    (``domain.health.evaluation``), so a close match is earned, not fitted.
    """

    HEADERS = (QT_TRANSLATE_NOOP("SettingsTables", "Accounts: likelihood of"), QT_TRANSLATE_NOOP("SettingsTables", "Decile"), QT_TRANSLATE_NOOP("SettingsTables", "Predicted"), QT_TRANSLATE_NOOP("SettingsTables", "Observed"), QT_TRANSLATE_NOOP("SettingsTables", "Observations"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, float, float, int]] = []

    def set_report(self, report: BacktestReport) -> None:
        rows = []
        for segment in report.segments:
            who = (self.tr("Customers: churn") if segment.segment == "customer"
                   else self.tr("Prospects: opportunity"))
            for i, b in enumerate(segment.reliability.bins, start=1):
                rows.append((who, i, b.predicted, b.observed, b.observations))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[tuple[str, int, float, float, int]]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column()]
        if role == SORT_ROLE:
            return value
        if role == ITEM_ROLE:
            return (row[0], row[1])
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() in (2, 3):
                return fmt.rate(value)
            if index.column() == 4:
                return fmt.count(value)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        # The tooltip repeats the heading, which a narrow window elides.
        if role in _HEADER_ROLES and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("SettingsTables", self.HEADERS[section])
        return None
