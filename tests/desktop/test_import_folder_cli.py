"""``abm-health import-folder``, and exit status 1 for rejected rows even when the reader
of standard output has gone (``| head -3``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import main

ZOHO = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "zoho_export"


def test_import_folder_prints_one_summary(tmp_path, capsys):
    ws = str(tmp_path / "w.sqlite")
    assert main(["--workspace", ws, "import-folder", str(ZOHO), "--preset", "zoho"]) == 0
    out = capsys.readouterr().out
    assert "== Accounts_001.csv (accounts)" in out
    assert "7 file(s) read, 0 failed; inserted 13, updated 0, rejected 0." in out
    assert "Not read (no zoho preset names them): Notes_001.csv." in out


def test_import_folder_usage_mistakes_exit_2(tmp_path, capsys):
    ws = str(tmp_path / "w.sqlite")
    for argv in (["import-folder", str(tmp_path / "nope"), "--preset", "zoho"],
                 ["import-folder", str(ZOHO)],
                 ["import-folder", str(ZOHO), "--preset", "pipedrive"]):
        try:
            code = main(["--workspace", ws, *argv])
        except SystemExit as exc:
            code = exc.code
        assert code == 2
    err = capsys.readouterr().err
    assert "does not exist or is not a folder" in err
    assert "name the export's CRM with --preset NAME" in err
    assert "There is no preset 'pipedrive'" in err


def test_rejected_rows_exit_1_even_when_stdout_is_closed(tmp_path):
    ws = tmp_path / "w.sqlite"
    path = tmp_path / "a.csv"
    path.write_text("external_id,name,tier\nA1,Acme,1\nA2,Beta,9\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "--workspace", str(ws), "import", "accounts",
         str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    process.stdout.close()  # the reader leaves before a line is written, like `| head -0`
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1, err.decode()
    assert b"Traceback" not in err
