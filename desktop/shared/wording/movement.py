"""What moved a score, in words: the causes, the new events, the time-passing details.

``domain.health.movement`` splits a change by component and cause and names the new events
and the ageing as ids and facts; this module says them: "new activity +6.2: demo booked on
2026-11-12, 3 form fills, latest on 2026-11-03 (Pricing guide)".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.shared.wording import components
from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.health.events_between import NewEvent
from domain.health.model import (
    BUYING_COMMITTEE,
    ENGAGEMENT,
    MOMENTUM,
    PIPELINE,
    RETENTION,
    SATISFACTION,
)
from domain.health.movement import (
    ACTIVITY,
    ENGAGEMENT_DECAYED,
    MODEL,
    NO_SCORE_AFTER,
    NO_SCORE_BEFORE,
    NOT_SCORED_BETWEEN,
    OPEN_DEALS_AGED,
    RENEWAL_NEARER,
    TIME,
    TIME_PASSED,
    WIN_AGED_OUT,
    Detail,
    Movement,
)

CAUSE_NAMES = {
    ACTIVITY: QT_TRANSLATE_NOOP("MovementWords", "new activity"),
    TIME: QT_TRANSLATE_NOOP("MovementWords", "time passing"),
    MODEL: QT_TRANSLATE_NOOP("MovementWords", "model change"),
}
# What time passing does to each component, when no fact says more.
TIME_PASSED_WORDS = {
    ENGAGEMENT: QT_TRANSLATE_NOOP("MovementWords", "engagement decayed and older touches left the window"),
    BUYING_COMMITTEE: QT_TRANSLATE_NOOP("MovementWords", "contacts' touches left the window"),
    MOMENTUM: QT_TRANSLATE_NOOP("MovementWords", "recent engagement and actions aged"),
    PIPELINE: QT_TRANSLATE_NOOP("MovementWords", "deals and wins aged"),
    RETENTION: QT_TRANSLATE_NOOP("MovementWords", "the renewal came nearer"),
    SATISFACTION: QT_TRANSLATE_NOOP("MovementWords", "responses and questions aged"),
}
# One touch of a kind ("form fill on 2026-11-03").
TOUCH_NOUNS = {
    "email_open": QT_TRANSLATE_NOOP("MovementWords", "email open"),
    "email_click": QT_TRANSLATE_NOOP("MovementWords", "email click"),
    "content_view": QT_TRANSLATE_NOOP("MovementWords", "content view"),
    "content_download": QT_TRANSLATE_NOOP("MovementWords", "content download"),
    "web_visit": QT_TRANSLATE_NOOP("MovementWords", "web visit"),
    "page_view": QT_TRANSLATE_NOOP("MovementWords", "page view"),
    "form_view": QT_TRANSLATE_NOOP("MovementWords", "form view"),
    "form_fill": QT_TRANSLATE_NOOP("MovementWords", "form fill"),
    "cta_view": QT_TRANSLATE_NOOP("MovementWords", "CTA view"),
    "cta_click": QT_TRANSLATE_NOOP("MovementWords", "CTA click"),
    "ad_click": QT_TRANSLATE_NOOP("MovementWords", "ad click"),
    "social_engagement": QT_TRANSLATE_NOOP("MovementWords", "social engagement"),
    "webinar_registered": QT_TRANSLATE_NOOP("MovementWords", "webinar registration"),
    "webinar_attended": QT_TRANSLATE_NOOP("MovementWords", "webinar attended"),
}
# Meetings by kind, booked and held: whole messages, so a language can decline the kind.
MEETING_BOOKED = {
    "demo": QT_TRANSLATE_NOOP("MovementWords", "demo booked on %1"),
    "call": QT_TRANSLATE_NOOP("MovementWords", "call booked on %1"),
}
MEETING_HELD = {
    "demo": QT_TRANSLATE_NOOP("MovementWords", "demo held on %1"),
    "call": QT_TRANSLATE_NOOP("MovementWords", "call held on %1"),
}
MEETING_BOOKED_OTHER = QT_TRANSLATE_NOOP("MovementWords", "meeting booked on %1")
MEETING_HELD_OTHER = QT_TRANSLATE_NOOP("MovementWords", "meeting held on %1")
class MovementWords(QObject):
    """The message context of what-moved words; counted texts are methods, asked through
    ``self.tr(text, "", n)``, which ``pyside6-lupdate`` records as plural messages."""

    def touches(self, kind: str, n: int) -> str | None:
        """Several touches of a kind, counted with the language's plural forms ("3 form
        fills"); None for a kind without words."""
        if kind == "email_open":
            return self.tr("%n email opens", "", n)
        if kind == "email_click":
            return self.tr("%n email clicks", "", n)
        if kind == "content_view":
            return self.tr("%n content views", "", n)
        if kind == "content_download":
            return self.tr("%n content downloads", "", n)
        if kind == "web_visit":
            return self.tr("%n web visits", "", n)
        if kind == "page_view":
            return self.tr("%n page views", "", n)
        if kind == "form_view":
            return self.tr("%n form views", "", n)
        if kind == "form_fill":
            return self.tr("%n form fills", "", n)
        if kind == "cta_view":
            return self.tr("%n CTA views", "", n)
        if kind == "cta_click":
            return self.tr("%n CTA clicks", "", n)
        if kind == "ad_click":
            return self.tr("%n ad clicks", "", n)
        if kind == "social_engagement":
            return self.tr("%n social engagements", "", n)
        if kind == "webinar_registered":
            return self.tr("%n webinar registrations", "", n)
        if kind == "webinar_attended":
            return self.tr("%n webinars attended", "", n)
        return None

    def imported_touches(self, n: int) -> str:
        """Touches of a kind an import brought, which only the workspace names: %1 is its id."""
        return self.tr("%n touches of kind '%1'", "", n)

    def questions(self, n: int) -> str:
        if n == 1:
            return self.tr("%n question asked, latest on %1", "", n)
        return self.tr("%n questions asked, latest on %1", "", n)

    def days_left(self, n: int) -> str:
        return self.tr("the renewal came nearer (%n days left)", "", n)

    def more(self, n: int) -> str:
        return self.tr("%n more", "", n)


