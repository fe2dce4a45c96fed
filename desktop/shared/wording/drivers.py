"""A health driver as a sentence: ``Driver.kind`` and its facts in the chosen language.

``sentence(driver)`` starts in lower case, as it is also quoted inside other sentences
("mostly …"); a list shows it with ``domain.formatting.sentence`` (first letter capital).
Every kind of ``domain.health.drivers.DRIVER_KINDS`` has its words here; a kind without
words is a ``KeyError`` (and fails ``tests/desktop/test_wording.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.health.drivers import Driver


def _whole(value: float) -> str:
    return f"{value:.0f}"


def _day(value: date) -> str:
    return value.isoformat()


def _no_engagement(d: Driver) -> str:
    f = d.facts
    if d.on:
        return fill(QCoreApplication.translate(
            "drivers", "no scored touch in %n days; last scored touch on %1", None,
            f["window_days"]), _day(d.on))
    return QCoreApplication.translate("drivers", "no scored touch in %n days", None,
                                      f["window_days"])


def _low_engagement(d: Driver) -> str:
    f = d.facts
    return fill(QCoreApplication.translate(
        "drivers", "engagement of %1 points from scored touches in %n days against %2 for the "
        "top %3% of tier-%4 accounts", None, f["window_days"]),
        _whole(f["points"]), _whole(f["reference"]), _whole(f["top_percent"]), f["tier"])


def _top_engagement(d: Driver) -> str:
    f = d.facts
    return fill(QCoreApplication.translate(
        "drivers", "engagement among the top %1% of tier-%2 accounts (%3 points from scored "
        "touches in %n days)", None, f["window_days"]),
        _whole(f["top_percent"]), f["tier"], _whole(f["points"]))


def _no_contacts(d: Driver) -> str:
    return QCoreApplication.translate("drivers", "no known contacts")


def _no_decision_maker_known(d: Driver) -> str:
    n = d.facts["contacts"]
    if n == 1:
        return QCoreApplication.translate(
            "drivers", "no decision maker among the %n known contact", None, n)
    return QCoreApplication.translate(
        "drivers", "no decision maker among the %n known contacts", None, n)


def _no_decision_maker_engaged(d: Driver) -> str:
    n = d.facts["window_days"]
    if d.on:
        return fill(QCoreApplication.translate(
            "drivers", "no decision maker with a scored touch in %n days (last scored touch "
            "on %1)", None, n), _day(d.on))
    return QCoreApplication.translate(
        "drivers", "no decision maker with a scored touch in %n days", None, n)


def _thin_committee(d: Driver) -> str:
    f = d.facts
    return fill(QCoreApplication.translate(
        "drivers", "only %1 of %2 known contacts with a scored touch in %n days", None,
        f["window_days"]), f["engaged"], f["known"])


def _committee_engaged(d: Driver) -> str:
    f = d.facts
    return fill(QCoreApplication.translate(
        "drivers", "%1 decision makers and champions with a scored touch in %n days", None,
        f["window_days"]), f["engaged"])


def _no_intent(d: Driver) -> str:
    return QCoreApplication.translate(
        "drivers", "no form fill, CTA click or meeting in %n days", None, d.facts["window_days"])


def _strong_intent(d: Driver) -> str:
    f = d.facts
    return fill(QCoreApplication.translate(
        "drivers", "%1 form fills, CTA clicks and meetings in %n days", None,
        f["window_days"]), f["actions"])


def _falling_engagement(d: Driver) -> str:
    f = d.facts
    return fill(QCoreApplication.translate(
        "drivers", "points from scored touches in the last %n days down %1% a day on the %2 "
        "days before", None, f["recent_days"]),
        _whole(f["change_percent"]), f["earlier_days"])


def _rising_engagement(d: Driver) -> str:
    f = d.facts
    if f["change_percent"] is None:
        return fill(QCoreApplication.translate(
            "drivers", "new scored touches in the last %n days (none in the %1 days before)",
            None, f["recent_days"]), f["earlier_days"])
    return fill(QCoreApplication.translate(
        "drivers", "points from scored touches in the last %n days up %1% a day on the %2 "
        "days before", None, f["recent_days"]),
        _whole(f["change_percent"]), f["earlier_days"])


def _no_pipeline(d: Driver) -> str:
    return QCoreApplication.translate("drivers", "no open opportunity")


def _open_pipeline(d: Driver) -> str:
    f = d.facts
    n = f["opportunities"]
    if f["median"] is None:
        if n == 1:
            return QCoreApplication.translate(
                "drivers", "%n open opportunity (no amounts to compare)", None, n)
        return QCoreApplication.translate(
            "drivers", "%n open opportunities (no amounts to compare)", None, n)
    amount, median = fmt.money(f["amount"], f["currency"]), fmt.money(f["median"], f["currency"])
    if n == 1:
        return fill(QCoreApplication.translate(
            "drivers", "%n open opportunity worth %1 against a tier median of %2", None, n),
            amount, median)
    return fill(QCoreApplication.translate(
        "drivers", "%n open opportunities worth %1 against a tier median of %2", None, n),
        amount, median)


def _recent_win(d: Driver) -> str:
    name = d.facts.get("opportunity")
    if name is None:
        return fill(QCoreApplication.translate("drivers", "won an opportunity on %1"),
                    _day(d.on))
    return fill(QCoreApplication.translate("drivers", "won '%1' on %2"), name, _day(d.on))


def _churned(d: Driver) -> str:
    if d.on:
        return fill(QCoreApplication.translate("drivers", "churned on %1"), _day(d.on))
    return QCoreApplication.translate("drivers", "churned")


def _renewal_near(d: Driver) -> str:
    f = d.facts
    if f["meetings"] == 0:
        return QCoreApplication.translate(
            "drivers", "renewal in %n days with no meeting booked", None, f["days"])
    return QCoreApplication.translate("drivers", "renewal in %n days", None, f["days"])


def _contraction(d: Driver) -> str:
    f = d.facts
    return fill(QCoreApplication.translate(
        "drivers", "ARR down %1% in %n days (%2 to %3)", None, f["contraction_days"]),
        _whole(100 * f["lost_share"]), fmt.money(f["arr_before"], f["currency"]),
        fmt.money(f["arr_now"], f["currency"]))


def _secure_renewal(d: Driver) -> str:
    return fill(QCoreApplication.translate("drivers", "active subscription, renewal on %1"),
                _day(d.on))


def _detractor(d: Driver) -> str:
    return fill(QCoreApplication.translate("drivers", "detractor response on %1 (score %2)"),
                _day(d.on), d.facts["score"])


def _promoter(d: Driver) -> str:
    return fill(QCoreApplication.translate("drivers", "promoter response on %1 (score %2)"),
                _day(d.on), d.facts["score"])


def _nps(d: Driver) -> str:
    f = d.facts
    n = f["responses"]
    if n == 1:
        return fill(QCoreApplication.translate("drivers", "NPS %1 from %n response", None, n),
                    f"{f['nps']:+.0f}")
    return fill(QCoreApplication.translate("drivers", "NPS %1 from %n responses", None, n),
                f"{f['nps']:+.0f}")


def _slow_answers(d: Driver) -> str:
    f = d.facts
    return fill(QCoreApplication.translate(
        "drivers", "%1 of %2 questions not answered within %3 h"),
        f["asked"] - f["in_time"], f["asked"], f"{f['within_hours']:g}")


WORDS: dict[str, Callable[[Driver], str]] = {
    "no_engagement": _no_engagement,
    "low_engagement": _low_engagement,
    "top_engagement": _top_engagement,
    "no_contacts": _no_contacts,
    "no_decision_maker_known": _no_decision_maker_known,
    "no_decision_maker_engaged": _no_decision_maker_engaged,
    "thin_committee": _thin_committee,
    "committee_engaged": _committee_engaged,
    "no_intent": _no_intent,
    "strong_intent": _strong_intent,
    "falling_engagement": _falling_engagement,
    "rising_engagement": _rising_engagement,
    "no_pipeline": _no_pipeline,
    "open_pipeline": _open_pipeline,
    "recent_win": _recent_win,
    "churned": _churned,
    "renewal_near": _renewal_near,
    "contraction": _contraction,
    "secure_renewal": _secure_renewal,
    "detractor": _detractor,
    "promoter": _promoter,
    "nps": _nps,
    "slow_answers": _slow_answers,
}


def sentence(driver: Driver) -> str:
    """The driver in words, first letter as written (lower case in English)."""
    return WORDS[driver.kind](driver)


def as_dict(driver: Driver) -> dict[str, Any]:
    """The driver's ids and facts for JSON, with its sentence (kept for older readers)."""
    ids = driver.to_dict()
    return {"kind": ids["kind"], "component": ids["component"], "sentence": sentence(driver),
            **{k: v for k, v in ids.items() if k not in ("kind", "component")}}
