"""An index of each account's rows in the loaded frames, built once per load.

The state builds it on the worker after every load; the account page and the reports take
one account's rows from it without scanning the frames.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.frames import PortfolioFrames


class AccountRows:
    """Where each account's rows sit in the loaded frames and the health streams.

    Built once per load (on the worker): a stable argsort of each table's account ids, so
    one account's rows are a ``searchsorted`` and a ``take`` away, in their original order,
    instead of a scan of a million events per page opened.
    """

    def __init__(self, frames: PortfolioFrames, streams: dict[str, pd.DataFrame] | None = None) -> None:
        self.frames = frames
        self.streams = streams or {}
        self._order: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for name in frames.table_names():
            frame = getattr(frames, name)
            key = "id" if name == "accounts" else "account_id"
            if key in frame.columns:
                self._order[name] = self._sorted(frame[key])
        for name, stream in self.streams.items():
            self._order["stream:" + name] = self._sorted(stream["account_id"])

    @staticmethod
    def _sorted(ids: pd.Series) -> tuple[np.ndarray, np.ndarray]:
        values = pd.to_numeric(ids, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        order = np.argsort(values, kind="stable")
        return order, values[order]

    def _rows(self, key: str, account_id: int) -> np.ndarray:
        order, values = self._order[key]
        lo = np.searchsorted(values, account_id, side="left")
        hi = np.searchsorted(values, account_id, side="right")
        return order[lo:hi]

    def frames_for(self, account_id: int) -> PortfolioFrames:
        tables = {}
        for name in self.frames.table_names():
            frame = getattr(self.frames, name)
            tables[name] = frame.iloc[self._rows(name, account_id)] if name in self._order else frame
        return PortfolioFrames(**tables)

    def stream(self, name: str, account_id: int) -> pd.DataFrame:
        return self.streams[name].iloc[self._rows("stream:" + name, account_id)]
