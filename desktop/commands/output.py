"""Printing rows as an aligned table, CSV or JSON: the one place output formats live.

CSV cells that a spreadsheet would run as a formula are neutralised (SPEC §9).
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from domain.formula_guard import FORMULA_PREFIXES, neutralise

__all__ = ["FORMULA_PREFIXES", "neutralise", "write_csv", "write_json", "write_table"]


def _plain(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def write_json(rows: Iterable[Mapping[str, Any]], out: TextIO = sys.stdout) -> None:
    data = [{k: _plain(v) for k, v in row.items()} for row in rows]
    json.dump(data, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


def write_csv(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], out: TextIO = sys.stdout
) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if (v := _plain(row.get(c))) is None else neutralise(v) for c in columns])


def write_table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    headers: Sequence[str] | None = None,
    out: TextIO = sys.stdout,
) -> None:
    """An aligned plain-text table; numbers right-aligned, None shown as "n/a"."""
    headers = list(headers or columns)
    cells = [
        ["n/a" if (v := _plain(row.get(c))) is None else _fmt(v) for c in columns] for row in rows
    ]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    numeric = [all(_is_number(row.get(c)) for row in rows if row.get(c) is not None) for c in columns]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        parts = [
            (c.rjust(w) if num else c.ljust(w))
            for c, w, num in zip(r, widths, numeric, strict=True)
        ]
        out.write("  ".join(parts).rstrip() + "\n")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) >= 1000 else f"{value:.4g}" if abs(value) < 1 else f"{value:.2f}"
    return str(value)
