"""The account PDF, the meeting pack PDF and the portfolio workbook are the same on SQLite
and on PostgreSQL for the same data.

A small demo (seed 1, as of 30 June 2026) is written to an SQLite file and to a PostgreSQL
database by ``abm-health demo``, and each report is written from both by ``abm-health
report``. The PDFs must be equal byte for byte: QPdfWriter is given a fixed creation date
and creator, so two runs on the same data give the same file. The XLSX file is a zip whose
entries carry the time they were written (zipfile stamps each entry with the clock), so its
bytes differ from second to second even on one back-end, and openpyxl writes the time of
saving as the document's "modified" property whatever was set. Every entry inside the zip
(the sheets, shared strings, styles, document properties) must be equal byte for byte once
that one property is taken out, and the cells read back by openpyxl equal too.
"""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.cli import main

DEMO = ["demo", "--accounts", "60", "--events", "6000", "--seed", "1", "--as-of", "2026-06-30"]
# openpyxl stamps the time of saving here (openpyxl.writer.excel.save_workbook).
SAVED_AT = re.compile(rb"<dcterms:modified[^>]*>[^<]*</dcterms:modified>")
PERIOD = ["--from", "2026-06-01", "--to", "2026-06-30"]
REPORTS = {
    "account.pdf": ["report", "account", "id:17", *PERIOD],
    "meeting.pdf": ["report", "meeting", *PERIOD],
    "portfolio.xlsx": ["report", "portfolio", *PERIOD],
}


def _quiet(args: list[str]) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(args)


@pytest.fixture(scope="module")
def reports(pg_server, tmp_path_factory) -> list[dict[str, Path]]:
    """Each report written from the SQLite file and from the PostgreSQL database."""
    root = tmp_path_factory.mktemp("same_reports")
    written = []
    for name, target in (("sqlite", str(root / "w.sqlite")),
                         ("postgres", pg_server.new_database("reports"))):
        assert _quiet(["--workspace", target, *DEMO]) == 0
        folder = root / name
        folder.mkdir()
        files = {}
        for file_name, args in REPORTS.items():
            out = folder / file_name
            assert _quiet(["--workspace", target, *args, "-o", str(out)]) == 0, file_name
            files[file_name] = out
        written.append(files)
    return written


@pytest.mark.parametrize("name", ["account.pdf", "meeting.pdf"])
def test_the_pdf_is_the_same_file(reports, name):
    sqlite, postgres = reports
    assert sqlite[name].read_bytes() == postgres[name].read_bytes()
    # Something real was compared: a report of several pages about the demo's data.
    pages = PdfReader(sqlite[name]).pages
    assert len(pages) >= 2
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    expected = ("Armor Alimentaire SA" if name == "account.pdf"
                else "The portfolio (57 target accounts)")
    assert expected in text


def test_the_workbook_holds_the_same_parts_and_cells(reports):
    sqlite, postgres = reports
    with zipfile.ZipFile(sqlite["portfolio.xlsx"]) as a, zipfile.ZipFile(postgres["portfolio.xlsx"]) as b:
        assert a.namelist() == b.namelist()
        for entry in a.namelist():
            assert SAVED_AT.sub(b"", a.read(entry)) == SAVED_AT.sub(b"", b.read(entry)), entry
    books = [load_workbook(files["portfolio.xlsx"], read_only=True) for files in reports]
    cells = [{sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
              for sheet in book.worksheets} for book in books]
    assert cells[0] == cells[1]
    # The Accounts sheet: a heading row and the demo's 57 target accounts.
    assert len([r for r in cells[0]["Accounts"] if any(v is not None for v in r)]) >= 58
