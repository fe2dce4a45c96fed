"""Scoring every account as of one instant (SPEC §6): the entry point of the health model.

    result = score_accounts(frames, settings, config, as_of)
    result.frame            # indexed by account_id: name, tier, stage, score, band, components
    result.explain(42)      # Explanation: component lines, renormalisation, drivers

Score = Σ weight × component / Σ weight over the components that apply (NaN components do
not apply: retention for an account that never had a subscription, satisfaction for one
with no NPS response in the window), rounded to one decimal; the band compares that rounded
score with the thresholds of the account's segment (``domain.health.segments``): customers
are healthy / watch / at risk (retention), prospects hot / warm / cold (buying intent). A
churned account's band is "churned" and its score and component scores are kept. An
account with no dated fact at all before ``as_of`` (no touch, meeting, deal, subscription,
NPS response or question) is "no data": no score, no components, and an explanation that
says so instead of a 0. Only data dated before ``as_of`` is read.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pandas as pd

from domain.enums import Band
from domain.frames import PortfolioFrames
from domain.health.activity import Activity
from domain.health.asof import day_of
from domain.health.commercial_components import (
    pipeline_component,
    retention_component,
    satisfaction_component,
)
from domain.health.drivers import (
    NO_DATA,
    Driver,
    Explanation,
    Renormalisation,
    explain_row,
    explain_rows,
    strongest_drivers,
)
from domain.health.engagement_components import (
    committee_component,
    engagement_component,
    momentum_component,
)
from domain.health.model import (
    BUYING_COMMITTEE,
    COMPONENTS,
    ENGAGEMENT,
    MOMENTUM,
    PIPELINE,
    RETENTION,
    SATISFACTION,
    HealthModelConfig,
)
from domain.health.peers import Peers
from domain.health.segments import CUSTOMER, PROSPECT, segments_of
from domain.settings import WorkspaceSettings
from domain.stages import stages_as_of

ACCOUNT_COLUMNS = ("external_id", "name", "tier", "owner", "is_target")


def weighted_scores(
    components: np.ndarray, weights: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(scores, applied weight sums) for a matrix of component scores (NaN = not applicable).

    Plain arithmetic on purpose: the backtest's what-if re-weights cached components with it.
    """
    applies = ~np.isnan(components)
    w = np.where(applies, weights[np.newaxis, :], 0.0)
    total = w.sum(axis=1)
    weighted = np.where(applies, components, 0.0) * w
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = np.where(total > 0, weighted.sum(axis=1) / total, np.nan)
    return np.round(scores, 1), total


def bands_for(
    scores: np.ndarray,
    churned: np.ndarray,
    segments: np.ndarray,
    config: HealthModelConfig,
    no_data: np.ndarray | None = None,
) -> np.ndarray:
    """Band labels for rounded scores in each row's segment vocabulary; churned and no-data
    override; a NaN score otherwise gets no band (None)."""
    scores = np.asarray(scores, dtype="float64")
    segments = np.asarray(segments, dtype=object)
    is_prospect = segments == PROSPECT
    healthy, watch = config.thresholds(CUSTOMER)
    hot, warm = config.thresholds(PROSPECT)
    top = np.where(is_prospect, hot, healthy)
    middle = np.where(is_prospect, warm, watch)
    high = np.where(is_prospect, str(Band.HOT), str(Band.HEALTHY))
    mid = np.where(is_prospect, str(Band.WARM), str(Band.WATCH))
    low = np.where(is_prospect, str(Band.COLD), str(Band.AT_RISK))
    empty = np.zeros(len(scores), dtype=bool) if no_data is None else np.asarray(no_data, dtype=bool)
    labels = np.select(
        [empty, churned, scores >= top, scores >= middle, scores < middle],
        [str(Band.NO_DATA), str(Band.CHURNED), high, mid, low],
        default="",
    ).astype(object)
    labels[labels == ""] = None
    return labels




