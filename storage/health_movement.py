"""What moved an account's score between two days, with the model versions of those days.

The earlier day's score is the one the workspace showed then: under the model version that
was active on that day (the newest version created on or before it; the active version when
none is that old, since the score was never shown under another). The later day's is under
the active version. ``domain.health.movement`` splits the change.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pandas as pd

from domain.frames import PortfolioFrames
from domain.health.asof import end_of_day
from domain.health.movement import Movement, main_causes, what_moved
from domain.progress import Progress
from storage.health_repo import StoredModel, list_models
from storage.health_service import PortfolioHealth
from storage.settings_repo import load_settings
from storage.workspace import Workspace

DEFAULT_WEEKS = 4


def model_on(workspace: Workspace, day: date, active: StoredModel) -> StoredModel:
    """The model version in use on ``day``: the newest created by its end, else ``active``."""
    end = datetime.combine(day, time.max)
    older = [m for m in list_models(workspace) if m.created_at <= end]
    return max(older, key=lambda m: m.version) if older else active


def account_movement(
    workspace: Workspace,
    health: PortfolioHealth,
    account_id: int,
    since: date | None = None,
    version_before: int | None = None,
    own: PortfolioFrames | None = None,
    progress: Progress | None = None,
) -> Movement:
    """What moved ``account_id`` from ``since`` (default four weeks before) to ``health.day``.

    ``version_before`` compares with another stored model version instead of the one in use
    on ``since`` (KeyError if there is no such version). ``own``: the account's rows of
    ``health.frames`` when the caller has them (a page, a report); ``progress`` is checked
    between the steps.
    """
    if since is None:
        since = health.day - pd.Timedelta(weeks=DEFAULT_WEEKS).to_pytimedelta()
    if version_before is not None:
        found = {m.version: m for m in list_models(workspace)}
        if version_before not in found:
            raise KeyError(f"there is no health model version {version_before}")
        before = found[version_before]
    else:
        before = model_on(workspace, since, health.model)
    return what_moved(
        health.frames, load_settings(workspace), account_id, end_of_day(since),
        end_of_day(health.day), before.config, health.model.config, health.activity,
        before.version, health.model.version, worlds=health.worlds, own=own, progress=progress,
    )


def movers_causes(
    workspace: Workspace, health: PortfolioHealth, accounts: list[int], weeks: int = DEFAULT_WEEKS
) -> dict[int, Movement]:
    """The movements of ``accounts`` over the last ``weeks`` weeks under the active model
    (what the dashboard's biggest movers say about their main cause)."""
    if not accounts:
        return {}
    since = health.day - pd.Timedelta(weeks=weeks).to_pytimedelta()
    return main_causes(
        health.frames, load_settings(workspace), accounts, end_of_day(since),
        end_of_day(health.day), health.model.config, health.activity, worlds=health.worlds,
    )
