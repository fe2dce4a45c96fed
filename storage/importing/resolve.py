"""Looking up what rows refer to, and which existing rows they are.

References: an ``account`` (or ``parent``) cell holds the account's external id, its name
(case-insensitive) or its web domain; a ``contact`` cell the contact's external id, email
or name (within the row's account); a ``campaign`` cell its external id or name. Lookups
run once per distinct value, not per row, so a million events with ten thousand distinct
accounts cost ten thousand dictionary look-ups.

Existing rows: a row with an ``external_id`` is the stored row with that id; failing that
(or without one), the stored row with the same natural key (``EntitySpec.natural_key``).
A natural key that matches several stored rows is reported, never guessed.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from sqlalchemy.engine import Connection

from storage.importing import fields as k
from storage.importing.fields import REFERENCED_TABLE, EntitySpec
from storage.importing.mapping import MATCH_FIELDS, MATCH_SEPARATOR
from storage.importing.problems import combine, problems_for, said_column
from storage.said import Said, say

AMBIGUOUS = -1.0  # a lookup result meaning "more than one record matches"
_SCHEME_RE = re.compile(r"^(https?://)?(www\.)?")


def normalise_domain(values: pd.Series) -> pd.Series:
    """"https://www.Acme.com/about" -> "acme.com"."""
    text_values = values.astype(object).where(values.notna(), None)
    lower = text_values.str.strip().str.lower()
    return lower.str.replace(_SCHEME_RE, "", regex=True).str.split("/").str[0].str.rstrip(".")


def read_rows(conn: Connection, table: str, columns: list[str]) -> pd.DataFrame:
    """Whole columns of a table, through the DB-API cursor of the connection's transaction
    (plain tuples: several times quicker than result rows for a million records)."""
    # Table and column names come from storage.importing.fields, never from the file.
    quoted = ", ".join(f'"{c}"' for c in columns)
    cursor = conn.connection.cursor()
    try:
        cursor.execute(f"SELECT {quoted} FROM {table}")
        rows = cursor.fetchall()
    finally:
        cursor.close()
    return pd.DataFrame.from_records(rows, columns=columns)


def _unique_map(keys: pd.Series, ids: pd.Series) -> dict:
    """key -> id, or AMBIGUOUS when several ids share the key; null keys are skipped."""
    frame = pd.DataFrame({"key": keys.to_numpy(), "id": ids.to_numpy()}).dropna(subset=["key"])
    counts = frame.groupby("key")["id"].nunique()
    first = frame.drop_duplicates("key").set_index("key")["id"].astype(float)
    first[counts[counts > 1].index] = AMBIGUOUS
    return first.to_dict()


# -- references -------------------------------------------------------------------------------
def resolve_references(
    conn: Connection, spec: EntitySpec, values: pd.DataFrame, labels: dict[str, str],
    rows: pd.Series, *, extra_accounts: pd.DataFrame | None = None,
    matches: dict[str, tuple[str, ...]] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Replace reference text columns by ``*_id`` columns; problems for unknown/ambiguous ones.

    ``extra_accounts`` (id, external_id, name, domain) adds accounts that are not stored yet,
    so an accounts file may name a parent that appears further down the same file.
    ``matches`` names, per account reference, the account fields its cells hold
    (``match = ["name", "owner"]`` in a mapping), joined by ``MATCH_SEPARATOR``.
    """
    out = values.copy()
    found = []
    why: dict = {}
    for ref in spec.references:
        if ref.name not in values:
            continue
        cells = values[ref.name]
        table = REFERENCED_TABLE[ref.name]
        match = (matches or {}).get(ref.name, ())
        if table == "accounts" and len(match) > 1:
            ids, why = match_accounts(conn, cells, match, extra_accounts)
            what = say("an_account_matching", fields=" and ".join(match))
            cells = cells.str.replace(MATCH_SEPARATOR, " + ", regex=False)
        elif table == "accounts":
            ids, why = _resolve_accounts(conn, cells, extra_accounts)
            what = say("an_account")
        elif table == "contacts":
            account_ids = out["account_id"] if "account_id" in out else None
            contacts = read_rows(conn, "contacts", ["id", "external_id", "account_id", "email", "name"])
            ids = _resolve_contacts(contacts, cells, account_ids)
            what = say("a_contact")
            out = _account_from_contact(spec, out, ids, contacts, rows, labels, found)
        else:
            ids = _resolve_by_name(read_rows(conn, "campaigns", ["id", "external_id", "name"]), cells)
            what = say("a_campaign")
        label = labels.get(ref.name, ref.name)
        unknown = cells.notna() & ids.isna()
        ambiguous = ids.eq(AMBIGUOUS)
        found.append(problems_for(unknown, rows, label, ref.name, cells,
                                  say(f"no_{table[:-1]}_matches", what=what)))
        several_match = say(f"several_{table}_match", what=what)
        several = problems_for(ambiguous, rows, label, ref.name, cells, several_match)
        if len(several):
            use_id = say("use_external_id")
            detail = values.loc[ambiguous, ref.name].map(why) if why else [None] * len(several)
            several["expected"] = said_column([
                say("several_match_because", several=several_match,
                    why=use_id if isinstance(reason, float) or reason is None else reason)
                for reason in detail])
        found.append(several)
        why = {}
        out[ref.column or f"{ref.name}_id"] = ids.where(~ambiguous)
        out = out.drop(columns=ref.name)
    if "contact_id" in out and "account_id" in out and "account" in values:
        found.append(_contact_account_mismatch(contacts, out, labels, rows, values))
    unstored = [f"{r.name}_id" for r in spec.references if r.column is None]
    return out.drop(columns=unstored, errors="ignore"), combine(found)


