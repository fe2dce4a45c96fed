"""Trend arrows, change against four weeks earlier, and sparklines from weekly snapshots.

``change_4w`` = latest score − the score ``trend_weeks`` weeks before it (the snapshot on
that date, or the nearest one in the six days before; NaN when there is none). The arrow is
"up" / "down" when the change is at least ``trend_threshold`` points either way, else
"flat"; None without an earlier score. A sparkline is the list of weekly scores (oldest
first) of the last ``sparkline_weeks`` weeks up to the latest snapshot.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.health.model import HealthModelConfig

TREND_COLUMNS: tuple[str, ...] = (
    "as_of", "score", "band", "stage", "change_4w", "trend", "sparkline",
)


def trend_arrows(change: np.ndarray, threshold: float) -> np.ndarray:
    """'up' / 'down' / 'flat' per change, None where the change is unknown (NaN)."""
    change = np.asarray(change, dtype="float64")
    arrows = np.select(
        [np.isnan(change), change >= threshold, change <= -threshold],
        ["", "up", "down"],
        default="flat",
    ).astype(object)
    arrows[arrows == ""] = None
    return arrows


def change_between(
    current: pd.Series, earlier: pd.Series, threshold: float
) -> tuple[pd.Series, pd.Series]:
    """(change, arrow) of two score series indexed by account id."""
    change = current - earlier.reindex(current.index)
    arrows = trend_arrows(change.to_numpy(dtype="float64"), threshold)
    return change, pd.Series(arrows, index=current.index, dtype=object)


def latest_with_trend(
    snapshots: pd.DataFrame, config: HealthModelConfig, as_of: pd.Timestamp | None = None
) -> pd.DataFrame:
    """Per account: the latest snapshot (on or before ``as_of``), change_4w, trend, sparkline.

    ``snapshots`` has columns account_id, as_of, score, band, stage (one model version).
    Returns a frame indexed by account_id with ``TREND_COLUMNS``.
    """
    frame = snapshots[["account_id", "as_of", "score", "band", "stage"]].copy()
    frame["as_of"] = pd.to_datetime(frame["as_of"]).astype("datetime64[ns]")
    frame["account_id"] = pd.to_numeric(frame["account_id"]).astype("int64")
    if as_of is not None:
        frame = frame[frame["as_of"] <= pd.Timestamp(as_of)]
    if frame.empty:
        empty = pd.DataFrame({c: pd.Series(dtype="object") for c in TREND_COLUMNS})
        empty.index = pd.Index([], dtype="int64", name="account_id")
        return empty
    frame = frame.sort_values(["as_of", "account_id"], kind="stable")
    latest = frame.drop_duplicates("account_id", keep="last").set_index("account_id")

    wanted = latest[["as_of"]].reset_index()
    wanted["target"] = wanted["as_of"] - pd.Timedelta(weeks=config.trend_weeks)
    wanted = wanted.sort_values("target")
    earlier = pd.merge_asof(
        wanted,
        frame[["account_id", "as_of", "score"]].rename(columns={"as_of": "target"}),
        on="target",
        by="account_id",
        direction="backward",
        tolerance=pd.Timedelta(days=6),
    ).set_index("account_id")["score"]
    change, arrows = change_between(latest["score"].astype("float64"), earlier, config.trend_threshold)

    since = latest["as_of"].reindex(frame["account_id"]).to_numpy() - pd.Timedelta(
        weeks=config.sparkline_weeks
    )
    recent = frame[(frame["as_of"].to_numpy() > since)]
    sparkline = recent.groupby("account_id")["score"].agg(list)

    out = latest[["as_of", "score", "band", "stage"]].copy()
    out["change_4w"] = change.to_numpy(dtype="float64")
    out["trend"] = pd.Series(arrows.to_numpy(), index=out.index, dtype=object)  # keeps None
    out["sparkline"] = sparkline.reindex(out.index)
    out["sparkline"] = out["sparkline"].apply(lambda v: v if isinstance(v, list) else [])
    return out[list(TREND_COLUMNS)]
