"""``abm-health --language``: tables, messages and numbers in the chosen language.

A Polish catalog with the ``health`` table's headings is compiled at test time (the
committed catalogs are not translated yet); CSV stays the same in every language.
"""

from __future__ import annotations

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
