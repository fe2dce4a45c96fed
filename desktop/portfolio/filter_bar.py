"""The bar above the portfolio table: search, owner/tier/stage/band pickers, saved filters.

Each picker is a button with a menu of checkable values (several may be ticked); the bar
emits ``filter_changed(PortfolioFilter)`` on every change. Saved filters apply a whole
``PortfolioFilter`` at once; "Save current filter…" asks for a name and emits
``save_requested(name, filter)`` (the page stores it in the workspace settings).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.i18n.placeholders import arg
from desktop.portfolio.filter import PortfolioFilter
from desktop.shared.flow_layout import FlowLayout
from desktop.shared.labels import STAGE_LABELS
from desktop.shared.palette import BAND_LABELS, BAND_ORDER

BUILTIN_TIER1_AT_RISK = "Tier 1 at risk"
MY_ACCOUNTS = "My accounts"


# A picker never grows past this: long owner names are elided (the tooltip names them all),
# so ticking values never widens the window.
CHOICE_MAX_WIDTH = 190


class ChoiceButton(QToolButton):
    """A drop-down of checkable values; the text says what is ticked."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setObjectName("flat")
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._actions: dict[object, QAction] = {}
        self.setMaximumWidth(CHOICE_MAX_WIDTH)
        self._update_text()

    def set_choices(self, choices: Iterable[tuple[object, str]]) -> None:
        ticked = self.selected()
        self._menu.clear()
        self._actions = {}
        for value, label in choices:
            action = self._menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(value in ticked)
            action.toggled.connect(self._toggled)
            self._actions[value] = action
        self._update_text()

    def selected(self) -> frozenset:
        return frozenset(v for v, a in self._actions.items() if a.isChecked())

    def set_selected(self, values: Iterable[object]) -> None:
        wanted = set(values)
        for value, action in self._actions.items():
            with QSignalBlocker(action):
                action.setChecked(value in wanted)
        self._update_text()

    def _toggled(self, _checked: bool) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        labels = [a.text() for a in self._actions.values() if a.isChecked()]
        if not labels:
            text = arg(self.tr("%1: any"), self.title)
        elif len(labels) <= 2:
            text = f"{self.title}: {', '.join(labels)}"
        else:
            text = arg(self.tr("%1: %2 selected"), self.title, len(labels))
        arrow = "  ▾"
        room = CHOICE_MAX_WIDTH - 24 - self.fontMetrics().horizontalAdvance(arrow)
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
        self.setText(shown + arrow)
        self.setToolTip(f"{self.title}: {', '.join(labels)}" if shown != text else "")
        self.setProperty("active", bool(labels))
        self.style().unpolish(self)
        self.style().polish(self)


