"""The dashboard's filters: one owner, one tier, one region (or all), like ``abm-health kpis``.

The dashboard counts the portfolio, i.e. the target accounts; the "Non-target accounts too"
box is the window's one switch that adds the others (``--all-accounts`` on the commands).
The choices come from the accounts in the workspace. The bar only says what is chosen;
``domain.report_contents.dashboard.filtered_account_ids`` turns that into the account ids every KPI, chart
and list of the dashboard is narrowed to.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg

TIER_NAMES = TranslatedLabels("DashboardFilters", {
    1: QT_TRANSLATE_NOOP("DashboardFilters", "Tier 1 · 1:1"),
    2: QT_TRANSLATE_NOOP("DashboardFilters", "Tier 2 · 1:few"),
    3: QT_TRANSLATE_NOOP("DashboardFilters", "Tier 3 · 1:many"),
})


@dataclass(frozen=True)
class FilterChoice:
    owner: str | None = None
    tier: int | None = None
    region: str | None = None
    all_accounts: bool = False  # also the accounts not on the target list

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.owner, self.tier, self.region))

    def describe(self) -> str:
        parts = [p for p in (self.owner, TIER_NAMES.get(self.tier or 0), self.region) if p]
        if not parts:
            return (QCoreApplication.translate("DashboardFilters", "all accounts") if self.all_accounts
                    else QCoreApplication.translate("DashboardFilters", "all target accounts"))
        if self.all_accounts:
            return arg(QCoreApplication.translate("DashboardFilters",
                                                  "%1 (target and non-target accounts)"),
                       ", ".join(parts))
        return ", ".join(parts)


class FilterBar(QWidget):
    """Three combo boxes; emits ``filters_changed(FilterChoice)``."""

    filters_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = QComboBox()
        self.owner.setObjectName("filterOwner")
        self.tier = QComboBox()
        self.tier.setObjectName("filterTier")
        self.region = QComboBox()
        self.region.setObjectName("filterRegion")
        self.all_accounts = QCheckBox(self.tr("Non-target accounts too"))
        self.all_accounts.setObjectName("filterAllAccounts")
        self.all_accounts.setToolTip(self.tr(
            "The dashboard counts the target accounts (the portfolio); tick to add the "
            "accounts that are not on the target list."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Accounts:"))
        label.setProperty("muted", True)
        layout.addWidget(label)
        for combo in (self.owner, self.tier, self.region):
            # A fixed width, not the longest name's: a workspace with long owner names
            # must not widen the window (the list itself still shows whole names).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._changed)
            layout.addWidget(combo)
        self.all_accounts.toggled.connect(self._changed)
        layout.addWidget(self.all_accounts)
        self._filling = False
        self.set_accounts(pd.DataFrame(columns=["owner", "tier", "region"]))

    def set_accounts(self, accounts: pd.DataFrame) -> None:
        """Offer the owners, tiers and regions present, keeping the current choice if it still is."""
        current = self.choice()
        self._filling = True
        try:
            owners = sorted(accounts["owner"].dropna().astype("str").unique())
            tiers = sorted(int(t) for t in pd.to_numeric(accounts["tier"], errors="coerce")
                           .dropna().unique())
            regions = sorted(accounts["region"].dropna().astype("str").unique())
            _fill(self.owner, self.tr("All owners"), [(o, o) for o in owners], current.owner)
            _fill(self.tier, self.tr("All tiers"),
                  [(TIER_NAMES.get(t) or arg(self.tr("Tier %1"), t), t) for t in tiers], current.tier)
            _fill(self.region, self.tr("All regions"), [(r, r) for r in regions], current.region)
            # Our own "All owners" shows whole in every language ("Wszyscy opiekunowie");
            # the data's names may be longer and are cut (the list shows them whole).
            for combo in (self.owner, self.tier, self.region):
                combo.setMinimumContentsLength(max(12, len(combo.itemText(0))))
        finally:
            self._filling = False
        if self.choice() != current:
            self.filters_changed.emit(self.choice())

    def choice(self) -> FilterChoice:
        return FilterChoice(self.owner.currentData(), self.tier.currentData(),
                            self.region.currentData(), self.all_accounts.isChecked())

    def set_choice(self, choice: FilterChoice) -> None:
        self._filling = True
        try:
            for combo, value in ((self.owner, choice.owner), (self.tier, choice.tier),
                                 (self.region, choice.region)):
                index = combo.findData(value) if value is not None else 0
                combo.setCurrentIndex(max(index, 0))
            self.all_accounts.setChecked(choice.all_accounts)
        finally:
            self._filling = False
        self.filters_changed.emit(self.choice())

    def _changed(self) -> None:
        if not self._filling:
            self.filters_changed.emit(self.choice())


def _fill(combo: QComboBox, everything: str, items: list[tuple[str, object]],
          keep: object) -> None:
    combo.clear()
    combo.addItem(everything, None)
    for text, value in items:
        combo.addItem(text, value)
    index = combo.findData(keep) if keep is not None else 0
    combo.setCurrentIndex(max(index, 0))
