"""Reading one workspace setting from text, as ``abm-health settings set KEY VALUE`` gets it.

Each settable key has a kind and a range; a bad value gets a sentence naming the key, the
value and what is expected. Tables (engagement points, multipliers, saved filters) are
edited in the window, where they can be seen whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from domain.metrics.catalog import CATALOG
from domain.settings import WorkspaceSettings


class SettingError(ValueError):
    """A setting that does not exist or a value it can't take; the message says which."""


@dataclass(frozen=True)
class SettingKind:
    kind: str  # "currency", "int", "float", "metrics"
    meaning: str
    minimum: float | None = None
    maximum: float | None = None
    above: bool = False  # the minimum itself is not allowed


SETTABLE: dict[str, SettingKind] = {
    "currency": SettingKind("currency", "the ISO code every amount is kept in"),
    "mql_threshold": SettingKind("float", "lead score at which a contact is an MQL", 0, above=True),
    "half_life_days": SettingKind("float", "days for an engagement point to lose half its weight",
                                  0, above=True),
    "nps_min_responses": SettingKind("int", "NPS responses below which a score is flagged as a "
                                     "small sample", 1),
    "stage_window_days": SettingKind("int", "days of engagement a journey stage looks back", 1),
    "engaged_points": SettingKind("float", "account points to count as engaged", 0, above=True),
    "mqa_points": SettingKind("float", "account points to count as a marketing-qualified "
                              "account", 0, above=True),
    "mqa_mql_contacts": SettingKind("int", "MQL contacts to count as a marketing-qualified "
                                    "account", 1),
    "silent_days": SettingKind("int", "days without a touch before an account is silent", 1),
    "answer_within_hours": SettingKind("float", "hours within which a question counts as "
                                       "answered in time", 0, above=True),
    "gross_margin": SettingKind("float", "gross margin used for LTV, as a fraction", 0, 1,
                                above=True),
    "sales_marketing_cost": SettingKind("float", "non-campaign sales and marketing cost per "
                                        "year, for CAC", 0),
    "vanity_metrics": SettingKind("metrics", "metric ids shown as vanity (comma-separated)"),
    "caution_metrics": SettingKind("metrics", "metric ids shown with caution (comma-separated)"),
}
TABLES = ("points", "role_multipliers", "tier_multipliers", "saved_filters")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def parse_setting(key: str, text: str, current: WorkspaceSettings) -> Any:
    """The value ``text`` gives ``key``, checked; SettingError otherwise."""
    if key in TABLES:
        raise SettingError(f"{key} is a table of values; change it in the window's Settings.")
    kind = SETTABLE.get(key)
    if kind is None:
        raise SettingError(f"there is no setting {key!r}; settings that can be set: "
                           f"{', '.join(SETTABLE)}.")
    text = text.strip()
    if kind.kind == "currency":
        code = text.upper()
        if not _CURRENCY.match(code):
            raise SettingError(f"currency {text!r} is not an ISO currency code; expected three "
                               "letters such as USD, EUR or PLN.")
        return code
    if kind.kind == "metrics":
        return _metrics(key, text, current)
    try:
        number = float(text)
    except ValueError:
        raise SettingError(f"{key} {text!r} is not a number; expected "
                           f"{_range(kind)}.") from None
    if kind.kind == "int":
        if number != int(number):
            raise SettingError(f"{key} {text!r} is not a whole number; expected {_range(kind)}.")
        number = int(number)
    low_ok = kind.minimum is None or (number > kind.minimum if kind.above else number >= kind.minimum)
    high_ok = kind.maximum is None or number <= kind.maximum
    if not (low_ok and high_ok):
        raise SettingError(f"{key} {text} is out of range; expected {_range(kind)}.")
    return number


def _range(kind: SettingKind) -> str:
    what = "a whole number" if kind.kind == "int" else "a number"
    if kind.minimum is not None and kind.maximum is not None:
        return f"{what} above {kind.minimum:g} and at most {kind.maximum:g}"
    if kind.minimum is not None:
        return f"{what} {'above' if kind.above else 'of at least'} {kind.minimum:g}"
    return what


def _metrics(key: str, text: str, current: WorkspaceSettings) -> tuple[str, ...]:
    ids = tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))
    known = {m.id for m in CATALOG}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise SettingError(f"{key}: no metric has the id {', '.join(map(repr, unknown))}; "
                           f"`abm-health kpis --format json` lists the ids.")
    other = "caution_metrics" if key == "vanity_metrics" else "vanity_metrics"
    both = sorted(set(ids) & set(getattr(current, other)))
    if both:
        raise SettingError(f"{key}: {', '.join(both)} is in {other} already; a metric is "
                           "vanity or caution, not both.")
    return ids


def shown(value: Any) -> str:
    """A setting's value as ``settings`` prints it (and ``settings set`` reads it back)."""
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)