_WORDS = MovementWords()


def cause_name(cause: str) -> str:
    """"new activity", "time passing", "model change"."""
    return QCoreApplication.translate("MovementWords", CAUSE_NAMES[cause])


def _day(value) -> str:
    return fmt.day(value)


def _touches(e: NewEvent) -> str:
    kind, asset = e.kind, e.facts.get("asset")
    if e.count == 1:
        # A kind the catalog does not know (an imported one) is quoted by its id inside a
        # translated sentence: the id is the workspace's data, not a word of the window.
        noun = (QCoreApplication.translate("MovementWords", TOUCH_NOUNS[kind]) if kind in TOUCH_NOUNS
                else fill(QCoreApplication.translate("MovementWords", "touch of kind '%1'"), kind))
        if asset:
            return fill(QCoreApplication.translate("MovementWords", "%1 on %2 (%3)"), noun, _day(e.on), asset)
        return fill(QCoreApplication.translate("MovementWords", "%1 on %2"), noun, _day(e.on))
    counted = _WORDS.touches(kind, e.count) or fill(_WORDS.imported_touches(e.count), kind)
    if asset:
        return fill(QCoreApplication.translate("MovementWords", "%1, latest on %2 (%3)"), counted,
                    _day(e.on), asset)
    return fill(QCoreApplication.translate("MovementWords", "%1, latest on %2"), counted, _day(e.on))


def _meeting_booked(e: NewEvent) -> str:
    text = MEETING_BOOKED.get(str(e.facts["meeting"]), MEETING_BOOKED_OTHER)
    return fill(QCoreApplication.translate("MovementWords", text), _day(e.on))


def _meeting_held(e: NewEvent) -> str:
    text = MEETING_HELD.get(str(e.facts["meeting"]), MEETING_HELD_OTHER)
    return fill(QCoreApplication.translate("MovementWords", text), _day(e.on))


def _opportunity_created(e: NewEvent) -> str:
    return fill(QCoreApplication.translate("MovementWords", "opportunity '%1' created on %2"),
                e.facts["opportunity"], _day(e.on))


def _opportunity_won(e: NewEvent) -> str:
    return fill(QCoreApplication.translate("MovementWords", "opportunity '%1' won on %2"),
                e.facts["opportunity"], _day(e.on))


def _opportunity_lost(e: NewEvent) -> str:
    return fill(QCoreApplication.translate("MovementWords", "opportunity '%1' lost on %2"),
                e.facts["opportunity"], _day(e.on))


def _subscription_started(e: NewEvent) -> str:
    return fill(QCoreApplication.translate("MovementWords", "subscription '%1' started on %2"),
                e.facts["product"], _day(e.on))


def _subscription_churned(e: NewEvent) -> str:
    return fill(QCoreApplication.translate("MovementWords", "subscription '%1' churned on %2"),
                e.facts["product"], _day(e.on))


def _subscription_ended(e: NewEvent) -> str:
    return fill(QCoreApplication.translate("MovementWords", "subscription '%1' ended on %2"),
                e.facts["product"], _day(e.on))


def _nps_response(e: NewEvent) -> str:
    score, who = e.facts["score"], e.facts["respondent"]
    if who == "promoter":
        return fill(QCoreApplication.translate("MovementWords", "NPS %1 (promoter) on %2"), score, _day(e.on))
    if who == "detractor":
        return fill(QCoreApplication.translate("MovementWords", "NPS %1 (detractor) on %2"), score, _day(e.on))
    return fill(QCoreApplication.translate("MovementWords", "NPS %1 (passive) on %2"), score, _day(e.on))


def _questions(e: NewEvent) -> str:
    return fill(_WORDS.questions(e.count), _day(e.on))


EVENT_WORDS: dict[str, Callable[[NewEvent], str]] = {
    "meeting_booked": _meeting_booked,
    "meeting_held": _meeting_held,
    "opportunity_created": _opportunity_created,
    "opportunity_won": _opportunity_won,
    "opportunity_lost": _opportunity_lost,
    "subscription_started": _subscription_started,
    "subscription_churned": _subscription_churned,
    "subscription_ended": _subscription_ended,
    "nps_response": _nps_response,
    "questions": _questions,
}


