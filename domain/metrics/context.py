"""The scope a KPI run works on, and the intermediate results its metrics share.

``KpiContext`` holds the frames narrowed to the scope (the whole portfolio, a filtered set
of accounts, or one account), the unscoped frames (campaign costs are shared between
accounts), the settings, and a memo so that e.g. the lead-score MQL times or the events of
a period are computed once per run, whatever number of metrics read them.

Given the workspace's ``PreparedAggregates`` (``domain.metrics.prepared``: the period-free
indexes built once over every account and kept between runs), the context takes the
scope's rows of them instead of building its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable
from typing import Any, Protocol, TypeVar

import numpy as np
import pandas as pd

from domain.frames import PortfolioFrames
from domain.lead_score import contact_touches, mql_times
from domain.metrics.compact import compact
from domain.metrics.period import Period, time_slice
from domain.ordering import stable_order
from domain.settings import WorkspaceSettings

T = TypeVar("T")


class Prepared(Protocol):
    """What a context asks of ``domain.metrics.prepared.PreparedAggregates`` (named here, not
    imported: that module builds on this one)."""

    def fits(self, frames: PortfolioFrames, settings: WorkspaceSettings) -> bool: ...

    def seeds(self, ctx: KpiContext) -> dict[Hashable, Callable[[], Any]]: ...

# Events that record something we did (sent an email) or that happened to us (a bounce, a
# press mention) rather than a person engaging.
NO_TIME = np.iinfo("int64").min  # "no earlier engagement"
NOT_ENGAGEMENT = ("email_sent", "email_delivered", "email_bounce", "email_unsubscribe",
                  "media_mention")


def lookup(keys: pd.Series, mapping: pd.Series) -> pd.Series:
    """``mapping[key]`` for each key (NaN/NaT where absent), aligned with ``keys``.

    Unlike ``Series.map`` this keeps the mapping's dtype when either side is empty.
    """
    if mapping.index.has_duplicates:
        raise ValueError(f"lookup needs unique keys in {mapping.name!r}")
    found = mapping.reindex(pd.to_numeric(keys, errors="coerce").to_numpy("float64"))
    return pd.Series(found.to_numpy(), index=keys.index, name=mapping.name)


def account_mask(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Mask of ``values`` (account ids, any numeric dtype, NaN allowed) found in ``ids``
    (int64), what ``np.isin`` gives: through a table indexed by id when the ids are small
    whole numbers, as they are in a workspace, instead of sorting or hashing every row."""
    values = np.asarray(values)
    if len(ids) == 0 or len(values) == 0:
        return np.zeros(len(values), dtype=bool)
    low, high = int(ids.min()), int(ids.max())
    if low < 0 or high > 8 * (len(ids) + len(values)) + 1_000_000:
        return np.isin(values, ids)
    table = np.zeros(high + 1, dtype=bool)
    table[ids] = True
    if np.issubdtype(values.dtype, np.integer):
        inside = (values >= 0) & (values <= high)
        return inside & table[np.where(inside, values, 0)]
    numbers = values.astype("float64")
    inside = (numbers >= 0) & (numbers <= high) & (numbers == np.floor(numbers))
    return inside & table[np.where(inside, numbers, 0).astype("int64")]


def _belongs(values: pd.Series, ids: np.ndarray) -> np.ndarray:
    """Mask of the account ids in ``values`` found in ``ids``."""
    # Integer ids are looked up as they are; anything else as float (NaN = none).
    values = (values.to_numpy() if pd.api.types.is_integer_dtype(values.dtype)
              and not isinstance(values.dtype, pd.api.extensions.ExtensionDtype)
              else pd.to_numeric(values, errors="coerce").to_numpy("float64", na_value=np.nan))
    return account_mask(values, ids)


def _narrowed(frame: pd.DataFrame, name: str, ids: np.ndarray) -> pd.DataFrame:
    """The rows of one table (``name``) that belong to the accounts ``ids``."""
    column = "id" if name == "accounts" else "account_id"
    if column not in frame.columns:
        return frame
    return frame[_belongs(frame[column], ids)]


