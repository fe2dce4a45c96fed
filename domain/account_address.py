"""Naming one account the way people do: ``id:42``, ``ext:42``, a domain or a name.

CRM ids are often plain integers, so "10" may be the workspace's own id 10 and, on another
account, the CRM's id 10. A bare value is therefore looked up every way at once (internal
id, external id, domain, exact name) and refused when the ways disagree, listing the
candidates by an address that can't be misread (``id:10``, ``ext:10``). ``id:`` and
``ext:`` say which one is meant. Failing every exact way, a unique part of a name will do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

_SCHEME = re.compile(r"^(https?://)?(www\.)?")


@dataclass(frozen=True)
class Candidate:
    account_id: int
    name: str
    address: str  # "id:10" or "ext:10"
    way: str  # "internal id", "external id", "domain", "name", "part of the name"

    def describe(self) -> str:
        return f"{self.address} ({self.name}, by {self.way})"


class AccountNotFound(LookupError):
    """No account answers to the value."""


class AmbiguousAccount(LookupError):
    """Several accounts answer to the value; ``candidates`` lists them."""

    def __init__(self, message: str, candidates: list[Candidate]) -> None:
        super().__init__(message)
        self.candidates = candidates


def find_accounts(accounts: pd.DataFrame, key: str, *, usage: str = "{address}",
                  several_parts: bool = False) -> list[int]:
    """Ids of the account(s) ``key`` names in ``accounts`` (columns id, name, and
    external_id and domain where known).

    One id, unless ``several_parts`` allows a part of a name shared by several accounts.
    Raises AccountNotFound or AmbiguousAccount with a sentence; ``usage`` shows how to
    pass an address back (``"--account {address}"``)."""
    key = key.strip()
    ids = pd.to_numeric(accounts["id"], errors="coerce")
    names = accounts["name"].astype(object).where(accounts["name"].notna(), "").astype(str)
    external = _text(accounts, "external_id")
    lower = key.casefold()
    prefix, _, rest = key.partition(":")
    if prefix.lower() == "id" and rest:
        if not rest.strip().isdigit():
            raise AccountNotFound(f"{key!r}: after id: comes the workspace's number of the "
                                  "account, e.g. id:42")
        return _only(accounts, ids == int(rest), key, "internal id")
    if prefix.lower() == "ext" and rest:
        return _only(accounts, external == rest.strip(), key, "external id")
    found: list[Candidate] = []
    if key.isdigit():
        found += _candidates(accounts, ids == int(key), "internal id")
    found += _candidates(accounts, external == key, "external id")
    domain = _SCHEME.sub("", lower).split("/")[0].rstrip(".")
    if domain and "domain" in accounts:
        domains = _text(accounts, "domain").str.lower().str.replace(_SCHEME, "", regex=True)
        found += _candidates(accounts, domains.str.split("/").str[0].str.rstrip(".") == domain,
                             "domain")
    found += _candidates(accounts, names.str.strip().str.casefold() == lower, "name")
    distinct = {c.account_id for c in found}
    if len(distinct) == 1:
        return [found[0].account_id]
    if len(distinct) > 1:
        raise _ambiguous(key, found, usage)
    parts = _candidates(accounts, names.str.casefold().str.contains(lower, regex=False),
                        "part of the name")
    if len(parts) == 1 or (parts and several_parts):
        return [c.account_id for c in parts]
    if parts:
        raise _ambiguous(key, parts, usage)
    raise AccountNotFound(f"no account has the id, external id, domain or name {key!r}")


def _text(accounts: pd.DataFrame, column: str) -> pd.Series:
    if column not in accounts:
        return pd.Series("", index=accounts.index, dtype=object)
    values = accounts[column].astype(object)
    return values.where(values.notna(), "").astype(str).str.strip()


def _candidates(accounts: pd.DataFrame, mask: pd.Series, way: str) -> list[Candidate]:
    out = []
    for _, row in accounts[mask.fillna(False).to_numpy(dtype=bool)].iterrows():
        external = row.get("external_id")
        address = f"ext:{external}" if way == "external id" else f"id:{int(row['id'])}"
        out.append(Candidate(int(row["id"]), str(row["name"]), address, way))
    return out


def _only(accounts: pd.DataFrame, mask: pd.Series, key: str, way: str) -> list[int]:
    found = _candidates(accounts, mask, way)
    if not found:
        raise AccountNotFound(f"no account has the {way} {key.partition(':')[2].strip()!r}")
    if len(found) > 1:
        raise _ambiguous(key, found, "{address}")
    return [found[0].account_id]


def _ambiguous(key: str, found: list[Candidate], usage: str) -> AmbiguousAccount:
    seen, unique = set(), []
    for c in found:
        if c.account_id not in seen:
            seen.add(c.account_id)
            unique.append(c)
    shown = "; ".join(c.describe() for c in unique[:10])
    more = f" and {len(unique) - 10} more" if len(unique) > 10 else ""
    example = usage.format(address=unique[0].address)
    return AmbiguousAccount(f"{key!r} names {len(unique)} accounts: {shown}{more}; name one "
                            f"of them, e.g. {example}", unique)