class FilterBar(QWidget):
    filter_changed = Signal(object)  # PortfolioFilter
    save_requested = Signal(str, object)  # name, PortfolioFilter
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, owner, industry…   Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.owner = ChoiceButton(self.tr("Owner"))
        self.tier = ChoiceButton(self.tr("Tier"))
        self.tier.set_choices([(1, self.tr("1 · strategic")), (2, self.tr("2 · 1:few")),
                               (3, self.tr("3 · 1:many"))])
        self.stage = ChoiceButton(self.tr("Stage"))
        self.stage.set_choices(list(STAGE_LABELS.items()))
        self.band = ChoiceButton(self.tr("Band"))
        self.band.set_choices([(b, BAND_LABELS[b]) for b in BAND_ORDER])
        self.saved = QToolButton()
        self.saved.setObjectName("flat")
        self.saved.setText(self.tr("Saved filters") + "  ▾")
        self.saved.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self.saved)
        self.saved.setMenu(self.saved_menu)
        self.all_accounts = QCheckBox(self.tr("Non-target accounts too"))
        self.all_accounts.setObjectName("portfolioAllAccounts")
        self.all_accounts.setToolTip(self.tr(
            "The portfolio is the target accounts; tick to list the others too."))
        self.all_accounts.toggled.connect(self._emit)
        self.clear = QPushButton(self.tr("Clear"))
        self.clear.clicked.connect(self.clear_filter)
        self.count = QLabel("")
        self.count.setObjectName("muted")
        self._saved: dict[str, PortfolioFilter] = {}
        self._owners: list[str] = []

        # Typing re-filters after a short pause, so a fast typist filters once per word.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(120)
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(self._typing.start)
        for button in (self.owner, self.tier, self.stage, self.band):
            button.changed.connect(self._emit)

        # Wraps onto a second row when the words are longer than the window is wide.
        layout = FlowLayout(self, spacing=8)
        layout.add_widget(self.search, stretch=True)
        for widget in (self.owner, self.tier, self.stage, self.band, self.all_accounts,
                       self.saved, self.clear):
            layout.add_widget(widget)
        # ``count`` is placed by the page (in its header row): this bar stays narrow
        # enough for a 1280 px window.
        self.set_saved_filters({})

    # -- state ---------------------------------------------------------------------------
    def current(self) -> PortfolioFilter:
        return PortfolioFilter(
            owners=frozenset(self.owner.selected()),
            tiers=frozenset(self.tier.selected()),
            stages=frozenset(self.stage.selected()),
            bands=frozenset(self.band.selected()),
            text=self.search.text(),
            all_accounts=self.all_accounts.isChecked(),
        )

    def set_filter(self, flt: PortfolioFilter) -> None:
        with QSignalBlocker(self.search):
            self.search.setText(flt.text)
        self.owner.set_selected(flt.owners)
        self.tier.set_selected(flt.tiers)
        self.stage.set_selected(flt.stages)
        self.band.set_selected(flt.bands)
        with QSignalBlocker(self.all_accounts):
            self.all_accounts.setChecked(flt.all_accounts)
        self._emit()

    def clear_filter(self) -> None:
        self.set_filter(PortfolioFilter())

    def set_owners(self, owners: list[str]) -> None:
        self._owners = owners
        self.owner.set_choices([(o, o) for o in owners])

    def set_count(self, shown: int, total: int) -> None:
        self.count.setText(arg(self.tr("%1 of %2 accounts"), format(shown, ',d'), format(total, ',d')))

    def flush(self) -> None:
        """Apply pending typing now (tests, and Enter in the search box)."""
        if self._typing.isActive():
            self._typing.stop()
            self._emit()

    def _emit(self) -> None:
        self.filter_changed.emit(self.current())

    # -- saved filters -------------------------------------------------------------------
    def saved_filters(self) -> dict[str, PortfolioFilter]:
        return dict(self._saved)

    def set_saved_filters(self, saved: dict[str, PortfolioFilter]) -> None:
        self._saved = dict(saved)
        menu = self.saved_menu
        menu.clear()
        names = list(self._saved)
        if MY_ACCOUNTS not in self._saved:
            menu.addAction(self.tr("My accounts…"), self._choose_me)
        if BUILTIN_TIER1_AT_RISK not in self._saved:
            # The built-in filter's name in words; the name it is applied by stays the id.
            menu.addAction(self.tr("Tier 1 at risk"), lambda: self.apply_saved(BUILTIN_TIER1_AT_RISK))
        for name in names:
            menu.addAction(name, lambda n=name: self.apply_saved(n))
        menu.addSeparator()
        menu.addAction(self.tr("Save current filter…"), self._ask_save)
        if names:
            delete = menu.addMenu(self.tr("Delete saved filter"))
            for name in names:
                delete.addAction(name, lambda n=name: self.delete_requested.emit(n))

    def apply_saved(self, name: str) -> None:
        if name in self._saved:
            self.set_filter(self._saved[name])
        elif name == BUILTIN_TIER1_AT_RISK:
            self.set_filter(PortfolioFilter(tiers=frozenset({1}), bands=frozenset({"at-risk"})))

    def _choose_me(self) -> None:
        if not self._owners:
            return
        owner, ok = QInputDialog.getItem(
            self, self.tr("My accounts"), self.tr("Which owner are you? (saved in the workspace)"),
            self._owners, 0, False,
        )
        if ok and owner:
            flt = PortfolioFilter(owners=frozenset({owner}))
            self.save_requested.emit(MY_ACCOUNTS, flt)
            self.set_filter(flt)

    def _ask_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name of this filter:"))
        if ok and name.strip():
            self.save_requested.emit(name.strip(), self.current())
