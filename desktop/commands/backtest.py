"""``abm-health backtest``: how well the health model foresaw churn and new opportunities.

    abm-health backtest [--weights FILE] [--months N] [--format table|json]

For each of the last N month ends with 90 days of data after it, every account is scored
as of that day and compared with what happened next (customers: churned or not;
prospects: opportunity created or not): AUC, outcome rate per band, lift; then how well
the calibrated likelihood matches what happened: the Brier score (against the base rate's)
and the reliability table, predicted against observed per decile, each month end
predicted from a calibration fitted on the other month ends.

``--weights FILE`` tries other weights (or a whole model configuration) without saving
them, beside the active model. The file is TOML or JSON, either just the weights::

    engagement = 30
    buying_committee = 20
    retention = 20

or any ``HealthModelConfig`` fields with a ``weights`` table::

    healthy_min = 75
    [weights]
    engagement = 30

Components left out keep the active model's weights.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.commands.output import json_safe, write_table
from desktop.i18n.placeholders import arg
from desktop.shared.palette import BAND_LABELS
from desktop.shared.wording import health_model
from desktop.shared.wording.likelihood import outcome, shortfall
from desktop.shared.wording.segments import comparison
from domain import formatting as fmt
from domain.health.asof import day_of
from domain.health.backtest import month_starts, needs_recompute, prepare_backtest
from domain.health.evaluation import BacktestReport, BandRate, SegmentReport, evaluate, what_if
from domain.health.model import COMPONENTS, ConfigSource, HealthConfigError, HealthModelConfig
from domain.health.segments import CUSTOMER
from storage.frames import load_frames
from storage.health_repo import active_model
from storage.settings_repo import load_settings
from storage.workspace import Workspace

translate = QCoreApplication.translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backtest",
        help=translate("BacktestCommand", "validate the health model on the workspace's own history"),
        description=translate("BacktestCommand", "Score every account at each month end and compare with the next 90 days: "
        "AUC, outcome rate per band (customers healthy/watch/at-risk, prospects hot/warm/cold) "
        "and lift, the Brier score and "
        "the reliability of the calibrated likelihood per decile."),
    )
    parser.add_argument("--weights", metavar="FILE",
                        help=translate("BacktestCommand", "TOML or JSON file of weights (or model fields) to try beside the active model"))
    parser.add_argument("--months", type=int, default=12, metavar="N",
                        help=translate("BacktestCommand", "how many month ends to test (default 12)"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(func=run)


def load_weights_file(path: str, base: HealthModelConfig) -> HealthModelConfig:
    """``base`` overridden by the file's weights/fields; errors name the file and the fix."""
    from desktop.commands.exits import UsageError

    file = Path(path).expanduser()
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise UsageError(arg(translate("BacktestCommand", "there is no weights file %1"),
                             file)) from None
    except IsADirectoryError:
        raise UsageError(arg(translate("BacktestCommand", "the weights file %1 is a folder; "
                                       "name a TOML or JSON file"), file)) from None
    except PermissionError:
        raise UsageError(arg(translate("BacktestCommand", "the weights file %1 may not be read "
                                       "(permission denied)"), file)) from None
    except OSError:
        raise UsageError(arg(translate("BacktestCommand", "cannot read the weights file %1"),
                             file)) from None
    try:
        if file.suffix.lower() == ".json":
            data = json.loads(raw.decode("utf-8-sig"))
        else:
            data = tomllib.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        # One whole message per format: "JSON" and "TOML" are names, the sentence is the words.
        # The parsers' own explanations are English, so only where they stopped is passed on.
        where = _where(exc)
        if file.suffix.lower() == ".json":
            message = (translate("BacktestCommand", "the weights file %1 is not valid JSON "
                                 "(line %2, column %3)") if where
                       else translate("BacktestCommand", "the weights file %1 is not valid JSON"))
        else:
            message = (translate("BacktestCommand", "the weights file %1 is not valid TOML "
                                 "(line %2, column %3)") if where
                       else translate("BacktestCommand", "the weights file %1 is not valid TOML"))
        raise UsageError(arg(message, file, *where)) from None
    if not isinstance(data, dict):
        raise UsageError(arg(translate("BacktestCommand", "the weights file %1 must hold a table of "
                                       "component = weight"), file))
    if data and set(data) <= set(COMPONENTS):
        data = {"weights": data}
    weights = data.get("weights", {})
    if not isinstance(weights, dict):
        raise UsageError(arg(translate("BacktestCommand", "the weights file %1: weights must be a "
                                       "table of component = weight"), file))
    merged: dict[str, Any] = base.to_dict()
    merged.update({k: v for k, v in data.items() if k != "weights"})
    merged["weights"] = {**merged["weights"], **weights}
    try:
        return HealthModelConfig.from_dict(merged,
                                           source=ConfigSource("weights_file", str(file)))
    except HealthConfigError as exc:
        raise UsageError(health_model.sentence(exc)) from None


