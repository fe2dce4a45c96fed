"""The backtest's comparison of bands in a segment, as one sentence.

``domain.health.evaluation.SegmentReport`` gives the lift between two bands (``compared``:
at-risk and healthy customers, hot and cold prospects) with each band's observations and
outcomes; this says it: "at-risk customers churned 2.0x as often as healthy ones (50.0% of 4
vs 25.0% of 4)".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.health.evaluation import SegmentReport
from domain.health.segments import CUSTOMER


def _rate(value: float) -> str:
    return fmt.rate(value)


def comparison(report: SegmentReport) -> str:
    """How often the weaker band had the outcome against the stronger one."""
    high, low = (report.band(b) for b in report.compared)
    lift = report.lift
    if report.segment == CUSTOMER:
        if not high.accounts or not low.accounts:
            return fill(QCoreApplication.translate(
                "segments", "not enough customers in both bands to compare (at-risk customers: %1, "
                "healthy ones: %2)"), high.accounts, low.accounts)
        args = (_rate(high.rate), high.accounts, _rate(low.rate), low.accounts)
        if math.isnan(lift):
            if high.outcomes == 0:
                return fill(QCoreApplication.translate(
                    "segments", "no at-risk customers churned and none of the healthy ones did "
                    "(%1 of %2 vs %3 of %4)"), *args)
            return fill(QCoreApplication.translate(
                "segments", "at-risk customers churned (%1 of %2 vs %3 of %4) and none of the "
                "healthy ones did"), *args)
        return fill(QCoreApplication.translate(
            "segments", "at-risk customers churned %1x as often as healthy ones (%2 of %3 vs %4 "
            "of %5)"), fmt.fixed(lift), *args)
    if not high.accounts or not low.accounts:
        return fill(QCoreApplication.translate(
            "segments", "not enough prospects in both bands to compare (hot prospects: %1, cold "
            "ones: %2)"), high.accounts, low.accounts)
    args = (_rate(high.rate), high.accounts, _rate(low.rate), low.accounts)
    if math.isnan(lift):
        if high.outcomes == 0:
            return fill(QCoreApplication.translate(
                "segments", "no hot prospects opened an opportunity and none of the cold ones did "
                "(%1 of %2 vs %3 of %4)"), *args)
        return fill(QCoreApplication.translate(
            "segments", "hot prospects opened an opportunity (%1 of %2 vs %3 of %4) and none of "
            "the cold ones did"), *args)
    return fill(QCoreApplication.translate(
        "segments", "hot prospects opened an opportunity %1x as often as cold ones (%2 of %3 vs "
        "%4 of %5)"), fmt.fixed(lift), *args)
