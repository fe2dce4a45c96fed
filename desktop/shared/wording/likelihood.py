"""A likelihood's outcome and evidence, and why an account has none, in words.

The domain names a segment's outcome by the segment (``Calibration.outcome``: "churn",
"opportunity"; ``SegmentReport.outcome``: "churned", "opportunity created", kept in JSON);
these say it as whole messages per segment: "churn within 90 days, calibrated on 480
observations", and why there is none (``Calibration.shortfall``): "not enough history: 6
customer observations, 100 needed"; "not enough history: no churn outcomes among 240".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.health.calibration import NO_OUTCOMES, TOO_FEW_OBSERVATIONS, Calibration
from domain.health.segments import CUSTOMER


class LikelihoodWords(QObject):
    """The message context of the likelihood's words; counted texts are methods, asked
    through ``self.tr(text, "", n)``, which ``pyside6-lupdate`` records as plural."""

    def too_few(self, segment: str, n: int, needed: int) -> str:
        if segment == CUSTOMER:
            return fill(self.tr("not enough history: %n customer observations, %1 needed", "", n), needed)
        return fill(self.tr("not enough history: %n prospect observations, %1 needed", "", n), needed)

    def no_outcomes(self, segment: str, n: int) -> str:
        if segment == CUSTOMER:
            return self.tr("not enough history: no churn outcomes among %n", "", n)
        return self.tr("not enough history: no opportunity outcomes among %n", "", n)

    def only_outcomes(self, segment: str, n: int) -> str:
        if segment == CUSTOMER:
            return self.tr("not enough history: only churn outcomes among %n", "", n)
        return self.tr("not enough history: only opportunity outcomes among %n", "", n)


_WORDS = LikelihoodWords()


def calibrated(calibration: Calibration) -> str:
    """"churn within 90 days, calibrated on 480 observations": one message per segment."""
    days, seen = calibration.horizon_days, fmt.count(calibration.observations)
    if calibration.segment == CUSTOMER:
        return fill(QCoreApplication.translate(
            "LikelihoodWords", "churn within %1 days, calibrated on %2 observations"), days, seen)
    return fill(QCoreApplication.translate(
        "LikelihoodWords", "opportunity within %1 days, calibrated on %2 observations"), days, seen)


def calibrated_here(calibration: Calibration) -> str:
    """As ``calibrated``, for a report read away from the workspace: "… calibrated on 480
    month-end observations of this workspace"."""
    days, seen = calibration.horizon_days, fmt.count(calibration.observations)
    if calibration.segment == CUSTOMER:
        return fill(QCoreApplication.translate(
            "LikelihoodWords", "churn within %1 days, calibrated on %2 month-end observations of "
            "this workspace"), days, seen)
    return fill(QCoreApplication.translate(
        "LikelihoodWords", "opportunity within %1 days, calibrated on %2 month-end observations "
        "of this workspace"), days, seen)


def outcome(segment: str) -> str:
    """What a backtest counts in ``segment``: "churned", "opportunity created"."""
    if segment == CUSTOMER:
        return QCoreApplication.translate("LikelihoodWords", "churned")
    return QCoreApplication.translate("LikelihoodWords", "opportunity created")


def shortfall(calibration: Calibration) -> str | None:
    """Why there is no likelihood; None when there is one."""
    kind = calibration.shortfall
    if kind is None:
        return None
    if kind == TOO_FEW_OBSERVATIONS:
        return _WORDS.too_few(calibration.segment, calibration.observations,
                              calibration.min_observations)
    if kind == NO_OUTCOMES:
        return _WORDS.no_outcomes(calibration.segment, calibration.observations)
    return _WORDS.only_outcomes(calibration.segment, calibration.observations)
