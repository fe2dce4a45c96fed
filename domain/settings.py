"""Workspace settings the business agrees on, with their defaults (SPEC §4–§6).

Settings are stored in the workspace (table ``settings``, one JSON value per key) so that
sales and marketing share one definition; ``WorkspaceSettings.from_mapping`` fills in any
key the workspace does not override.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

DEFAULT_POINTS: dict[str, float] = {
    # SPEC §5 defaults; "meeting_booked" and "demo_held" come from the meetings table.
    "form_fill": 50,
    "demo_held": 60,
    "meeting_booked": 40,
    "cta_click": 10,
    "webinar_attended": 20,
    "content_download": 8,
    "email_click": 3,
    "web_visit": 2,
    "content_view": 2,
    "page_view": 1,
    "email_open": 0,
}
DEFAULT_ROLE_MULTIPLIERS: dict[str, float] = {"decision_maker": 2.0, "champion": 1.5}
DEFAULT_TIER_MULTIPLIERS: dict[str, float] = {"1": 1.0, "2": 1.0, "3": 1.0}


@dataclass(frozen=True)
class WorkspaceSettings:
    currency: str = "USD"
    # Lead scoring (SPEC §5) and MQLs (SPEC §4, seed 004).
    points: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_POINTS))
    role_multipliers: dict[str, float] = field(
        default_factory=lambda: dict(DEFAULT_ROLE_MULTIPLIERS)
    )
    tier_multipliers: dict[str, float] = field(
        default_factory=lambda: dict(DEFAULT_TIER_MULTIPLIERS)
    )
    half_life_days: float = 30.0
    mql_threshold: float = 60.0
    # Journey stages (SPEC §5).
    stage_window_days: int = 90
    engaged_points: float = 10.0
    mqa_points: float = 100.0
    mqa_mql_contacts: int = 2
    # Lead and community metrics.
    silent_days: int = 90
    answer_within_hours: float = 24.0
    nps_min_responses: int = 5
    gross_margin: float = 1.0
    sales_marketing_cost: float = 0.0  # listed non-campaign cost per year, for CAC
    # Health likelihood: below this many backtest observations (account x month end) in a
    # segment, a score shows "not enough history" instead of a calibrated likelihood.
    calibration_min_observations: int = 100
    # Which metric ids we don't steer by (SPEC §4 "Vanity and caution rules").
    vanity_metrics: tuple[str, ...] = ("raw_leads", "sales_cycle_days")
    caution_metrics: tuple[str, ...] = ("email_open_rate", "page_views", "time_on_page")
    # Portfolio filters saved by name: {"My accounts": {"owners": [...], "tiers": [...],
    # "stages": [...], "bands": [...], "text": ""}} (shared by everyone on the workspace).
    saved_filters: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> WorkspaceSettings:
        known = {f.name for f in fields(cls)}
        clean = {k: v for k, v in values.items() if k in known}
        for key in ("vanity_metrics", "caution_metrics"):
            if key in clean:
                clean[key] = tuple(clean[key])
        return cls(**clean)

    def to_mapping(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("vanity_metrics", "caution_metrics"):
            data[key] = list(data[key])
        return data
