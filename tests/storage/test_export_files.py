"""The workbook exports: typed XLSX cells, CSV per sheet, and formula injection neutralised."""

from __future__ import annotations

import csv
from datetime import date, datetime

import openpyxl
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.formula_guard import FORMULA_PREFIXES, neutralise
from domain.report_contents import ColumnKind as K
from domain.report_contents import Workbook, table
from storage.exports import write_csv_files, write_xlsx
from storage.exports.csv_files import csv_file_name

HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


def _book() -> Workbook:
    frame = pd.DataFrame(
        {
            "name": ["株式会社山田", "北京华为技术有限公司", "Zakład Łódź", *HOSTILE],
            "tier": [1, 2, 3, 1, 2, 3, 1, 2, 3],
            "score": [72.5, 41.0, None, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0],
            "win_rate": [0.25, None, 1.0, 0.0, 0.5, 0.5, 0.5, 0.5, 0.5],
            "renewal": pd.to_datetime(
                ["2027-01-31", None, "2026-12-01"] + ["2027-03-01"] * 6
            ),
        }
    )
    accounts = table(
        "Accounts",
        frame,
        [
            ("name", "Account", K.TEXT),
            ("tier", "Tier", K.INTEGER),
            ("score", "Health", K.NUMBER),
            ("win_rate", "Win rate", K.PERCENT),
            ("renewal", "Renewal", K.DATE),
        ],
    )
    nps = table(
        "NPS responses",
        pd.DataFrame({"comment": ["=cmd|' /C calc'!A0", "#N/A"], "score": [0, 10]}),
        [("comment", "Comment", K.TEXT), ("score", "Score", K.INTEGER)],
    )
    return Workbook("Portfolio", (accounts, nps), as_of=pd.Timestamp("2026-11-01"))


def test_xlsx_has_typed_cells_frozen_header_and_widths(tmp_path):
    path = write_xlsx(_book(), tmp_path / "p.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Accounts", "NPS responses"]
    ws = book["Accounts"]
    assert [c.value for c in ws[1]] == ["Account", "Tier", "Health", "Win rate", "Renewal"]
    assert ws.freeze_panes == "A2"
    assert ws["A2"].value == "株式会社山田" and ws["A4"].value == "Zakład Łódź"
    assert ws["B2"].value == 1 and isinstance(ws["B2"].value, int)
    assert ws["C2"].value == 72.5
    assert ws["C4"].value is None  # n/a is an empty cell, never 0
    assert ws["D2"].value == 0.25 and ws["D2"].number_format == "0.0%"
    assert ws["D3"].value is None
    assert ws["E2"].value == datetime(2027, 1, 31) and ws["E2"].is_date
    assert ws.column_dimensions["A"].width >= len("北京华为技术有限公司")


def test_xlsx_neutralises_every_formula_prefix(tmp_path):
    path = write_xlsx(_book(), tmp_path / "p.xlsx")
    ws = openpyxl.load_workbook(path)["Accounts"]
    stored = [ws.cell(row=r, column=1) for r in range(5, 11)]
    # XML turns a stored carriage return into a line feed when read back; the quote stays.
    assert [c.value for c in stored] == ["'" + text.replace("\r", "\n") for text in HOSTILE]
    assert all(c.data_type == "s" for c in stored)  # strings, never formulas
    nps = openpyxl.load_workbook(path)["NPS responses"]
    assert nps["A2"].value == "'=cmd|' /C calc'!A0" and nps["A2"].data_type == "s"
    assert nps["A3"].value == "#N/A" and nps["A3"].data_type == "s"  # text, not an error value


def test_csv_per_sheet_with_bom_iso_dates_and_neutralised_text(tmp_path):
    paths = write_csv_files(_book(), tmp_path / "out")
    assert [p.name for p in paths] == ["accounts.csv", "nps-responses.csv"]
    raw = paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    with paths[0].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Account", "Tier", "Health", "Win rate", "Renewal"]
    assert rows[1] == ["株式会社山田", "1", "72.5", "0.25", "2027-01-31"]
    assert rows[2] == ["北京华为技术有限公司", "2", "41.0", "", ""]
    assert rows[3][0] == "Zakład Łódź" and rows[3][2] == ""
    assert [r[0] for r in rows[4:10]] == ["'" + text for text in HOSTILE]


def test_csv_file_names():
    assert csv_file_name("NPS responses") == "nps-responses.csv"
    assert csv_file_name("KPIs") == "kpis.csv"


@given(st.text(max_size=20))
def test_neutralised_text_never_starts_with_a_formula_prefix(text):
    out = neutralise(text)
    assert not out.startswith(FORMULA_PREFIXES)
    assert out in (text, "'" + text)


def test_numbers_and_dates_pass_unchanged():
    assert neutralise(-5) == -5
    assert neutralise(date(2026, 1, 1)) == date(2026, 1, 1)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(max_size=12), min_size=1, max_size=4))
def test_any_text_survives_the_workbook_and_never_runs(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("prop")
    book = Workbook("P", (table("T", pd.DataFrame({"t": texts}), [("t", "Text", K.TEXT)]),))
    ws = openpyxl.load_workbook(write_xlsx(book, folder / "p.xlsx"))["T"]
    for row, text in enumerate(texts, start=2):
        cell = ws.cell(row=row, column=1)
        stored = "" if cell.value is None else cell.value
        assert cell.data_type == "s" or cell.value is None
        assert not stored.startswith(("=", "+", "-", "@"))
        # XML can't hold control characters other than tab, LF and CR: they become U+FFFD;
        # a stored CR reads back as LF.
        expected = neutralise(text)
        expected = "".join("\ufffd" if ord(c) < 32 and c not in "\t\n\r" else c for c in expected)
        assert stored == expected.replace("\r\n", "\n").replace("\r", "\n") or (not text and not stored)
    (csv_path,) = write_csv_files(book, folder / "csv")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        assert [r[0] for r in list(csv.reader(handle))[1:]] == [neutralise(t) for t in texts]
