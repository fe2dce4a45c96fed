"""Inputs a KPI needs that a workspace may never have held, and the reason it is n/a then.

Cost per MQL is campaign cost over MQLs: in a workspace without any campaign cost it is not
0.00 but unknown, as campaign ROI already was. The engine asks ``missing_reason`` before it
computes a metric; when the workspace (all accounts, every date) never held one of the
metric's inputs, the metric is n/a in every period and scope, with the missing input's id
as its reason ("campaign_costs", one of ``INPUTS``), which every surface (tiles, CLI,
reports) says beside the n/a in words (``desktop.shared.wording.reasons``).

A metric whose inputs exist but are empty for one period or scope stays a computed value
(0 MQLs in a quiet month is a real 0; a ratio with nothing to divide by is n/a without a
reason of this kind).
"""

from __future__ import annotations

import pandas as pd

from domain.frames import PortfolioFrames
from domain.settings import WorkspaceSettings

# The inputs a workspace may never have held: each is also the id of the n/a reason.
INPUTS: tuple[str, ...] = ("campaign_costs", "acquisition_costs", "subscriptions", "nps")

# metric id -> the inputs it needs (of INPUTS).
NEEDS: dict[str, tuple[str, ...]] = {
    "cost_per_mql": ("campaign_costs",),
    "campaign_roi": ("campaign_costs",),
    "cac": ("acquisition_costs",),
    "ltv": ("subscriptions",),
    "ltv_to_cac": ("subscriptions", "acquisition_costs"),
    "grr": ("subscriptions",),
    "nrr": ("subscriptions",),
    "nps": ("nps",),
    "account_nps": ("nps",),
    "survey_comments": ("nps",),
}
# Columns of a metric's detail table computed from an input: n/a (NaN) when it was never
# held, so "cost per MQL" per campaign is not a fake 0 either.
DETAIL_COLUMNS: dict[str, tuple[str, ...]] = {
    "campaign_costs": ("cost", "cost_per_mql", "cost_per_mql_first_touch", "roi",
                       "roi_first_touch"),
}
def _campaign_costs(frames: PortfolioFrames) -> bool:
    cost = pd.to_numeric(frames.campaigns["cost"], errors="coerce")
    return bool((cost > 0).any())


def held_inputs(frames: PortfolioFrames, settings: WorkspaceSettings) -> frozenset[str]:
    """The inputs (of INPUTS) the workspace holds, whatever the scope or period."""
    held = set()
    if _campaign_costs(frames):
        held.add("campaign_costs")
    if "campaign_costs" in held or float(settings.sales_marketing_cost or 0.0) > 0:
        held.add("acquisition_costs")
    if len(frames.subscriptions):
        held.add("subscriptions")
    if len(frames.nps):
        held.add("nps")
    return frozenset(held)


def missing_inputs(metric_id: str, held: frozenset[str]) -> tuple[str, ...]:
    """The inputs of ``metric_id`` the workspace never held (of INPUTS)."""
    return tuple(need for need in NEEDS.get(metric_id, ()) if need not in held)


def without_missing(detail: pd.DataFrame | None, missing: tuple[str, ...]) -> pd.DataFrame | None:
    """``detail`` with the columns computed from ``missing`` inputs set to n/a."""
    if detail is None:
        return None
    columns = [c for need in missing for c in DETAIL_COLUMNS.get(need, ()) if c in detail.columns]
    if not columns:
        return detail
    return detail.assign(**{c: float("nan") for c in columns})


def missing_reason(metric_id: str, held: frozenset[str]) -> str | None:
    """Why ``metric_id`` is n/a in a workspace holding ``held`` (the first missing input's
    id); None when it can be computed."""
    for need in NEEDS.get(metric_id, ()):
        if need not in held:
            return need
    return None