def _where(exc: Exception) -> tuple[int, int] | tuple[()]:
    """Line and column where a JSON or TOML parser stopped, when it says so."""
    if isinstance(exc, json.JSONDecodeError):
        return exc.lineno, exc.colno
    found = re.search(r"at line (\d+), column (\d+)", str(exc))
    return (int(found.group(1)), int(found.group(2))) if found else ()


def _said(report: BacktestReport) -> dict[str, Any]:
    """The report's ids and numbers, each segment with its comparison as a sentence too."""
    out = report.to_dict()
    for segment, said in zip(report.segments, out["segments"], strict=True):  # type: ignore[arg-type]
        said["sentence"] = comparison(segment)
        said["calibration"]["reason"] = shortfall(segment.calibration)
        said["calibration"]["reason_id"] = segment.calibration.shortfall
    return out


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    model = active_model(workspace)
    trial = load_weights_file(args.weights, model.config) if args.weights else None
    frames = load_frames(workspace)
    settings = load_settings(workspace)
    dates = month_starts(frames, months=args.months)
    if not dates:
        print(translate("BacktestCommand", "abm-health: not enough dated history to backtest (it "
                        "needs 90 days of data before a month end and 90 days after it); import "
                        "more history or run `abm-health demo`."))
        return 1
    data = prepare_backtest(frames, settings, model.config, dates)
    least = settings.calibration_min_observations
    report = evaluate(data, min_observations=least)
    trial_report = None
    if trial is not None:
        if needs_recompute(model.config, trial):
            trial_report = evaluate(prepare_backtest(frames, settings, trial, dates),
                                    min_observations=least)
        else:
            trial_report = what_if(data, trial, least)

    if args.format == "json":
        out = {"model_version": model.version, "weights": model.config.to_dict()["weights"],
               **_said(report)}
        if trial_report is not None:
            out["what_if"] = {"weights": trial.to_dict()["weights"], **_said(trial_report)}
        json.dump(json_safe(out), sys.stdout, ensure_ascii=False, indent=2, default=str,
                  allow_nan=False)
        sys.stdout.write("\n")
        return 0
    _print(report, arg(translate("BacktestCommand", "model version %1"), model.version))
    if trial_report is not None:
        print()
        _print(trial_report, arg(translate("BacktestCommand", "weights from %1 (not saved)"),
                                 args.weights))
    return 0


