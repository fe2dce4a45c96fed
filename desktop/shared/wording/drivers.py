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

from PySide6.QtCore import QObject

from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.health.drivers import Driver


def _whole(value: float) -> str:
    return f"{value:.0f}"


def _day(value: date) -> str:
    return fmt.day(value)


class DriverWords(QObject):
    """The driver sentences; their message context. Each is a method so that its counted
    texts are asked through ``self.tr(text, "", n)``, the form ``pyside6-lupdate`` records as
    a plural message (Polish has three forms)."""

    def _no_engagement(self, d: Driver) -> str:
        f = d.facts
        n = f["window_days"]
        if d.on:
            return fill(self.tr("no scored touch in %n days; last scored touch on %1", "", n), _day(d.on))
        return self.tr("no scored touch in %n days", "", n)

    def _low_engagement(self, d: Driver) -> str:
        f = d.facts
        n = f["window_days"]
        return fill(self.tr("engagement of %1 points from scored touches in %n days against %2 for the "
            "top %3% of tier-%4 accounts", "", n),
            _whole(f["points"]), _whole(f["reference"]), _whole(f["top_percent"]), f["tier"])

    def _top_engagement(self, d: Driver) -> str:
        f = d.facts
        n = f["window_days"]
        return fill(self.tr("engagement among the top %1% of tier-%2 accounts (%3 points from scored "
            "touches in %n days)", "", n),
            _whole(f["top_percent"]), f["tier"], _whole(f["points"]))

    def _no_contacts(self, d: Driver) -> str:
        return self.tr("no known contacts")

    def _no_decision_maker_known(self, d: Driver) -> str:
        n = d.facts["contacts"]
        if n == 1:
            return self.tr("no decision maker among the %n known contact", "", n)
        return self.tr("no decision maker among the %n known contacts", "", n)

    def _no_decision_maker_engaged(self, d: Driver) -> str:
        n = d.facts["window_days"]
        if d.on:
            return fill(self.tr("no decision maker with a scored touch in %n days (last scored touch "
                "on %1)", "", n), _day(d.on))
        return self.tr("no decision maker with a scored touch in %n days", "", n)

    def _thin_committee(self, d: Driver) -> str:
        f = d.facts
        n = f["window_days"]
        return fill(self.tr("only %1 of %2 known contacts with a scored touch in %n days", "", n), f["engaged"], f["known"])

    def _committee_engaged(self, d: Driver) -> str:
        f = d.facts
        n = f["window_days"]
        return fill(self.tr("%1 decision makers and champions with a scored touch in %n days", "", n), f["engaged"])

    def _no_intent(self, d: Driver) -> str:
        n = d.facts["window_days"]
        return self.tr("no form fill, CTA click or meeting in %n days", "", n)

    def _strong_intent(self, d: Driver) -> str:
        f = d.facts
        n = f["window_days"]
        return fill(self.tr("%1 form fills, CTA clicks and meetings in %n days", "", n), f["actions"])

    def _falling_engagement(self, d: Driver) -> str:
        f = d.facts
        n = f["recent_days"]
        return fill(self.tr("points from scored touches in the last %n days down %1% a day on the %2 "
            "days before", "", n),
            _whole(f["change_percent"]), f["earlier_days"])

    def _rising_engagement(self, d: Driver) -> str:
        f = d.facts
        n = f["recent_days"]
        if f["change_percent"] is None:
            return fill(self.tr("new scored touches in the last %n days (none in the %1 days before)",
                "", n), f["earlier_days"])
        return fill(self.tr("points from scored touches in the last %n days up %1% a day on the %2 "
            "days before", "", n),
            _whole(f["change_percent"]), f["earlier_days"])

    def _no_pipeline(self, d: Driver) -> str:
        return self.tr("no open opportunity")

    def _open_pipeline(self, d: Driver) -> str:
        f = d.facts
        n = f["opportunities"]
        if f["median"] is None:
            if n == 1:
                return self.tr("%n open opportunity (no amounts to compare)", "", n)
            return self.tr("%n open opportunities (no amounts to compare)", "", n)
        amount, median = fmt.money(f["amount"], f["currency"]), fmt.money(f["median"], f["currency"])
        if n == 1:
            return fill(self.tr("%n open opportunity worth %1 against a tier median of %2", "", n),
                amount, median)
        return fill(self.tr("%n open opportunities worth %1 against a tier median of %2", "", n),
            amount, median)

    def _recent_win(self, d: Driver) -> str:
        name = d.facts.get("opportunity")
        if name is None:
            return fill(self.tr("won an opportunity on %1"),
                        _day(d.on))
        return fill(self.tr("won '%1' on %2"), name, _day(d.on))

    def _churned(self, d: Driver) -> str:
        if d.on:
            return fill(self.tr("churned on %1"), _day(d.on))
        return self.tr("churned")

    def _renewal_near(self, d: Driver) -> str:
        f = d.facts
        n = f["days"]
        if f["meetings"] == 0:
            return self.tr("renewal in %n days with no meeting booked", "", n)
        return self.tr("renewal in %n days", "", n)

    def _contraction(self, d: Driver) -> str:
        f = d.facts
        n = f["contraction_days"]
        return fill(self.tr("ARR down %1% in %n days (%2 to %3)", "", n),
            _whole(100 * f["lost_share"]), fmt.money(f["arr_before"], f["currency"]),
            fmt.money(f["arr_now"], f["currency"]))

    def _secure_renewal(self, d: Driver) -> str:
        return fill(self.tr("active subscription, renewal on %1"),
                    _day(d.on))

    def _detractor(self, d: Driver) -> str:
        return fill(self.tr("detractor response on %1 (score %2)"),
                    _day(d.on), d.facts["score"])

    def _promoter(self, d: Driver) -> str:
        return fill(self.tr("promoter response on %1 (score %2)"),
                    _day(d.on), d.facts["score"])

    def _nps(self, d: Driver) -> str:
        f = d.facts
        n = f["responses"]
        if n == 1:
            return fill(self.tr("NPS %1 from %n response", "", n),
                        f"{f['nps']:+.0f}")
        return fill(self.tr("NPS %1 from %n responses", "", n),
                    f"{f['nps']:+.0f}")

    def _slow_answers(self, d: Driver) -> str:
        f = d.facts
        return fill(self.tr("%1 of %2 questions not answered within %3 h"),
            f["asked"] - f["in_time"], f["asked"], fmt.general(f['within_hours']))


