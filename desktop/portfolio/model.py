"""The portfolio table model: target accounts with health, sorted and filtered in numpy.

The model wraps the portfolio frame (``desktop.shared.portfolio_rows.build_portfolio``) and shows
a subset of its rows in some order: ``self._rows`` holds frame positions. Filtering is one
boolean mask from ``FilterIndex``; sorting is one stable ``argsort`` over a precomputed
numeric key per column (text columns are ranked once), so both stay well inside a frame
at 10,000 accounts, where a ``QSortFilterProxyModel`` calling Python per row would not.
DisplayRole gives formatted text, SORT_ROLE the raw value, ITEM_ROLE the account id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.i18n.placeholders import arg
from desktop.portfolio.filter import FilterIndex, PortfolioFilter
from desktop.shared.labels import STAGE_LABELS, STAGE_ORDER, TREND_ARROWS
from desktop.shared.palette import BAND_LABELS, band_color, band_label
from desktop.shared.plurals import counted
from desktop.shared.portfolio_rows import as_python, empty_portfolio
from domain import formatting as fmt

SORT_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
BAND_ROLE = Qt.ItemDataRole.UserRole + 2
SPARK_ROLE = Qt.ItemDataRole.UserRole + 3
TREND_ROLE = Qt.ItemDataRole.UserRole + 4

(COL_NAME, COL_TIER, COL_OWNER, COL_STAGE, COL_HEALTH, COL_LIKELIHOOD, COL_TREND, COL_SPARK,
 COL_NPS, COL_LAST_TOUCH, COL_PIPELINE, COL_RENEWAL) = range(12)
# (frame column, header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("PortfolioModel", "Account")),
    ("tier", QT_TRANSLATE_NOOP("PortfolioModel", "Tier")),
    ("owner", QT_TRANSLATE_NOOP("PortfolioModel", "Owner")),
    ("stage", QT_TRANSLATE_NOOP("PortfolioModel", "Stage")),
    ("score", QT_TRANSLATE_NOOP("PortfolioModel", "Health")),
    ("likelihood", QT_TRANSLATE_NOOP("PortfolioModel", "90 days")),
    ("change_4w", QT_TRANSLATE_NOOP("PortfolioModel", "Change")),
    ("sparkline", QT_TRANSLATE_NOOP("PortfolioModel", "Weekly")),
    ("nps", QT_TRANSLATE_NOOP("PortfolioModel", "NPS")),
    ("last_touch", QT_TRANSLATE_NOOP("PortfolioModel", "Last scored touch")),
    ("open_pipeline", QT_TRANSLATE_NOOP("PortfolioModel", "Open pipeline")),
    ("renewal_date", QT_TRANSLATE_NOOP("PortfolioModel", "Renewal")),
)
HEADER_TIPS: dict[int, str] = {
    COL_LIKELIHOOD: QT_TRANSLATE_NOOP(
        "PortfolioModel", "Likelihood within 90 days, calibrated on this workspace's month-end "
        "history: of churn for a customer, of an opportunity for a prospect"),
    COL_TREND: QT_TRANSLATE_NOOP("PortfolioModel", "Health score change over the last 4 weeks (arrow: up, down or flat)"),
    COL_SPARK: QT_TRANSLATE_NOOP("PortfolioModel", "Weekly health score over the model's sparkline window"),
    COL_NPS: QT_TRANSLATE_NOOP("PortfolioModel", "Account NPS (latest response per contact) and the number of responses"),
    COL_LAST_TOUCH: QT_TRANSLATE_NOOP("PortfolioModel", "Last time anyone at the account engaged"),
    COL_PIPELINE: QT_TRANSLATE_NOOP("PortfolioModel", "Open opportunity amount"),
    COL_RENEWAL: QT_TRANSLATE_NOOP("PortfolioModel", "Next renewal of an active subscription"),
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_NUMERIC = {COL_TIER, COL_LIKELIHOOD, COL_TREND, COL_NPS, COL_PIPELINE}

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SORT, _ITEM, _BAND, _SPARK, _TREND = (int(r) for r in (SORT_ROLE, ITEM_ROLE, BAND_ROLE, SPARK_ROLE, TREND_ROLE))
_ROLES = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _TOOLTIP, _SORT, _ITEM, _BAND, _SPARK, _TREND})
_ALIGNMENTS = tuple(int(_RIGHT if c in _NUMERIC else _LEFT) for c in range(len(COLUMNS)))
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
TONE_GOOD, TONE_BAD, TONE_MUTED = 1, 2, 3


def _tone_color(code: int) -> QColor:
    if code == TONE_GOOD:
        return band_color("healthy")
    if code == TONE_BAD:
        return band_color("at-risk")
    return QColor("#8a8f98")


def _floats(values: pd.Series) -> list[float]:
    return pd.to_numeric(values, errors="coerce").to_numpy(dtype="float64", na_value=np.nan).tolist()


def _texts(values: pd.Series) -> list:
    return values.to_numpy(dtype=object).tolist()


def _days(values: pd.Series) -> list[str]:
    stamps = pd.to_datetime(values, errors="coerce").to_numpy("datetime64[D]")
    text = np.datetime_as_string(stamps, unit="D").tolist()
    if fmt.conventions().language != "en":  # the language's dates (ISO is English's)
        return ["" if t == "NaT" else fmt.day(date.fromisoformat(t)) for t in text]
    return ["" if t == "NaT" else t for t in text]


def display_texts(frame: pd.DataFrame, currency: str) -> list[np.ndarray]:
    """Every cell's text, column by column, formatted once per load.

    Plain list comprehensions over Python values: for 10,000 rows they beat chains of
    pandas string operations several times over.
    """
    def arr(items: list) -> np.ndarray:
        out = np.empty(len(items), dtype=object)
        out[:] = items
        return out

    names = [v if isinstance(v, str) else "" for v in _texts(frame["name"])]
    tiers = ["" if t != t else str(int(t)) for t in _floats(frame["tier"])]
    owners = [v if isinstance(v, str) else "" for v in _texts(frame["owner"])]
    stages = [STAGE_LABELS.get(v, v) if isinstance(v, str) else "" for v in _texts(frame["stage"])]
    labels = [BAND_LABELS.get(v, "") if isinstance(v, str) else "" for v in _texts(frame["band"])]
    health = [lab if s != s else f"{fmt.score(s)} · {lab}" for s, lab in zip(_floats(frame["score"]), labels, strict=True)]
    arrows = [TREND_ARROWS.get(v, "") if isinstance(v, str) else "" for v in _texts(frame["trend"])]
    trend = ["" if c != c else f"{a} {fmt.change(c, 'score')}".strip() for c, a in zip(_floats(frame["change_4w"]), arrows, strict=True)]
    responses = _floats(frame["nps_responses"])
    nps = ["" if v != v else f"{fmt.measure(v, 'nps')} ({int(n) if n == n else 0})"
           for v, n in zip(_floats(frame["nps"]), responses, strict=True)]
    money = [format_money(v, currency) if v == v and v else "" for v in _floats(frame["open_pipeline"])]
    stage_texts = _texts(frame["stage"])
    words = likelihood_words()
    likely = [likelihood_text(v, st, words) for v, st in
              zip(_floats(frame["likelihood"]), stage_texts, strict=True)]
    return [
        arr(names), arr(tiers), arr(owners), arr(stages), arr(health), arr(likely), arr(trend),
        arr([""] * len(frame)), arr(nps), arr(_days(frame["last_touch"])), arr(money),
        arr(_days(frame["renewal_date"])),
    ]


def likelihood_words() -> tuple[str, str]:
    """The words before a likelihood, translated once per table rather than once per row."""
    return (QCoreApplication.translate("PortfolioModel", "churn %1", "likelihood of churn"),
            QCoreApplication.translate("PortfolioModel", "opp. %1", "likelihood of an opportunity"))


def likelihood_text(value: float, stage: object, words: tuple[str, str] | None = None) -> str:
    """"churn 3%" for a customer, "opp. 28%" for a prospect; blank without a likelihood."""
    if value != value:
        return ""
    churn, opportunity = words or likelihood_words()
    what = churn if stage in ("customer", "expansion") else opportunity
    share = f"{value * 100:.0f}" if value >= 0.01 or value == 0 else "<1"
    return arg(what, fmt.conventions().percent.format(share))


def display_tones(frame: pd.DataFrame, min_responses: int) -> dict[int, np.ndarray]:
    """Per-cell colour codes: trend up/down, and NPS from too few responses (muted)."""
    trend = frame["trend"].astype("object")
    tones = np.where(trend == "up", TONE_GOOD, np.where(trend == "down", TONE_BAD, 0))
    n = pd.to_numeric(frame["nps_responses"], errors="coerce").fillna(0).to_numpy()
    nps = np.where((n > 0) & (n < min_responses), TONE_MUTED, 0)
    return {COL_TREND: tones.astype("int8"), COL_NPS: nps.astype("int8")}


def format_money(value: float | None, currency: str) -> str:
    return "" if value is None else fmt.money(value, currency)


def _sort_key(frame: pd.DataFrame, column: str) -> np.ndarray:
    """A float key per frame row (NaN = missing) that orders the column as users expect."""
    values = frame[column]
    if column == "stage":
        return values.map(STAGE_ORDER).astype("float64").to_numpy()
    if column == "sparkline":
        return pd.to_numeric(frame["score"], errors="coerce").to_numpy(dtype="float64")
    if column in ("last_touch", "renewal_date"):
        stamps = pd.to_datetime(values, errors="coerce")
        return np.where(stamps.isna(), np.nan, stamps.to_numpy(dtype="datetime64[ns]").astype("int64").astype("float64"))
    if pd.api.types.is_numeric_dtype(values):
        return values.to_numpy(dtype="float64", na_value=np.nan)
    # Text: rank case-insensitively once; the rank is the key.
    text = values.astype("object").where(values.notna(), None)
    folded = text.map(lambda v: v.casefold() if isinstance(v, str) else v)
    codes, _ = pd.factorize(folded, sort=True, use_na_sentinel=True)
    return np.where(codes < 0, np.nan, codes.astype("float64"))


@dataclass
class PreparedPortfolio:
    """What the model needs besides the frame, computable off the GUI thread."""

    source: pd.DataFrame  # the frame as given
    frame: pd.DataFrame  # the same rows, positions 0..n-1
    texts: list[np.ndarray]
    tones: dict[int, np.ndarray]
    index: FilterIndex


def prepare_portfolio(frame: pd.DataFrame, currency: str, min_responses: int) -> PreparedPortfolio:
    rows = frame.reset_index(drop=True)
    return PreparedPortfolio(frame, rows, display_texts(rows, currency), display_tones(rows, min_responses),
                             FilterIndex(rows))


def prepare_rows(frame: pd.DataFrame, settings) -> PreparedPortfolio:
    """``prepare_portfolio`` under a workspace's settings: the state's preparer for the table."""
    return prepare_portfolio(frame, settings.currency, settings.nps_min_responses)


class PortfolioModel(QAbstractTableModel):
    """Rows are frame positions; ``set_filter`` and ``sort`` rearrange them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._frame = empty_portfolio()
        self._rows = np.arange(0, dtype="int64")
        self._ids = np.arange(0, dtype="int64")
        self._spark_weeks = 0
        self._index = FilterIndex(self._frame)
        self._filter = PortfolioFilter()
        self._keys: dict[int, np.ndarray] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._currency = "USD"
        self._min_responses = 5
        self._values: dict[str, np.ndarray] = {}
        self._text: list[np.ndarray] = display_texts(self._frame, "USD")
        self._tone: dict[int, np.ndarray] = {}
        self._positions: dict[int, int] = {}

    # -- data in -------------------------------------------------------------------------
    def set_frame(self, frame: pd.DataFrame, currency: str = "USD", min_responses: int = 5,
                  prepared: PreparedPortfolio | None = None) -> None:
        """Replace the data (keeps the current filter and sort).

        ``prepared`` (``prepare_portfolio`` of the same frame, built on a worker) saves the
        formatting and indexing work on the GUI thread.
        """
        if prepared is None or prepared.source is not frame:
            prepared = prepare_portfolio(frame, currency, min_responses)
        self.beginResetModel()
        self._frame = prepared.frame
        self._currency = currency
        self._min_responses = min_responses
        self._values = {c: self._frame[c].to_numpy() for c in self._frame.columns}
        self._text = prepared.texts
        self._tone = prepared.tones
        self._ids = self._frame["id"].to_numpy(dtype="int64")
        self._positions = {int(i): p for p, i in enumerate(self._ids)}
        self._index = prepared.index
        self._keys = {}
        lengths = [len(v) for v in self._values["sparkline"] if isinstance(v, list | tuple | np.ndarray)]
        self._spark_weeks = max(lengths, default=0)
        self._apply()
        self.endResetModel()

    def set_filter(self, flt: PortfolioFilter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._apply()
        self.endResetModel()

    def current_filter(self) -> PortfolioFilter:
        return self._filter

    def scope_size(self) -> int:
        """The accounts the filter looks among: the target accounts, or all of them."""
        return self._index.scope_size(self._filter)

    def frame(self) -> pd.DataFrame:
        return self._frame

    def visible_positions(self) -> np.ndarray:
        """Frame positions of the rows shown, in display order."""
        return self._rows

    def account_id(self, row: int) -> int:
        return int(self._ids[self._rows[row]])

    def row_of(self, account_id: int) -> int | None:
        position = self._positions.get(int(account_id))
        if position is None:
            return None
        found = np.flatnonzero(self._rows == position)
        return int(found[0]) if len(found) else None

    def _apply(self) -> None:
        rows = np.flatnonzero(self._index.mask(self._filter)).astype("int64")
        if self._sort is not None:
            rows = self._ordered(rows, *self._sort)
        self._rows = rows

    def _ordered(self, rows: np.ndarray, column: int, order: Qt.SortOrder) -> np.ndarray:
        key = self._keys.get(column)
        if key is None:
            key = self._keys[column] = _sort_key(self._frame, COLUMNS[column][0])
        # Start from name order so ties read alphabetically, then a stable sort on the key;
        # missing values go last whichever the direction.
        if column != COL_NAME:
            name_key = self._keys.get(COL_NAME)
            if name_key is None:
                name_key = self._keys[COL_NAME] = _sort_key(self._frame, "name")
            rows = rows[np.argsort(name_key[rows], kind="stable")]
        k = key[rows]
        if order == Qt.SortOrder.DescendingOrder:
            k = -k
        k = np.where(np.isnan(k), np.inf, k)
        return rows[np.argsort(k, kind="stable")]

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._heading(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The heading first: a narrow window elides it (desktop.portfolio.columns).
            tip = HEADER_TIPS.get(section)
            heading = self._heading(section)
            if tip is None:
                return heading
            explained = self.tr(tip)
            return "\n".join((heading, explained))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if section in _NUMERIC else _LEFT)
        return None

    def _heading(self, section: int) -> str:
        if section == COL_SPARK and self._spark_weeks:
            return counted(self._spark_weeks, self.tr("%Ln weeks", "", self._spark_weeks), "1 week")
        return self.tr(COLUMNS[section][1])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(int(self._rows[p.row()]), p.column()) for p in persistent]
        self._sort = (column, order)
        self._rows = self._ordered(self._rows, column, order)
        if persistent:
            where = np.empty(len(self._frame), dtype="int64")
            where[self._rows] = np.arange(len(self._rows))
            self.changePersistentIndexList(
                persistent, [self.index(int(where[pos]), col) for pos, col in held]
            )
        self.layoutChanged.emit()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every visible cell and role on each repaint: plain int comparisons and
        # lookups in precomputed arrays, no formatting here.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        pos = int(self._rows[row])
        column = index.column()
        if role == _DISPLAY:
            return self._text[column][pos]
        if role == _ALIGN:
            return _ALIGNMENTS[column]
        if role == _FOREGROUND:
            tones = self._tone.get(column)
            code = int(tones[pos]) if tones is not None else 0
            return _tone_color(code) if code else None
        if role == _ITEM:
            return int(self._ids[pos])
        if role == _BAND:
            return as_python(self._values["band"][pos])
        if role == _SPARK:
            spark = self._values["sparkline"][pos]
            return list(spark) if isinstance(spark, list | tuple | np.ndarray) else []
        if role == _SORT:
            if column == COL_SPARK:
                return as_python(self._values["score"][pos])
            value = as_python(self._values[COLUMNS[column][0]][pos])
            return value.to_pydatetime() if isinstance(value, pd.Timestamp) else value
        if role == _TREND:
            return as_python(self._values["trend"][pos])
        if role == _TOOLTIP:
            return self._tooltip(pos, column)
        return None

    def _tooltip(self, pos: int, column: int) -> str | None:
        if column == COL_NPS:
            n = int(as_python(self._values["nps_responses"][pos]) or 0)
            if n == 0:
                return self.tr("No NPS responses in the window")
            if n < self._min_responses:
                return counted(n, self.tr("Caution: small sample (%Ln responses)", "", n),
                               "Caution: small sample (1 response)")
            return counted(n, self.tr("%Ln responses", "", n), "1 response")
        if column == COL_HEALTH:
            band = as_python(self._values["band"][pos])
            return band_label(band) if band else self.tr("Not scored yet")
        return None
