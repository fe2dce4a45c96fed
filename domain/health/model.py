"""The health model's configuration (SPEC §6): components, weights, band thresholds, windows.

A ``HealthModelConfig`` is what a model *version* stores (as JSON, through ``to_dict``);
changing any field makes a new version. The defaults are the SPEC's: engagement 25, the
other five components 15 each; customers healthy ≥ 70, watch 40–69, at risk < 40.

Prospects are rated for buying intent with their own thresholds: hot ≥ 50, warm 25–49,
cold below. They are lower than the customers' because a prospect's score can reach less:
retention never applies to it, and a prospect without a deal has an empty pipeline, so the
components that can score (engagement, committee, momentum) carry at most 55 of the 70
points that apply: 79 at best. Hot is then about two thirds of that reach, warm a third.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from domain.enums import Band
from domain.error_facts import ErrorFacts
from domain.health.segments import CUSTOMER, PROSPECT

ENGAGEMENT = "engagement"
BUYING_COMMITTEE = "buying_committee"
MOMENTUM = "momentum"
PIPELINE = "pipeline"
RETENTION = "retention"
SATISFACTION = "satisfaction"

COMPONENTS: tuple[str, ...] = (
    ENGAGEMENT, BUYING_COMMITTEE, MOMENTUM, PIPELINE, RETENTION, SATISFACTION,
)
"""Component ids in display order; they are also the component columns of a HealthResult."""

DEFAULT_WEIGHTS: dict[str, float] = {
    ENGAGEMENT: 25.0,
    BUYING_COMMITTEE: 15.0,
    MOMENTUM: 15.0,
    PIPELINE: 15.0,
    RETENTION: 15.0,
    SATISFACTION: 15.0,
}


@dataclass(frozen=True)
class ConfigSource:
    """Where a configuration comes from, as an id the desktop words: "model", "settings",
    "weights_file" (``detail``: the file), "model_version" (``detail``: the number), or
    "named" (``detail``: words a caller passed as they are)."""

    kind: str
    detail: str = ""

    def english(self) -> str:
        return {
            "model": "the model",
            "settings": "the settings",
            "weights_file": f"the weights file {self.detail}",
            "model_version": f"health model version {self.detail}",
        }.get(self.kind, self.detail)


MODEL_SOURCE = ConfigSource("model")
SETTINGS_SOURCE = ConfigSource("settings")
CONFIG_ERROR_KINDS: tuple[str, ...] = (
    "unknown_settings", "not_a_number", "weights_add_up_to_zero", "customer_thresholds",
    "prospect_thresholds", "engagement_percentile", "nps_share", "days_not_positive",
    "recent_not_shorter", "weights_not_a_table", "unknown_components", "weight_not_a_number",
    "weight_negative",
)
"""The kinds of HealthConfigError; ``desktop.shared.wording.health_model`` words each."""


class HealthConfigError(ErrorFacts, ValueError):
    """A model configuration that cannot be used: ``kind`` (one of CONFIG_ERROR_KINDS) and
    ``facts`` name the field and the fix; ``source`` is where the configuration came from;
    ``str(exc)`` is the English sentence."""

    def __init__(self, kind: str, source: ConfigSource, english: str, **facts: Any) -> None:
        super().__init__(kind, f"{source.english()}: {english}", **facts)
        self.source = source


def _source(source: ConfigSource | str) -> ConfigSource:
    return source if isinstance(source, ConfigSource) else ConfigSource("named", source)


@dataclass(frozen=True)
class HealthModelConfig:
    """Everything that decides a score. Windows are in days before the as-of instant."""

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    # Customers' bands: score >= healthy_min is healthy, >= watch_min is watch, else at risk.
    healthy_min: float = 70.0
    watch_min: float = 40.0
    # Prospects' bands: score >= hot_min is hot, >= warm_min is warm, else cold.
    hot_min: float = 50.0
    warm_min: float = 25.0
    # Engagement, buying committee and momentum look back this far.
    window_days: int = 90
    engagement_percentile: float = 0.9  # the tier reference an account is compared with
    committee_min_contacts: float = 3.0  # the denominator never drops below this
    key_role_weight: float = 2.0  # decision makers and champions count this many times
    recent_days: int = 30  # momentum: the last 30 days against the rest of the window
    momentum_target_actions: float = 4.0  # form fills + CTA clicks + meetings for full marks
    recent_win_days: int = 180  # pipeline: a won deal this recent earns the win bonus
    renewal_window_days: int = 90  # retention: renewals nearer than this cost points
    renewal_max_penalty: float = 30.0  # ... linearly, up to this on the renewal day
    no_meeting_penalty: float = 20.0  # ... plus this with no meeting booked in the window
    contraction_days: int = 180  # retention: ARR now against ARR this long ago
    contraction_max_penalty: float = 50.0
    nps_window_days: int = 365  # satisfaction: latest response per contact in this window
    nps_share: float = 0.75  # satisfaction = nps_share × NPS part + rest × answer part
    answer_within_hours: float = 24.0
    # History and explanation.
    trend_weeks: int = 4
    trend_threshold: float = 5.0  # a change smaller than this is "flat"
    sparkline_weeks: int = 26
    top_drivers: int = 5

    # -- derived ----------------------------------------------------------------------------
    def thresholds(self, segment: str) -> tuple[float, float]:
        """(top band's minimum, middle band's minimum) of a segment."""
        if segment == PROSPECT:
            return self.hot_min, self.warm_min
        return self.healthy_min, self.watch_min

    def band_for(self, score: float | None, segment: str = CUSTOMER) -> Band | None:
        """The band of one score in a segment's vocabulary (the score rounded to one decimal)."""
        if score is None or score != score:  # NaN
            return None
        value = round(float(score), 1)
        top, middle = self.thresholds(segment)
        high, mid, low = (
            (Band.HOT, Band.WARM, Band.COLD) if segment == PROSPECT
            else (Band.HEALTHY, Band.WATCH, Band.AT_RISK)
        )
        if value >= top:
            return high
        if value >= middle:
            return mid
        return low

    def with_weights(self, weights: dict[str, float]) -> HealthModelConfig:
        merged = dict(self.weights)
        merged.update({k: float(v) for k, v in weights.items()})
        return replace(self, weights=merged).validated()

    # -- persistence --------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["weights"] = {c: float(self.weights.get(c, 0.0)) for c in COMPONENTS}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], *,
                  source: ConfigSource | str = MODEL_SOURCE) -> HealthModelConfig:
        """A config from stored/loaded values; missing keys take the defaults."""
        source = _source(source)
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            names, expected = ", ".join(unknown), ", ".join(sorted(known))
            raise HealthConfigError(
                "unknown_settings", source,
                f"unknown setting(s) {names}; expected some of {expected}.",
                names=names, count=len(unknown), expected=expected,
            )
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name == "weights":
                values[name] = _parse_weights(value, source)
                continue
            default = getattr(cls(), name)
            try:
                values[name] = type(default)(value)
            except (TypeError, ValueError):
                raise HealthConfigError(
                    "not_a_number", source,
                    f"{name} = {value!r} is not a number; expected e.g. {default!r}.",
                    name=name, value=value, example=default,
                ) from None
        return cls(**values).validated(source)

    def validated(self, source: ConfigSource | str = MODEL_SOURCE) -> HealthModelConfig:
        """Self, after checking that the configuration can produce a score."""
        source = _source(source)
        if sum(self.weights.get(c, 0.0) for c in COMPONENTS) <= 0:
            raise HealthConfigError("weights_add_up_to_zero", source,
                                    "the weights add up to 0; give at least one a weight.")
        if not 0 <= self.watch_min < self.healthy_min <= 100:
            raise HealthConfigError(
                "customer_thresholds", source,
                f"band thresholds watch_min = {self.watch_min} and healthy_min = "
                f"{self.healthy_min}; expected 0 <= watch_min < healthy_min <= 100.",
                watch_min=self.watch_min, healthy_min=self.healthy_min,
            )
        if not 0 <= self.warm_min < self.hot_min <= 100:
            raise HealthConfigError(
                "prospect_thresholds", source,
                f"band thresholds warm_min = {self.warm_min} and hot_min = "
                f"{self.hot_min}; expected 0 <= warm_min < hot_min <= 100.",
                warm_min=self.warm_min, hot_min=self.hot_min,
            )
        if not 0 < self.engagement_percentile <= 1:
            raise HealthConfigError(
                "engagement_percentile", source,
                f"engagement_percentile = {self.engagement_percentile}; expected (0, 1].",
                value=self.engagement_percentile,
            )
        if not 0 <= self.nps_share <= 1:
            raise HealthConfigError("nps_share", source,
                                    f"nps_share = {self.nps_share}; expected [0, 1].",
                                    value=self.nps_share)
        for name in ("window_days", "recent_days", "nps_window_days", "renewal_window_days",
                     "contraction_days", "recent_win_days"):
            if getattr(self, name) <= 0:
                raise HealthConfigError("days_not_positive", source,
                                        f"{name} must be a positive number of days.", name=name)
        if self.recent_days >= self.window_days:
            raise HealthConfigError(
                "recent_not_shorter", source,
                f"recent_days = {self.recent_days} must be shorter than "
                f"window_days = {self.window_days}.",
                recent_days=self.recent_days, window_days=self.window_days,
            )
        return self


def _parse_weights(value: Any, source: ConfigSource) -> dict[str, float]:
    if not isinstance(value, dict):
        raise HealthConfigError("weights_not_a_table", source,
                                "weights must be a table of component = number.")
    unknown = sorted(set(value) - set(COMPONENTS))
    if unknown:
        names, expected = ", ".join(unknown), ", ".join(COMPONENTS)
        raise HealthConfigError(
            "unknown_components", source,
            f"unknown component(s) {names} in weights; expected some of {expected}.",
            names=names, count=len(unknown), expected=expected,
        )
    weights = dict(DEFAULT_WEIGHTS)
    for name, weight in value.items():
        try:
            number = float(weight)
        except (TypeError, ValueError):
            raise HealthConfigError(
                "weight_not_a_number", source,
                f"weight of {name} = {weight!r} is not a number.", name=name, value=weight,
            ) from None
        if number < 0 or number != number:
            raise HealthConfigError("weight_negative", source,
                                    f"weight of {name} = {weight!r}; expected >= 0.",
                                    name=name, value=weight)
        weights[name] = number
    return weights