WORDS: dict[str, Callable[[DriverWords, Driver], str]] = {
    "no_engagement": DriverWords._no_engagement,
    "low_engagement": DriverWords._low_engagement,
    "top_engagement": DriverWords._top_engagement,
    "no_contacts": DriverWords._no_contacts,
    "no_decision_maker_known": DriverWords._no_decision_maker_known,
    "no_decision_maker_engaged": DriverWords._no_decision_maker_engaged,
    "thin_committee": DriverWords._thin_committee,
    "committee_engaged": DriverWords._committee_engaged,
    "no_intent": DriverWords._no_intent,
    "strong_intent": DriverWords._strong_intent,
    "falling_engagement": DriverWords._falling_engagement,
    "rising_engagement": DriverWords._rising_engagement,
    "no_pipeline": DriverWords._no_pipeline,
    "open_pipeline": DriverWords._open_pipeline,
    "recent_win": DriverWords._recent_win,
    "churned": DriverWords._churned,
    "renewal_near": DriverWords._renewal_near,
    "contraction": DriverWords._contraction,
    "secure_renewal": DriverWords._secure_renewal,
    "detractor": DriverWords._detractor,
    "promoter": DriverWords._promoter,
    "nps": DriverWords._nps,
    "slow_answers": DriverWords._slow_answers,
}
_WORDS = DriverWords()


def sentence(driver: Driver) -> str:
    """The driver in words, first letter as written (lower case in English)."""
    return WORDS[driver.kind](_WORDS, driver)


def as_dict(driver: Driver) -> dict[str, Any]:
    """The driver's ids and facts for JSON, with its sentence (kept for older readers)."""
    ids = driver.to_dict()
    return {"kind": ids["kind"], "component": ids["component"], "sentence": sentence(driver),
            **{k: v for k, v in ids.items() if k not in ("kind", "component")}}
