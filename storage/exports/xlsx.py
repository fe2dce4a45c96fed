"""The portfolio workbook as XLSX, written in openpyxl's streaming (write-only) mode.

Every sheet gets a bold frozen header row, an autofilter, widths sized from the titles and
a sample of the values, and cells typed by the column kind: numbers as numbers with a
number format (percentages as fractions formatted ``0.0%``), dates as real dates, text as
text. Text is neutralised (``domain.formula_guard``) *and* stored with the string type, so
nothing a CRM export carried can run as a formula. Write-only mode streams rows to disk:
10,000 accounts take a fraction of what the in-memory workbook (and pandas' ``to_excel``)
needs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import Workbook as XlsxWorkbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from domain.progress import step
from domain.report_contents.tables import ColumnKind, Table, Workbook
from storage.exports.cells import NUMBER_FORMATS, UNIT_FORMATS, header, table_columns

ProgressFn = Callable[[float, str], None]

MAX_SHEET_TITLE = 31  # Excel's limit
WIDTH_SAMPLE = 200  # rows looked at to size a column
MIN_WIDTH, MAX_WIDTH = 8, 60
KIND_WIDTH = {ColumnKind.DATE: 11, ColumnKind.DATETIME: 17, ColumnKind.PERCENT: 9}
REPLACEMENT = "\ufffd"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F4858")


def write_xlsx(workbook: Workbook, path: str | Path, progress: ProgressFn | None = None,
               language: str = "en") -> Path:
    """Write the workbook to ``path`` atomically (a temporary file renamed into place).

    ``language`` (the words' language, "en", "ja", "zh_CN", "pl") is recorded in the
    workbook's properties; the cells keep raw numbers with number formats in every language.
    """
    path = Path(path)
    book = XlsxWorkbook(write_only=True)
    book.properties.title = workbook.title
    book.properties.creator = "abm-health"
    book.properties.language = language.replace("_", "-")
    if workbook.as_of is not None:
        # The data's as-of instant, not the clock: the same data gives the same file content.
        book.properties.created = book.properties.modified = workbook.as_of.to_pydatetime()
    total = sum(max(len(s), 1) for s in workbook.sheets) or 1
    done = 0
    for sheet in workbook.sheets:
        if progress:
            progress(done / total, step("writing_sheet", sheet.heading or sheet.name))  # ids: worded by the desktop
        _write_sheet(book, sheet)
        done += max(len(sheet), 1)
    fd, tmp = tempfile.mkstemp(prefix=".abm-", suffix=".xlsx", dir=path.parent or ".")
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if progress:
        progress(1.0, step("wrote_file", path.name))
    return path


def _write_sheet(book: XlsxWorkbook, table: Table) -> None:
    ws = book.create_sheet(title=_sheet_title(table.heading or table.name))
    columns = table_columns(table)
    for index, (column, values) in enumerate(zip(table.columns, columns, strict=True), start=1):
        ws.column_dimensions[get_column_letter(index)].width = _width(column.title, column.kind, values)
    ws.freeze_panes = "A2"
    if table.columns:
        last = get_column_letter(len(table.columns))
        ws.auto_filter.ref = f"A1:{last}{len(table) + 1}"
    ws.append([_header_cell(ws, _xml_safe(title)) for title in header(table)])
    for index, column in enumerate(table.columns):
        if column.kind is ColumnKind.TEXT:
            # Plain strings are stored as text, except those openpyxl would take for an
            # error value ("#N/A"): those get an explicit text cell.
            columns[index] = [
                None if v is None else _text_cell(ws, v) if v in ERROR_CODES else _xml_safe(v)
                for v in columns[index]
            ]
            continue
        if column.kind is ColumnKind.MEASURE and column.unit_key:
            units = table.frame[column.unit_key].tolist()
            columns[index] = _unit_cells(ws, columns[index], units)
            continue
        make = _cell_maker(ws, column.kind)
        if make is not None:
            columns[index] = [make(value) for value in columns[index]]
    for row in zip(*columns, strict=True):
        ws.append(row)
    if table.note:
        ws.append([])
        ws.append([_text_cell(ws, _xml_safe(table.note))])


def _xml_safe(text: str) -> str:
    """Control characters XML cannot hold (a CRM export may carry them) become U+FFFD."""
    return ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, text)


def _sheet_title(name: str) -> str:
    # Excel forbids []:*?/\ in sheet names.
    clean = "".join("-" if ch in "[]:*?/\\" else ch for ch in name)
    return clean[:MAX_SHEET_TITLE] or "Sheet"


def _header_cell(ws: Any, title: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=title)
    cell.data_type = "s"
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(vertical="center")
    return cell


def _text_cell(ws: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # never a formula, whatever the first character
    return cell


def _cell_maker(ws: Any, kind: ColumnKind) -> Callable[[Any], Any] | None:
    """How to store one value of a column of this kind; None: the plain value is right.

    Plain values are the fast path: text (already neutralised, so never read as a formula),
    integers and dates (openpyxl gives dates a date format itself). Numbers, percentages
    and money get a styled cell, so 28.571428… shows as 28.6 and 0.25 as 25.0%.
    """
    if kind not in (ColumnKind.NUMBER, ColumnKind.PERCENT, ColumnKind.MONEY):
        return None
    template = WriteOnlyCell(ws)
    template.number_format = NUMBER_FORMATS[kind]
    style = template._style  # one style array shared by every cell: no per-cell lookups

    def formatted(value: Any) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(ws, value=value)
        cell._style = style
        return cell

    return formatted


def _unit_cells(ws: Any, values: list[Any], units: list[Any]) -> list[Any]:
    """KPI values, each formatted by its row's unit (a rate as 0.0%, money with decimals)."""
    styles: dict[str, Any] = {}
    out: list[Any] = []
    for value, unit in zip(values, units, strict=True):
        if value is None:
            out.append(None)
            continue
        fmt = UNIT_FORMATS.get(str(unit), "0.00")
        if fmt not in styles:
            template = WriteOnlyCell(ws)
            template.number_format = fmt
            styles[fmt] = template._style
        cell = WriteOnlyCell(ws, value=value)
        cell._style = styles[fmt]
        out.append(cell)
    return out


def _width(title: str, kind: ColumnKind, values: list[Any]) -> float:
    if kind in KIND_WIDTH:
        longest = KIND_WIDTH[kind]
    else:
        sample = [v for v in values[:WIDTH_SAMPLE] if v is not None]
        longest = max((_display_len(v, kind) for v in sample), default=0)
    # The title is counted as text too: a Japanese or Chinese heading takes two columns a
    # character ("最終スコア対象タッチ" was given 13 for its 22).
    title_len = _display_len(title, ColumnKind.TEXT)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, title_len + 2, longest + 2)))


def _display_len(value: Any, kind: ColumnKind) -> int:
    if kind is ColumnKind.TEXT:
        text = str(value)
        # East Asian characters take about two columns in a spreadsheet's default font.
        return len(text) + sum(1 for ch in text if ord(ch) >= 0x2E80)
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    return len(f"{value:,}") if isinstance(value, int) else len(str(value))
