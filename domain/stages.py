"""Journey stages (SPEC §5): every account's stage as of any instant, and its stage history.

Stages are evaluated from the top down with the thresholds of ``WorkspaceSettings``:

    Churned      had a subscription, none active any more
    Expansion    customer with an open expansion opportunity
    Customer     active subscription, or won new business (with no subscription on record)
    Opportunity  an open opportunity, or a demo held in the stage window
    MQA          >= mqa_points decayed points, or >= mqa_mql_contacts MQL contacts, in the window
    Engaged      >= engaged_points decayed points in the window
    Aware        >= 1 touch in the window (any account-driven event or booked meeting)
    Target       on the list, nothing in the window

"As of T" means with the data dated strictly before the instant T (as ``decayed_points``):
anything dated at or after T changes nothing. A subscription is active at T when it started
before T and neither its ``end_date`` nor its ``churned_at`` is before T.

``stage_history`` gives, per account, the instant each stage was first reached (reached =
in that stage or a later one), derived from the dated data: stage >= X at T exactly when
``reached[X] < T``. It is vectorised; the decayed-points crossings use a cumulative-sum
identity over window-long eras (see ``_first_crossing``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.distinct import distinct_inverse
from domain.engagement import decayed_points
from domain.enums import FUNNEL_STAGES, Stage
from domain.error_facts import ErrorFacts
from domain.frames import PortfolioFrames
from domain.health.activity import Activity, closed_time
from domain.settings import WorkspaceSettings

NS_PER_DAY = 86_400 * 10**9
HISTORY_COLUMNS: tuple[str, ...] = tuple(str(s) for s in FUNNEL_STAGES) + (str(Stage.CHURNED),)


MAX_WINDOW_OVER_HALF_LIFE = 400  # beyond this 2^(window/half-life) overflows a float


class StageWindowError(ErrorFacts, ValueError):
    """The stage window is too many half-lives long to evaluate: kind "window_too_long",
    facts ``window_days``, ``half_life_days`` and ``max_ratio``; ``str(exc)`` is English."""

    def __init__(self, window_days: float, half_life_days: float) -> None:
        super().__init__(
            "window_too_long",
            f"stage window {window_days:g} days over half-life {half_life_days:g} days is too "
            f"long to evaluate; use a half-life of at least window/{MAX_WINDOW_OVER_HALF_LIFE} "
            "days.",
            window_days=window_days, half_life_days=half_life_days,
            max_ratio=MAX_WINDOW_OVER_HALF_LIFE,
        )


def _account_ids(frames: PortfolioFrames, as_of: pd.Timestamp | None) -> pd.Index:
    accounts = frames.accounts
    keep = np.ones(len(accounts), dtype=bool)
    if as_of is not None:
        created = accounts["created_at"]
        keep = (created.isna() | (created < as_of)).to_numpy()
    return pd.Index(pd.to_numeric(accounts["id"][keep]).astype("int64"), name="account_id")


def _per_account(values: pd.Series | np.ndarray, ids: pd.Index, fill: object = 0) -> np.ndarray:
    series = values if isinstance(values, pd.Series) else pd.Series(values)
    return series.reindex(ids, fill_value=fill).to_numpy()


NAT = np.iinfo(np.int64).min
NEVER = np.iinfo(np.int64).max


def _ns(values: pd.Series, missing: int = NAT) -> np.ndarray:
    """Timestamps as int64 nanoseconds, ``missing`` where there is none."""
    out = pd.to_datetime(values).to_numpy("datetime64[ns]").view("int64").copy()
    out[out == NAT] = missing
    return out


def subscription_end(subs: pd.DataFrame) -> np.ndarray:
    """When each subscription stopped (earlier of end_date and churned_at), NEVER if open."""
    return np.minimum(_ns(subs["end_date"], NEVER), _ns(subs["churned_at"], NEVER))


def customer_state(frames: PortfolioFrames, as_of: pd.Timestamp) -> pd.DataFrame:
    """Per account at ``as_of``: active subscription, ARR, customer and churned flags.

    Columns: has_subscription (one started before T), active, active_arr, won_new_business,
    is_customer, is_churned, churned_at (when the last subscription ended, for churned ones).
    """
    t = pd.Timestamp(as_of).value
    ids = _account_ids(frames, None)
    n = len(ids)
    subs = frames.subscriptions
    pos = ids.get_indexer(pd.to_numeric(subs["account_id"]).to_numpy(dtype="int64"))
    start = _ns(subs["start_date"], NEVER)
    ended = subscription_end(subs)
    started = (pos >= 0) & (start < t)
    active = started & (ended >= t)
    arr = pd.to_numeric(subs["arr"], errors="coerce").fillna(0.0).to_numpy(dtype="float64")
    has = np.bincount(pos[started], minlength=n) > 0
    is_active = np.bincount(pos[active], minlength=n) > 0
    active_arr = np.bincount(pos[active], weights=arr[active], minlength=n)
    last_end = np.full(n, NAT, dtype="int64")
    gone = started & ~active
    np.maximum.at(last_end, pos[gone], ended[gone])

    opps = frames.opportunities
    won = (
        (opps["type"].fillna("new_business") == "new_business").to_numpy()  # schema default
        & (opps["status"] == "won").to_numpy()
        & (_ns(closed_time(opps), NEVER) < t)
    )
    won_pos = ids.get_indexer(pd.to_numeric(opps["account_id"][won]).to_numpy(dtype="int64"))
    won_nb = np.bincount(won_pos[won_pos >= 0], minlength=n) > 0

    churned = has & ~is_active
    out = pd.DataFrame(
        {
            "has_subscription": has,
            "active": is_active,
            "active_arr": active_arr,
            "won_new_business": won_nb,
            "is_customer": is_active | (won_nb & ~has),
            "is_churned": churned,
            "churned_at": np.where(churned, last_end, NAT).view("datetime64[ns]"),
        },
        index=ids,
    )
    return out


def open_opportunities(opportunities: pd.DataFrame, as_of: pd.Timestamp) -> pd.Series:
    """Mask of the opportunities open at ``as_of`` (created before it, not closed before it)."""
    closed = closed_time(opportunities)
    return (opportunities["created_at"] < as_of) & (closed.isna() | (closed >= as_of))


def stages_as_of(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    as_of: pd.Timestamp,
    activity: Activity | None = None,
) -> pd.DataFrame:
    """Each account's stage at ``as_of``, with the facts that decided it.

    Index: account_id (accounts created before ``as_of``, or with no creation date).
    Columns: stage, points (decayed, in the window), touches, mql_contacts,
    open_opportunities, open_expansion, demo_held, is_customer, is_churned, churned_at.
    """
    as_of = pd.Timestamp(as_of)
    activity = activity or Activity.prepare(frames, settings)
    ids = _account_ids(frames, as_of)
    start = as_of - pd.Timedelta(days=settings.stage_window_days)

    touches = Activity.window(activity.touches, start, as_of)
    points = decayed_points(touches, as_of, settings.half_life_days, settings.stage_window_days)
    inbound = Activity.window(activity.inbound, start, as_of)["account_id"]
    mqls = Activity.window(activity.mqls, start, as_of)
    demos = Activity.window(activity.demos, start, as_of)["account_id"]
    opps = frames.opportunities
    open_mask = open_opportunities(opps, as_of)
    open_acc = pd.to_numeric(opps.loc[open_mask, "account_id"]).astype("int64")
    expansion_acc = pd.to_numeric(
        opps.loc[open_mask & (opps["type"] == "expansion"), "account_id"]
    ).astype("int64")
    state = customer_state(frames, as_of).reindex(ids)

    out = pd.DataFrame(index=ids)
    out["points"] = _per_account(points, ids, 0.0).astype("float64")
    out["touches"] = _per_account(inbound.value_counts(), ids).astype("int64")
    out["mql_contacts"] = _per_account(
        mqls.groupby("account_id")["contact_id"].nunique(), ids
    ).astype("int64")
    out["open_opportunities"] = _per_account(open_acc.value_counts(), ids).astype("int64")
    out["open_expansion"] = _per_account(expansion_acc.value_counts(), ids).astype("int64")
    out["demo_held"] = _per_account(demos.value_counts(), ids) > 0
    out["is_customer"] = state["is_customer"].to_numpy(dtype=bool)
    out["is_churned"] = state["is_churned"].to_numpy(dtype=bool)
    out["churned_at"] = state["churned_at"]

    eps = 1e-9  # decayed sums are floats; a threshold met exactly must count
    conditions = [
        out["is_churned"],
        out["is_customer"] & (out["open_expansion"] > 0),
        out["is_customer"],
        (out["open_opportunities"] > 0) | out["demo_held"],
        (out["points"] >= settings.mqa_points - eps)
        | (out["mql_contacts"] >= settings.mqa_mql_contacts),
        out["points"] >= settings.engaged_points - eps,
        out["touches"] >= 1,
    ]
    choices = [
        Stage.CHURNED, Stage.EXPANSION, Stage.CUSTOMER, Stage.OPPORTUNITY, Stage.MQA,
        Stage.ENGAGED, Stage.AWARE,
    ]
    out.insert(
        0, "stage", np.select(conditions, [str(c) for c in choices], default=str(Stage.TARGET))
    )
    return out


# -- stage history ----------------------------------------------------------------------------
def stage_history(
    frames: PortfolioFrames,
    settings: WorkspaceSettings,
    as_of: pd.Timestamp | None = None,
    activity: Activity | None = None,
) -> pd.DataFrame:
    """The instant each account first reached each stage (NaT: not reached before ``as_of``).

    Index: account_id. Columns: the funnel stages in order (target = the account's
    ``created_at``), then churned (the first time it had subscriptions and none active).
    Reaching a stage means being in it or any later funnel stage, so the columns never
    decrease along the funnel and ``funnel`` can compare them.
    """
    limit = None if as_of is None else pd.Timestamp(as_of)
    activity = activity or Activity.prepare(frames, settings)
    ids = _account_ids(frames, limit)
    window, half_life = float(settings.stage_window_days), float(settings.half_life_days)

    def before(stream: pd.DataFrame) -> pd.DataFrame:
        return stream if limit is None else Activity.window(stream, None, limit)

    touches = before(activity.touches)
    first: dict[str, pd.Series] = {}
    inbound = before(activity.inbound)
    first["aware"] = _min_time(inbound["occurred_at"], inbound["account_id"])
    first["engaged"] = _first_crossing(touches, settings.engaged_points, window, half_life)
    first["mqa"] = _earliest(
        _first_crossing(touches, settings.mqa_points, window, half_life),
        _first_k_within(before(activity.mqls), settings.mqa_mql_contacts, window),
    )
    opps = frames.opportunities.assign(closed=closed_time(frames.opportunities))
    if limit is not None:
        opps = opps[opps["created_at"] < limit]
    demos = before(activity.demos)
    first["opportunity"] = _earliest(
        _min_time(opps["created_at"], opps["account_id"]),
        _min_time(demos["occurred_at"], demos["account_id"]),
    )
    won = opps[(opps["type"].fillna("new_business") == "new_business") & (opps["status"] == "won")]
    won_at = won["closed"] if limit is None else won["closed"].where(won["closed"] < limit)
    subs = frames.subscriptions
    if limit is not None:
        subs = subs[subs["start_date"] < limit]
    first["customer"] = _earliest(
        _min_time(subs["start_date"], subs["account_id"]),
        _min_time(won_at, won["account_id"]),
    )
    expansion = opps[opps["type"] == "expansion"]
    since = first["customer"].reindex(pd.to_numeric(expansion["account_id"]).to_numpy())
    after = expansion["created_at"].to_numpy() >= since.to_numpy()
    first["expansion"] = _min_time(
        expansion["created_at"][after], expansion["account_id"][after]
    )

    out = pd.DataFrame(index=ids)
    created = frames.accounts.set_index(pd.to_numeric(frames.accounts["id"]).astype("int64"))
    out["target"] = created["created_at"].reindex(ids)
    later = pd.Series(pd.NaT, index=ids, dtype="datetime64[ns]")
    for stage in ("expansion", "customer", "opportunity", "mqa", "engaged", "aware"):
        reached = first[stage].reindex(ids).astype("datetime64[ns]")
        later = reached.where(later.isna() | (reached < later), later)
        out[stage] = later
    out = out[list(HISTORY_COLUMNS[:-1])]
    out["churned"] = _first_churn(subs, limit).reindex(ids).astype("datetime64[ns]")
    return out


def _min_time(times: pd.Series, accounts: pd.Series) -> pd.Series:
    """account_id -> earliest of ``times`` (NaT ignored); empty input gives an empty series."""
    times = pd.to_datetime(times).astype("datetime64[ns]")
    keep = times.notna().to_numpy()
    if not keep.any():
        return pd.Series(dtype="datetime64[ns]")
    keys = pd.to_numeric(accounts[keep]).to_numpy(dtype="int64")
    return times[keep].groupby(keys).min()


def _earliest(a: pd.Series, b: pd.Series) -> pd.Series:
    both = pd.concat([a.astype("datetime64[ns]"), b.astype("datetime64[ns]")], axis=1)
    return both.min(axis=1).astype("datetime64[ns]")


def _first_crossing(
    touches: pd.DataFrame, threshold: float, window_days: float, half_life_days: float
) -> pd.Series:
    """Per account, the first touch time at which the windowed decayed points reach ``threshold``.

    Points only rise at a touch, so checking just after each touch is exact. The windowed sum
    at touch i is Σ p_j 2^-((t_i - t_j)/h) over t_i - W < t_j <= t_i. Cutting time into
    window-long eras with origin o_e, a touch's window spans its own era and the previous
    one, and p_j 2^((t_j - o_e)/h) stays below p_j 2^(W/h): a cumulative sum per era gives
    every window sum with two subtractions and no overflow.
    """
    if len(touches) == 0:
        return pd.Series(dtype="datetime64[ns]")
    if window_days / half_life_days > MAX_WINDOW_OVER_HALF_LIFE:
        raise StageWindowError(window_days, half_life_days)
    acc = touches["account_id"].to_numpy(dtype="int64")
    t_ns = touches["t"].to_numpy(dtype="int64")
    order = np.lexsort((t_ns, acc))
    acc, t_ns = acc[order], t_ns[order]
    p = touches["points"].to_numpy(dtype="float64")[order]
    t0 = t_ns.min()
    days = (t_ns - t0) / NS_PER_DAY
    era = np.floor(days / window_days).astype("int64")
    origin = era * window_days
    v = p * np.exp2((days - origin) / half_life_days)
    n = len(v)

    new_group = np.ones(n, dtype=bool)
    new_group[1:] = (acc[1:] != acc[:-1]) | (era[1:] != era[:-1])
    group_start = np.maximum.accumulate(np.where(new_group, np.arange(n), 0))
    cs = np.cumsum(v)
    before_start = np.where(group_start > 0, cs[group_start - 1], 0.0)
    local = cs - before_start  # Σ v over the era group up to and including i
    current = local * np.exp2(-(days - origin) / half_life_days)

    # Composite (account, second) key: exact integer search for the window start.
    seconds = (t_ns - t0) // 10**9
    span = int(seconds.max()) + int(window_days * 86_400) + 2
    rank = distinct_inverse(acc)[1].astype("int64")
    key = rank * span + seconds
    lo = np.searchsorted(key, key - int(window_days * 86_400), side="right")
    spill = lo < group_start  # window reaches into the previous era group of this account
    prev_end = group_start - 1
    safe_prev_end = np.maximum(prev_end, 0)
    safe_lo = np.maximum(lo, 0)
    prev_group_start = group_start[safe_prev_end]
    before_lo = np.where(
        safe_lo > prev_group_start, local[np.maximum(safe_lo - 1, 0)], 0.0
    )
    prev_sum = np.where(spill, local[safe_prev_end] - before_lo, 0.0)
    prev_origin = origin - window_days
    previous = prev_sum * np.exp2(-(days - prev_origin) / half_life_days)
    total = current + previous

    hit = total >= threshold - 1e-9
    if not hit.any():
        return pd.Series(dtype="datetime64[ns]")
    times = pd.Series(t_ns[hit].view("datetime64[ns]"), index=acc[hit])
    return times.groupby(level=0).min()


def _first_k_within(mqls: pd.DataFrame, k: int, window_days: float) -> pd.Series:
    """Per account, the first MQL time at which k distinct contacts became MQL in the window."""
    if len(mqls) == 0 or k <= 0:
        return pd.Series(dtype="datetime64[ns]")
    first_per_contact = mqls.groupby(["account_id", "contact_id"])["occurred_at"].min()
    frame = first_per_contact.reset_index().sort_values(["account_id", "occurred_at"])
    earlier = frame.groupby("account_id")["occurred_at"].shift(k - 1)
    ok = earlier.notna() & (frame["occurred_at"] - earlier < pd.Timedelta(days=window_days))
    if k == 1:
        ok = frame["occurred_at"].notna()
    return frame.loc[ok].groupby("account_id")["occurred_at"].min()


def _first_churn(subs: pd.DataFrame, limit: pd.Timestamp | None) -> pd.Series:
    """Per account, when it first had subscriptions and none active (a gap in coverage)."""
    if len(subs) == 0:
        return pd.Series(dtype="datetime64[ns]")
    frame = pd.DataFrame(
        {
            "account_id": pd.to_numeric(subs["account_id"]).astype("int64").to_numpy(),
            "start": subs["start_date"].to_numpy(),
            "ended": subs[["end_date", "churned_at"]].min(axis=1).to_numpy(),
        }
    ).sort_values(["account_id", "start"], kind="stable")
    far = pd.Timestamp.max.floor("D")
    covered_to = frame["ended"].fillna(far).groupby(frame["account_id"]).cummax()
    next_start = frame.groupby("account_id")["start"].shift(-1)
    gap = (covered_to < far) & (next_start.isna() | (next_start > covered_to))
    if limit is not None:
        gap &= covered_to < limit
    return covered_to[gap].groupby(frame["account_id"][gap]).min()
