"""Import problems: the errors that stop a file, the per-cell problems that reject a row,
the readable report (counts per problem, then the first rows) and the rejects CSV.

A per-cell problem is one row of a frame with the columns of ``PROBLEM_COLUMNS``: the row
number in the file (header = row 1), the file's column (with the field it maps to), the
cell's value, what was expected, and the kind of problem. The kind is the expectation in
general words ("one account; several match"); ``expected`` may add what is particular to
the row ("3 accounts match; they differ in owner"). Counts go per kind, so a thousand
rows repeating a thousand different earlier rows are one line of the summary. Frames
keep ten thousand problems cheap to build.

``expected`` and ``kind`` hold ``storage.said.Said`` values (``storage.importing.expectations``):
English strings that also carry their kind and facts, so the desktop can word them in the
user's language while the rejects file and the summary below stay English.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

import storage.importing.expectations  # noqa: F401  (declares the kinds of every problem)
from domain.formula_guard import neutralise_csv
from storage.atomic_write import atomic_open
from storage.said import Said

PROBLEM_COLUMNS = ("row", "column", "field", "value", "expected", "kind")
REASON_COLUMN = "reason"
ROW_NUMBER_COLUMN = "row"


class ImportFileError(Exception):
    """The file as a whole can't be imported (unreadable, empty, a required column missing)."""


class ImportCancelled(Exception):
    """The user cancelled; everything the import had written was rolled back."""


class MappingError(Exception):
    """A mapping (TOML) file or preset is wrong; the message names the file and the key."""


def no_problems() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in PROBLEM_COLUMNS})


def problems_for(
    mask: pd.Series, rows: pd.Series, column: str, field: str, values: pd.Series,
    expected: Said,
) -> pd.DataFrame:
    """One problem per True in ``mask`` (aligned on the source frame's index)."""
    hit = mask.to_numpy(dtype=bool)
    if not hit.any():
        return no_problems()
    cells = values[mask] if values is not None else pd.Series("", index=mask.index[hit])
    return pd.DataFrame({
        "row": rows.to_numpy()[hit],
        "column": column,
        "field": field,
        "value": cells.astype(object).where(cells.notna(), "").astype(str).to_numpy(),
        "expected": said_column([expected] * int(hit.sum())),
        "kind": said_column([expected] * int(hit.sum())),
    })


def said_column(items: list) -> np.ndarray:
    """Values kept as the objects they are (``Said`` with their kinds), not made plain text."""
    column = np.empty(len(items), dtype=object)
    column[:] = items
    return column


def combine(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    if not frames:
        return no_problems()
    out = pd.concat(frames, ignore_index=True).sort_values(["row", "column"], kind="stable",
                                                           ignore_index=True)
    if "kind" not in out:
        out["kind"] = out["expected"]
    out["kind"] = out["kind"].where(out["kind"].notna(), out["expected"])
    return out


def problem_counts(problems: pd.DataFrame) -> pd.Series:
    """Rows per (column, kind of problem), most frequent first."""
    kind = problems["kind"] if "kind" in problems else problems["expected"]
    return (problems.assign(kind=kind).groupby(["column", "kind"], sort=False).size()
            .sort_values(ascending=False, kind="stable"))


def summary_lines(problems: pd.DataFrame, *, first: int = 20,
                  record_of: Callable[[int], int] | None = None) -> list[str]:
    """Counts per problem (most frequent first), then the first rows in file order.

    ``row`` is the file's line; ``record_of`` gives the record number, shown beside it
    where the two differ (after a quoted value that spans lines)."""
    if not len(problems):
        return []
    lines = []
    rejected_rows = problems["row"].nunique()
    lines.append(f"{len(problems):,} problem(s) on {rejected_rows:,} row(s):")
    for (column, expected), count in problem_counts(problems).items():
        lines.append(f"  {count:>8,} × {column}: {expected}")
    shown = problems.head(first)
    lines.append(f"First {len(shown)} problem(s):")
    for p in shown.itertuples(index=False):
        value = _short(p.value)
        record = record_of(int(p.row)) if record_of is not None else int(p.row)
        where = f"row {p.row}" + (f" (record {record})" if record != int(p.row) else "")
        lines.append(f"  {where}, column {p.column}, value {value}: expected {p.expected}")
    if len(problems) > first:
        lines.append(f"  ... and {len(problems) - first:,} more (see the rejects file).")
    return lines


def _short(value: str, limit: int = 40) -> str:
    text = str(value)
    if text == "":
        return "(blank)"
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def reasons_by_row(problems: pd.DataFrame) -> pd.Series:
    """Row number -> "column: expected …; column: expected …" for the rejects file."""
    if not len(problems):
        return pd.Series(dtype=object)
    text = problems["column"].astype(str) + ": expected " + problems["expected"].astype(str)
    same_row_value = problems["value"].astype(str)
    text = text.where(same_row_value == "", text + " (got " + same_row_value.map(repr) + ")")
    return text.groupby(problems["row"]).agg("; ".join)


def write_rejects(path: Path, source: pd.DataFrame, columns: list[str], rows: pd.Series,
                  problems: pd.DataFrame, *, replace: bool = True) -> int:
    """Write the rejected rows as they were in the file, plus ``row`` and ``reason`` columns.

    Values are written as they were so the file can be fixed and imported again, except
    that a cell (or a line inside a cell) a spreadsheet would run as a formula gets a
    leading quote: the rows come from outside and the file is meant to be opened. Cells
    with a line break are quoted and rows end in CRLF, so no reader splits a row. The file
    holds customer rows: it is created readable by its owner only, under a temporary name
    renamed into place (``replace`` False refuses to replace a file that appeared since
    the path was checked).
    """
    reasons = reasons_by_row(problems)
    rejected = rows.isin(reasons.index).to_numpy()
    out = source.loc[rejected, columns].copy()
    out.insert(0, ROW_NUMBER_COLUMN, rows.to_numpy()[rejected])
    out[REASON_COLUMN] = reasons.reindex(out[ROW_NUMBER_COLUMN]).to_numpy()
    header = [ROW_NUMBER_COLUMN, *columns, REASON_COLUMN]
    if REASON_COLUMN in columns:
        header[-1] = "import_reason"
    out.columns = [neutralise_csv(h) for h in header]
    for col in out.columns[1:]:
        out[col] = out[col].map(neutralise_csv)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(path, "w", encoding="utf-8", newline="", replace=replace) as handle:
        out.to_csv(handle, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    return int(np.count_nonzero(rejected))