def _account_from_contact(spec: EntitySpec, out: pd.DataFrame, contact_ids: pd.Series,
                          contacts: pd.DataFrame, rows: pd.Series, labels: dict[str, str],
                          found: list[pd.DataFrame]) -> pd.DataFrame:
    """Rows that name a contact but no account take the contact's account.

    CRMs link most calls and events to a person only; the person's account is the one the
    activity belongs to. ``out.attrs["accounts_from_contacts"]`` holds the rows' index."""
    if "account" not in spec.names:
        return out
    if "account_id" not in out:
        out["account_id"] = np.nan
    blank = out["account_id"].isna()
    take = blank & contact_ids.notna() & contact_ids.ne(AMBIGUOUS)
    if take.any():
        owners = contacts.set_index("id")["account_id"].astype(float)
        out.loc[take, "account_id"] = contact_ids[take].map(owners)
    neither = blank & out.get("contact", pd.Series(None, index=out.index)).isna()
    found.append(problems_for(neither, rows, labels.get("account", "account"), "account", None,
                              say("account_or_contact")))
    out.attrs["accounts_from_contacts"] = out.index[take]
    return out


def _stored_accounts(conn: Connection, extra: pd.DataFrame | None) -> pd.DataFrame:
    stored = read_rows(conn, "accounts", ["id", *MATCH_FIELDS])
    if extra is not None and len(extra):
        stored = pd.concat([stored, extra.reindex(columns=stored.columns)], ignore_index=True)
    return stored


def _resolve_accounts(conn: Connection, cells: pd.Series,
                      extra: pd.DataFrame | None) -> tuple[pd.Series, dict]:
    """Account ids by external id, else name, else domain; and for each value matching
    several accounts by name, a sentence saying how many and what tells them apart."""
    stored = _stored_accounts(conn, extra)
    uniq = pd.Series(pd.unique(cells.dropna()), dtype=object)
    by_ext = _unique_map(stored["external_id"], stored["id"])
    names = stored["name"].str.strip().str.lower()
    by_name = _unique_map(names, stored["id"])
    by_domain = _unique_map(normalise_domain(stored["domain"]), stored["id"])
    found = uniq.map(by_ext)
    found = found.fillna(uniq.str.strip().str.lower().map(by_name))
    found = found.fillna(normalise_domain(uniq).map(by_domain))
    why = {}
    for value in uniq[found.eq(AMBIGUOUS).to_numpy()]:
        same = stored[names == str(value).strip().lower()]
        if len(same) > 1:
            why[value] = _apart(same, ("name",))
    return cells.map(dict(zip(uniq, found, strict=True))).astype(float), why