def event_text(event: NewEvent) -> str:
    """"3 form fills, latest on 2026-11-03 (Pricing guide)"."""
    return EVENT_WORDS.get(event.kind, _touches)(event)


def detail_text(component: str, detail: Detail) -> str:
    """Why time passing moved ``component``: "the renewal came nearer (41 days left)"."""
    f = detail.facts
    if detail.kind == TIME_PASSED:
        return QCoreApplication.translate("MovementWords", TIME_PASSED_WORDS[component])
    if detail.kind == RENEWAL_NEARER:
        return _WORDS.days_left(int(f["days"]))
    if detail.kind == ENGAGEMENT_DECAYED:
        before, after = f"{f['points_before']:.0f}", f"{f['points_after']:.0f}"
        if "reference_before" in f:
            return fill(QCoreApplication.translate(
                "MovementWords", "engagement decayed from %1 to %2 points without new touches, the "
                "tier's reference moved from %3 to %4"), before, after,
                f"{f['reference_before']:.0f}", f"{f['reference_after']:.0f}")
        return fill(QCoreApplication.translate(
            "MovementWords", "engagement decayed from %1 to %2 points without new touches"), before, after)
    if detail.kind == WIN_AGED_OUT:
        return fill(QCoreApplication.translate("MovementWords", "the win of %1 aged out of the window"),
                    _day(f["won"]))
    if detail.kind == OPEN_DEALS_AGED:
        return QCoreApplication.translate("MovementWords", "open deals aged against the tier's median")
    raise KeyError(detail.kind)


def reason_text(moved: Movement) -> str:
    """Why there is no split: "no score on 2026-09-01"."""
    if moved.reason == NO_SCORE_BEFORE:
        return fill(QCoreApplication.translate("MovementWords", "no score on %1"), _day(moved.start))
    if moved.reason == NO_SCORE_AFTER:
        return fill(QCoreApplication.translate("MovementWords", "no score on %1"), _day(moved.end))
    if moved.reason == NOT_SCORED_BETWEEN:
        return QCoreApplication.translate("MovementWords", "not scored in between")
    return QCoreApplication.translate("MovementWords", "no score to compare")


def _listed(items: list[str], separator: str) -> str:
    out = items[0]
    for item in items[1:]:
        out = fill(separator, out, item)
    return out


def cause_sentence(moved: Movement, cause: str, events: int = 3) -> str:
    """"new activity +6.2: demo booked on 2026-11-12, 3 form fills, …" for one cause."""
    total = fmt.signed(moved.by_cause()[cause])
    if cause == ACTIVITY:
        named = [event_text(e) for e in moved.events[:events]]
        more = len(moved.events) - len(named)
        if more > 0:
            named.append(_WORDS.more(more))
        if not named:
            return fill(QCoreApplication.translate("MovementWords", "new activity %1: no new activity"), total)
        return fill(QCoreApplication.translate("MovementWords", "new activity %1: %2"), total,
                    _listed(named, QCoreApplication.translate("MovementWords", "%1, %2")))
    if cause == MODEL:
        if not moved.model_changed:
            return fill(QCoreApplication.translate("MovementWords", "model change %1: same model"), total)
        if moved.version_before is not None and moved.version_before != moved.version_after:
            return fill(QCoreApplication.translate("MovementWords", "model change %1: model version %2 to %3"),
                        total, moved.version_before, moved.version_after)
        return fill(QCoreApplication.translate("MovementWords", "model change %1: other weights or thresholds"),
                    total)
    words = [detail_text(k, moved.details[(k, cause)]) if (k, cause) in moved.details
             else components.name(k).lower() for k in moved.moved_components(cause)[:2]]
    if not words:
        return fill(QCoreApplication.translate("MovementWords", "time passing %1"), total)
    return fill(QCoreApplication.translate("MovementWords", "time passing %1: %2"), total,
                _listed(words, QCoreApplication.translate("MovementWords", "%1; %2")))


def sentence(moved: Movement) -> str:
    """One line for lists: the change and its main cause."""
    if moved.change is None:
        return reason_text(moved)
    cause = moved.main_cause
    change = fmt.signed(moved.change)
    if cause is None:
        return fill(QCoreApplication.translate("MovementWords", "%1: nothing moved"), change)
    return fill(QCoreApplication.translate("MovementWords", "%1, mostly %2"), change,
                cause_sentence(moved, cause, events=2))


def as_dict(moved: Movement) -> dict[str, object]:
    """The movement's ids and facts for JSON, with the words kept for older readers: each
    event's ``text``, and ``reason`` as a sentence beside its id ``reason_id``."""
    out = moved.to_dict()
    out["events"] = [{"on": d["on"], "kind": d["kind"], "text": event_text(e),
                      **{k: v for k, v in d.items() if k not in ("on", "kind")}}
                     for e, d in zip(moved.events, out["events"], strict=True)]  # type: ignore[arg-type]
    out["reason_id"] = moved.reason
    out["reason"] = reason_text(moved) if moved.reason else None
    return out