def scope_frames(frames: PortfolioFrames, account_ids: Collection[int] | None) -> PortfolioFrames:
    """The frames restricted to some accounts (campaigns are shared and kept whole)."""
    if account_ids is None:
        return frames
    ids = np.fromiter((int(i) for i in account_ids), dtype="int64")
    return PortfolioFrames(**{name: _narrowed(getattr(frames, name), name, ids)
                              for name in frames.table_names()})


class ScopedFrames(PortfolioFrames):
    """``scope_frames`` with each table narrowed when first read. A KPI context given the
    prepared aggregates often never reads its scope's events whole (a period's events are
    cut from the unscoped ones): the copy of up to a million rows is then never made.

    Built with ``(frames, account_ids)``; with tables as keywords (``dataclasses.replace``)
    it is a plain set of frames."""

    def __init__(self, frames: PortfolioFrames | None = None,
                 account_ids: Collection[int] | None = None, **tables: pd.DataFrame) -> None:
        if frames is None:
            super().__init__(**tables)
            return
        self.__dict__["_whole"] = frames
        self.__dict__["_ids"] = np.fromiter((int(i) for i in account_ids or ()), dtype="int64")

    def __getattr__(self, name: str) -> pd.DataFrame:
        # Called only for an attribute not set yet: a table not narrowed so far.
        whole = self.__dict__.get("_whole")
        if whole is None or name.startswith("_") or name not in whole.table_names():
            raise AttributeError(name)
        table = _narrowed(getattr(whole, name), name, self.__dict__["_ids"])
        self.__dict__[name] = table
        return table

    def has(self, name: str) -> bool:
        """Whether the table ``name`` has been narrowed (read) already."""
        return name in self.__dict__


