"""The tier references of a few accounts scored apart from the rest of the portfolio.

Two components compare an account with the accounts of its tier: engagement with the
``engagement_percentile`` of the tier's engagement points, pipeline with the median of the
tier's known open amounts. Scoring a few accounts alone (``score_accounts(..., peers=)``)
gives their own values exactly; ``Peers`` holds every other account's values at the same
instant, so the references are taken over the whole portfolio with the scored accounts'
own values in place, as if the whole portfolio had been scored.

What moved a score uses it for the "time passing" rung: only the asked account's data is
frozen, so every other account's values are the real world's at the later date.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from domain.frames import PortfolioFrames
from domain.stages import open_opportunities


def open_growth(opportunities: pd.DataFrame, as_of: pd.Timestamp) -> tuple[pd.Series, pd.Series]:
    """(account id, amount) of the growth opportunities open at ``as_of`` (renewals are
    existing revenue coming up again, which retention scores), one entry per deal."""
    opps = opportunities[opportunities["type"].fillna("new_business") != "renewal"]
    open_rows = opps[open_opportunities(opps, as_of)]
    account = pd.to_numeric(open_rows["account_id"]).astype("int64")
    return account, pd.to_numeric(open_rows["amount"], errors="coerce")


def known_open_amounts(opportunities: pd.DataFrame, as_of: pd.Timestamp, ids: pd.Index) -> pd.Series:
    """Per account of ``ids``: the sum of the known amounts of its open growth deals."""
    account, amount = open_growth(opportunities, as_of)
    return amount.fillna(0.0).groupby(account).sum().reindex(ids, fill_value=0.0)


@dataclass(frozen=True)
class Peers:
    """Every account's inputs to the tier references at one instant and model."""

    tiers: pd.Series  # account id -> tier, every scored account of the whole portfolio
    engagement_points: pd.Series  # account id -> decayed points in the model's window
    known_open: pd.Series  # account id -> known open growth amount

    @classmethod
    def of(cls, frames: PortfolioFrames, facts: pd.DataFrame, as_of: pd.Timestamp) -> Peers:
        """From a whole-portfolio scoring's facts at ``as_of`` and the frames it scored."""
        ids = facts.index
        return cls(
            tiers=facts["tier"],
            engagement_points=facts["engagement_points"].astype("float64"),
            known_open=known_open_amounts(frames.opportunities, pd.Timestamp(as_of), ids),
        )

    @staticmethod
    def _with(population: pd.Series, own: pd.Series) -> pd.Series:
        out = population.copy()
        mine = own.index.intersection(out.index)
        out.loc[mine] = own.loc[mine].to_numpy()
        return out

    def engagement_population(self, own: pd.Series) -> tuple[pd.Series, pd.Series]:
        """(points, tiers) of the whole portfolio with ``own`` accounts' points in place."""
        return self._with(self.engagement_points, own), self.tiers

    def open_population(self, own: pd.Series) -> tuple[pd.Series, pd.Series]:
        """(known open amounts, tiers) of the whole portfolio with ``own``'s in place."""
        return self._with(self.known_open, own), self.tiers
