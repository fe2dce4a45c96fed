"""Deciding, inside the import's transaction, what each valid row does: insert, update or
nothing, and which rows are rejected for clashing with others.

A row is rejected when its external id appears on another row of the file (the file can't
say which one is right), when its natural key matches several stored rows, or when a row
above it already stands for the same record. A matched row updates only the columns whose
value differs and is not blank in the file: a blank cell never erases what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy.engine import Connection

from storage.importing import fields as k
from storage.importing.fields import EntitySpec
from storage.importing.problems import combine, no_problems, problems_for, said_column
from storage.importing.resolve import key_frame, match_existing, read_rows, resolve_references
from storage.said import say


@dataclass
class Plan:
    spec: EntitySpec
    inserts: pd.DataFrame  # database columns with the ids the new rows will get
    updates: pd.DataFrame  # id + the changed columns (NaN/None where unchanged)
    changed: pd.DataFrame  # bool: which columns of each update change
    before: pd.DataFrame  # the stored raw values of the updated rows (same index as updates)
    unchanged: int
    problems: pd.DataFrame = field(default_factory=no_problems)
    parents: pd.DataFrame | None = None  # accounts: id -> parent_id for new rows
    accounts_from_contacts: int = 0  # rows written that took their contact's account


def make_plan(
    conn: Connection, spec: EntitySpec, values: pd.DataFrame, labels: dict[str, str],
    rows: pd.Series, matches: dict[str, tuple[str, ...]] | None = None,
) -> Plan:
    """``values`` holds the typed, valid rows (references still as text); ``matches`` the
    account fields each account reference is matched on, when more than the usual."""
    found: list[pd.DataFrame] = []
    has_parent = "parent" in values
    resolved, ref_problems = resolve_references(
        conn, _without(spec, "parent"), values.drop(columns=["parent"], errors="ignore"),
        labels, rows, matches=matches)
    found += [ref_problems, _duplicate_external_ids(values, labels, rows)]
    frame = resolved[~rows.isin(combine(found)["row"])]
    stored_columns = ["id", "external_id", "import_batch_id"] + [
        f.column for f in spec.fields if f.stored and f.column != "external_id"]
    stored = read_rows(conn, spec.table, stored_columns)
    matched, ambiguous = match_existing(spec, frame, stored)
    found.append(problems_for(ambiguous, rows[frame.index], _key_label(spec, labels),
                              "natural key", None,
                              say("one_stored_record")))
    found.append(_repeats(spec, frame[~ambiguous], matched[~ambiguous], labels,
                          rows[frame[~ambiguous].index], values))
    frame = frame[~rows[frame.index].isin(combine(found)["row"])]
    matched = matched[frame.index]
    inserts = _with_defaults(spec, frame[matched.isna()])
    next_id = int(stored["id"].max()) + 1 if len(stored) else 1
    inserts.insert(0, "id", np.arange(next_id, next_id + len(inserts), dtype=np.int64))
    old = frame[matched.notna()].copy()
    parents = None
    if has_parent:
        ids = pd.concat([inserts["id"].astype(float), matched[old.index]])
        parent_ids, parent_problems = _parents(conn, spec, values, ids, labels, rows, matches)
        found.append(parent_problems)
        rejected = rows[ids.index].isin(parent_problems["row"])
        inserts = inserts[~rejected[inserts.index]]
        old = old[~rejected[old.index]]
        parents = pd.DataFrame({"id": inserts["id"], "parent_id": parent_ids.reindex(inserts.index)})
        parents = parents.dropna(subset=["parent_id"])
        old["parent_id"] = parent_ids.reindex(old.index)
    updates, changed, before, unchanged = _changes(spec, old, matched[old.index], stored)
    took = resolved.attrs.get("accounts_from_contacts", pd.Index([]))
    from_contacts = int(frame.index.isin(took).sum())
    return Plan(spec, inserts, updates, changed, before, unchanged, combine(found), parents,
                from_contacts)


def _without(spec: EntitySpec, name: str) -> EntitySpec:
    return EntitySpec(spec.name, spec.table, tuple(f for f in spec.fields if f.name != name),
                      spec.natural_key, spec.natural_key_help, spec.order_checks)


def _key_label(spec: EntitySpec, labels: dict[str, str]) -> str:
    names = sorted({n for alt in spec.natural_key for n in alt})
    return "/".join(labels.get(n, n) for n in names)


def _duplicate_external_ids(values: pd.DataFrame, labels: dict[str, str],
                            rows: pd.Series) -> pd.DataFrame:
    if "external_id" not in values:
        return no_problems()
    ext = values["external_id"]
    dup = ext.notna() & ext.duplicated(keep=False)
    if not dup.any():
        return no_problems()
    first_rows = rows[dup].groupby(ext[dup]).transform(lambda r: ", ".join(map(str, r.head(5))))
    problems = problems_for(dup, rows, labels.get("external_id", "external_id"), "external_id",
                            ext, say("external_id_once"))
    problems["expected"] = said_column([say("external_id_once_on_rows", rows=on_rows)
                            for on_rows in first_rows.to_numpy().astype(str)])
    return problems


def _repeats(spec: EntitySpec, frame: pd.DataFrame, matched: pd.Series, labels: dict[str, str],
             rows: pd.Series, shown: pd.DataFrame) -> pd.DataFrame:
    """Rows standing for a record an earlier row of the file already stands for.

    The problem names the columns that clash and their values as the file gave them
    (``shown``: the typed values before references were looked up)."""
    if not len(frame):
        return no_problems()
    target = pd.Series(pd.NA, index=frame.index, dtype=object)
    used = pd.Series(-1, index=frame.index)  # which natural-key alternative (-1: stored id)
    target[matched.notna()] = "stored:" + matched[matched.notna()].astype(np.int64).astype(str)
    new = matched.isna()
    if "external_id" in frame:
        # New rows with an external id can't repeat: repeated ids were rejected already.
        new &= frame["external_id"].isna()
    if new.any():
        for position, alternative in enumerate(spec.natural_key):
            last = position == len(spec.natural_key) - 1
            columns = [spec.field(n).column or n for n in alternative]
            use = new & (last | frame.reindex(columns=columns).notna().all(axis=1))
            if use.any():
                keys = key_frame(spec, frame[use], alternative).astype(str)
                target[use] = f"{position}:" + keys.agg("\x1f".join, axis=1)
                used[use] = position
                new &= ~use
    repeated = target.notna() & target.duplicated(keep="first")
    if not repeated.any():
        return no_problems()
    first_row = rows.groupby(target.to_numpy()).transform("first")
    kind = say("new_record")
    found = []
    for position in sorted(used[repeated].unique()):
        mask = repeated & used.eq(position)
        part = problems_for(mask, rows, _key_label(spec, labels), "natural key", None, kind)
        earlier = first_row[mask].astype(str).to_numpy()
        if position < 0:
            part["expected"] = said_column([say("new_record_stored", row=row) for row in earlier])
        else:
            alternative = spec.natural_key[position]
            part["column"] = " / ".join(labels.get(n, n) for n in alternative)
            same = pd.Series("", index=frame.index[mask.to_numpy()])
            cells = same.copy()
            for i, name in enumerate(alternative):
                cell = shown[name].reindex(same.index) if name in shown else pd.Series(
                    None, index=same.index)
                text = cell.map(_shown_value)
                same = same + ("" if i == 0 else ", ") + name + " " + text
                plain = cell.map(lambda v: _shown_value(v).strip("'\""))
                cells = cells + ("" if i == 0 else ", ") + plain
            part["value"] = cells.to_numpy()
            part["expected"] = said_column([say("new_record_same", same=same_text, row=row)
                                for same_text, row in zip(same.to_numpy(), earlier, strict=True)])
        found.append(part)
    return combine(found)


def _shown_value(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "(blank)"
    if isinstance(value, pd.Timestamp):
        text = value.isoformat(sep=" ")
        return repr(text[:-9] if text.endswith(" 00:00:00") else text)
    return repr(value if isinstance(value, str) else str(value))


def _with_defaults(spec: EntitySpec, new: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(index=new.index)
    for f in spec.fields:
        if not f.stored:
            continue
        column = new[f.column] if f.column in new else pd.Series(np.nan, index=new.index)
        if f.default is not None:
            column = column.astype(object).where(column.notna(), f.default)
        out[f.column] = column
    return out


def _parents(conn: Connection, spec: EntitySpec, values: pd.DataFrame, ids: pd.Series,
             labels: dict[str, str], rows: pd.Series,
             matches: dict[str, tuple[str, ...]] | None = None) -> tuple[pd.Series, pd.DataFrame]:
    """Accounts name their parent, stored already or anywhere in the same file.

    Returns parent ids by source index, and problems for unknown parents (and for rows whose
    parent row is itself rejected, repeated until no such row is left).
    """
    source = values.loc[ids.index]
    in_file = pd.DataFrame({
        "id": ids.to_numpy(),
        "external_id": source["external_id"].to_numpy() if "external_id" in source else None,
        "name": source["name"].to_numpy(),
        "domain": source["domain"].to_numpy() if "domain" in source else None,
    })
    parent_spec = EntitySpec(spec.name, spec.table, (spec.field("parent"),), (), "")
    for name in ("owner", "region", "industry"):
        if name in source:
            in_file[name] = source[name].to_numpy()
    resolved, problems = resolve_references(conn, parent_spec, source[["parent"]], labels,
                                            rows[ids.index], extra_accounts=in_file,
                                            matches=matches)
    parent_ids = resolved["parent_id"]
    found = [problems]
    rejected_ids = set(ids[rows[ids.index].isin(problems["row"])].tolist())
    while rejected_ids:
        orphan = parent_ids.isin(rejected_ids) & ~rows[ids.index].isin(combine(found)["row"])
        if not orphan.any():
            break
        found.append(problems_for(orphan, rows[ids.index], labels.get("parent", "parent"),
                                  "parent", source["parent"],
                                  say("parent_imported")))
        rejected_ids = set(ids[orphan].tolist())
    return parent_ids.dropna(), combine(found)


def typed_stored(spec: EntitySpec, stored: pd.DataFrame) -> pd.DataFrame:
    """Stored raw values in the types validation produces, for comparison."""
    out = pd.DataFrame(index=stored.index)
    for f in spec.fields:
        if not f.stored or f.column not in stored:
            continue
        raw = stored[f.column]
        if f.kind in (k.DATETIME, k.DATE):
            out[f.column] = pd.to_datetime(raw, format="ISO8601", errors="coerce").astype("datetime64[ns]")
        elif f.kind == k.BOOL:
            out[f.column] = raw.map(lambda v: None if v is None or pd.isna(v) else bool(v))
        elif f.kind in (k.INT, k.FLOAT, k.MONEY, k.TIER, k.SCORE, k.REF):
            out[f.column] = pd.to_numeric(raw, errors="coerce").astype(float)
        else:
            out[f.column] = raw.astype(object)
    return out


def _changes(spec: EntitySpec, old: pd.DataFrame, ids: pd.Series, stored: pd.DataFrame):
    columns = list(old.columns)
    if not len(old):
        empty = pd.DataFrame(columns=["id", *columns])
        return empty, pd.DataFrame(columns=columns, dtype=bool), pd.DataFrame(), 0
    stored_by_id = stored.set_index("id")
    current_raw = stored_by_id.loc[ids.astype(np.int64).to_numpy()]
    current = typed_stored(spec, current_raw.reset_index()).set_index(current_raw.index)
    changed = pd.DataFrame(False, index=old.index, columns=columns)
    for column in columns:
        incoming = old[column]
        existing = pd.Series(current[column].to_numpy(), index=old.index)
        if pd.api.types.is_float_dtype(incoming) and pd.api.types.is_float_dtype(existing):
            same = np.isclose(incoming.to_numpy(dtype=float), existing.to_numpy(dtype=float),
                              rtol=1e-12, atol=0) & existing.notna().to_numpy()
        else:
            same = (incoming.astype(object) == existing.astype(object)).to_numpy(dtype=bool)
        changed[column] = incoming.notna().to_numpy() & ~same
    any_change = changed.any(axis=1)
    updates = old[any_change].copy()
    updates.insert(0, "id", ids[any_change].astype(np.int64))
    before = current_raw[any_change.to_numpy()].reset_index()
    before.index = updates.index
    return updates, changed[any_change], before, int((~any_change).sum())
