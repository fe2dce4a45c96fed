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

from domain.error_facts import ErrorFacts

_SCHEME = re.compile(r"^(https?://)?(www\.)?")


# The ways a value can name an account (ids; ``desktop.shared.wording.addresses`` words them).
WAYS: tuple[str, ...] = ("internal_id", "external_id", "domain", "name", "name_part")
ENGLISH_WAYS = {"internal_id": "internal id", "external_id": "external id", "domain": "domain",
                "name": "name", "name_part": "part of the name"}
ADDRESS_ERROR_KINDS: tuple[str, ...] = ("bad_internal_id", "not_found", "not_found_by",
                                        "ambiguous")
"""The kinds of AccountNotFound and AmbiguousAccount; each has words in the desktop."""
SHOWN_CANDIDATES = 10  # an ambiguous address lists this many candidates, then counts the rest


@dataclass(frozen=True)
class Candidate:
    account_id: int
    name: str
    address: str  # "id:10" or "ext:10"
    way: str  # one of WAYS

    def describe(self) -> str:
        return f"{self.address} ({self.name}, by {ENGLISH_WAYS[self.way]})"


class AccountNotFound(ErrorFacts, LookupError):
    """No account answers to the value: ``kind`` "bad_internal_id" (``key``), "not_found"
    (``key``) or "not_found_by" (``way``, ``value``); ``str(exc)`` is the English sentence."""


class AmbiguousAccount(ErrorFacts, LookupError):
    """Several accounts answer to the value; ``candidates`` lists them (kind "ambiguous",
    facts ``key``, ``count`` and ``example``, the address shown as the way to name one)."""

    def __init__(self, english: str, candidates: list[Candidate], **facts: object) -> None:
        super().__init__("ambiguous", english, **facts)
        self.candidates = candidates


def find_accounts(accounts: pd.DataFrame, key: str, *, usage: str = "{address}",
                  several_parts: bool = False) -> list[int]:
    """Ids of the account(s) ``key`` names in ``accounts`` (columns id, name, and
    external_id and domain where known).

    One id, unless ``several_parts`` allows a part of a name shared by several accounts.
    Raises AccountNotFound or AmbiguousAccount with a kind and facts; ``usage`` shows how to
    pass an address back (``"--account {address}"``)."""
    key = key.strip()
    ids = pd.to_numeric(accounts["id"], errors="coerce")
    names = accounts["name"].astype(object).where(accounts["name"].notna(), "").astype(str)
    external = _text(accounts, "external_id")
    lower = key.casefold()
    prefix, _, rest = key.partition(":")
    if prefix.lower() == "id" and rest:
        if not rest.strip().isdigit():
            raise AccountNotFound("bad_internal_id", f"{key!r}: after id: comes the workspace's "
                                  "number of the account, e.g. id:42", key=key)
        return _only(accounts, ids == int(rest), key, "internal_id")
    if prefix.lower() == "ext" and rest:
        return _only(accounts, external == rest.strip(), key, "external_id")
    found: list[Candidate] = []
    if key.isdigit():
        found += _candidates(accounts, ids == int(key), "internal_id")
    found += _candidates(accounts, external == key, "external_id")
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
                        "name_part")
    if len(parts) == 1 or (parts and several_parts):
        return [c.account_id for c in parts]
    if parts:
        raise _ambiguous(key, parts, usage)
    raise AccountNotFound("not_found",
                          f"no account has the id, external id, domain or name {key!r}", key=key)


def _text(accounts: pd.DataFrame, column: str) -> pd.Series:
    if column not in accounts:
        return pd.Series("", index=accounts.index, dtype=object)
    values = accounts[column].astype(object)
    return values.where(values.notna(), "").astype(str).str.strip()


def _candidates(accounts: pd.DataFrame, mask: pd.Series, way: str) -> list[Candidate]:
    out = []
    for _, row in accounts[mask.fillna(False).to_numpy(dtype=bool)].iterrows():
        external = row.get("external_id")
        address = f"ext:{external}" if way == "external_id" else f"id:{int(row['id'])}"
        out.append(Candidate(int(row["id"]), str(row["name"]), address, way))
    return out


def _only(accounts: pd.DataFrame, mask: pd.Series, key: str, way: str) -> list[int]:
    found = _candidates(accounts, mask, way)
    if not found:
        value = key.partition(":")[2].strip()
        raise AccountNotFound("not_found_by", f"no account has the {ENGLISH_WAYS[way]} {value!r}",
                              way=way, value=value)
    if len(found) > 1:
        raise _ambiguous(key, found, "{address}")
    return [found[0].account_id]


def _ambiguous(key: str, found: list[Candidate], usage: str) -> AmbiguousAccount:
    seen, unique = set(), []
    for c in found:
        if c.account_id not in seen:
            seen.add(c.account_id)
            unique.append(c)
    shown = "; ".join(c.describe() for c in unique[:SHOWN_CANDIDATES])
    more = (f" and {len(unique) - SHOWN_CANDIDATES} more" if len(unique) > SHOWN_CANDIDATES
            else "")
    example = usage.format(address=unique[0].address)
    return AmbiguousAccount(f"{key!r} names {len(unique)} accounts: {shown}{more}; name one "
                            f"of them, e.g. {example}", unique, key=key, count=len(unique),
                            example=example)
