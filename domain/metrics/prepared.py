"""The KPI engine's period-free preparation, built once over every account and kept.

Most of a fresh KPI run used to go into work that no period changes: the lead-score touches
and the MQL times, the campaigns of every MQL and won deal (600,000 campaign touches ordered
by contact and by account for them), the email index, the engagement index with each
contact's previous engagement and each account's first event. ``prepare`` does that work once
over the whole workspace, from the same functions a ``KpiContext`` runs, and keeps the
results as compact arrays (ids as int32 or float32 where that is exact); storage keeps them
in a file beside the workspace until the data or the lead-score settings change.

Every row stands alone per account: an email or engagement event, a lead-score touch
belongs to its event's account, an MQL and its campaigns to its contact's
account, a won deal to its account. A ``KpiContext`` for a scope (the portfolio of target
accounts, an owner's accounts, one account) takes the rows of its accounts, in the order
they have here, which is the order its own preparation would give. Two things depend on
more than one row, a contact's previous engagement and its MQL time (and so the MQL's
campaigns): they stand alone only while each contact's events, meetings and contact record
name one account (``contacts_stay``), as the importer makes sure. When they do not (say a
contact moved to another account after its events came in) a scope narrower than the whole
workspace computes those two as before; every other part is still taken.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from domain.frames import PortfolioFrames
from domain.metrics.campaigns import _mql_attribution, _won_attribution
from domain.metrics.compact import compact
from domain.metrics.context import KpiContext
from domain.metrics.emails import EmailIndex
from domain.metrics.journey import email_index
from domain.settings import WorkspaceSettings

FORMAT = 1
# The settings the preparation reads (engagement points and the MQL threshold); any other
# setting leaves it valid.
SETTINGS = ("points", "role_multipliers", "tier_multipliers", "half_life_days", "mql_threshold")
# The tables whose row counts a prepared object records, to refuse other frames.
COUNTED = ("accounts", "contacts", "events", "meetings", "opportunities")

# Each part's arrays (all of a part's arrays have one value per row) and the one naming the
# row's account, by which a scope takes its rows.
PARTS: dict[str, tuple[str, ...]] = {
    "email": ("times", "kinds", "keys", "accounts"),
    "engagement": ("times", "contacts", "accounts", "previous"),
    "lead": ("accounts", "contacts", "times", "points"),
    "mql": ("contacts", "accounts", "times", "crm", "last", "first"),
    "won": ("labels", "accounts", "last", "first"),
    "first_touch": ("accounts", "times"),
    "campaign_events": ("accounts", "campaigns", "counts"),
}
TIMED = ("email", "engagement", "lead", "mql")  # parts whose times are int64 nanoseconds
ACCOUNT_OF = {"email": "accounts", "engagement": "accounts", "lead": "accounts", "mql": "accounts",
              "won": "accounts", "first_touch": "accounts", "campaign_events": "accounts"}


def settings_key(settings: WorkspaceSettings) -> str:
    """The settings the preparation depends on, as one text (what a stored copy is keyed on)."""
    return json.dumps({name: getattr(settings, name) for name in SETTINGS}, sort_keys=True,
                      default=str)


def _floats(values: np.ndarray) -> np.ndarray:
    return values.astype("float64")


@dataclass(frozen=True)
class PreparedAggregates:
    """The arrays ``prepare`` keeps (``PARTS``, as "part/name"), the settings they were
    built with (``settings_key``), the frames' row counts (``COUNTED``) and whether each
    contact's rows name one account (see the module's text)."""

    key: str
    rows: tuple[int, ...]
    contacts_stay: bool
    arrays: Mapping[str, np.ndarray]
    # The MQL frame's column types as ``mql_times`` gave them (they follow the contacts').
    mql_dtypes: tuple[str, str] = ("int64", "str")

    def fits(self, frames: PortfolioFrames, settings: WorkspaceSettings) -> bool:
        """Whether these were prepared from frames of this size with these settings."""
        return self.key == settings_key(settings) and self.rows == _row_counts(frames)

    def part(self, name: str, scope: np.ndarray | None,
             columns: tuple[str, ...] = ()) -> dict[str, np.ndarray]:
        """One part's arrays (or the named ``columns`` of it), only the rows where ``scope``
        (a mask) holds when given."""
        arrays = {column: self.arrays[f"{name}/{column}"] for column in columns or PARTS[name]}
        if scope is None:
            return arrays
        return {column: values[scope] for column, values in arrays.items()}

    # -- what a context takes -------------------------------------------------------------
    def seeds(self, ctx: KpiContext) -> dict[Hashable, Callable[[], Any]]:
        """The memo entries of ``ctx`` (keys as ``KpiContext`` and the metric modules name
        them) these arrays answer, each as a function giving the scope's rows."""
        masks: dict[str, np.ndarray] = {}  # a part's scope, for the seeds taking that part

        def rows(name: str, *columns: str) -> dict[str, np.ndarray]:
            if not ctx.scoped:
                return self.part(name, None, columns)
            if name not in masks:
                masks[name] = ctx.in_scope(self.arrays[f"{name}/{ACCOUNT_OF[name]}"])
            return self.part(name, masks[name], columns)

        seeds: dict[Hashable, Callable[[], Any]] = {
            "email_index": lambda: _email_index(rows("email")),
            "engagement_index": lambda: _engagement_index(rows("engagement", "times",
                                                               "contacts")),
            "touches": lambda: _lead_touches(rows("lead", "contacts", "times", "points")),
            "won_attribution": lambda: _won(rows("won")),
            "first_touch": lambda: _first_touch(rows("first_touch")),
        }
        if ctx.scoped:  # a campaign's cost is shared out by the scope's share of its events
            seeds["campaign_scope_share"] = lambda: _scope_share(
                rows("campaign_events"), self.part("campaign_events", None))
        if self.contacts_stay or not ctx.scoped:
            # The times of the index, not a second copy of them.
            seeds["engagement_gaps"] = lambda: (ctx.engagement_index()[0],
                                                rows("engagement", "previous")["previous"])
            seeds["mql_times"] = lambda: self._mqls(rows("mql"))
            seeds["mql_attribution"] = lambda: _attribution(rows("mql"))
        return seeds

    def _mqls(self, part: dict[str, np.ndarray]) -> pd.DataFrame:
        return pd.DataFrame({
            "contact_id": part["contacts"].astype("int64"),
            "account_id": part["accounts"].astype(self.mql_dtypes[0]),
            "mql_at": part["times"].view("datetime64[ns]"),
            "source": pd.Series(np.where(part["crm"], "crm", "score"), dtype=self.mql_dtypes[1]),
        })


