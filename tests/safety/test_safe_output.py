"""Issue 18, point 9: output that cannot hurt.

Before: a carriage return inside a value was written unquoted by ``health --format csv``,
``batches --format csv`` and the rejects file (rows ended in "\\n" only), so a CSV reader
split the row and a following ``@SUM(1+1)`` arrived un-neutralised; names with terminal
escape sequences were printed raw; problems cited the record number, not the file's line.
"""

from __future__ import annotations

import csv
import io
import sqlite3

from desktop.cli import main
from desktop.commands.terminal import SafeStream, printable
from storage.importing import ImportInputs, run

EVIL_CR = "Acme\r@SUM(1+1)"
EVIL_ESC = "Evil\x1b]0;owned\x07 Corp\x1b[2J"


def add_accounts(path, *names):
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO accounts (name, tier, is_target) VALUES (?, 2, 1)",
                     [(n,) for n in names])
    conn.commit()
    conn.close()


def test_health_csv_quotes_line_breaks_and_neutralises_every_line(workspace, capsys):
    add_accounts(workspace.path, EVIL_CR, "Plain Ltd")
    workspace.close()
    assert main(["--workspace", str(workspace.path), "health", "--as-of", "2024-01-31",
                 "--format", "csv"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out, newline="")))
    names = [r[rows[0].index("name")] for r in rows[1:]]
    assert sorted(names) == ["Acme\r'@SUM(1+1)", "Plain Ltd"]
    # A reader that splits on any line break sees no cell starting with a formula.
    assert not any(line.startswith(("=", "+", "-", "@")) for line in out.splitlines())


def test_the_rejects_file_quotes_a_lone_carriage_return(workspace, tmp_path):
    src = tmp_path / "a.csv"
    src.write_bytes(b'external_id,name,tier\nA1,"Gam\r@SUM(1+1)",4\nA2,Fine,1\n')
    rejects = tmp_path / "r.csv"
    result = run(ImportInputs(workspace, "accounts", src, rejects_path=rejects))
    assert result.rejected == 1
    data = rejects.read_bytes()
    assert b'"Gam\r\'@SUM(1+1)"' in data
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert [r[:3] for r in rows] == [["row", "external_id", "name"], ["2", "A1", "Gam\r'@SUM(1+1)"]]


def test_tables_show_control_characters_never_send_them(workspace, capsys):
    add_accounts(workspace.path, EVIL_ESC)
    workspace.close()
    assert main(["--workspace", str(workspace.path), "health", "--as-of", "2024-01-31"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "Evil\ufffd]0;owned\ufffd Corp\ufffd[2J" in out


def test_a_terminal_stream_replaces_controls_but_keeps_line_breaks():
    buffer = io.StringIO()
    stream = SafeStream(buffer)
    stream.write(f"Wrote report for {EVIL_ESC}\n\tdone\x9b\x7f\n")
    assert buffer.getvalue() == "Wrote report for Evil\ufffd]0;owned\ufffd Corp\ufffd[2J\n\tdone\ufffd\ufffd\n"
    assert printable("bar\r", keep="\n\r") == "bar\r"


def test_problems_cite_the_files_line_after_a_value_spanning_lines(workspace, tmp_path):
    src = tmp_path / "a.csv"
    src.write_text('external_id,name,tier\nA1,"Acme\nHoldings\nGroup",1\nA2,Beta,9\n',
                   encoding="utf-8")
    result = run(ImportInputs(workspace, "accounts", src))
    # Header line 1; A1 spans lines 2-4; A2 is on line 5 (record 3).
    assert result.problems["row"].tolist() == [5]
    assert "  row 5 (record 3), column tier, value '9': expected" in "\n".join(
        result.summary_lines())


def test_batches_csv_quotes_a_file_name_with_a_carriage_return(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    src = tmp_path / "Q3\r@SUM(1+1).csv"  # a legal file name on Linux
    src.write_text("name\nAcme\n", encoding="utf-8")
    assert main(["--workspace", str(ws), "import", "accounts", str(src)]) == 0
    capsys.readouterr()
    assert main(["--workspace", str(ws), "batches", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == 2
    assert "Q3\r'@SUM(1+1).csv" in rows[1]
    assert not any(line.startswith("@") for line in out.splitlines())