def match_accounts(conn: Connection, cells: pd.Series, match: tuple[str, ...],
                   extra: pd.DataFrame | None) -> tuple[pd.Series, dict]:
    """Account ids matching every field of ``match`` (cells hold the parts joined by
    MATCH_SEPARATOR), case-insensitive; with the same sentences as ``_resolve_accounts``."""
    stored = _stored_accounts(conn, extra)
    key = None
    for name in match:
        part = _match_key(stored[name], name)
        key = part if key is None else key + MATCH_SEPARATOR + part
    lookup = _unique_map(key, stored["id"])
    uniq = pd.Series(pd.unique(cells.dropna()), dtype=object)
    parts = uniq.str.split(MATCH_SEPARATOR, expand=True).reindex(columns=range(len(match)))
    wanted = None
    for i, name in enumerate(match):
        part = _match_key(parts[i], name)
        wanted = part if wanted is None else wanted + MATCH_SEPARATOR + part
    found = wanted.map(lookup)
    why = {}
    for value, wanted_key in zip(uniq[found.eq(AMBIGUOUS).to_numpy()],
                        wanted[found.eq(AMBIGUOUS).to_numpy()], strict=True):
        why[value] = _apart(stored[key == wanted_key], match)
    return cells.map(dict(zip(uniq, found, strict=True))).astype(float), why


def _match_key(values: pd.Series, name: str) -> pd.Series:
    text = values.astype(object).where(values.notna(), None)
    if name == "domain":
        return normalise_domain(text).fillna("")
    return text.fillna("").astype(str).str.strip().str.lower()


def _apart(same: pd.DataFrame, matched_on: tuple[str, ...]) -> Said:
    """"3 accounts match; they differ in owner, region: add it to match = [...]"."""
    differ = [c for c in MATCH_FIELDS if c not in matched_on and c != "external_id"
              and _match_key(same[c], c).nunique() > 1]
    if not differ:
        return say("accounts_alike", count=len(same))
    fields = ", ".join(f'"{f}"' for f in (*matched_on, differ[0]))
    return say("accounts_differ", count=len(same), differ=", ".join(differ), fields=fields)


def _resolve_contacts(stored: pd.DataFrame, cells: pd.Series,
                      account_ids: pd.Series | None) -> pd.Series:
    uniq = pd.Series(pd.unique(cells.dropna()), dtype=object)
    found = uniq.map(_unique_map(stored["external_id"], stored["id"]))
    found = found.fillna(uniq.str.strip().str.lower().map(
        _unique_map(stored["email"].str.strip().str.lower(), stored["id"])))
    ids = cells.map(dict(zip(uniq, found, strict=True))).astype(float)
    todo = ids.isna() & cells.notna()
    if todo.any() and account_ids is not None:
        # A name only identifies a contact within an account ("Anna Nowak" at two firms).
        within = todo & account_ids.notna()
        stored_key = stored["account_id"].astype(str) + "\x1f" + stored["name"].str.strip().str.lower()
        row_key = (account_ids[within].astype("Int64").astype(str) + "\x1f"
                   + cells[within].str.strip().str.lower())
        ids[within] = row_key.map(_unique_map(stored_key, stored["id"])).astype(float)
        todo &= account_ids.isna()
    if todo.any():
        # No account on the row: a name must then be unique among all contacts.
        by_name = _unique_map(stored["name"].str.strip().str.lower(), stored["id"])
        ids[todo] = cells[todo].str.strip().str.lower().map(by_name).astype(float)
    return ids


def _resolve_by_name(stored: pd.DataFrame, cells: pd.Series) -> pd.Series:
    uniq = pd.Series(pd.unique(cells.dropna()), dtype=object)
    found = uniq.map(_unique_map(stored["external_id"], stored["id"]))
    found = found.fillna(uniq.str.strip().str.lower().map(
        _unique_map(stored["name"].str.strip().str.lower(), stored["id"])))
    return cells.map(dict(zip(uniq, found, strict=True))).astype(float)


