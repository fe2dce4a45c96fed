"""What moved the score: a change between two dates split by component and by cause.

The score on the later date (under the model version in use then, ``config_after``) minus
the score on the earlier date (under the version in use then, ``config_before``) is split
into three causes by scoring the account in four worlds, each differing from the previous
one in one thing only:

1. the earlier date, earlier model (the score shown then);
2. the earlier date, later model                   -> **model**: another version's weights,
   thresholds or windows;
3. the later date, the account's own data frozen at the earlier date
   (``domain.health.frozen``; every other account as it really was)
                                                    -> **time**: decay, touches leaving the
   window, a renewal nearing, a deal or a win ageing, and the tier's references
   (engagement percentile, median open amount) moving with the other accounts;
4. the later date, all real data (the score shown now)
                                                    -> **activity**: what the account did,
   named by ``domain.health.events_between``.

Freezing every account instead would decay the whole tier at once and move its
references in a way no real week does; freezing only the account keeps "time" to what the
calendar did to it.

A score is Σ over components of share × component score, so each rung's change splits
exactly over components too. The cells are then rounded to tenths of a point by largest
remainders, so that the shown cells add up to the shown change to the tenth (the scores
themselves are rounded to one decimal).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from domain.frames import PortfolioFrames
from domain.health.activity import Activity
from domain.health.asof import day_of
from domain.health.drivers import component_lines
from domain.health.events_between import NewEvent, new_events
from domain.health.frozen import frames_before
from domain.health.model import (
    COMPONENTS,
    ENGAGEMENT,
    PIPELINE,
    RETENTION,
    HealthModelConfig,
)
from domain.health.peers import Peers
from domain.health.score import HealthResult, score_accounts
from domain.health.world_key import world_key  # noqa: F401  (public here too)
from domain.progress import Progress
from domain.settings import WorkspaceSettings

ACTIVITY, TIME, MODEL = "activity", "time", "model"
CAUSES: tuple[str, ...] = (ACTIVITY, TIME, MODEL)

# What time passing did to a component (``Movement.details``): a ``Detail`` kind and its facts.
TIME_PASSED = "time_passed"  # the component's general ageing, no facts
RENEWAL_NEARER = "renewal_nearer"  # days: days left to the renewal
ENGAGEMENT_DECAYED = "engagement_decayed"  # points_before, points_after; and, when the
# tier's reference moved by half a point or more, reference_before and reference_after
WIN_AGED_OUT = "win_aged_out"  # won: the win's date
OPEN_DEALS_AGED = "open_deals_aged"
DETAIL_KINDS = (TIME_PASSED, RENEWAL_NEARER, ENGAGEMENT_DECAYED, WIN_AGED_OUT, OPEN_DEALS_AGED)

# Why a movement has no split (``Movement.reason``): no score on the earlier day (start) or
# the later day (end), or not scored on a rung in between.
NO_SCORE_BEFORE, NO_SCORE_AFTER, NOT_SCORED_BETWEEN = (
    "no_score_before", "no_score_after", "not_scored_between")
NO_SPLIT_REASONS = (NO_SCORE_BEFORE, NO_SCORE_AFTER, NOT_SCORED_BETWEEN)


@dataclass(frozen=True)
class Detail:
    """Why one (component, cause) cell moved, as an id and facts."""

    kind: str  # one of DETAIL_KINDS
    facts: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Movement:
    """The change of one account's score between two days, by component and cause."""

    account_id: int
    name: str
    start: date  # the earlier day (data up to and including it)
    end: date  # the later day
    score_before: float | None
    score_after: float | None
    band_before: str | None
    band_after: str | None
    version_before: int | None
    version_after: int | None
    model_changed: bool  # the two dates' configurations differ
    cells: dict[tuple[str, str], float]  # (component, cause) -> points, in tenths, summing exactly
    exact: dict[tuple[str, str], float]  # the same, unrounded (sums to the unrounded change)
    events: list[NewEvent] = field(default_factory=list)
    details: dict[tuple[str, str], Detail] = field(default_factory=dict)  # why, per cell
    reason: str | None = None  # why there is no split: one of NO_SPLIT_REASONS

    @property
    def change(self) -> float | None:
        if self.score_before is None or self.score_after is None:
            return None
        return round(self.score_after - self.score_before, 1)

    def by_cause(self) -> dict[str, float]:
        return {c: _tenths_sum(v for (_, cause), v in self.cells.items() if cause == c) for c in CAUSES}

    def by_component(self) -> dict[str, float]:
        return {k: _tenths_sum(v for (comp, _), v in self.cells.items() if comp == k) for k in COMPONENTS}

    @property
    def main_cause(self) -> str | None:
        """The cause that moved the score most (either way); None without a change."""
        totals = self.by_cause()
        if not totals or all(v == 0 for v in totals.values()):
            return None
        return max(CAUSES, key=lambda c: (abs(totals[c]), -CAUSES.index(c)))

    def moved_components(self, cause: str) -> list[str]:
        """The components ``cause`` moved, the biggest move first."""
        return sorted(
            (k for k in COMPONENTS if self.cells.get((k, cause), 0.0) != 0),
            key=lambda k: -abs(self.cells[(k, cause)]),
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "account_id": self.account_id,
            "name": self.name,
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "score_before": self.score_before,
            "score_after": self.score_after,
            "change": self.change,
            "band_before": self.band_before,
            "band_after": self.band_after,
            "version_before": self.version_before,
            "version_after": self.version_after,
            "by_cause": self.by_cause() if self.change is not None else None,
            "by_component": self.by_component() if self.change is not None else None,
            "cells": {comp: {c: self.cells.get((comp, c), 0.0) for c in CAUSES} for comp in COMPONENTS}
            if self.change is not None else None,
            "main_cause": self.main_cause if self.change is not None else None,
            "events": [{"on": e.on.isoformat(), "kind": e.kind, "count": e.count,
                        "facts": e.facts, "components": list(e.components)}
                       for e in self.events],
            "reason": self.reason,
        }


