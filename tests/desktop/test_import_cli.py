"""``abm-health import``, ``batches`` and ``undo``: output and exit codes (0 / 1 / 2)."""

from __future__ import annotations

import io
import json

import pytest

from desktop.cli import main
from desktop.commands.import_cmd import ProgressBar

ACCOUNTS = "external_id,name,tier\nA1,Acme,1\nA2,Beta,2\n"


@pytest.fixture
def ws(tmp_path):
    return str(tmp_path / "w.sqlite")


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_clean_import_exits_0_and_says_what_it_did(ws, tmp_path, capsys):
    assert main(["--workspace", ws, "import", "accounts", write(tmp_path, "a.csv", ACCOUNTS)]) == 0
    out = capsys.readouterr().out
    assert "Read 2 accounts row(s) from a.csv (encoding utf-8, delimiter comma)." in out
    assert "Inserted 2, updated 0, unchanged 0, rejected 0." in out
    assert "Recorded as batch 1" in out


def test_rejected_rows_exit_1_and_go_to_the_rejects_file(ws, tmp_path, capsys):
    path = write(tmp_path, "a.csv", ACCOUNTS + "A3,Gamma,4\n")
    rejects = tmp_path / "out" / "rejects.csv"
    code = main(["--workspace", ws, "import", "accounts", path, "--rejects", str(rejects)])
    assert code == 1
    out = capsys.readouterr().out
    assert "row 4, column tier, value '4': expected a tier: 1, 2 or 3" in out
    assert rejects.read_text().splitlines() == [
        "row,external_id,name,tier,reason",
        "4,A3,Gamma,4,\"tier: expected a tier: 1, 2 or 3 (or 1:1, 1:few, 1:many) (got '4')\"",
    ]


def test_unreadable_file_exits_1(ws, tmp_path, capsys):
    path = write(tmp_path, "h.csv", "external_id,name\n")
    assert main(["--workspace", ws, "import", "accounts", path]) == 1
    assert "no data rows" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["import", "widgets", "x.csv"],                                   # unknown entity
    ["import", "accounts", "missing.csv"],                            # no such file
    ["import", "accounts", "{a}", "--preset", "nope"],                # unknown preset
    ["import", "accounts", "{a}", "--preset", "hubspot", "--mapping", "m.toml"],
    ["undo", "7"],                                                    # no such batch
])
def test_usage_mistakes_exit_2(ws, tmp_path, argv):
    from storage.workspace import Workspace

    Workspace.open(ws).close()  # undo needs a workspace that exists
    path = write(tmp_path, "a.csv", ACCOUNTS)
    argv = [a.replace("{a}", path) for a in argv]
    with pytest.raises(SystemExit) as exit_info:
        main(["--workspace", ws, *argv])
    assert exit_info.value.code == 2


def test_a_mapping_for_another_entity_is_a_usage_error(ws, tmp_path):
    mapping = write(tmp_path, "m.toml", 'entity = "contacts"\n[fields]\nname = "n"\naccount = "a"\n')
    with pytest.raises(SystemExit) as exit_info:
        main(["--workspace", ws, "import", "accounts", write(tmp_path, "a.csv", ACCOUNTS),
              "--mapping", mapping])
    assert exit_info.value.code == 2


def test_mapping_file_and_options(ws, tmp_path, capsys):
    mapping = write(tmp_path, "m.toml", (
        'entity = "accounts"\n[fields]\nname = "Firma"\n'
        '[fields.annual_revenue]\ncolumn = "Przychód"\n'))
    data = tmp_path / "pl.csv"
    data.write_bytes("Firma;Przychód\nZakład Łódź;1.234,50 zł\n".encode("cp1250"))
    code = main(["--workspace", ws, "import", "accounts", str(data), "--mapping", mapping,
                 "--decimal-comma", "--encoding", "cp1250", "--delimiter", ";"])
    capsys.readouterr()
    assert code == 1  # the workspace is in USD: a złoty amount is rejected, not mixed
    assert main(["--workspace", ws, "import", "accounts", str(data), "--mapping", mapping,
                 "--dry-run"]) == 1
    assert "encoding cp1250, delimiter semicolon" in capsys.readouterr().out


def test_batches_and_undo(ws, tmp_path, capsys):
    main(["--workspace", ws, "import", "accounts", write(tmp_path, "a.csv", ACCOUNTS)])
    main(["--workspace", ws, "import", "accounts", write(tmp_path, "b.csv", "external_id,name\nA1,Acme Corp\n")])
    capsys.readouterr()
    assert main(["--workspace", ws, "batches", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["id"], b["file_name"], b["rows_inserted"], b["rows_updated"], b["status"])
            for b in listed] == [(2, "b.csv", 0, 1, "done"), (1, "a.csv", 2, 0, "done")]
    assert main(["--workspace", ws, "undo", "1"]) == 1
    assert "undo it first" in capsys.readouterr().err
    assert main(["--workspace", ws, "undo", "2"]) == 0
    assert "restored 1 updated row(s)" in capsys.readouterr().out
    assert main(["--workspace", ws, "undo", "1"]) == 0
    assert main(["--workspace", ws, "batches"]) == 0
    table = capsys.readouterr().out
    assert table.count("undone") == 2


def test_progress_bar_waits_a_second_then_draws_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    bar = ProgressBar(out, delay=3600)
    bar("writing", 5, 10)
    assert out.getvalue() == ""  # quick imports show nothing
    bar = ProgressBar(out, delay=0)
    bar("writing", 5, 10)
    assert "writing" in out.getvalue() and "50%" in out.getvalue() and "5 / 10" in out.getvalue()
    bar.clear()
    assert out.getvalue().endswith("\r")