def _contact_account_mismatch(contacts: pd.DataFrame, out: pd.DataFrame, labels: dict[str, str],
                              rows: pd.Series, values: pd.DataFrame) -> pd.DataFrame:
    known = out["contact_id"].notna() & out["account_id"].notna()
    if not known.any():
        return combine([])
    owners = contacts.set_index("id")["account_id"]
    owner = out.loc[known, "contact_id"].map(owners).astype(float)
    wrong = pd.Series(False, index=out.index)
    wrong[known] = (owner != out.loc[known, "account_id"]).to_numpy()
    return problems_for(wrong, rows, labels.get("contact", "contact"), "contact",
                        values["contact"], say("contact_of_account"))


# -- existing rows ----------------------------------------------------------------------------
def key_frame(spec: EntitySpec, frame: pd.DataFrame, alternative: tuple[str, ...]) -> pd.DataFrame:
    """Comparable natural-key columns: ids as floats, names and emails lower-cased,
    domains normalised, blanks as ""/-1 so that blank equals blank."""
    cols = {}
    for name in alternative:
        field = spec.field(name)
        column = field.column or name
        values = frame[column] if column in frame else pd.Series(None, index=frame.index)
        if field.kind == k.REF:
            cols[name] = pd.to_numeric(values, errors="coerce").fillna(-1.0).astype(float)
        elif field.kind in (k.DATETIME, k.DATE):
            cols[name] = pd.to_datetime(values, format="ISO8601", errors="coerce").astype(
                "datetime64[ns]").fillna(pd.Timestamp(0))
        elif name == "domain":
            cols[name] = normalise_domain(values).fillna("")
        elif name in ("name", "email"):
            cols[name] = values.astype(object).where(values.notna(), "").str.strip().str.lower()
        else:
            cols[name] = values.astype(object).where(values.notna(), "").astype(str)
    return pd.DataFrame(cols, index=frame.index)


def match_existing(
    spec: EntitySpec, incoming: pd.DataFrame, stored: pd.DataFrame
) -> tuple[pd.Series, pd.Series]:
    """For each incoming row: the id of the stored row it is (NaN when new), and a mask of
    rows whose natural key matches several stored rows."""
    matched = pd.Series(np.nan, index=incoming.index)
    ambiguous = pd.Series(False, index=incoming.index)
    if not len(stored) or not len(incoming):
        return matched, ambiguous
    if "external_id" in incoming:
        by_ext = stored.dropna(subset=["external_id"]).set_index("external_id")["id"]
        has_ext = incoming["external_id"].notna()
        matched[has_ext] = incoming.loc[has_ext, "external_id"].map(by_ext).astype(float)
    todo = matched.isna()
    with_ext = incoming["external_id"].notna() if "external_id" in incoming else pd.Series(
        False, index=incoming.index)
    for position, alternative in enumerate(spec.natural_key):
        last = position == len(spec.natural_key) - 1
        rows = todo & (last | _all_filled(spec, incoming, alternative))
        if not rows.any():
            continue
        candidates = stored if last else stored[_all_filled(spec, stored, alternative)]
        for adopt in (False, True):
            # A row with an external id may only adopt a stored row that has none.
            part = rows & (with_ext if adopt else ~with_ext)
            pool = candidates[candidates["external_id"].isna()] if adopt else candidates
            if not part.any() or not len(pool):
                continue
            left = key_frame(spec, incoming[part], alternative).reset_index(names="__src__")
            right = key_frame(spec, pool, alternative).assign(__id__=pool["id"].to_numpy())
            joined = left.merge(right, on=list(alternative), how="inner")
            counts = joined.groupby("__src__")["__id__"].agg(["nunique", "first"])
            single = counts[counts["nunique"] == 1]
            matched[single.index] = single["first"].astype(float)
            ambiguous[counts.index[counts["nunique"] > 1]] = True
        todo = matched.isna() & ~ambiguous
    return matched, ambiguous


def _all_filled(spec: EntitySpec, frame: pd.DataFrame, alternative: tuple[str, ...]) -> pd.Series:
    filled = pd.Series(True, index=frame.index)
    for name in alternative:
        column = spec.field(name).column or name
        filled &= frame[column].notna() if column in frame else False
    return filled
