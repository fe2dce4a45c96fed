"""The three commercial components of the health model (SPEC §6): pipeline, retention,
satisfaction. Each is 0–100 (NaN where it does not apply) for every account at one instant.

- pipeline = min(100, open part + win part); open part = min(100, 50 × O / M): O the amount
  of the account's open new-business and expansion opportunities (renewals are existing
  revenue, scored by retention), M the median of that amount over accounts of its tier
  (an open opportunity with no amount counts at M); win part = 50 when such an
  opportunity was won in the last ``recent_win_days``.
- retention (only accounts with a subscription): churned = 0; otherwise 100 − renewal
  penalty − no-meeting penalty − contraction penalty, clipped to 0–100. Renewal = the
  nearest next start anniversary of an active subscription after the as-of day, in days
  from that day;
  within ``renewal_window_days`` it costs renewal_max_penalty × (1 − days / window), and
  no_meeting_penalty more when no meeting was booked in that window before T. Contraction
  = ARR lost since ``contraction_days`` ago as a share of ARR then, × 100, capped.
- satisfaction (only accounts with an NPS response in ``nps_window_days``): NPS of the latest
  response per contact mapped to (NPS + 100) / 2; with questions asked in the window,
  nps_share × that + (1 − nps_share) × 100 × share answered within ``answer_within_hours``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.health.activity import Activity, closed_time
from domain.health.asof import day_of
from domain.health.model import HealthModelConfig
from domain.health.peers import Peers, open_growth
from domain.stages import customer_state, subscription_end

DAY = pd.Timedelta(days=1)


def pipeline_component(
    activity: Activity,
    config: HealthModelConfig,
    as_of: pd.Timestamp,
    ids: pd.Index,
    tiers: pd.Series,
    peers: Peers | None = None,
) -> pd.DataFrame:
    """``peers``: the rest of the portfolio's open amounts, when only some accounts are scored."""
    # Growth only: a renewal is existing revenue coming up again, which retention scores.
    acc, amount = open_growth(activity.frames.opportunities, as_of)
    opps = activity.frames.opportunities
    opps = opps[opps["type"].fillna("new_business") != "renewal"]
    out = pd.DataFrame(index=ids)
    out["open_opportunities"] = acc.value_counts().reindex(ids, fill_value=0).astype("int64")
    known = amount.fillna(0.0).groupby(acc).sum().reindex(ids, fill_value=0.0)
    missing = amount.isna().groupby(acc).sum().reindex(ids, fill_value=0)
    tier = tiers.reindex(ids)
    population, of_tier = (known, tier) if peers is None else peers.open_population(known)
    with_amount = population[population > 0]
    tier_median = with_amount.groupby(of_tier.reindex(with_amount.index)).median()
    overall = float(with_amount.median()) if len(with_amount) else np.nan
    reference = tier.map(tier_median).astype("float64").fillna(overall).to_numpy()
    open_amount = known.to_numpy() + missing.to_numpy() * np.nan_to_num(reference)
    out["open_amount"] = open_amount
    out["pipeline_reference"] = reference
    has_open = out["open_opportunities"].to_numpy() > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        open_part = np.where(
            np.isnan(reference), np.where(has_open, 50.0, 0.0), 50.0 * open_amount / reference
        )
    open_part = np.clip(np.nan_to_num(open_part), 0.0, 100.0)

    closed = closed_time(opps)
    won_mask = (
        (opps["status"] == "won")
        & (closed < as_of)
        & (closed >= as_of - pd.Timedelta(days=config.recent_win_days))
    )
    # Assign from the masked series: assigning a longer series to an empty frame grows it.
    won = opps[won_mask].assign(closed=closed[won_mask])
    won = won.sort_values("closed").drop_duplicates("account_id", keep="last")
    won = won.set_index(pd.to_numeric(won["account_id"]).astype("int64"))
    out["last_win_at"] = won["closed"].reindex(ids)
    out["last_win_name"] = won["name"].reindex(ids)
    out["last_win_amount"] = pd.to_numeric(won["amount"], errors="coerce").reindex(ids)
    win_part = np.where(out["last_win_at"].notna().to_numpy(), 50.0, 0.0)
    out["score"] = np.minimum(100.0, open_part + win_part)
    return out


def _next_anniversary(start: pd.Series, first_day: pd.Timestamp) -> np.ndarray:
    """The first anniversary of ``start`` on or after ``first_day`` (29 Feb renews 1 March),
    as datetime64[D]; vectorised with calendar months so "in 45 days" is exact."""
    days = pd.to_datetime(start).to_numpy("datetime64[D]")
    months = days.astype("datetime64[M]")
    offset = days - months.astype("datetime64[D]")  # day of month - 1
    years = first_day.year - days.astype("datetime64[Y]").astype("int64") - 1970

    def on(shift: np.ndarray) -> np.ndarray:
        month = months + (12 * shift).astype("timedelta64[M]")
        following = (month + np.timedelta64(1, "M")).astype("datetime64[D]")
        day = month.astype("datetime64[D]") + offset
        return np.where(day < following, day, following)

    this_year = on(years)
    return np.where(this_year >= np.datetime64(first_day.date(), "D"), this_year, on(years + 1))