def _tenths_sum(values) -> float:
    return round(sum(int(round(v * 10)) for v in values) / 10, 1)


def apportion(exact: dict[tuple[str, str], float], target_tenths: int) -> dict[tuple[str, str], float]:
    """Round ``exact`` cells to tenths so they add up to ``target_tenths`` (largest remainders)."""
    keys = list(exact)
    scaled = np.array([exact[k] * 10 for k in keys], dtype="float64")
    floors = np.floor(scaled)
    extra = int(target_tenths - floors.sum())
    remainders = scaled - floors
    order = np.argsort(-remainders, kind="stable") if extra >= 0 else np.argsort(remainders, kind="stable")
    units = floors.astype("int64")
    for i in range(abs(extra)):
        units[order[i % len(keys)]] += 1 if extra > 0 else -1
    return {k: int(u) / 10 for k, u in zip(keys, units, strict=True)}


def _contributions(result: HealthResult, account_id: int) -> dict[str, float] | None:
    if account_id not in result.frame.index:
        return None
    row = result.frame.loc[account_id].to_dict()
    if row.get("score") is None or (isinstance(row["score"], float) and math.isnan(row["score"])):
        return None
    return {line.component: line.contribution for line in component_lines(row, result.config)}


@dataclass
class Ladder:
    """The four scorings of the method (see module docstring), for some accounts at once."""

    before: HealthResult  # earlier date, earlier model
    remodelled: HealthResult  # earlier date, later model
    aged: HealthResult  # later date, the chosen accounts' new data left out
    after: HealthResult  # later date, all data


