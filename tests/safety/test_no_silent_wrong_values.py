"""Issue 18, point 3: a value is stored right or the row is rejected with the reason.

Before: ``employees = 99999999999999999999999`` was stored as -9223372036854775808; an
amount of 1e308 became "worth inf" and ``--format json`` printed ``Infinity``; a file
mixing UTF-8 "Café" and cp1252 "Müller" was read as cp1252 ("CafÃ©", exit 0); duplicate
headers were resolved one way for ``name,…,name`` and another for ``Name,…,name ``.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.cli import main
from storage.importing import ImportFileError, ImportInputs, load_mapping, run


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def stored(workspace, sql):
    conn = sqlite3.connect(workspace.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_whole_numbers_beyond_2_53_are_rejected_not_wrapped(workspace, tmp_path):
    path = write(tmp_path, "a.csv", "external_id,name,employees\n"
                 "A1,Huge,99999999999999999999999\n"
                 "A2,Just over,9007199254740992\n"
                 "A3,Largest,9007199254740991\n"
                 "A4,Normal,250\n")
    result = run(ImportInputs(workspace, "accounts", path))
    assert result.rejected == 2 and result.inserted == 2
    problems = result.problems
    assert problems["row"].tolist() == [2, 3]
    assert problems["value"].tolist() == ["99999999999999999999999", "9007199254740992"]
    assert set(problems["expected"]) == {
        "a whole number no larger than 9,007,199,254,740,991 (this one is a typo or another column)"}
    assert stored(workspace, "SELECT external_id, employees FROM accounts ORDER BY id") == [
        ("A3", 9007199254740991), ("A4", 250)]


def test_absurd_and_non_finite_amounts_are_rejected(workspace, tmp_path):
    path = write(tmp_path, "a.csv", "external_id,name,annual_revenue\n"
                 "A1,Overflow,1e308\n"
                 "A2,Infinite,1e400\n"
                 "A3,Bound,1000000000000000\n"
                 "A4,Over the bound,1000000000000001\n"
                 "A5,Normal,\"$22,700.00\"\n")
    result = run(ImportInputs(workspace, "accounts", path))
    assert sorted(result.problems["row"].tolist()) == [2, 3, 5]
    assert stored(workspace, "SELECT external_id, annual_revenue FROM accounts ORDER BY id") == [
        ("A3", 1e15), ("A5", 22700.0)]


def _no_constants(name):
    raise AssertionError(f"{name} is not JSON")


def test_json_output_never_holds_infinity_or_nan(workspace, tmp_path, capsys):
    write(tmp_path, "a.csv", "external_id,name\nA1,Acme\n")
    run(ImportInputs(workspace, "accounts", tmp_path / "a.csv"))
    conn = sqlite3.connect(workspace.path)  # another tool wrote amounts no import accepts
    conn.executemany(
        "INSERT INTO opportunities (account_id, name, type, amount, created_at, closed_at, "
        "status) VALUES (1, ?, 'new_business', 1e308, '2024-01-05 00:00:00.000000', "
        "'2024-01-20 00:00:00.000000', 'won')", [("Deal 1",), ("Deal 2",)])
    conn.commit()
    conn.close()
    workspace.close()
    for command in (["kpis", "--from", "2024-01-01", "--to", "2024-01-31"],
                    ["health", "--as-of", "2024-01-31"]):
        assert main(["--workspace", str(workspace.path), *command, "--format", "json"]) == 0
        out = capsys.readouterr().out
        json.loads(out, parse_constant=_no_constants)


def test_a_file_mixing_utf8_and_cp1252_is_refused_with_the_line(workspace, tmp_path):
    data = ("external_id,name\nA1,Café Nero\n".encode() + "A2,Müller GmbH\n".encode("cp1252"))
    path = write(tmp_path, "mixed.csv", data)
    with pytest.raises(ImportFileError) as info:
        run(ImportInputs(workspace, "accounts", path))
    assert str(info.value).startswith(
        "mixed.csv mixes encodings: line 2 is UTF-8 ('Café Nero') but line 3 is not (byte 0xFC)")
    assert stored(workspace, "SELECT COUNT(*) FROM accounts") == [(0,)]


def test_one_encoding_per_file_still_reads(workspace, tmp_path):
    path = write(tmp_path, "pl.csv", "external_id,name\nP1,Zakład Łódź\n".encode("cp1250"))
    run(ImportInputs(workspace, "accounts", path))
    assert stored(workspace, "SELECT name FROM accounts") == [("Zakład Łódź",)]


@pytest.mark.parametrize(("header", "first", "second"), [
    ("name,domain,name", "'name'", "'name'"),
    ("Name,domain,name ", "'Name'", "'name'"),
    ("NAME,domain,Name", "'NAME'", "'Name'"),
])
def test_duplicate_headers_are_refused_with_both_column_numbers(workspace, tmp_path, header,
                                                                first, second):
    path = write(tmp_path, "d.csv", f"{header}\nAcme,acme.com,Acme Inc\n")
    with pytest.raises(ImportFileError) as info:
        run(ImportInputs(workspace, "accounts", path))
    assert str(info.value).startswith(
        f"d.csv has two columns for the same field: column 1 ({first}) and column 3 ({second})")
    assert stored(workspace, "SELECT COUNT(*) FROM accounts") == [(0,)]


def test_a_mapping_that_names_one_duplicate_settles_it(workspace, tmp_path):
    path = write(tmp_path, "d.csv", "Name,domain,name \nAcme,acme.com,Acme Inc\n")
    mapping = write(tmp_path, "m.toml", 'entity = "accounts"\n[fields]\nname = "name"\n'
                    'domain = "domain"\n')
    run(ImportInputs(workspace, "accounts", path, mapping=load_mapping(mapping)))
    assert stored(workspace, "SELECT name, domain FROM accounts") == [("Acme Inc", "acme.com")]