def _row_counts(frames: PortfolioFrames) -> tuple[int, ...]:
    return tuple(len(getattr(frames, name)) for name in COUNTED)


# The email keys and accounts and the engagement contacts stay as stored (int32 when they
# fit, see ``compact``): what reads them only compares them (distinct pairs and contacts,
# which accounts are in a scope or customers), which gives the same answers for the same
# whole numbers in any type, with half the memory of int64 or float64 copies.
def _email_index(part: dict[str, np.ndarray]) -> EmailIndex:
    return EmailIndex(part["times"], part["kinds"], part["keys"], part["accounts"])


def _engagement_index(part: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    return part["times"], part["contacts"]


def _lead_touches(part: dict[str, np.ndarray]) -> pd.DataFrame:
    # The columns the lead score reads of ``KpiContext.touches``: no kind and no account,
    # nothing asks (the account is stored for a scope to take its rows, ``seeds``).
    return pd.DataFrame({"contact_id": _floats(part["contacts"]),
                         "occurred_at": part["times"].view("datetime64[ns]"),
                         "points": part["points"]})


def _attribution(part: dict[str, np.ndarray]) -> pd.DataFrame:
    return pd.DataFrame({"": _floats(part["last"]), "_first_touch": _floats(part["first"])})


def _won(part: dict[str, np.ndarray]) -> pd.DataFrame:
    index = pd.Index(part["labels"].astype("int64"))
    return pd.DataFrame({"": _floats(part["last"]), "_first_touch": _floats(part["first"])},
                        index=index)


def _first_touch(part: dict[str, np.ndarray]) -> pd.Series:
    return pd.Series(part["times"].view("datetime64[ns]"),
                     index=pd.Index(part["accounts"].astype("int64"), name="account_id"),
                     name="occurred_at")


def _scope_share(scope: dict[str, np.ndarray], whole: dict[str, np.ndarray]) -> pd.Series:
    """campaign_id -> the scope's events naming it over all events naming it (campaigns the
    scope never names left out), as ``campaigns._scope_share`` counts them."""
    def per_campaign(part: dict[str, np.ndarray]) -> pd.Series:
        counts = pd.Series(part["counts"].astype("int64"), copy=False)
        return counts.groupby(part["campaigns"].astype("int64")).sum()
    mine, every = per_campaign(scope), per_campaign(whole)
    mine = mine[mine > 0]
    share = mine.to_numpy() / every.reindex(mine.index).to_numpy()
    return pd.Series(share, index=pd.Index(mine.index.to_numpy("int64"), name="campaign_id"),
                     name="count")


# -- building -----------------------------------------------------------------------------
def prepare(frames: PortfolioFrames, settings: WorkspaceSettings) -> PreparedAggregates:
    """The period-free preparation of the whole workspace, by the context's own functions."""
    ctx = KpiContext(frames, settings)
    arrays: dict[str, np.ndarray] = {}

    def put(part: str, **columns: np.ndarray) -> None:
        for column in PARTS[part]:
            values = np.asarray(columns[column])
            arrays[f"{part}/{column}"] = values if values.dtype.kind in "bM" else (
                compact(values) if column in ("keys", "accounts", "contacts", "last", "first",
                                              "campaigns", "counts")
                else values)

    emails = email_index(ctx)
    put("email", times=emails.times, kinds=emails.kinds, keys=emails.keys,
        accounts=emails.accounts)
    times, contacts, accounts = ctx.engagement_rows()
    _, previous = ctx.engagement_gaps()
    put("engagement", times=times, contacts=contacts, accounts=accounts, previous=previous)
    touches = ctx.touches()
    put("lead", accounts=touches["account_id"].to_numpy("int64"),
        contacts=touches["contact_id"].to_numpy("float64"),
        times=touches["occurred_at"].to_numpy("datetime64[ns]").view("int64"),
        points=touches["points"].to_numpy("float64"))
    mqls = ctx.mql_times()
    attributed = _mql_attribution(ctx)
    put("mql", contacts=mqls["contact_id"].to_numpy("int64"),
        accounts=mqls["account_id"].to_numpy("float64"),
        times=mqls["mql_at"].to_numpy("datetime64[ns]").view("int64"),
        crm=(mqls["source"] == "crm").to_numpy(), last=attributed[""].to_numpy("float64"),
        first=attributed["_first_touch"].to_numpy("float64"))
    won = _won_attribution(ctx)
    opportunities = frames.opportunities
    put("won", labels=won.index.to_numpy("int64"),
        accounts=pd.to_numeric(opportunities.loc[won.index, "account_id"], errors="coerce")
        .to_numpy("float64"),
        last=won[""].to_numpy("float64"), first=won["_first_touch"].to_numpy("float64"))
    first = ctx.account_first_touch()
    put("first_touch", accounts=first.index.to_numpy("int64"),
        times=first.to_numpy("datetime64[ns]").view("int64"))
    put("campaign_events", **_campaign_events(frames.events))
    return PreparedAggregates(settings_key(settings), _row_counts(frames),
                              contacts_stay(frames), arrays,
                              (str(mqls["account_id"].dtype), str(mqls["source"].dtype)))


def _campaign_events(events: pd.DataFrame) -> dict[str, np.ndarray]:
    """How many events name each campaign, per account (dated or not)."""
    campaigns = pd.to_numeric(events["campaign_id"], errors="coerce").to_numpy("float64")
    named = ~np.isnan(campaigns)
    pairs = pd.DataFrame({"accounts": events["account_id"].to_numpy()[named],
                          "campaigns": campaigns[named].astype("int64")})
    counts = pairs.groupby(["accounts", "campaigns"], sort=True).size()
    return {"accounts": counts.index.get_level_values(0).to_numpy("int64"),
            "campaigns": counts.index.get_level_values(1).to_numpy("int64"),
            "counts": counts.to_numpy("int64")}


def contacts_stay(frames: PortfolioFrames) -> bool:
    """Whether every contact id names one account wherever it appears: its contact record,
    its events and its meetings (missing accounts aside)."""
    pairs = [(frames.contacts["id"], frames.contacts["account_id"]),
             (frames.events["contact_id"], frames.events["account_id"]),
             (frames.meetings["contact_id"], frames.meetings["account_id"])]
    contacts = np.concatenate([pd.to_numeric(c, errors="coerce").to_numpy("float64")
                               for c, _ in pairs])
    accounts = np.concatenate([pd.to_numeric(a, errors="coerce").to_numpy("float64")
                               for _, a in pairs])
    both = ~np.isnan(contacts) & ~np.isnan(accounts)
    contacts, accounts = contacts[both], accounts[both]
    if len(contacts) == 0:
        return True
    if (contacts.min() < 0 or contacts.max() > 50_000_000
            or not bool(np.all(contacts == np.floor(contacts)))):
        order = np.lexsort((accounts, contacts))  # odd ids: compare neighbours once sorted
        c, a = contacts[order], accounts[order]
        return not bool(np.any((c[1:] == c[:-1]) & (a[1:] != a[:-1])))
    # One slot per contact id: any row disagreeing with the account left there by the last
    # write to the slot means two accounts for one contact.
    slots = np.full(int(contacts.max()) + 1, np.nan)
    keys = contacts.astype("int64")
    slots[keys] = accounts
    return bool(np.all(slots[keys] == accounts))


# -- the stored form ----------------------------------------------------------------------
def to_arrays(prepared: PreparedAggregates) -> dict[str, np.ndarray]:
    """Everything in ``prepared`` as named arrays (for a file)."""
    meta = {"format": FORMAT, "key": prepared.key, "rows": list(prepared.rows),
            "contacts_stay": prepared.contacts_stay,
            "mql_dtypes": list(prepared.mql_dtypes)}
    return {"meta": np.array(json.dumps(meta)), **prepared.arrays}


def from_arrays(arrays: Mapping[str, np.ndarray], keep: bool = True) -> PreparedAggregates:
    """``to_arrays`` undone; ValueError when the arrays cannot be prepared aggregates of this
    version (damage, or another version's file).

    ``keep=False`` is for a mapping that reads each array when asked (a stored file): every
    array is read once here to be checked, then let go, and the aggregates ask the mapping
    again for the parts a context takes. A process that takes a scope's rows then holds
    those rows, not the whole preparation besides them.
    """
    meta = json.loads(str(arrays["meta"]))
    if meta.get("format") != FORMAT:
        raise ValueError(f"format {meta.get('format')!r}, not {FORMAT}")
    parts: dict[str, np.ndarray] = {}
    for part, columns in PARTS.items():
        lengths = set()
        for column in columns:
            values = arrays[f"{part}/{column}"]
            if values.ndim != 1 or values.dtype.kind not in "biuf":
                raise ValueError(f"{part}/{column} is not a column of numbers")
            if column == "times" and part in TIMED and values.dtype != np.int64:
                raise ValueError(f"{part}/times are not int64 nanoseconds")
            lengths.add(len(values))
            if keep:
                parts[f"{part}/{column}"] = values
            del values
        if len(lengths) > 1:
            raise ValueError(f"the columns of {part} have different lengths")
    account, source = (str(t) for t in meta["mql_dtypes"])
    if account not in ("int64", "float64") or source not in ("str", "object", "string"):
        raise ValueError(f"unexpected MQL column types {account!r}, {source!r}")
    return PreparedAggregates(str(meta["key"]), tuple(int(n) for n in meta["rows"]),
                              bool(meta["contacts_stay"]), parts if keep else arrays,
                              (account, source))
