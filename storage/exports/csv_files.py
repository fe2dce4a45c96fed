"""The portfolio workbook as one CSV file per sheet, for tools that don't read XLSX.

Files are UTF-8 with a byte-order mark (so Excel shows 株式会社 and Łódź as written),
comma-separated, one header row; numbers are plain (percentages as fractions, like the
workbook's cells), dates ISO 8601, empty for n/a. Text is neutralised against formula
injection exactly as in the workbook.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from domain.progress import step
from domain.report_contents.tables import Table, Workbook
from storage.exports.cells import header, table_columns

ProgressFn = Callable[[float, str], None]
ENCODING = "utf-8-sig"


def csv_file_name(sheet_name: str) -> str:
    """``NPS responses`` → ``nps-responses.csv``."""
    slug = re.sub(r"[^0-9a-z]+", "-", sheet_name.lower()).strip("-")
    return f"{slug or 'sheet'}.csv"


def write_csv_files(
    workbook: Workbook, folder: str | Path, progress: ProgressFn | None = None
) -> list[Path]:
    """Write one CSV per sheet into ``folder`` (created if needed); returns the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index, sheet in enumerate(workbook.sheets):
        if progress:
            progress(index / max(len(workbook.sheets), 1), step("writing_csv", sheet.heading or sheet.name))  # ids: worded by the desktop
        written.append(write_csv_table(sheet, folder / csv_file_name(sheet.name)))
    if progress:
        progress(1.0, step("wrote_files", len(written), folder))
    return written


def write_csv_table(table: Table, path: Path) -> Path:
    """One table to one CSV file, atomically."""
    columns = table_columns(table)
    fd, tmp = tempfile.mkstemp(prefix=".abm-", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=ENCODING, newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(header(table))
            writer.writerows([_plain(v) for v in row] for row in zip(*columns, strict=True))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value
