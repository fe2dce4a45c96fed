"""``abm-health --language``: tables, messages and numbers in the chosen language.

A Polish catalog with the ``health`` table's headings is compiled at test time (the
committed catalogs are not translated yet); CSV stays the same in every language.
"""

from __future__ import annotations

import re

import pytest

from desktop.cli import main
from desktop.i18n.install import active_language
from tests.desktop.i18n.catalogs import write_catalog
from tests.desktop.test_cli_health import AS_OF
from tests.desktop.test_cli_health import path as path  # noqa: F401 - the fixture

POLISH = {
    ("HealthCommand", "account"): "konto",
    ("HealthCommand", "score"): "wynik",
    ("HealthCommand", "90-day likelihood"): "szansa w 90 dni",
    ("HealthCommand", "Health as of %1 (model version %2), %Ln accounts; data as of %3"):
        "Kondycja na %1 (model %2), kont: %Ln; dane na %3",
}


@pytest.fixture
def polish(tmp_path, monkeypatch):
    folder = tmp_path / "catalogs"
    write_catalog(folder, "pl", lambda context, source: POLISH.get((context, source)))
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_language_pl_changes_the_table_headings(polish, path, capsys):  # noqa: F811
    code, english = run(capsys, "--workspace", path, "health", "--as-of", AS_OF, "--all-accounts")
    assert code == 0
    assert english.startswith("Health as of 2026-05-31 (model version 1), 4 accounts; data as of ")
    assert "90-day likelihood" in english.splitlines()[1]

    code, polish_out = run(capsys, "--language", "pl", "--workspace", path, "health",
                           "--as-of", AS_OF, "--all-accounts")
    assert code == 0
    assert active_language() == "pl"
    first, headings = polish_out.splitlines()[:2]
    # The sentence in Polish, its dates written the Polish way (31.05.2026).
    assert first.startswith("Kondycja na 31.05.2026 (model 1), kont: 4; dane na ")
    assert headings.split()[:2] == ["id", "konto"]
    assert "szansa w 90 dni" in headings and "wynik" in headings
    assert "90-day likelihood" not in polish_out


def test_csv_is_the_same_in_every_language(polish, path, capsys):  # noqa: F811
    _, english = run(capsys, "--workspace", path, "health", "--as-of", AS_OF, "--format", "csv")
    _, polish_csv = run(capsys, "--language", "pl", "--workspace", path, "health", "--as-of",
                        AS_OF, "--format", "csv")
    assert polish_csv == english


HELP_POLISH = {
    ("argparse", "usage: "): "użycie: ",
    ("argparse", "options"): "opcje",
    ("argparse", "show this help message and exit"): "pokaż tę pomoc i zakończ",
    ("argparse", "%(prog)s: error: %(message)s\n"): "%(prog)s: błąd: %(message)s\n",
    ("argparse", "argument %(argument_name)s: %(message)s"): "argument %(argument_name)s: %(message)s",
    ("argparse", "invalid choice: %(value)r (choose from %(choices)s)"):
        "nieznana wartość: %(value)r (do wyboru: %(choices)s)",
    ("HealthCommand", "only accounts in this band"): "tylko konta w tym paśmie",
    ("cli", "workspace file or SQLAlchemy URL (default: $%1, else the user data folder)"):
        "plik obszaru roboczego lub URL SQLAlchemy (domyślnie: $%1, inaczej folder danych użytkownika)",
}


@pytest.fixture
def polish_help(tmp_path, monkeypatch):
    folder = tmp_path / "catalogs"
    write_catalog(folder, "pl", lambda context, source: HELP_POLISH.get((context, source)))
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))


def help_of(capsys, *args: str) -> str:
    with pytest.raises(SystemExit) as stop:
        main(list(args))
    assert stop.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse wraps by terminal width


def test_help_speaks_the_language_given_on_the_command_line(polish_help, capsys):
    english = help_of(capsys, "--language", "en", "health", "--help")
    assert english.startswith("usage: abm-health health")
    assert "only accounts in this band" in english
    polish = help_of(capsys, "--language", "pl", "health", "--help")
    assert polish.startswith("użycie: abm-health health")
    assert "tylko konta w tym paśmie" in polish and "pokaż tę pomoc i zakończ" in polish
    assert "only accounts in this band" not in polish
    top = help_of(capsys, "--language", "pl", "--help")
    assert "opcje:" in top
    assert "(domyślnie: $ABM_HEALTH_WORKSPACE, inaczej folder danych użytkownika)" in top


def test_a_usage_error_speaks_the_language_too(polish_help, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--language", "pl", "health", "--band", "purple"])
    assert stop.value.code == 2
    error = capsys.readouterr().err.splitlines()[-1]
    assert error.startswith("abm-health health: błąd: argument --band: nieznana wartość: 'purple'")


def test_what_moved_in_polish_writes_a_decimal_comma(polish, tmp_path, capsys):
    # The CLI's what-moved sentence and table: the scores' tenths with the Polish comma.
    from storage import health_repo
    from storage.workspace import Workspace
    from tests.desktop.test_cli_health import store
    from tests.domain.test_movement import new_activity

    target = tmp_path / "moved.sqlite"
    with Workspace.open(target) as ws:
        store(ws, new_activity())
        health_repo.active_model(ws)
    asked = ["--workspace", str(target), "health", "--as-of", "2026-06-14", "--account", "Corp",
             "--since", "2026-05-31"]
    code, english = run(capsys, *asked)
    assert code == 0
    code, polish_out = run(capsys, "--language", "pl", *asked)
    assert code == 0
    line = next(x for x in english.splitlines() if " points, model version" in x)
    before, after, change = re.match(r"\s+(\d+\.\d) \(.*\) to (\d+\.\d) \(.*\), ([+-]\d+\.\d) points",
                                     line).groups()
    said = [x for x in polish_out.splitlines() if " points, model version" in x][0]
    assert said.startswith(f"  {before.replace('.', ',')} (")
    assert f" to {after.replace('.', ',')} (" in said and f"{change.replace('.', ',')} points" in said