def _print(report: BacktestReport, title: str) -> None:
    first, last = fmt.day(day_of(report.dates[0])), fmt.day(day_of(report.dates[-1]))
    auc = fmt.conventions().na if report.auc != report.auc else fmt.number(report.auc, 3)
    print(arg(translate("BacktestCommand", "Backtest of %1: %2 month ends %3 to %4, %5-day "
                        "horizon. AUC %6"), title, len(report.dates), first, last,
              report.horizon_days, auc))
    rows = []
    for s in report.segments:
        # Each segment in its own vocabulary: healthy / watch / at risk, hot / warm / cold.
        rows.append({
            "segment": (translate("BacktestCommand", "customers") if s.segment == CUSTOMER
                        else translate("BacktestCommand", "prospects")),
            "outcome": outcome(s.segment),
            "observations": s.observations,
            "outcomes": s.outcomes,
            "auc": None if s.auc != s.auc else round(s.auc, 3),
            **{f"band{i}": _band_cell(b) for i, b in enumerate(s.bands, start=1)},
            "lift": None if s.lift != s.lift else arg(translate("BacktestCommand", "%1x"),
                                                       fmt.fixed(s.lift)),
        })
    write_table(rows, ["segment", "outcome", "observations", "outcomes", "auc", "band1",
                       "band2", "band3", "lift"],
                [translate("BacktestCommand", "segment"), translate("BacktestCommand", "outcome"),
                 translate("BacktestCommand", "observations"),
                 translate("BacktestCommand", "outcomes"), translate("BacktestCommand", "auc"),
                 translate("BacktestCommand", "top band"),
                 translate("BacktestCommand", "middle band"),
                 translate("BacktestCommand", "bottom band"), translate("BacktestCommand", "lift")],
                out=sys.stdout)
    for s in report.segments:
        # The full stop is the language's: "." in English and Polish, "。" in Japanese.
        print("  " + arg(translate("BacktestCommand", "%1."), fmt.sentence(comparison(s))))
    for s in report.segments:
        _print_reliability(s)


def _band_cell(band: BandRate) -> str:
    """A band's outcome rate in the table: "At risk 28.6% of 7", the band in its word."""
    name = BAND_LABELS.get(band.band) or fmt.label(band.band)
    if band.rate != band.rate:
        return arg(translate("BacktestCommand", "%1 n/a"), name)
    return arg(translate("BacktestCommand", "%1 %2 of %3"), name, fmt.rate(band.rate),
               fmt.count(band.accounts))


def _pct(value: float) -> str | None:
    return None if value != value else fmt.rate(value)


def _print_reliability(s: SegmentReport) -> None:
    r, cal = s.reliability, s.calibration
    na = fmt.conventions().na
    brier = na if r.brier != r.brier else fmt.number(r.brier, 4)
    base = na if r.brier_base != r.brier_base else fmt.number(r.brier_base, 4)
    # One whole message per segment, with and without the reason there is no likelihood.
    customers = s.segment == CUSTOMER
    if cal.shortfall:
        text = (translate("BacktestCommand", "Customers, likelihood of churn within %1 days: Brier %2 "
                          "(base rate alone %3), each month end predicted from the others; "
                          "calibrated on %4 observations (%5).") if customers
                else translate("BacktestCommand", "Prospects, likelihood of opportunity within %1 days: "
                               "Brier %2 (base rate alone %3), each month end predicted from the "
                               "others; calibrated on %4 observations (%5)."))
    else:
        text = (translate("BacktestCommand", "Customers, likelihood of churn within %1 days: Brier %2 "
                          "(base rate alone %3), each month end predicted from the others; "
                          "calibrated on %4 observations.") if customers
                else translate("BacktestCommand", "Prospects, likelihood of opportunity within %1 days: "
                               "Brier %2 (base rate alone %3), each month end predicted from the "
                               "others; calibrated on %4 observations."))
    print("\n" + arg(text, cal.horizon_days, brier, base, cal.observations, shortfall(cal) or ""))
    rows = [{"decile": i, "predicted": _pct(b.predicted), "observed": _pct(b.observed),
             "observations": b.observations} for i, b in enumerate(r.bins, start=1)]
    write_table(rows, ["decile", "predicted", "observed", "observations"],
                [translate("BacktestCommand", "decile"), translate("BacktestCommand", "predicted"),
                 translate("BacktestCommand", "observed"),
                 translate("BacktestCommand", "observations")], out=sys.stdout)
