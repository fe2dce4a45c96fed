"""Words a language needs its own way: a whole message per case, never an English piece inside.

Each test compiles a catalog with a few known translations (the real ``pyside6-lrelease``
through ``write_catalog``), installs it and reads the real widget or formatter back.
"""

from __future__ import annotations

import argparse
from datetime import date

import numpy as np
import pandas as pd
import pytest

from desktop.account.header import AccountHeader
from desktop.account.moved import band_in_text
from desktop.charts.chart_theme import date_ticks, epoch_seconds
from desktop.cli import main
from desktop.commands.exits import UsageError
from desktop.commands.report import _check_target
from desktop.i18n.install import install_language
from desktop.settings.tables import BandRateModel
from desktop.shared.axis import DAY, MONTH, date_label
from desktop.shared.wording import likelihood
from domain import formatting as fmt
from domain.health.calibration import Calibration
from domain.health.evaluation import evaluate
from domain.health.segments import CUSTOMER, PROSPECT
from storage.workspace import Workspace
from tests.desktop.i18n.catalogs import write_catalog
from tests.desktop.test_settings import two_customers

JA = {
    ("AccountHeader", "churn likelihood %1 in 90 days"): "90日以内の解約可能性 %1",
    ("AccountHeader", "opportunity likelihood %1 in 90 days"): "90日以内の商談化可能性 %1",
}
PL = {
    ("Conventions", "{} pts"): "{} p.p.",
    ("ConventionWords", "{} pts"): "{} pkt",
}


def _install(tmp_path, monkeypatch, code: str, words: dict) -> None:
    folder = tmp_path / "catalogs"
    write_catalog(folder, code, lambda context, source: words.get((context, source)))
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))
    install_language(code)


def test_the_likelihood_is_one_whole_message_per_segment(qtbot, tmp_path, monkeypatch):
    header = AccountHeader()
    qtbot.addWidget(header)
    assert header.likelihood_text("customer", 0.23) == "churn likelihood 23% in 90 days"
    assert header.likelihood_text("engaged", 0.4) == "opportunity likelihood 40% in 90 days"
    _install(tmp_path, monkeypatch, "ja", JA)
    assert header.likelihood_text("expansion", 0.23) == "90日以内の解約可能性 23%"
    assert header.likelihood_text("aware", 0.4) == "90日以内の商談化可能性 40%"


def test_score_points_and_percentage_points_translate_apart(qapp, tmp_path, monkeypatch):
    assert fmt.change(4, "nps") == "+4 pts"
    assert fmt.change(0.021, "rate") == "+2.1 pts"
    _install(tmp_path, monkeypatch, "pl", PL)
    assert fmt.change(4, "nps") == "+4 pkt"
    assert fmt.change(0.021, "rate") == "+2,1 p.p."



def test_a_protected_path_is_worded_in_the_language(qapp, tmp_path, monkeypatch, capsys):
    ws = tmp_path / "book"  # no suffix: -o may name it as the CSV folder
    (tmp_path / "seed.csv").write_text("external_id,name,tier\nA1,Acme,1\n", encoding="utf-8")
    assert main(["--workspace", str(ws), "import", "accounts", str(tmp_path / "seed.csv")]) == 0
    with pytest.raises(SystemExit) as exit_info:
        main(["--workspace", str(ws), "report", "portfolio", "-o", str(ws), "--format", "csv"])
    assert exit_info.value.code == 2
    assert f"-o {ws} is the workspace; choose a folder" in capsys.readouterr().err
    # The command line writes CSV in English whatever --language says; the check's words
    # are the catalog's all the same, as the report command asks them.
    _install(tmp_path, monkeypatch, "pl", {
        ("ReportCommand", "-o %1 is %2; choose a folder"): "-o %1 to %2; wybierz folder",
        ("ProtectedPaths", "the workspace"): "obszar roboczy"})
    args = argparse.Namespace(output=str(ws), force=False)
    with Workspace.open(ws) as workspace, pytest.raises(UsageError) as refused:
        _check_target(args, workspace, folder=True)
    assert str(refused.value) == f"-o {ws} to obszar roboczy; wybierz folder"


