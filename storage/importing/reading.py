"""Reading an export file into a frame of text cells: encodings, delimiters, XLSX sheets.

CSV files are decoded as UTF-8 (with or without BOM), UTF-16 (BOM or NUL pattern), or the
Windows code pages cp1252 (Western) and cp1250 (Central European), detected when not
given; the delimiter (comma, semicolon, tab, pipe) is sniffed when not given. XLSX sheets
are read through openpyxl. Every cell comes back as text ("" for empty) so the parsers see
exactly what the user sees, and each row keeps its line number in the file for reports.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from storage.importing.mixed_encoding import refuse_mixed_encodings
from storage.importing.problems import ImportFileError
from storage.said import Said, english, say

english({
    "no_such_file": "{path} does not exist or is not a file.",
    "unreadable_file": "{file} cannot be read: {reason}; check that you may open it.",
    "empty_file": "{file} is empty: expected a header row and data rows.",
    "old_excel": "{file} is an old Excel (.xls) workbook; save it as .xlsx or CSV and import "
                 "that.",
    "no_data_rows": "{file} has a header row ({columns}) but no data rows.",
    "utf8_read_as_other": "{file} reads as UTF-8, but --encoding {encoding} was given: "
                          "accented letters may come out garbled.",
    "malformed_csv": "{file} is not a well-formed CSV with delimiter {delimiter}: {reason}. "
                     "Check the quoting, or give --delimiter.",
    "unknown_encoding": "{encoding!r} is not an encoding abm-health knows; use utf-8, utf-16, "
                        "cp1252 or cp1250.",
    "bad_byte": "{file} is not valid {encoding}: byte 0x{byte:02X} on line {line} cannot be "
                "read. The file looks like {guess}; try --encoding {guess}.",
    "nul_bytes": "{file} contains NUL bytes when read as {encoding}; it looks like UTF-16: try "
                 "--encoding utf-16.",
    "unreadable_xlsx": "{file} is not a readable XLSX workbook: {reason}.",
    "no_such_sheet": "{file} has no sheet {sheet!r}; its sheets are: {sheets}.",
})

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
ROW_COLUMN = "__row__"  # the file row number (header = row 1) kept beside the cells
DELIMITERS = (",", ";", "\t", "|")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
PREVIEW_BYTES = 4 << 20  # a preview reads no more of a big CSV than this


@dataclass
class ReadOptions:
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


@dataclass
class SourceTable:
    """A file's cells as text, with what was detected about the file."""

    frame: pd.DataFrame  # text cells; column ROW_COLUMN holds each row's number in the file
    path: Path
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    warnings: list[Said] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)  # as in the file, before de-duplication
    # The line each record starts on, when a quoted value spans lines (else None: the
    # record number and the line are the same). Record n (header = 1) is lines[n - 2].
    record_lines: np.ndarray | None = None

    def record_of(self, line: int) -> int:
        """The record number of the row starting on ``line`` (the same number when no
        value spans lines)."""
        if self.record_lines is None:
            return int(line)
        return int(np.searchsorted(self.record_lines, line)) + 2

    @property
    def columns(self) -> list[str]:
        return [c for c in self.frame.columns if c != ROW_COLUMN]

    @property
    def rows(self) -> pd.Series:
        return self.frame[ROW_COLUMN]

    def __len__(self) -> int:
        return len(self.frame)


def read_source(path: str | Path, options: ReadOptions | None = None,
                nrows: int | None = None) -> SourceTable:
    """Read a CSV or XLSX export (only its first ``nrows`` rows for a preview).

    Raises ImportFileError naming what to fix."""
    options = options or ReadOptions()
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(say("no_such_file", path=path))
    try:
        raw = _read_bytes(path, limit=PREVIEW_BYTES if nrows is not None else None)
    except OSError as exc:
        raise ImportFileError(say("unreadable_file", file=path.name,
                                  reason=exc.strerror or exc)) from exc
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFileError(say("empty_file", file=path.name))
    if path.suffix.lower() in XLSX_SUFFIXES or raw[:4] == b"PK\x03\x04":
        table = _read_xlsx(path, raw, options.sheet, nrows)
    elif path.suffix.lower() == ".xls" or raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ImportFileError(say("old_excel", file=path.name))
    else:
        table = _read_csv(path, raw, options, nrows)
    if len(table.frame) == 0:
        raise ImportFileError(say("no_data_rows", file=path.name,
                                  columns=", ".join(table.columns[:8])))
    return table