@dataclass
class HealthResult:
    """Every account's health at ``as_of`` under ``config``, with the facts behind it."""

    as_of: pd.Timestamp
    config: HealthModelConfig
    frame: pd.DataFrame  # account_id index; ACCOUNT_COLUMNS, stage, score, band, is_churned, COMPONENTS
    facts: pd.DataFrame  # account_id index; the numbers and dates drivers quote
    model_version: int | None = None
    currency: str = ""  # the workspace currency, for the amounts drivers quote

    @property
    def as_of_day(self) -> date:
        """The last day whose data the scores include."""
        return day_of(self.as_of)

    def component_matrix(self) -> np.ndarray:
        return self.frame[list(COMPONENTS)].to_numpy(dtype="float64")

    def explain(self, account_id: int) -> Explanation:
        """The explanation of one account's score (KeyError if it was not scored)."""
        row = self.frame.loc[account_id]
        return _said(explain_row(
            int(account_id),
            row.to_dict(),
            self.facts.loc[account_id].to_dict(),
            self.config,
            self.as_of,
            self.model_version,
            self.currency,
        ))

    def explanations(self, account_ids: Collection[int] | None = None) -> Iterator[Explanation]:
        """Every account's explanation (or those of ``account_ids``), in frame order (one
        column-wise pass for the drivers of all of them)."""
        frame, facts = self._rows(account_ids)
        for explanation in explain_rows(frame, facts, self.config, self.as_of,
                                        self.model_version, self.currency):
            yield _said(explanation)

    def strongest_drivers(self, account_ids: Collection[int] | None = None,
                          n: int | None = None) -> dict[int, list[Driver]]:
        """Per account (all, or those of ``account_ids``): ``explain(id).top(n)``, without
        the rest of the explanation."""
        frame, facts = self._rows(account_ids)
        drivers = strongest_drivers(frame, facts, self.config, n, self.currency)
        no_data = (frame["band"] == str(Band.NO_DATA)).to_numpy()
        return {account_id: [] if empty else said
                for account_id, said, empty in zip(frame.index.tolist(), drivers, no_data,
                                                   strict=True)}

    def _rows(self, account_ids: Collection[int] | None) -> tuple[pd.DataFrame, pd.DataFrame]:
        if account_ids is None:
            return self.frame, self.facts
        # Only the accounts asked for: a filtered list need not explain the others.
        wanted = np.fromiter((int(i) for i in account_ids), "int64")
        return (self.frame[self.frame.index.isin(wanted)],
                self.facts[self.facts.index.isin(wanted)])


def _said(explanation: Explanation) -> Explanation:
    """A no-data account's explanation says why there is no score, and nothing else."""
    if explanation.band != str(Band.NO_DATA):
        return explanation
    return replace(explanation, renormalisation=Renormalisation(NO_DATA), drivers=[])


def score_accounts(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    config: HealthModelConfig | None = None,
    as_of: pd.Timestamp | None = None,
    activity: Activity | None = None,
    model_version: int | None = None,
    peers: Peers | None = None,
) -> HealthResult:
    """Score every account that existed before ``as_of`` (see module docstring).

    Pass ``activity`` (``Activity.prepare(frames, settings)``) when scoring several dates of
    the same frames: it is the expensive part and does not depend on the date. ``peers``
    (``domain.health.peers``) when ``frames`` hold only some accounts: the tier references
    are then taken over the whole portfolio those peers describe.
    """
    if as_of is None:
        raise ValueError("score_accounts needs an as_of instant (data before it is used)")
    config = (config or HealthModelConfig()).validated()
    as_of = pd.Timestamp(as_of)
    activity = activity or Activity.prepare(frames, settings)
    stages = stages_as_of(frames, settings, as_of, activity)
    ids = stages.index
    accounts = frames.accounts.set_index(pd.to_numeric(frames.accounts["id"]).astype("int64"))
    tiers = pd.to_numeric(accounts["tier"], errors="coerce").fillna(3).astype("int64")

    parts = {
        ENGAGEMENT: engagement_component(activity, settings, config, as_of, ids, tiers, peers),
        BUYING_COMMITTEE: committee_component(activity, config, as_of, ids),
        MOMENTUM: momentum_component(activity, config, as_of, ids),
        PIPELINE: pipeline_component(activity, config, as_of, ids, tiers, peers),
        RETENTION: retention_component(activity, config, as_of, ids),
        SATISFACTION: satisfaction_component(activity, config, as_of, ids),
    }
    frame = accounts.reindex(ids)[list(ACCOUNT_COLUMNS)].copy()
    frame["tier"] = tiers.reindex(ids).to_numpy()
    frame["stage"] = stages["stage"].to_numpy()
    for name in COMPONENTS:
        frame[name] = parts[name]["score"].to_numpy(dtype="float64")
    first = activity.first_fact if activity.first_fact is not None else pd.Series(dtype="datetime64[ns]")
    seen = first.reindex(ids).to_numpy(dtype="datetime64[ns]")
    no_data = np.isnat(seen) | (seen >= np.datetime64(as_of))
    frame.loc[no_data, list(COMPONENTS)] = np.nan
    weights = np.array([float(config.weights.get(c, 0.0)) for c in COMPONENTS])
    scores, _ = weighted_scores(frame[list(COMPONENTS)].to_numpy(dtype="float64"), weights)
    churned = stages["is_churned"].to_numpy(dtype=bool)
    segments = segments_of(stages["stage"].to_numpy(dtype=object))
    frame.insert(frame.columns.get_loc("stage") + 1, "score", scores)
    frame.insert(
        frame.columns.get_loc("score") + 1,
        "band",
        pd.Series(bands_for(scores, churned, segments, config, no_data), index=frame.index,
                  dtype=object),
    )
    frame.insert(frame.columns.get_loc("band") + 1, "is_churned", churned)

    facts = pd.concat(
        [stages.drop(columns=["stage", "is_churned", "churned_at"]).add_prefix("stage_")]
        + [parts[name].drop(columns="score") for name in COMPONENTS],
        axis=1,
    )
    facts = facts.loc[:, ~facts.columns.duplicated()]
    facts["tier"] = frame["tier"].to_numpy()
    facts["name"] = frame["name"].to_numpy()
    return HealthResult(as_of=as_of, config=config, frame=frame, facts=facts,
                        model_version=model_version, currency=settings.currency)
