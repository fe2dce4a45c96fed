"""Engagement events under construction: columns collected kind by kind, then joined.

Generators add one block of events per kind (all e-mail opens at once, all page views at
once...), each row tagged with the episode it belongs to (one e-mail send, one web session,
one webinar) so the total can later be trimmed to an exact count by dropping whole
episodes, never half a funnel.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from domain.enums import EventKind

KINDS: tuple[str, ...] = tuple(kind.value for kind in EventKind)
CODE: dict[str, int] = {kind: code for code, kind in enumerate(KINDS)}
EMAIL_CODES = np.array([CODE[k] for k in KINDS if k.startswith("email_")])


class EventParts:
    """Blocks of events; ``frame()`` joins them into one frame."""

    def __init__(self) -> None:
        self._blocks: list[dict[str, np.ndarray]] = []

    def add(
        self,
        kind: str,
        *,
        episode: np.ndarray,
        account: np.ndarray,
        contact: np.ndarray,
        day: np.ndarray,
        campaign: np.ndarray | None = None,
        asset: np.ndarray | None = None,
        channel: np.ndarray | str | None = None,
        session: np.ndarray | None = None,
        duration: np.ndarray | None = None,
    ) -> None:
        n = len(day)
        if n == 0:
            return

        def objects(values: np.ndarray | str | None) -> np.ndarray:
            if values is None or isinstance(values, str):
                return np.full(n, values, dtype=object)
            return np.asarray(values, dtype=object)

        self._blocks.append(
            {
                "episode": np.asarray(episode, dtype=np.int64),
                "account": np.asarray(account, dtype=np.int64),
                "contact": np.asarray(contact, dtype=np.int64),
                "campaign_id": np.full(n, np.nan) if campaign is None else np.asarray(campaign, float),
                "kind": np.full(n, CODE[kind], dtype=np.int8),
                "day": np.asarray(day, dtype="float64"),
                "asset": objects(asset),
                "channel": objects(channel),
                "session": objects(session),
                "duration_s": np.full(n, np.nan) if duration is None else np.asarray(duration, float),
            }
        )

    def frame(self) -> pd.DataFrame:
        columns = ("episode", "account", "contact", "campaign_id", "kind", "day", "asset",
                   "channel", "session", "duration_s")
        if not self._blocks:
            types = {"episode": np.int64, "account": np.int64, "contact": np.int64,
                     "campaign_id": float, "kind": np.int8, "day": float, "asset": object,
                     "channel": object, "session": object, "duration_s": float}
            return pd.DataFrame({c: np.array([], dtype=types[c]) for c in columns})
        return pd.DataFrame(
            {c: np.concatenate([block[c] for block in self._blocks]) for c in columns}
        )
