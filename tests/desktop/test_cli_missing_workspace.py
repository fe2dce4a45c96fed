"""Commands that read a workspace refuse a path where there is none; only demo and import
create one."""

from __future__ import annotations

import pytest

from desktop.cli import main


@pytest.mark.parametrize("command", [["kpis"], ["health"], ["batches"], ["backtest"], ["undo", "1"],
                                     ["backup"], ["report", "portfolio", "-o", "x.xlsx"]])
def test_a_mistyped_workspace_is_refused_and_not_created(tmp_path, capsys, command):
    target = tmp_path / "typo" / "workspace.sqlite"
    assert main(["--workspace", str(target), *command]) == 1
    err = capsys.readouterr().err
    assert f"there is no workspace at {target}" in err
    assert not target.exists() and not target.parent.exists()


def test_import_still_creates_a_workspace(tmp_path, capsys):
    source = tmp_path / "a.csv"
    source.write_text("external_id,name,tier\nA1,Acme,1\n", encoding="utf-8")
    target = tmp_path / "new.sqlite"
    assert main(["--workspace", str(target), "import", "accounts", str(source)]) == 0
    assert target.exists()
