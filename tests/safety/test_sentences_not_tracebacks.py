"""Issue 18, point 7: every bad option, mapping value, unreadable file and oversized cell is a
sentence with exit 2 (usage) or 1 (data), never a traceback.
"""

from __future__ import annotations

import os
import sqlite3

import pytest

from desktop.cli import main
from storage.importing import ImportInputs, MappingError, load_mapping, run

ACCOUNTS = "external_id,name\nA1,Acme\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.csv").write_text(ACCOUNTS, encoding="utf-8")
    return tmp_path


def usage(capsys, argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return err.strip().splitlines()[-1]


@pytest.mark.parametrize(("option", "value", "says"), [
    ("--delimiter", "ab", "abm-health: error: --delimiter: the delimiter 'ab' is not one "
                          "separating character; use , ; | or tab"),
    ("--date-format", "%Q%", "abm-health: error: --date-format: the date format '%Q%' is not a "
                             "strptime format ('Q' is a bad directive in format '%Q%'); e.g. %d.%m.%Y"),
    ("--encoding", "klingon", "abm-health: error: --encoding: 'klingon' is not an encoding "
                              "abm-health knows; use utf-8, utf-16, cp1252 or cp1250"),
])
def test_bad_options_are_usage_errors(files, capsys, option, value, says):
    line = usage(capsys, ["--workspace", str(files / "w.sqlite"), "import", "accounts",
                          str(files / "a.csv"), option, value])
    assert line == says


@pytest.mark.parametrize(("body", "says"), [
    ('[fields]\nname = "name"\n[fields.annual_revenue]\ncolumn = "rev"\nscale = "abc"\n',
     "[fields.annual_revenue] scale = 'abc' must be a number greater than 0, e.g. 1000000"),
    ('[fields]\nname = "name"\n[fields.tier]\ncolumn = "t"\nvalues = "x"\n',
     "[fields.tier] values = 'x' must be a table such as { \"Closed Won\" = \"won\" }"),
    ('[fields]\nname = "name"\n[fields.region]\ncolumn = "r"\n'
     'only_if = { field = "tier", in = 5 }\n',
     "[fields.region] only_if in = 5 must be a list such as [\"won\", \"lost\"]"),
    ('delimiter = 5\n[fields]\nname = "name"\n', "delimiter = 5 must be text in quotes"),
    ('date_format = 5\n[fields]\nname = "name"\n', "date_format = 5 must be text in quotes"),
    ('day_first = "yes"\n[fields]\nname = "name"\n', "day_first = 'yes' must be true or false"),
])
def test_mapping_types_are_checked_when_the_mapping_loads(files, capsys, body, says):
    mapping = files / "m.toml"
    mapping.write_text('entity = "accounts"\n' + body, encoding="utf-8")
    with pytest.raises(MappingError) as info:
        load_mapping(mapping)
    assert says in str(info.value)
    line = usage(capsys, ["--workspace", str(files / "w.sqlite"), "import", "accounts",
                          str(files / "a.csv"), "--mapping", str(mapping)])
    assert says in line


def test_a_mapping_that_is_not_utf8_is_a_usage_error(files, capsys):
    mapping = files / "m.toml"
    mapping.write_bytes('entity = "accounts"\ntitle = "Umowy Łódź"\n'.encode("cp1250"))
    line = usage(capsys, ["--workspace", str(files / "w.sqlite"), "import", "accounts",
                          str(files / "a.csv"), "--mapping", str(mapping)])
    assert "is not UTF-8 (byte 0xA3 on line 2); save it as UTF-8." in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_input_is_a_data_error(files, capsys):
    path = files / "a.csv"
    path.chmod(0)
    code = main(["--workspace", str(files / "w.sqlite"), "import", "accounts", str(path)])
    assert code == 1
    assert "a.csv cannot be read: Permission denied" in capsys.readouterr().err


def test_an_input_the_system_refuses_to_read_is_a_data_error(files, capsys, monkeypatch):
    # Tests run as root in CI, and root reads any file: the operating system's refusal is
    # stood in for here (the import code itself is the real one).
    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr("pathlib.Path.read_bytes", refuse)
    code = main(["--workspace", str(files / "w.sqlite"), "import", "accounts",
                 str(files / "a.csv")])
    assert code == 1
    err = capsys.readouterr().err
    assert "a.csv cannot be read: Permission denied; check that you may open it." in err
    assert "Traceback" not in err


def test_an_oversized_cell_rejects_its_row(workspace, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("external_id,name\nA1," + "x" * 100_001 + "\nA2,Fine\n", encoding="utf-8")
    result = run(ImportInputs(workspace, "accounts", path))
    assert result.inserted == 1 and result.rejected == 1
    assert result.problems["expected"].tolist() == [
        "a text of at most 100,000 characters (check the file's quoting)"]
    conn = sqlite3.connect(workspace.path)
    assert conn.execute("SELECT external_id FROM accounts").fetchall() == [("A2",)]
    conn.close()


def test_an_oversized_xlsx_cell_rejects_its_row(workspace, tmp_path):
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["external_id", "name"])
    sheet.append(["A1", "y" * 40_000])  # openpyxl cuts it to Excel's 32,767 when saving
    sheet.append(["A2", "Fine"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    # Another tool writes what Excel would not: a 150,000-character cell.
    path = tmp_path / "big.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"y" * 32_767, b"y" * 150_000)
            dst.writestr(item, data)
    result = run(ImportInputs(workspace, "accounts", path))
    assert result.inserted == 1 and result.rejected == 1
    assert result.problems["row"].tolist() == [2]