def retention_component(
    activity: Activity,
    config: HealthModelConfig,
    as_of: pd.Timestamp,
    ids: pd.Index,
) -> pd.DataFrame:
    frames = activity.frames
    now = customer_state(frames, as_of).reindex(ids)
    then = customer_state(frames, as_of - pd.Timedelta(days=config.contraction_days)).reindex(ids)
    subs = frames.subscriptions
    ended = subscription_end(subs)
    active = subs[(subs["start_date"] < as_of).to_numpy() & (ended >= as_of.value)]
    # Renewal = the next start anniversary. An end date after T is not used: a CRM export
    # cannot say when it was entered, and a churn written back as the end date would let
    # the score (and the backtest) see the future.
    today = pd.Timestamp(day_of(as_of))  # the last day the data includes
    renewal = pd.Series(
        _next_anniversary(active["start_date"], today + DAY).astype("datetime64[ns]"),
        index=pd.to_numeric(active["account_id"]).to_numpy(dtype="int64"),
    )
    out = pd.DataFrame(index=ids)
    out["renewal_at"] = renewal.groupby(level=0).min().reindex(ids)
    days = ((out["renewal_at"] - today) / DAY).to_numpy(dtype="float64")
    out["days_to_renewal"] = days

    window = config.renewal_window_days
    booked = Activity.window(activity.meetings_booked, as_of - pd.Timedelta(days=window), as_of)
    out["meetings_before_renewal"] = (
        booked["account_id"].value_counts().reindex(ids, fill_value=0).astype("int64")
    )
    near = ~np.isnan(days) & (days <= window)
    renewal_penalty = np.where(near, config.renewal_max_penalty * (1 - np.clip(days, 0, window) / window), 0.0)
    no_meeting = near & (out["meetings_before_renewal"].to_numpy() == 0)
    meeting_penalty = np.where(no_meeting, config.no_meeting_penalty, 0.0)

    arr_now = now["active_arr"].to_numpy(dtype="float64")
    arr_then = then["active_arr"].to_numpy(dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        lost = np.where(arr_then > 0, np.maximum(arr_then - arr_now, 0.0) / arr_then, 0.0)
    out["arr_now"] = arr_now
    out["arr_before"] = arr_then
    out["arr_lost_share"] = lost
    contraction_penalty = np.minimum(100.0 * lost, config.contraction_max_penalty)

    score = np.clip(100.0 - renewal_penalty - meeting_penalty - contraction_penalty, 0.0, 100.0)
    churned = now["is_churned"].to_numpy(dtype=bool)
    applies = now["has_subscription"].to_numpy(dtype=bool)
    out["is_churned"] = churned
    out["churned_at"] = now["churned_at"]
    out["score"] = np.where(applies, np.where(churned, 0.0, score), np.nan)
    return out


def satisfaction_component(
    activity: Activity,
    config: HealthModelConfig,
    as_of: pd.Timestamp,
    ids: pd.Index,
) -> pd.DataFrame:
    frames = activity.frames
    nps = frames.nps
    start = as_of - pd.Timedelta(days=config.nps_window_days)
    recent = nps[(nps["responded_at"] < as_of) & (nps["responded_at"] >= start)]
    # Latest response per contact; a response with no contact stands for itself.
    who = recent["contact_id"].astype("float64").fillna(-pd.to_numeric(recent["id"]).astype("float64"))
    latest = recent.assign(who=who).sort_values("responded_at", kind="stable")
    latest = latest.drop_duplicates(["account_id", "who"], keep="last")
    acc = pd.to_numeric(latest["account_id"]).astype("int64")
    score = pd.to_numeric(latest["score"])
    out = pd.DataFrame(index=ids)
    n = acc.value_counts().reindex(ids, fill_value=0).to_numpy()
    promoters = (score >= 9).groupby(acc).sum().reindex(ids, fill_value=0).to_numpy()
    detractors = (score <= 6).groupby(acc).sum().reindex(ids, fill_value=0).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(n > 0, 100.0 * (promoters - detractors) / n, np.nan)
    out["nps_responses"] = n.astype("int64")
    out["nps"] = value
    out["nps_part"] = (value + 100.0) / 2.0
    for label, mask in (("detractor", score <= 6), ("promoter", score >= 9)):
        rows = latest[mask.to_numpy()].drop_duplicates("account_id", keep="last")
        rows = rows.set_index(pd.to_numeric(rows["account_id"]).astype("int64"))
        out[f"last_{label}_at"] = rows["responded_at"].reindex(ids)
        out[f"last_{label}_score"] = pd.to_numeric(rows["score"]).reindex(ids)

    questions = frames.questions
    q_start = as_of - pd.Timedelta(days=config.window_days)
    asked = questions[(questions["asked_at"] < as_of) & (questions["asked_at"] >= q_start)]
    answered = asked["answered_at"].notna() & (asked["answered_at"] < as_of)
    in_time = answered & (
        asked["answered_at"] - asked["asked_at"] <= pd.Timedelta(hours=config.answer_within_hours)
    )
    q_acc = pd.to_numeric(asked["account_id"]).astype("int64")
    out["questions_asked"] = q_acc.value_counts().reindex(ids, fill_value=0).astype("int64")
    out["questions_in_time"] = in_time.groupby(q_acc).sum().reindex(ids, fill_value=0).astype("int64")
    out["questions_unanswered"] = (~answered).groupby(q_acc).sum().reindex(ids, fill_value=0).astype("int64")
    out["oldest_unanswered_at"] = asked.loc[~answered, "asked_at"].groupby(q_acc[~answered]).min().reindex(ids)
    q = out["questions_asked"].to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        answer_part = np.where(q > 0, 100.0 * out["questions_in_time"].to_numpy() / q, np.nan)
    out["answer_part"] = answer_part
    blended = np.where(
        q > 0,
        config.nps_share * out["nps_part"].to_numpy() + (1 - config.nps_share) * answer_part,
        out["nps_part"].to_numpy(),
    )
    out["score"] = np.where(n > 0, blended, np.nan)
    return out