class KpiContext:
    def __init__(
        self,
        frames: PortfolioFrames,
        settings: WorkspaceSettings,
        account_ids: Collection[int] | None = None,
        portfolio: KpiContext | None = None,
        prepared: Prepared | None = None,
    ) -> None:
        self.all_frames = frames
        self.account_ids = None if account_ids is None else frozenset(int(i) for i in account_ids)
        self.frames = (frames if self.account_ids is None
                       else ScopedFrames(frames, self.account_ids))
        self.settings = settings
        # The whole portfolio's context of the same frames and settings, or that of a wider
        # scope holding every account of this one (the dashboard keeps the target accounts'),
        # when one is at hand: indexes whose rows stand alone are its rows of the scope's
        # accounts instead of being built again.
        shares = (portfolio is not None and self.account_ids is not None
                  and (portfolio.account_ids is None or self.account_ids <= portfolio.account_ids)
                  and portfolio.all_frames is frames and portfolio.settings == settings)
        self.portfolio = portfolio if shares else None
        self._memo: dict[Hashable, Any] = {}
        # Prepared aggregates of these very frames and settings, else none: each memo entry
        # they hold is then taken from them (the scope's rows) when first asked for.
        self.prepared = (prepared if prepared is not None and prepared.fits(frames, settings)
                         else None)
        self._seeds: dict[Hashable, Callable[[], Any]] = (
            {} if self.prepared is None else self.prepared.seeds(self))

    @property
    def scoped(self) -> bool:
        return self.account_ids is not None

    def in_scope(self, accounts: np.ndarray) -> np.ndarray:
        """Mask of the account ids (float64) that belong to the scope."""
        if self.account_ids is None:
            return np.ones(len(accounts), dtype=bool)
        ids = self.memo("scope_ids", lambda: np.fromiter(self.account_ids, dtype="int64",
                                                         count=len(self.account_ids)))
        return account_mask(accounts, ids)

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        if key not in self._memo:
            seed = self._seeds.pop(key, None)
            self._memo[key] = compute() if seed is None else seed()
        return self._memo[key]

    def unused_seeds(self) -> frozenset[Hashable]:
        """The memo entries the prepared aggregates hold that nothing has asked for yet."""
        return frozenset(self._seeds)

    # -- events ---------------------------------------------------------------------------
    def events_in(self, period: Period) -> pd.DataFrame:
        def compute() -> pd.DataFrame:
            frames = self.frames
            if not isinstance(frames, ScopedFrames) or frames.has("events"):
                return time_slice(frames.events, "occurred_at", period)
            # The period's events of every account, then the scope's: the same rows, in the
            # same order and with the same labels as the period of the scope's events.
            during = time_slice(self.all_frames.events, "occurred_at", period)
            return during[_belongs(during["account_id"], frames.__dict__["_ids"])]
        return self.memo(("events", period), compute)

    def kind_in(self, period: Period, *kinds: str) -> pd.DataFrame:
        def compute() -> pd.DataFrame:
            events = self.events_in(period)
            if len(kinds) == 1:
                return events[events["kind"] == kinds[0]]
            return events[events["kind"].isin(kinds)]
        # Web visits, form and CTA events are read by several metrics each.
        return self.memo(("kind_in", period, kinds), compute)

    def count_kind(self, period: Period, kind: str) -> int:
        return int((self.events_in(period)["kind"] == kind).sum())

    def engagement_rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The dated events in scope in which a contact engaged (see NOT_ENGAGEMENT) as
        arrays in time order: int64 nanoseconds, the contact id and the account id (float64).
        Taken from the columns as arrays, not as a frame."""
        def compute() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            events = self.frames.events
            contacts = pd.to_numeric(events["contact_id"], errors="coerce").to_numpy("float64")
            accounts = pd.to_numeric(events["account_id"], errors="coerce").to_numpy("float64")
            times = events["occurred_at"].to_numpy("datetime64[ns]")
            keep = (~events["kind"].isin(NOT_ENGAGEMENT).to_numpy() & ~np.isnan(contacts)
                    & ~np.isnat(times))
            times, contacts, accounts = times[keep].view("int64"), contacts[keep], accounts[keep]
            if len(times) > 1 and not bool(np.all(times[1:] >= times[:-1])):
                order = np.argsort(times, kind="stable")
                times, contacts, accounts = times[order], contacts[order], accounts[order]
            return times, contacts, accounts
        return self.memo("engagement_rows", compute)

    def engagement_index(self) -> tuple[np.ndarray, np.ndarray]:
        """``engagement_rows`` without the accounts: times and contacts, for slicing a period
        by binary search. Its own memo entry: the prepared aggregates give it without the
        accounts, which only the preparation itself reads."""
        return self.memo("engagement_index", lambda: self.engagement_rows()[:2])

    def engagement_gaps(self) -> tuple[np.ndarray, np.ndarray]:
        """``engagement_index`` times and, per event, the time of the same contact's engagement
        just before it (``NO_TIME`` for its first): enough to tell, for any period, who came
        back after a silence, without grouping all earlier events again."""
        def compute() -> tuple[np.ndarray, np.ndarray]:
            times, contacts = self.engagement_index()
            order = stable_order(contacts)  # times are in order already
            previous = np.full(len(times), NO_TIME, dtype="int64")
            same = contacts[order][1:] == contacts[order][:-1]
            previous[order[1:]] = np.where(same, times[order][:-1], NO_TIME)
            return times, previous
        return self.memo("engagement_gaps", compute)

    # -- leads ----------------------------------------------------------------------------
    def touches(self) -> pd.DataFrame:
        return self.memo("touches", lambda: contact_touches(self.frames, self.settings))

    def touches_of(self, contacts: pd.Series) -> pd.DataFrame:
        """The rows of ``touches()`` whose contact is one of ``contacts``, in their order
        (what ``touches[touches["contact_id"].isin(contacts)]`` gives), matched on integer
        ids, which numpy looks up in a table instead of hashing every touch."""
        touches = self.touches()
        # Every touch here has a contact (``contact_touches``), and ids are whole numbers.
        keys = self.memo("touch_contact_keys",
                         lambda: compact(touches["contact_id"].to_numpy("float64")
                                         .astype("int64")))
        wanted = pd.to_numeric(contacts, errors="coerce").dropna().to_numpy("float64")
        whole = wanted[wanted == np.floor(wanted)].astype("int64")
        return touches.iloc[np.flatnonzero(np.isin(keys, whole))]

    def mql_times(self) -> pd.DataFrame:
        return self.memo(
            "mql_times", lambda: mql_times(self.frames, self.settings, self.touches())
        )

    def mqls_in(self, period: Period) -> pd.DataFrame:
        mql = self.mql_times()
        return mql[period.contains(mql["mql_at"])]

    # -- customers ------------------------------------------------------------------------
    def first_won_new_business(self) -> pd.Series:
        """account_id -> closed_at of its first won new-business opportunity."""
        def compute() -> pd.Series:
            opps = self.frames.opportunities
            won = opps[(opps["status"] == "won") & (opps["type"] == "new_business")]
            first = won.groupby("account_id")["closed_at"].min().dropna()
            return first.astype("datetime64[ns]")
        return self.memo("first_won_nb", compute)

    def customer_since(self) -> pd.Series:
        """account_id -> first day it was a customer (subscription start or first win)."""
        def compute() -> pd.Series:
            subs = self.frames.subscriptions.groupby("account_id")["start_date"].min()
            both = pd.concat([subs.astype("datetime64[ns]"), self.first_won_new_business()])
            return both.groupby(level=0).min().astype("datetime64[ns]")
        return self.memo("customer_since", compute)

    def _active_subscriptions(self, when: pd.Timestamp) -> pd.Series:
        """Mask of the subscriptions active at ``when``: started, and neither ended nor
        churned (the earlier of the two dates, worked out once per run)."""
        subs = self.frames.subscriptions
        ended = self.memo("subscription_ended", lambda: pd.concat(
            [subs["end_date"], subs["churned_at"]], axis=1).min(axis=1))
        return (subs["start_date"] <= when) & (ended.isna() | (ended > when))

    def customers_at(self, when: pd.Timestamp) -> frozenset[int]:
        """Accounts that are customers at ``when`` (SPEC §5 "Customer").

        An account with subscription records is a customer while one is active (started,
        not ended, not churned); an account without any is a customer from its first won
        new-business opportunity on (there is nothing to say it left).
        """
        def compute() -> frozenset[int]:
            subs = self.frames.subscriptions
            active = self._active_subscriptions(when)
            with_subs = self.memo("accounts_with_subscriptions", lambda: set(
                subs["account_id"].dropna().astype("int64")))
            won = self.first_won_new_business()
            by_win = won[won <= when].index.astype("int64")
            ids = set(subs.loc[active, "account_id"].astype("int64")) | (set(by_win) - with_subs)
            return frozenset(int(i) for i in ids)
        return self.memo(("customers_at", pd.Timestamp(when)), compute)

    def arr_at(self, when: pd.Timestamp) -> pd.Series:
        """account_id -> ARR of its subscriptions active at ``when`` (absent when none)."""
        def compute() -> pd.Series:
            subs = self.frames.subscriptions
            active = self._active_subscriptions(when)
            arr = pd.to_numeric(subs.loc[active, "arr"], errors="coerce").fillna(0.0)
            return arr.groupby(subs.loc[active, "account_id"].astype("int64")).sum()
        return self.memo(("arr_at", pd.Timestamp(when)), compute)

    def account_first_touch(self) -> pd.Series:
        """account_id -> time of its first event (the start of its journey)."""
        return self.memo(
            "first_touch",
            lambda: self.frames.events.groupby("account_id")["occurred_at"].min(),
        )

    def remembers(self, key: Hashable) -> bool:
        """Whether the memo holds ``key`` already (a caller may then prefer it to a cheaper
        partial answer)."""
        return key in self._memo

    def of_kind(self, period: Period, *kinds: str) -> pd.DataFrame:
        """``kind_in(period, *kinds)``: the same rows, columns and index. A context that is
        asked for the same kinds in a third period (the dashboard's, which lives on, or a
        trend's months) keeps those kinds' events apart once, in their order, and cuts each
        period from them by binary search, instead of masking and copying the period's
        events again for each period."""
        def compute() -> pd.DataFrame:
            asked = self.memo(("of_kind_periods", kinds), set)
            asked.add(period)
            if len(asked) < 3 and not self.remembers(("of_kind_events", kinds)):
                return self.kind_in(period, *kinds)
            return time_slice(self.memo(("of_kind_events", kinds), lambda: self._of_kinds(kinds)),
                              "occurred_at", period)
        return self.memo(("of_kind", period, kinds), compute)

    def _of_kinds(self, kinds: tuple[str, ...]) -> pd.DataFrame:
        events = self.frames.events
        if len(kinds) == 1:
            return events[events["kind"] == kinds[0]]
        return events[events["kind"].isin(kinds)]