def ladder(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    accounts: list[int],
    start: pd.Timestamp,
    end: pd.Timestamp,
    config_before: HealthModelConfig,
    config_after: HealthModelConfig,
    activity: Activity | None = None,
    version_before: int | None = None,
    version_after: int | None = None,
    worlds: dict[tuple[object, ...], HealthResult] | None = None,
    own: PortfolioFrames | None = None,
) -> Ladder:
    """Score the four worlds; ``activity`` is the real frames' (reused when given), ``own``
    the asked accounts' rows of ``frames`` (``scope_frames``; taken from ``frames`` if None).

    Three of the worlds score every account on the real frames, whichever accounts are
    asked about; ``worlds`` (a dict the caller keeps for these frames and settings) holds
    them for the next call, and one scoring serves both rungs when the model is the same.
    The aged world scores the asked accounts alone (``aged_world``).
    """
    kept: dict[tuple[object, ...], HealthResult] = {} if worlds is None else worlds

    def real(at: pd.Timestamp, config: HealthModelConfig, version: int | None) -> HealthResult:
        key = world_key(frames, settings, at, config, version)
        if key not in kept:
            nonlocal activity
            activity = activity or Activity.prepare(frames, settings)
            kept[key] = score_accounts(frames, settings, config, at, activity, version)
        return kept[key]

    after = real(end, config_after, version_after)
    # The other accounts' side of the tier references, kept with the worlds as well.
    peers_key = ("peers", *world_key(frames, settings, end, config_after, version_after))
    if peers_key not in kept:
        kept[peers_key] = Peers.of(frames, after.facts, end)  # type: ignore[assignment]
    return Ladder(
        before=real(start, config_before, version_before),
        remodelled=real(start, config_after, version_after),
        aged=aged_world(frames, settings, accounts, start, end, config_after, after, own,
                        kept[peers_key]),  # type: ignore[arg-type]
        after=after,
    )


def aged_world(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    accounts: list[int],
    start: pd.Timestamp,
    end: pd.Timestamp,
    config: HealthModelConfig,
    after: HealthResult,
    own: PortfolioFrames | None = None,
    peers: Peers | None = None,
) -> HealthResult:
    """The later date with ``accounts``' own data frozen at ``start``, scored for those
    accounts only (``peers``: ``Peers.of(frames, after.facts, end)`` when already made).

    Every other account is as it really was, so its engagement points and open amounts at
    ``end`` are those of ``after`` (the real world at ``end`` under ``config``): the tier
    references are taken over them with the frozen accounts' values in place
    (``domain.health.peers``), which is what scoring the whole frozen portfolio gave, for
    the cost of one account's rows. Rows name contacts of their own account (the importer
    refuses others), so the accounts' own touches and MQL times need no other account.
    """
    frozen = frames_before(own if own is not None else _scoped(frames, accounts), start)
    peers = peers if peers is not None else Peers.of(frames, after.facts, end)
    return score_accounts(frozen, settings, config, end, Activity.prepare(frozen, settings),
                          peers=peers)


def _scoped(frames: PortfolioFrames, accounts: list[int]) -> PortfolioFrames:
    from domain.metrics.context import scope_frames  # the one account-scoping of frames

    return scope_frames(frames, accounts)


def _details(steps: list[HealthResult], account_id: int, end_facts: pd.Series) -> dict[tuple[str, str], Detail]:
    """Why the time-passing cells moved, from the facts of the earlier and the aged world."""
    out = {(k, TIME): Detail(TIME_PASSED) for k in COMPONENTS}
    start_facts = steps[1].facts.loc[account_id] if account_id in steps[1].facts.index else None
    if start_facts is None:
        return out
    days = end_facts.get("days_to_renewal")
    if days is not None and not pd.isna(days):
        out[(RETENTION, TIME)] = Detail(RENEWAL_NEARER, {"days": int(days)})
    before_points, after_points = start_facts.get("engagement_points"), end_facts.get("engagement_points")
    if before_points is not None and after_points is not None:
        facts: dict[str, object] = {"points_before": float(before_points),
                                    "points_after": float(after_points)}
        ref_before, ref_after = start_facts.get("engagement_reference"), end_facts.get("engagement_reference")
        if ref_before and ref_after and abs(ref_after - ref_before) >= 0.5:
            facts.update(reference_before=float(ref_before), reference_after=float(ref_after))
        out[(ENGAGEMENT, TIME)] = Detail(ENGAGEMENT_DECAYED, facts)
    won = start_facts.get("last_win_at")
    if won is not None and not pd.isna(won) and pd.isna(end_facts.get("last_win_at")):
        out[(PIPELINE, TIME)] = Detail(WIN_AGED_OUT, {"won": pd.Timestamp(won).date()})
    elif (start_facts.get("open_opportunities") or 0) > 0:
        out[(PIPELINE, TIME)] = Detail(OPEN_DEALS_AGED)
    return out


