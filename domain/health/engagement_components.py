"""The three behaviour components of the health model (SPEC §6): engagement, buying
committee, momentum. Each is 0–100 for every account at one as-of instant, vectorised.

- engagement = 100 × min(1, E / R): E the account's decayed engagement points in the window,
  R the ``engagement_percentile`` (90th) of E over the accounts of its tier (if R is 0: 100
  for any engagement, else 0).
- buying committee = 100 × min(1, Σ w over engaged contacts / max(Σ w over known contacts,
  committee_min_contacts)); w = ``key_role_weight`` (2) for decision makers and champions,
  1 otherwise; engaged = at least one scored touch in the window; known = created before T.
- momentum = (activity + trend) / 2; activity = 100 × min(1, intent actions /
  momentum_target_actions), intent actions = form fills + CTA clicks + meetings booked +
  meetings held in the window; trend = 100 × a / (a + b), a = points per day in the last
  ``recent_days``, b = points per day in the rest of the window (0 when both are 0).

Each function returns a frame indexed by account id with a ``score`` column and the facts
the explanation quotes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.distinct import distinct
from domain.engagement import decayed_points
from domain.health.activity import KEY_ROLES, Activity
from domain.health.model import HealthModelConfig
from domain.health.peers import Peers
from domain.settings import WorkspaceSettings

LOOKBACK_DAYS = 365  # how far back "last touch on ..." facts look


def _reindexed(series: pd.Series, ids: pd.Index, fill: float = 0.0) -> np.ndarray:
    return series.reindex(ids, fill_value=fill).to_numpy(dtype="float64")


def engagement_component(
    activity: Activity,
    settings: WorkspaceSettings,
    config: HealthModelConfig,
    as_of: pd.Timestamp,
    ids: pd.Index,
    tiers: pd.Series,
    peers: Peers | None = None,
) -> pd.DataFrame:
    """``peers``: the rest of the portfolio's points, when only some accounts are scored."""
    start = as_of - pd.Timedelta(days=config.window_days)
    touches = Activity.window(activity.touches, start, as_of)
    points = decayed_points(touches, as_of, settings.half_life_days, config.window_days)
    out = pd.DataFrame(index=ids)
    out["engagement_points"] = _reindexed(points, ids)
    tier = tiers.reindex(ids).to_numpy()
    out["tier"] = tier
    population = out
    if peers is not None:
        values, of_tier = peers.engagement_population(out["engagement_points"])
        population = pd.DataFrame({"engagement_points": values.to_numpy(dtype="float64"),
                                   "tier": of_tier.reindex(values.index).to_numpy()},
                                  index=values.index)
    reference = population.groupby("tier")["engagement_points"].transform(
        lambda s: s.quantile(config.engagement_percentile)
    ).reindex(ids)
    out["engagement_reference"] = reference.to_numpy(dtype="float64")
    e, r = out["engagement_points"].to_numpy(), out["engagement_reference"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(r > 0, e / r, np.where(e > 0, 1.0, 0.0))
    out["score"] = 100.0 * np.clip(ratio, 0.0, 1.0)
    # "Last touch" is the latest scored touch, as on the committee tab and in the drivers: a
    # touch worth no points (an open) never makes "no scored touch since" read as recent.
    lookback = Activity.window(activity.touches, as_of - pd.Timedelta(days=LOOKBACK_DAYS), as_of)
    out["last_touch_at"] = lookback.groupby("account_id")["occurred_at"].max().reindex(ids)
    return out.drop(columns="tier")


def committee_component(
    activity: Activity,
    config: HealthModelConfig,
    as_of: pd.Timestamp,
    ids: pd.Index,
) -> pd.DataFrame:
    contacts = activity.frames.contacts
    known = contacts[contacts["created_at"].isna() | (contacts["created_at"] < as_of)]
    account = pd.to_numeric(known["account_id"]).astype("int64").to_numpy()
    contact = pd.to_numeric(known["id"]).to_numpy(dtype="float64")
    role = known["buying_role"].astype("object").to_numpy()
    is_dm = role == "decision_maker"
    is_champion = role == "champion"
    weight = np.where(np.isin(role, KEY_ROLES), config.key_role_weight, 1.0)

    start = as_of - pd.Timedelta(days=config.window_days)
    touches = Activity.window(activity.touches, start, as_of)
    engaged_ids = distinct(touches["contact_id"].dropna().to_numpy(dtype="float64"))
    engaged = np.isin(contact, engaged_ids)

    table = pd.DataFrame(
        {
            "account_id": account,
            "known": 1,
            "engaged": engaged.astype("int64"),
            "w_known": weight,
            "w_engaged": weight * engaged,
            "dm_known": is_dm.astype("int64"),
            "dm_engaged": (is_dm & engaged).astype("int64"),
            "champions_known": is_champion.astype("int64"),
            "champions_engaged": (is_champion & engaged).astype("int64"),
        }
    )
    sums = table.groupby("account_id").sum().reindex(ids, fill_value=0)
    out = pd.DataFrame(index=ids)
    out["contacts_known"] = sums["known"].astype("int64")
    out["contacts_engaged"] = sums["engaged"].astype("int64")
    for col in ("dm_known", "dm_engaged", "champions_known", "champions_engaged"):
        out[col] = sums[col].astype("int64")
    denominator = np.maximum(sums["w_known"].to_numpy(dtype="float64"), config.committee_min_contacts)
    out["score"] = 100.0 * np.clip(sums["w_engaged"].to_numpy(dtype="float64") / denominator, 0, 1)

    # When a decision maker last touched us (for "no decision maker engaged since ...").
    lookback = Activity.window(activity.touches, as_of - pd.Timedelta(days=LOOKBACK_DAYS), as_of)
    dm_contacts = contact[is_dm]
    dm_touches = lookback[lookback["contact_id"].isin(dm_contacts)]
    out["last_dm_touch_at"] = dm_touches.groupby("account_id")["occurred_at"].max().reindex(ids)
    return out


def momentum_component(
    activity: Activity,
    config: HealthModelConfig,
    as_of: pd.Timestamp,
    ids: pd.Index,
) -> pd.DataFrame:
    start = as_of - pd.Timedelta(days=config.window_days)
    split = as_of - pd.Timedelta(days=config.recent_days)
    intent = Activity.window(activity.intent, start, as_of)
    counts = intent.groupby(["account_id", "kind"]).size().unstack(fill_value=0)
    out = pd.DataFrame(index=ids)
    for kind, col in (
        ("form_fill", "form_fills"),
        ("cta_click", "cta_clicks"),
        ("meeting_booked", "meetings_booked"),
        ("meeting_held", "meetings_held"),
    ):
        series = counts[kind] if kind in counts.columns else pd.Series(dtype="int64")
        out[col] = series.reindex(ids, fill_value=0).astype("int64")
    actions = out[["form_fills", "cta_clicks", "meetings_booked", "meetings_held"]].sum(axis=1)
    out["intent_actions"] = actions.astype("int64")
    activity_part = 100.0 * np.clip(actions.to_numpy(dtype="float64") / config.momentum_target_actions, 0, 1)

    touches = Activity.window(activity.touches, start, as_of)
    recent = touches[touches["t"].to_numpy() >= split.value]
    earlier = touches[touches["t"].to_numpy() < split.value]
    out["recent_points"] = _reindexed(recent.groupby("account_id")["points"].sum(), ids)
    out["earlier_points"] = _reindexed(earlier.groupby("account_id")["points"].sum(), ids)
    a = out["recent_points"].to_numpy() / config.recent_days
    b = out["earlier_points"].to_numpy() / (config.window_days - config.recent_days)
    with np.errstate(divide="ignore", invalid="ignore"):
        trend_part = np.where(a + b > 0, 100.0 * a / (a + b), 0.0)
    out["activity_part"] = activity_part
    out["trend_part"] = trend_part
    out["score"] = (activity_part + trend_part) / 2.0
    return out
