"""Numbers inside worded sentences follow the language's conventions, English unchanged.

A score's move ("What moved the score"), a weight in the health footnote and the workbook's
health formulas, a component's shared-out weight: written with ``domain.formatting``'s
``fixed``, ``signed`` and ``general``, so Polish writes 25,5 where English writes 25.5.
The figures are worked out by hand from Python's fixed formats.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from desktop.account.tables import _fmt
from desktop.i18n.conventions import conventions_for
from desktop.reports import table_words
from desktop.reports.workbook_words import WorkbookPhrases
from desktop.shared.wording import components, movement
from domain import formatting as fmt
from domain.health.drivers import Renormalisation
from domain.health.model import HealthModelConfig
from domain.health.movement import MODEL, what_moved
from domain.report_contents.account import Footnote
from domain.settings import WorkspaceSettings
from tests.domain.test_health_components import ACME, AS_OF, CORP, portfolio, scored


@pytest.fixture
def polish(qapp):
    previous = fmt.use_conventions(conventions_for("pl"))
    yield
    fmt.use_conventions(previous)


def test_the_formats_are_pythons_in_english():
    assert fmt.conventions() is fmt.ENGLISH
    assert (fmt.fixed(25.54), fmt.signed(6.25), fmt.signed(-0.04), fmt.general(0.5)) == (
        "25.5", "+6.2", "-0.0", "0.5")
    assert fmt.general(25.0) == "25" and fmt.fixed(float("nan")) == "n/a"


def test_polish_writes_a_decimal_comma(polish):
    assert (fmt.fixed(25.54), fmt.signed(6.25), fmt.signed(-2.5), fmt.general(0.5)) == (
        "25,5", "+6,2", "-2,5", "0,5")
    assert fmt.general(25.0) == "25"


def _moved():
    frames = portfolio(events=[{"account_id": CORP, "contact_id": 21, "kind": "form_fill",
                                "occurred_at": "2026-06-10 10:00", "asset": "Guide"}])
    return what_moved(frames, WorkspaceSettings(), CORP, AS_OF, pd.Timestamp("2026-06-15"),
                      HealthModelConfig())


def test_what_moved_the_score_in_polish(polish):
    moved = _moved()
    assert movement.cause_sentence(moved, MODEL) == "model change +0,0: same model"
    assert movement.sentence(replace(moved, score_before=50.0, score_after=47.5)).startswith("-2,5")
    assert _fmt(-2.5, "signed", "USD") == "-2,5"


def test_the_account_pages_what_moved_summary_in_polish(polish, qtbot):
    from desktop.account.moved import MovedTab

    tab = MovedTab()
    qtbot.addWidget(tab)
    tab.set_movement(replace(_moved(), score_before=77.04, score_after=65.1))
    # 77.04 -> "77,0" and 65.1 -> "65,1", with a decimal comma ("77.0" before).
    text = tab.summary.text()
    assert "77,0" in text and "65,1" in text
    assert "77.0" not in text and "65.1" not in text


def test_what_moved_the_score_in_english(qapp):
    moved = _moved()
    assert movement.cause_sentence(moved, MODEL) == "model change +0.0: same model"
    assert movement.sentence(replace(moved, score_before=50.0, score_after=47.5)).startswith("-2.5")


def test_weights_in_the_footnote_and_the_workbook_formulas(polish):
    _, said = table_words.footnote(Footnote("health", (3, [("engagement", 25.5),
                                                          ("momentum", 20.0)])))
    assert said.endswith("(engagement 25,5, momentum 20).")
    assert WorkbookPhrases().component_formula(0.5, 100.0) == "weight 0,5 of 100; score 0-100"
    assert "healthy ≥ 62,5, watch ≥ 40" in WorkbookPhrases().score_formula(62.5, 40, 60, 30)
    note = scored().explain(ACME).renormalisation
    one = Renormalisation("shared_out", note.missing[:1], 15.5, 100.0)
    assert "(15,5 of 100)" in components.note(one)
