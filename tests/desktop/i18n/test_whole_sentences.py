"""Sentences are whole messages: no "to" between two date fields, no "of %1 %2" with a
separately translated noun, no " and " gluing conditions (QLocale joins a list)."""

from __future__ import annotations

import argparse

import pandas as pd
import pytest
from PySide6.QtWidgets import QLabel

from desktop.commands.kpis import resolve_scope
from desktop.dashboard.period_picker import PeriodPicker
from desktop.i18n.around import pieces
from desktop.i18n.install import install_language
from desktop.i18n.lists import listed
from desktop.portfolio.summary import SummaryStrip
from desktop.shared.portfolio_rows import BandSummary
from tests.desktop.i18n.catalogs import write_catalog


def test_a_phrase_is_cut_at_its_placeholders_in_reading_order():
    assert pieces("%1 to %2") == [0, "to", 1]
    assert pieces("%1から%2まで") == [0, "から", 1, "まで"]
    assert pieces("od %1 do %2") == ["od", 0, "do", 1]
    assert pieces("%2 – %1") == [1, "–", 0]


def _order(layout) -> list:
    items = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w.text() if isinstance(w, QLabel) and w.text() else w for w in items if w is not None]


def test_the_period_picker_follows_the_translation_s_word_order(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "catalogs"
    write_catalog(folder, "ja", lambda context, source:
                  "%1から%2まで" if (context, source) == ("PeriodPicker", "%1 to %2") else None)
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))
    install_language("ja")
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    order = _order(picker.layout())
    start = order.index(picker.start_edit)
    assert order[start:start + 4] == [picker.start_edit, "から", picker.end_edit, "まで"]
    assert [label.text() for label in picker.range_words] == ["から", "まで"]


def test_the_period_picker_in_english_reads_first_to_last(qtbot):
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    order = _order(picker.layout())
    start = order.index(picker.start_edit)
    assert order[start:start + 3] == [picker.start_edit, "to", picker.end_edit]


def test_conditions_are_listed_the_language_s_way():
    # Worked out from QLocale's list patterns for en_US and pl_PL.
    assert listed(["owner Ken", "region EU", "tier 1"]) == "owner Ken, region EU, and tier 1"
    install_language("pl")
    assert listed(["owner Ken", "region EU", "tier 1"]) == "owner Ken, region EU i tier 1"
    assert listed(["owner Ken", "tier 1"]) == "owner Ken i tier 1"


ACCOUNTS = pd.DataFrame({
    "id": [1, 2, 3, 4],
    "owner": ["Ken", "Ken", "Ken", "Ada"],
    "region": ["EU", "EU", "US", "EU"],
    "tier": [1, 2, 1, 1],
    "is_target": [True, True, True, False],
})


def _scope(**options) -> tuple:
    args = argparse.Namespace(account=None, owner=None, region=None, tier=None, all_accounts=False)
    for key, value in options.items():
        setattr(args, key, value)
    return resolve_scope(args, ACCOUNTS)


def test_the_kpis_scope_is_one_sentence_with_a_listed_condition():
    # Ken's target accounts in the EU with tier 1: account 1 only.
    assert _scope(owner="Ken", region="EU", tier=1) == (
        [1], "1 target account with owner Ken, region EU, and tier 1")
    assert _scope(owner="Ken") == ([1, 2, 3], "3 target accounts with owner Ken")
    assert _scope(region="EU", all_accounts=True) == ([1, 2, 4], "3 accounts with region EU")
    assert _scope()[1] == "the portfolio (3 target accounts)"
    assert _scope(all_accounts=True) == (None, "every account (4 accounts)")


@pytest.mark.parametrize(("total", "size", "everyone", "expected"), [
    (3, 12, False, "of 12 target accounts"),
    (1, 1, False, "all target accounts"),
    (0, 1, False, "of 1 target account"),
    (5, 1_200, True, "of 1,200 accounts"),
    (7, 7, True, "all accounts"),
])
def test_the_summary_strip_says_a_whole_phrase(qtbot, total, size, everyone, expected):
    strip = SummaryStrip()
    qtbot.addWidget(strip)
    strip.set_summary(BandSummary(total=total, counts={}, earlier=None, unscored=0), size, everyone)
    assert strip.total.delta.text() == expected