def _read_bytes(path: Path, limit: int | None) -> bytes:
    """The whole file, or (for a preview) its first ``limit`` bytes cut after a newline."""
    if limit is None or path.suffix.lower() in XLSX_SUFFIXES or path.stat().st_size <= limit:
        return path.read_bytes()
    with path.open("rb") as handle:
        head = handle.read(limit)
    if head[:4] == b"PK\x03\x04":  # a workbook whatever its name: needs every byte
        return path.read_bytes()
    cut = head.rfind(b"\n")
    head = head[: cut + 1] if cut > 0 else head
    return head[: len(head) - len(head) % 2] if head.count(b"\x00") > len(head) // 4 else head


# -- CSV ---------------------------------------------------------------------------------------
def _read_csv(path: Path, raw: bytes, options: ReadOptions, nrows: int | None) -> SourceTable:
    warnings: list[Said] = []
    if options.encoding is None:
        refuse_mixed_encodings(path, raw)
    encoding = options.encoding or detect_encoding(raw)
    text = _decode(path, raw, encoding)
    if options.encoding and options.encoding.lower().replace("-", "") in ("cp1252", "cp1250",
                                                                          "latin1", "iso88591"):
        if _is_utf8_with_accents(raw):
            warnings.append(say("utf8_read_as_other", file=path.name,
                                encoding=options.encoding))
    delimiter = options.delimiter or sniff_delimiter(text[:65536])
    if delimiter in ("\\t", "tab", "TAB"):
        delimiter = "\t"
    python_name = "utf-8" if encoding == "utf-8-sig" else encoding
    buffer = io.BytesIO(raw[3:] if encoding == "utf-8-sig" else raw)
    try:
        frame = pd.read_csv(
            buffer, sep=delimiter, dtype=object, keep_default_na=False, encoding=python_name,
            na_filter=False, skip_blank_lines=False, engine="c", nrows=nrows,
        )
    except pd.errors.ParserError as exc:
        raise ImportFileError(say("malformed_csv", file=path.name, delimiter=_show(delimiter),
                                  reason=exc)) from exc
    except pd.errors.EmptyDataError as exc:
        raise ImportFileError(say("empty_file", file=path.name)) from exc
    headers = _header_cells(text, delimiter) or [_clean_header(c) for c in frame.columns]
    lines = record_lines(text, delimiter, len(frame))
    del text
    frame.columns = [_clean_header(c) for c in frame.columns]
    frame = _number_rows(frame, lines)
    return SourceTable(frame, path, encoding=encoding, delimiter=delimiter, warnings=warnings,
                       headers=headers, record_lines=lines)


