"""``--account`` and ``report account ACCOUNT`` take id:N, ext:ID, a domain or a name; a bare
CRM id that is also another account's workspace id is refused with both, and the hint
names an option the command has (issue 13, point 7)."""

from __future__ import annotations

from desktop.cli import main

# Workspace ids 1 and 2; the CRM's ids are 2 and 1: "2" names two accounts.
ACCOUNTS = "external_id,name,domain\n2,Laura Ashley,lauraashley.com\n1,Acme,acme.com\n"


def seeded(tmp_path, capsys):
    ws = str(tmp_path / "w.sqlite")
    path = tmp_path / "a.csv"
    path.write_text(ACCOUNTS, encoding="utf-8")
    assert main(["--workspace", ws, "import", "accounts", str(path)]) == 0
    capsys.readouterr()
    return ws


def test_kpis_refuses_a_bare_id_that_names_two_accounts(tmp_path, capsys):
    ws = seeded(tmp_path, capsys)
    assert main(["--workspace", ws, "kpis", "--account", "2"]) == 1
    err = capsys.readouterr().err
    assert ("'2' names 2 accounts: id:2 (Acme, by internal id); ext:2 (Laura Ashley, by "
            "external id); name one of them, e.g. --account id:2") in err
    assert main(["--workspace", ws, "kpis", "--account", "ext:2", "--format", "json"]) == 0
    assert main(["--workspace", ws, "kpis", "--account", "acme.com", "--format", "json"]) == 0


def test_report_account_hints_at_its_own_argument(tmp_path, capsys):
    ws = seeded(tmp_path, capsys)
    code = main(["--workspace", ws, "report", "account", "1", "-o", str(tmp_path / "r.html")])
    assert code == 1
    err = capsys.readouterr().err
    assert "e.g. `abm-health report account id:1 -o FILE`" in err
    assert "--account" not in err