def movement(
    ladder_: Ladder,
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    account_id: int,
) -> Movement:
    """The movement of one account of the ladder."""
    steps = [ladder_.before, ladder_.remodelled, ladder_.aged, ladder_.after]
    start, end = ladder_.before.as_of, ladder_.after.as_of
    frame_after = ladder_.after.frame
    name = str(frame_after.at[account_id, "name"]) if account_id in frame_after.index else ""

    def score_band(result: HealthResult) -> tuple[float | None, str | None]:
        if account_id not in result.frame.index:
            return None, None
        score, band = result.frame.at[account_id, "score"], result.frame.at[account_id, "band"]
        return (None if pd.isna(score) else float(score)), (None if band is None or pd.isna(band) else str(band))

    (s0, b0), (s4, b4) = score_band(ladder_.before), score_band(ladder_.after)
    base = dict(
        account_id=int(account_id), name=name, start=day_of(start), end=day_of(end),
        score_before=s0, score_after=s4, band_before=b0, band_after=b4,
        version_before=ladder_.before.model_version, version_after=ladder_.after.model_version,
        model_changed=ladder_.before.config != ladder_.after.config,
    )
    events = new_events(frames, settings, account_id, start, end)
    parts = [_contributions(r, account_id) for r in steps]
    if any(p is None for p in parts):
        reason = (NO_SCORE_BEFORE if s0 is None else NO_SCORE_AFTER if s4 is None
                  else NOT_SCORED_BETWEEN)
        return Movement(**base, cells={}, exact={}, events=events, reason=reason)

    rungs = dict(zip((MODEL, TIME, ACTIVITY), range(1, 4), strict=True))
    exact = {
        (k, cause): parts[i][k] - parts[i - 1][k]  # type: ignore[index]
        for k in COMPONENTS for cause, i in rungs.items()
    }
    target = int(round(s4 * 10)) - int(round(s0 * 10))
    cells = apportion(exact, target)
    end_facts = ladder_.aged.facts.loc[account_id] if account_id in ladder_.aged.facts.index else pd.Series(dtype=object)
    return Movement(**base, cells=cells, exact=exact, events=events,
                    details=_details(steps, account_id, end_facts))


def what_moved(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    account_id: int,
    start: pd.Timestamp,
    end: pd.Timestamp,
    config_before: HealthModelConfig,
    config_after: HealthModelConfig | None = None,
    activity: Activity | None = None,
    version_before: int | None = None,
    version_after: int | None = None,
    worlds: dict[tuple[object, ...], HealthResult] | None = None,
    own: PortfolioFrames | None = None,
    progress: Progress | None = None,
) -> Movement:
    """What moved ``account_id``'s score between the instants ``start`` and ``end``
    (``worlds``, ``own``: see ``ladder``; ``progress`` is checked between the steps, so a
    page that no longer needs the answer stops it)."""
    progress = progress or Progress.none()
    config_after = config_after or config_before
    own = own if own is not None else _scoped(frames, [account_id])
    progress.check()
    steps = ladder(frames, settings, [account_id], start, end, config_before, config_after,
                   activity, version_before, version_after, worlds=worlds, own=own)
    progress.check()
    return movement(steps, own, settings, account_id)


def main_causes(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    accounts: list[int],
    start: pd.Timestamp,
    end: pd.Timestamp,
    config: HealthModelConfig,
    activity: Activity | None = None,
    worlds: dict[tuple[object, ...], HealthResult] | None = None,
) -> dict[int, Movement]:
    """Movements of several accounts under one model (the dashboard's biggest movers).

    The accounts are frozen together for the "time" rung: exact for each account's own
    data, and they barely move one another's tier reference. ``worlds``: see ``ladder``.
    """
    own = _scoped(frames, accounts)
    steps = ladder(frames, settings, accounts, start, end, config, config, activity,
                   worlds=worlds, own=own)
    return {a: movement(steps, own, settings, a) for a in accounts}

