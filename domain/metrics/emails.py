"""Email funnel counts shared by the journey KPIs and the nurture trend (SPEC §4).

Rates divide distinct (contact × email) pairs. The pairs are the emails *delivered in the
period*; their opens, clicks and unsubscribes count whenever they came, so a rate is a
share of that cohort and stays between 0 and 1. A click counts as an open (an open is not
recorded when images are off, seed 004). Without any delivered event in the period,
delivered = sent − bounced.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from domain.distinct import distinct
from domain.metrics.period import Period

EMAIL_KINDS = ("email_sent", "email_delivered", "email_open", "email_click", "email_bounce",
               "email_unsubscribe")
INDEX_COLUMNS = ("id", "account_id", "contact_id", "campaign_id", "kind", "occurred_at", "asset")


@dataclass(frozen=True)
class EmailCounts:
    delivered: int
    opened: int
    clicked: int
    unsubscribed: int


def pair_keys(emails: pd.DataFrame) -> np.ndarray:
    """One int64 per (contact, email); an event without contact is its own recipient.

    The email is the asset id, else the campaign; a row with neither pairs only with
    rows of the same contact that have neither.
    """
    assets, _ = pd.factorize(emails["asset"], use_na_sentinel=True)
    campaign = pd.to_numeric(emails["campaign_id"], errors="coerce").fillna(-1).to_numpy("int64")
    n_assets = int(assets.max()) + 1 if len(assets) else 0
    email = np.where(assets >= 0, assets, n_assets + 1 + campaign).astype("int64")
    contact = pd.to_numeric(emails["contact_id"], errors="coerce").to_numpy("float64")
    ids = emails["id"].to_numpy("int64")
    who = np.where(np.isnan(contact), -1 - ids, np.nan_to_num(contact)).astype("int64")
    width = int(email.max()) + 1 if len(email) else 1
    return who * width + email


@dataclass(frozen=True)
class EmailIndex:
    """The email events of a frame as arrays, in time order (undated rows left out, as no
    period holds them): when, which of EMAIL_KINDS, the (contact, email) key and the
    account. Built once per frame, it answers ``counts`` for any period by slicing."""

    times: np.ndarray  # int64 nanoseconds, ascending
    kinds: np.ndarray  # index into EMAIL_KINDS
    keys: np.ndarray  # pair_keys
    accounts: np.ndarray  # account id: float64, NaN when the frame has none (or as the
    # prepared aggregates store them, int32: both are only compared)

    @classmethod
    def of(cls, events: pd.DataFrame) -> EmailIndex:
        mask = (events["kind"].isin(EMAIL_KINDS) & events["occurred_at"].notna()).to_numpy()
        # Only the columns read below: copying the rest of a million events was most of
        # the cost.
        emails = events.loc[mask, [c for c in INDEX_COLUMNS if c in events.columns]]
        if not emails["occurred_at"].is_monotonic_increasing:
            emails = emails.sort_values("occurred_at", kind="stable")
        accounts = (pd.to_numeric(emails["account_id"], errors="coerce").to_numpy("float64")
                    if "account_id" in emails.columns else np.full(len(emails), np.nan))
        # The pairing only asks which rows share a key, so keys made over all the rows at
        # once pair exactly as keys made over any slice of them.
        return cls(emails["occurred_at"].to_numpy("datetime64[ns]").view("int64"),
                   _kind_positions(emails["kind"]),
                   pair_keys(emails) if len(emails) else np.empty(0, dtype="int64"),
                   accounts)

    def where(self, mask: np.ndarray) -> EmailIndex:
        """The index of the rows where ``mask`` holds (still in time order; the keys pair
        as before, see ``of``)."""
        return EmailIndex(self.times[mask], self.kinds[mask], self.keys[mask],
                          self.accounts[mask])

    def counts(self, period: Period) -> EmailCounts:
        """Funnel of the emails delivered in ``period``; their opens, clicks and
        unsubscribes count whenever they came (to the end of the data)."""
        lo = int(np.searchsorted(self.times, period.start.value, side="left"))
        if lo == len(self.times):
            return EmailCounts(0, 0, 0, 0)
        keys, kinds = self.keys[lo:], self.kinds[lo:]
        in_period = self.times[lo:] < period.end.value

        def unique(name: str, only_period: bool) -> np.ndarray:
            mask = kinds == EMAIL_KINDS.index(name)
            if only_period:
                mask &= in_period
            return distinct(keys[mask])

        # Every array below holds each key once, so the set operations can skip np.unique.
        delivered = unique("email_delivered", True)
        if len(delivered) == 0:
            delivered = np.setdiff1d(unique("email_sent", True), unique("email_bounce", True),
                                     assume_unique=True)
        clicked = np.intersect1d(unique("email_click", False), delivered, assume_unique=True)
        opened_only = np.intersect1d(unique("email_open", False), delivered, assume_unique=True)
        opened = distinct(np.concatenate([opened_only, clicked]))
        unsubscribed = np.intersect1d(unique("email_unsubscribe", False), delivered,
                                      assume_unique=True)
        return EmailCounts(len(delivered), len(opened), len(clicked), len(unsubscribed))


def _kind_positions(kinds: pd.Series) -> np.ndarray:
    """Each row's position in EMAIL_KINDS (the rows are email events)."""
    if isinstance(kinds.dtype, pd.CategoricalDtype):
        # Through the category codes: no text per row.
        table = np.array([EMAIL_KINDS.index(c) if c in EMAIL_KINDS else -1
                          for c in kinds.cat.categories], dtype="int8")
        return table[kinds.cat.codes.to_numpy()]
    return pd.Categorical(kinds.astype("object"), categories=list(EMAIL_KINDS)).codes.astype("int8")


def email_counts(events_since_start: pd.DataFrame, period: Period) -> EmailCounts:
    """Funnel of the emails delivered in ``period``.

    ``events_since_start`` holds the events from ``period.start`` on (to the end of the
    data), so that late opens of the period's emails are seen.
    """
    return EmailIndex.of(events_since_start).counts(period)


def events_from(events: pd.DataFrame, start: pd.Timestamp) -> pd.DataFrame:
    """Events at or after ``start`` (sorted frames are sliced, others masked)."""
    stamps = events["occurred_at"]
    if stamps.is_monotonic_increasing and not stamps.hasnans:
        lo = int(np.searchsorted(stamps.to_numpy("datetime64[ns]"), start.to_datetime64()))
        return events.iloc[lo:]
    return events[stamps >= start]
