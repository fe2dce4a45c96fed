"""Reading one workspace setting from text, as ``abm-health settings set KEY VALUE`` gets it.

Each settable key has a kind and a range; a bad value raises a ``SettingError`` whose kind
and facts name the key, the value and what is expected (the desktop words it). Tables (engagement points, multipliers, saved filters) are
edited in the window, where they can be seen whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from domain.error_facts import ErrorFacts
from domain.metrics.catalog import CATALOG
from domain.settings import WorkspaceSettings
from domain.stages import MAX_WINDOW_OVER_HALF_LIFE

SETTING_ERROR_KINDS: tuple[str, ...] = (
    "table", "unknown_setting", "currency_code", "not_a_number", "not_whole", "out_of_range",
    "unknown_metrics", "vanity_and_caution", "half_life_too_short",
)
"""The kinds of SettingError ``parse_setting`` raises; ``desktop.shared.wording.setting_values``
words each (with the range a value must be in, ``SettingKind.range_kind``)."""


class SettingError(ErrorFacts, ValueError):
    """A setting that does not exist or a value it can't take: ``kind`` (one of
    SETTING_ERROR_KINDS, or "other" for a sentence given as it is) and ``facts`` say which;
    ``str(exc)`` is the English sentence."""

    def __init__(self, english: str, kind: str = "other", **facts: Any) -> None:
        super().__init__(kind, english, **facts)


@dataclass(frozen=True)
class SettingKind:
    kind: str  # "currency", "int", "float", "metrics"
    minimum: float | None = None
    maximum: float | None = None
    above: bool = False  # the minimum itself is not allowed

    @property
    def range_kind(self) -> str:
        """Which range a number must be in: "any", "above" (the minimum), "at_least" or
        "between" (above the minimum and at most the maximum)."""
        if self.minimum is not None and self.maximum is not None:
            return "between"
        if self.minimum is not None:
            return "above" if self.above else "at_least"
        return "any"


SETTABLE: dict[str, SettingKind] = {
    # What each one means is worded by ``desktop.shared.wording.setting_values``.
    "currency": SettingKind("currency"),
    "mql_threshold": SettingKind("float", 0, above=True),
    "half_life_days": SettingKind("float", 0, above=True),
    "nps_min_responses": SettingKind("int", 1),
    "stage_window_days": SettingKind("int", 1),
    "engaged_points": SettingKind("float", 0, above=True),
    "mqa_points": SettingKind("float", 0, above=True),
    "mqa_mql_contacts": SettingKind("int", 1),
    "silent_days": SettingKind("int", 1),
    "answer_within_hours": SettingKind("float", 0, above=True),
    "gross_margin": SettingKind("float", 0, 1, above=True),
    "sales_marketing_cost": SettingKind("float", 0),
    "vanity_metrics": SettingKind("metrics"),
    "caution_metrics": SettingKind("metrics"),
}
TABLES = ("points", "role_multipliers", "tier_multipliers", "saved_filters")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def parse_setting(key: str, text: str, current: WorkspaceSettings) -> Any:
    """The value ``text`` gives ``key``, checked; SettingError otherwise."""
    if key in TABLES:
        raise SettingError(f"{key} is a table of values; change it in the window's Settings.",
                           "table", key=key)
    kind = SETTABLE.get(key)
    if kind is None:
        settable = ", ".join(SETTABLE)
        raise SettingError(f"there is no setting {key!r}; settings that can be set: "
                           f"{settable}.", "unknown_setting", key=key, settable=settable)
    text = text.strip()
    if kind.kind == "currency":
        code = text.upper()
        if not _CURRENCY.match(code):
            raise SettingError(f"currency {text!r} is not an ISO currency code; expected three "
                               "letters such as USD, EUR or PLN.", "currency_code", text=text)
        return code
    if kind.kind == "metrics":
        return _metrics(key, text, current)
    facts = {"key": key, "text": text, "whole": kind.kind == "int", "range": kind.range_kind,
             "minimum": kind.minimum, "maximum": kind.maximum}
    try:
        number = float(text)
    except ValueError:
        raise SettingError(f"{key} {text!r} is not a number; expected "
                           f"{_range(kind)}.", "not_a_number", **facts) from None
    if kind.kind == "int":
        if number != int(number):
            raise SettingError(f"{key} {text!r} is not a whole number; expected {_range(kind)}.",
                               "not_whole", **facts)
        number = int(number)
    low_ok = kind.minimum is None or (number > kind.minimum if kind.above else number >= kind.minimum)
    high_ok = kind.maximum is None or number <= kind.maximum
    if not (low_ok and high_ok):
        raise SettingError(f"{key} {text} is out of range; expected {_range(kind)}.",
                           "out_of_range", **facts)
    _check_stage_window(key, number, current)
    return number


def _check_stage_window(key: str, number: float, current: WorkspaceSettings) -> None:
    """Journey stages can't be evaluated over more than MAX_WINDOW_OVER_HALF_LIFE half-lives
    (``domain.stages``): refuse the half-life or window that would make it so."""
    window = number if key == "stage_window_days" else current.stage_window_days
    half_life = number if key == "half_life_days" else current.half_life_days
    if key not in ("stage_window_days", "half_life_days") or (
            window / half_life <= MAX_WINDOW_OVER_HALF_LIFE):
        return
    least = window / MAX_WINDOW_OVER_HALF_LIFE
    raise SettingError(
        f"half_life_days {half_life:g} is too short for stage_window_days {window:g}: a journey "
        f"stage looks back at most {MAX_WINDOW_OVER_HALF_LIFE} half-lives; expected a "
        f"half-life of at least {least:g} days or a shorter window.",
        "half_life_too_short", half_life=half_life, window=window, least=least,
        max_ratio=MAX_WINDOW_OVER_HALF_LIFE)


def _range(kind: SettingKind) -> str:
    what = "a whole number" if kind.kind == "int" else "a number"
    if kind.range_kind == "between":
        return f"{what} above {kind.minimum:g} and at most {kind.maximum:g}"
    if kind.minimum is not None:
        return f"{what} {'above' if kind.above else 'of at least'} {kind.minimum:g}"
    return what


def _metrics(key: str, text: str, current: WorkspaceSettings) -> tuple[str, ...]:
    ids = tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))
    known = {m.id for m in CATALOG}
    unknown = [i for i in ids if i not in known]
    if unknown:
        named = ", ".join(map(repr, unknown))
        raise SettingError(f"{key}: no metric has the id {named}; "
                           f"`abm-health kpis --format json` lists the ids.",
                           "unknown_metrics", key=key, ids=named, count=len(unknown))
    other = "caution_metrics" if key == "vanity_metrics" else "vanity_metrics"
    both = sorted(set(ids) & set(getattr(current, other)))
    if both:
        named = ", ".join(both)
        raise SettingError(f"{key}: {named} is in {other} already; a metric is "
                           "vanity or caution, not both.", "vanity_and_caution",
                           key=key, ids=named, count=len(both), other=other)
    return ids


def shown(value: Any) -> str:
    """A setting's value as ``settings`` prints it (and ``settings set`` reads it back)."""
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)