def detect_encoding(raw: bytes) -> str:
    """BOMs first; then UTF-16 by its NUL bytes; then strict UTF-8; else cp1250 or cp1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = raw[:4096]
    if head and head.count(b"\x00") > len(head) // 4:
        return "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return "cp1250" if _word_letters(raw, "cp1250") > _word_letters(raw, "cp1252") else "cp1252"


def _word_letters(raw: bytes, encoding: str) -> int:
    """How many non-ASCII characters decode to letters inside words (zł, Łódź, café).

    cp1250 and cp1252 share the ASCII half and differ above 0x80: a Polish file read as
    cp1252 shows "z³" and "£ódŸ" (symbols), read as cp1250 "zł" and "Łódź" (letters).
    """
    text = raw.decode(encoding, errors="replace")
    score = 0
    for seen, match in enumerate(_NON_ASCII.finditer(text)):
        if seen >= 20_000:  # plenty to decide; keeps a huge file quick
            break
        i, ch = match.start(), match.group()
        if ch == "\ufffd":
            continue
        category = unicodedata.category(ch)
        if category == "Sc":  # £, € and the like are at home in either code page
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        in_word = category.startswith("L") and (before.isalpha() or after.isalpha())
        score += 1 if in_word else -1
    return score


def _decode(path: Path, raw: bytes, encoding: str) -> str:
    try:
        text = raw.decode(encoding)
    except LookupError as exc:
        raise ImportFileError(say("unknown_encoding", encoding=encoding)) from exc
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        guess = detect_encoding(raw)
        raise ImportFileError(say("bad_byte", file=path.name, encoding=encoding,
                                  byte=raw[exc.start], line=line, guess=guess)) from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text[:4096]:
        raise ImportFileError(say("nul_bytes", file=path.name, encoding=encoding))
    return text


def _is_utf8_with_accents(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in raw[:65536])


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the first lines into the same number (> 1) of fields."""
    lines = [line for line in sample.splitlines()[:30] if line.strip()]
    if len(lines) > 1 and not sample.endswith("\n"):
        lines = lines[:-1]  # the sample may have cut the last line short
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts or counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = (consistent, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _show(delimiter: str) -> str:
    return {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}.get(delimiter, repr(delimiter))


# -- XLSX --------------------------------------------------------------------------------------
def _read_xlsx(path: Path, raw: bytes, sheet: str | None, nrows: int | None) -> SourceTable:
    try:
        book = pd.ExcelFile(io.BytesIO(raw), engine="openpyxl")
    except Exception as exc:  # openpyxl raises several types for damaged files
        raise ImportFileError(say("unreadable_xlsx", file=path.name, reason=exc)) from exc
    sheets = [str(s) for s in book.sheet_names]
    if sheet is not None and sheet not in sheets:
        raise ImportFileError(say("no_such_sheet", file=path.name, sheet=sheet,
                                  sheets=", ".join(sheets)))
    chosen = sheet if sheet is not None else sheets[0]
    frame = pd.read_excel(book, sheet_name=chosen, dtype=object, header=0, nrows=nrows)
    first = pd.read_excel(book, sheet_name=chosen, dtype=object, header=None, nrows=1)
    headers = [_clean_header(c) for c in first.iloc[0].tolist()] if len(first) else []
    frame.columns = [_clean_header(c) for c in frame.columns]
    for col in frame.columns:
        frame[col] = _cells_as_text(frame[col])
    frame = _number_rows(frame)
    return SourceTable(frame, path, sheet=chosen, sheets=sheets, headers=headers)


def _cells_as_text(column: pd.Series) -> pd.Series:
    """Excel cell values as the text a user sees: dates ISO, whole numbers without ".0"."""

    def one(value: object) -> str:
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return ""
        if isinstance(value, pd.Timestamp) or hasattr(value, "isoformat"):
            stamp = pd.Timestamp(value)
            return stamp.strftime("%Y-%m-%d") if stamp == stamp.normalize() else stamp.isoformat(sep=" ")
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    return column.map(one).astype(object)


# -- shared ------------------------------------------------------------------------------------
def _clean_header(name: object) -> str:
    text = "" if name is None else str(name)
    blank = _UNNAMED.match(text)
    if blank:  # pandas names a blank header "Unnamed: 15"; people count columns from 1
        return f"column {int(blank.group(1)) + 1} (no header)"
    return text.replace("\ufeff", "").strip()


def _header_cells(text: str, delimiter: str) -> list[str]:
    """The header row as written (pandas renames a repeated header to "name.1")."""
    try:
        first = next(csv.reader(io.StringIO(text[:1 << 20], newline=""), delimiter=delimiter), [])
    except csv.Error:
        return []
    return [_clean_header(c) for c in first]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def record_lines(text: str, delimiter: str, records: int) -> np.ndarray | None:
    """The file line each data record starts on, where a quoted value spans lines (so line
    and record numbers differ); None when they are the same (the usual, cheap case)."""
    if '"' not in text:
        return None
    breaks = len(_LINE_BREAK.findall(text))
    physical = breaks + (0 if text.endswith(("\n", "\r")) else 1)
    if physical == records + 1:
        return None
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    starts: list[int] = []
    previous = 0
    try:
        for _ in reader:
            starts.append(previous + 1)
            previous = reader.line_num
            if len(starts) > records:
                break
    except csv.Error:  # pandas read what csv will not: keep record numbers
        return None
    if len(starts) != records + 1:  # the two parsers disagree: keep record numbers
        return None
    return np.asarray(starts[1:], dtype="int64")


_UNNAMED = re.compile(r"^Unnamed: (\d+)$")


def _number_rows(frame: pd.DataFrame, lines: np.ndarray | None = None) -> pd.DataFrame:
    """Keep each row's line in the file (header = 1) and drop rows with no cell filled."""
    frame = frame.reset_index(drop=True)
    numbers = np.arange(2, len(frame) + 2) if lines is None else lines
    rows = pd.Series(numbers, index=frame.index)
    empty = np.ones(len(frame), dtype=bool)
    for col in frame.columns:
        cells = frame[col].to_numpy(dtype=object)
        empty &= (cells == "") | pd.isna(cells)
        if not empty.any():
            break
    if len(frame.columns) and empty.any():
        frame = frame[~empty]
        rows = rows[~empty]
    frame = frame.copy()
    frame[ROW_COLUMN] = rows.to_numpy()
    return frame.reset_index(drop=True)
