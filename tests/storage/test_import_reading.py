"""Reading export files: encodings, delimiters, XLSX sheets, empty and unreadable files."""

from __future__ import annotations

import pandas as pd
import pytest

from storage.importing import ImportFileError, ReadOptions, read_source
from storage.importing.reading import detect_encoding, sniff_delimiter

POLISH = "name;city;amount\nZakład Łódź;Łódź;1 234,50 zł\nŻabka Świętokrzyska;Kraków;99\n"
WESTERN = "name,city,amount\nCafé Müller,Köln,£12\nAçaí Ltd,São Paulo,€5\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1250", "cp1250")],
)
def test_polish_file_in_every_encoding_is_detected(tmp_path, encoding, expected):
    path = write(tmp_path, "pl.csv", POLISH.encode(encoding))
    table = read_source(path)
    assert table.encoding == expected
    assert table.delimiter == ";"
    assert table.frame["name"].tolist() == ["Zakład Łódź", "Żabka Świętokrzyska"]
    assert table.columns == ["name", "city", "amount"]  # no BOM left in the first header


def test_western_file_in_cp1252_is_detected(tmp_path):
    path = write(tmp_path, "de.csv", WESTERN.encode("cp1252"))
    table = read_source(path)
    assert table.encoding == "cp1252"
    assert table.frame["city"].tolist() == ["Köln", "São Paulo"]
    assert table.frame["amount"].tolist() == ["£12", "€5"]


def test_detect_encoding_tells_cp1250_from_cp1252():
    assert detect_encoding("Płatność zł".encode("cp1250")) == "cp1250"
    assert detect_encoding("Prix £12, café".encode("cp1252")) == "cp1252"


def test_given_encoding_wins(tmp_path):
    path = write(tmp_path, "pl.csv", POLISH.encode("cp1250"))
    table = read_source(path, ReadOptions(encoding="cp1250", delimiter=";"))
    assert table.frame["city"].iloc[0] == "Łódź"


def test_wrong_encoding_names_the_line_and_suggests_the_right_one(tmp_path):
    path = write(tmp_path, "pl.csv", POLISH.encode("cp1250"))
    with pytest.raises(ImportFileError) as error:
        read_source(path, ReadOptions(encoding="utf-8"))
    message = str(error.value)
    assert "pl.csv is not valid utf-8" in message
    assert "line 2" in message
    assert "--encoding cp1250" in message


def test_utf16_read_as_utf8_without_bom_is_refused(tmp_path):
    ascii_only = write(tmp_path, "u16.csv", b"name,city\nAcme,Paris\n".decode().encode("utf-16-le"))
    with pytest.raises(ImportFileError, match="looks like UTF-16: try --encoding utf-16"):
        read_source(ascii_only, ReadOptions(encoding="utf-8"))
    accented = write(tmp_path, "u16pl.csv", POLISH.encode("utf-16-le"))
    with pytest.raises(ImportFileError, match="looks like utf-16-le; try --encoding utf-16-le"):
        read_source(accented, ReadOptions(encoding="utf-8"))
    assert read_source(accented).frame["city"].iloc[0] == "Łódź"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_sniffed(tmp_path, delimiter):
    text = delimiter.join(["a", "b", "c"]) + "\n" + delimiter.join(["1", "x,y" if delimiter != "," else '"x,y"', "3"]) + "\n"
    table = read_source(write(tmp_path, "d.csv", text.encode()))
    assert table.delimiter == delimiter
    assert table.frame["b"].tolist() == ["x,y"]


def test_sniffing_ignores_commas_inside_quotes():
    assert sniff_delimiter('a;b\n"1,5";"2,5"\n"3,1";"4,2"\n') == ";"


def test_row_numbers_count_the_header_and_skip_blank_lines(tmp_path):
    path = write(tmp_path, "r.csv", b"a,b\n1,2\n\n,\n3,4\n")
    table = read_source(path)
    # header = row 1; "1,2" row 2; the blank line and the ",," line are dropped; "3,4" row 5
    assert table.rows.tolist() == [2, 5]


def test_empty_file(tmp_path):
    with pytest.raises(ImportFileError, match="empty"):
        read_source(write(tmp_path, "empty.csv", b""))
    with pytest.raises(ImportFileError, match="empty"):
        read_source(write(tmp_path, "bom.csv", b"\xef\xbb\xbf\n"))


def test_header_only_file(tmp_path):
    with pytest.raises(ImportFileError, match="header row .* but no data rows"):
        read_source(write(tmp_path, "head.csv", b"name,domain\n"))


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="does not exist"):
        read_source(tmp_path / "nope.csv")


def test_old_excel_is_refused_with_advice(tmp_path):
    path = write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match="save it as .xlsx or CSV"):
        read_source(path)


def test_xlsx_sheets(tmp_path):
    path = tmp_path / "book.xlsx"
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        pd.DataFrame({"x": [1]}).to_excel(writer, sheet_name="Notes", index=False)
        pd.DataFrame({
            "name": ["Acme", "Beta"],
            "employees": [2822, 495],
            "revenue": [1100.04, 251.5],
            "created": [pd.Timestamp("2024-01-05"), pd.Timestamp("2024-02-06 14:30")],
        }).to_excel(writer, sheet_name="Accounts", index=False)
    table = read_source(path, ReadOptions(sheet="Accounts"))
    assert table.sheet == "Accounts" and table.sheets == ["Notes", "Accounts"]
    assert table.frame["employees"].tolist() == ["2822", "495"]  # no "2822.0"
    assert table.frame["revenue"].tolist() == ["1100.04", "251.5"]
    assert table.frame["created"].tolist() == ["2024-01-05", "2024-02-06 14:30:00"]
    assert read_source(path).sheet == "Notes"  # the first sheet by default
    with pytest.raises(ImportFileError, match="no sheet 'Deals'; its sheets are: Notes, Accounts"):
        read_source(path, ReadOptions(sheet="Deals"))
