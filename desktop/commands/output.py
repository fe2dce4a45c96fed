"""Printing rows as an aligned table, CSV or JSON: the one place output formats live.

CSV cells that a spreadsheet would run as a formula are neutralised (SPEC §9), at the start
of every line of a cell; CSV rows end in CRLF so line breaks inside values are quoted; table
cells show control characters as U+FFFD (``desktop.commands.terminal``).
"""

from __future__ import annotations

import csv
import json
import math
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from desktop.commands.terminal import cell_text
from domain import formatting as fmt
from domain.formula_guard import FORMULA_PREFIXES, neutralise, neutralise_csv

__all__ = ["FORMULA_PREFIXES", "json_safe", "neutralise", "write_csv", "write_json",
           "write_table"]


def _plain(value: Any) -> Any:
    if value.__class__ is str:  # most cells: nothing to look into
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return None  # NaN and ±Infinity are not JSON; n/a is null
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def json_safe(value: Any) -> Any:
    """``value`` with NaN and ±Infinity (anywhere inside) as null: always valid JSON."""
    return _plain(value)


def write_json(rows: Iterable[Mapping[str, Any]], out: TextIO | None = None) -> None:
    """A JSON list with one object per line: readable, and each object goes through the
    C encoder (``indent`` would force the pure-Python one, 20x slower on 10,000 accounts)."""
    out = out or sys.stdout
    out.write("[")
    for i, row in enumerate(rows):
        out.write(",\n " if i else "\n ")
        out.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False,
                             default=str, allow_nan=False))
    out.write("\n]\n")


def write_csv(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], out: TextIO | None = None
) -> None:
    """CSV rows ending in CRLF, so a value with a line break (even a lone CR) is quoted and no
    reader splits it; formulas are neutralised at the start of every line of a cell."""
    writer = csv.writer(out or sys.stdout, lineterminator="\r\n")
    writer.writerow([neutralise_csv(c) for c in columns])
    for row in rows:
        writer.writerow(["" if (v := _plain(row.get(c))) is None else neutralise_csv(v)
                         for c in columns])


def write_table(
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[str],
    headers: Sequence[str] | None = None,
    out: TextIO | None = None,
) -> None:
    """An aligned plain-text table; numbers right-aligned, None shown as "n/a" (tables are
    for people: words and digits in the chosen language's conventions)."""
    out = out or sys.stdout
    headers = [cell_text(h) for h in (headers or columns)]
    na = fmt.conventions().na
    # Column by column: 10,000 rows of nine cells are 90,000 of them, and a list
    # comprehension per column costs a fraction of a function call per cell.
    texts, sizes, padded = [], [], []
    for c in columns:
        values = [row.get(c) for row in rows]
        cells = [na if (v := _plain(value)) is None else cell_text(_fmt(v)) for value in values]
        texts.append(cells)
        sizes.append([len(t) if t.isascii() else _width(t) for t in cells])
    widths = [max([_width(h), *size]) for h, size in zip(headers, sizes, strict=True)]
    for c, cells, size, width in zip(columns, texts, sizes, widths, strict=True):
        if all(_is_number(row.get(c)) for row in rows if row.get(c) is not None):
            padded.append([" " * (width - n) + t for t, n in zip(cells, size, strict=True)])
        else:
            padded.append([t + " " * (width - n) for t, n in zip(cells, size, strict=True)])
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(parts).rstrip() for parts in zip(*padded, strict=True)]
    out.write("\n".join(lines) + "\n")


def _width(text: str) -> int:
    """Terminal columns: Japanese and Chinese characters take two (East Asian Wide)."""
    if text.isascii():  # no ASCII character is wide: one column each
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False, size: int | None = None) -> str:
    fill = " " * (width - (_width(text) if size is None else size))
    return fill + text if right else text + fill


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        # Two decimals line up in a column; tiny non-zero values keep their significance.
        return f"{value:.3g}" if 0 < abs(value) < 0.01 else fmt.number(value, 2)
    return str(value)