def _calibration(segment: str, observations: int, outcomes: int) -> Calibration:
    return Calibration(segment, np.array([10.0, 80.0]), np.array([0.4, 0.1]), observations,
                       outcomes, min_observations=100, horizon_days=90)


def test_a_likelihood_s_outcome_is_worded_whole_per_segment(qapp, tmp_path, monkeypatch):
    customers, prospects = _calibration(CUSTOMER, 1480, 90), _calibration(PROSPECT, 240, 30)
    assert likelihood.calibrated(customers) == "churn within 90 days, calibrated on 1,480 observations"
    assert likelihood.calibrated(prospects) == "opportunity within 90 days, calibrated on 240 observations"
    assert likelihood.calibrated_here(customers) == (
        "churn within 90 days, calibrated on 1,480 month-end observations of this workspace")
    assert [likelihood.outcome(s) for s in (CUSTOMER, PROSPECT)] == ["churned", "opportunity created"]
    _install(tmp_path, monkeypatch, "ja", {
        ("LikelihoodWords", "churn within %1 days, calibrated on %2 observations"):
            "%1日以内の解約(%2件の観測で較正)",
        ("LikelihoodWords", "opportunity within %1 days, calibrated on %2 observations"):
            "%1日以内の商談化(%2件の観測で較正)",
        ("LikelihoodWords", "churned"): "解約",
        ("LikelihoodWords", "opportunity created"): "商談化"})
    assert likelihood.calibrated(customers) == "90日以内の解約(1,480件の観測で較正)"
    assert likelihood.calibrated(prospects) == "90日以内の商談化(240件の観測で較正)"
    assert [likelihood.outcome(s) for s in (CUSTOMER, PROSPECT)] == ["解約", "商談化"]


def _shown(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_band_names_in_settings_and_what_moved_are_the_band_words(qapp, tmp_path, monkeypatch):
    rates = BandRateModel()
    data = two_customers()
    rates.set_reports(evaluate(data), None)
    customers = [r for r in range(rates.rowCount()) if rates.rows()[r][0].startswith("Customers")]
    assert [_shown(rates, 1)[r] for r in customers] == ["Healthy", "Watch", "At risk"]
    assert band_in_text("at-risk") == "at risk" and band_in_text("watch") == "watch"
    assert band_in_text(None) == "-"
    _install(tmp_path, monkeypatch, "ja", {("Bands", "Healthy"): "健全", ("Bands", "Watch"): "要注意",
                                          ("Bands", "At risk"): "リスクあり"})
    rates.set_reports(evaluate(data), None)
    assert [_shown(rates, 1)[r] for r in customers] == ["健全", "要注意", "リスクあり"]
    assert band_in_text("watch") == "要注意"


def test_date_axis_labels_speak_the_language(qapp):
    # English as before: strftime's "%b %y" and "%d %b" without a leading zero.
    assert date_label(date(2025, 12, 1), MONTH) == "Dec 25"
    assert date_label(date(2026, 3, 5), DAY) == "5 Mar"
    assert date_label(date(2026, 3, 15), DAY) == "15 Mar"
    install_language("ja")
    assert date_label(date(2025, 12, 1), MONTH) == "2025年12月"
    assert date_label(date(2026, 3, 5), DAY) == "3月5日"
    install_language("pl")
    assert date_label(date(2025, 12, 1), MONTH) == "gru 25"  # QLocale pl_PL's short month
    assert date_label(date(2026, 3, 5), DAY) == "5 mar"
    # The charts ask for their ticks in the same words.
    seconds = epoch_seconds(pd.to_datetime(["2025-11-01", "2025-12-01"]))
    assert [text for _, text in date_ticks(seconds, MONTH)] == ["lis 25", "gru 25"]
