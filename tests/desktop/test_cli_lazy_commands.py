"""The command line imports only what the command given needs (``desktop.commands.catalog``).

``abm-health --help`` must list every command without loading pandas, SQLAlchemy or the
demo generator; each listed help line must be the one its module registers; and a command
must still parse its own options and print its own help.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from desktop.cli import build_parser, chosen_command
from desktop.commands.catalog import COMMANDS, MODULES

# PySide6.QtCore is left out: without --language, the help's language is the one stored
# in the user's settings (QSettings) or the system's (QLocale), which only Qt can read
# (about 70 ms); with --language en nothing of Qt is loaded (the test below).
HEAVY = ("pandas", "sqlalchemy", "numpy", "storage.demo", "storage.workspace", "PySide6.QtGui",
         "PySide6.QtWidgets", "importlib.metadata")


def _registered_help() -> list[tuple[str, str | None]]:
    """(command, help) in the order the modules register them, importing every module."""
    subparsers = argparse.ArgumentParser().add_subparsers()
    for module in MODULES:
        importlib.import_module(f"desktop.commands.{module}").register(subparsers)
    return [(action.dest, action.help) for action in subparsers._choices_actions]


def test_catalog_matches_what_the_modules_register():
    assert [(name, help_line) for name, _module, help_line in COMMANDS] == _registered_help()


def test_top_level_help_imports_no_heavy_module():
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        f"print('LOADED', code, sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "usage: abm-health" in out.stdout
    for name, _module, _help_line in COMMANDS:
        assert name in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "LOADED 0 []"


def test_the_command_is_found_before_its_module_is_imported():
    assert chosen_command(["--workspace", "w.sqlite", "kpis", "--from", "2026-01-01"]) == "kpis"
    assert chosen_command(["undo", "3"]) == "undo"
    assert chosen_command(["--workspace", "w.sqlite"]) is None


def test_a_command_parses_its_own_options():
    args = build_parser("kpis").parse_args(["kpis", "--tier", "2", "--format", "csv"])
    assert (args.command, args.tier, args.format) == ("kpis", 2, "csv")
    args = build_parser("undo").parse_args(["undo", "7"])
    assert (args.command, args.batch) == ("undo", 7)


def test_a_command_keeps_its_own_help_and_errors(capsys):
    from desktop.cli import main

    with pytest.raises(SystemExit) as exit_help:
        main(["template", "--help"])
    assert exit_help.value.code == 0
    assert "ENTITY" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_bad:
        main(["kpis", "--tier", "9"])
    assert exit_bad.value.code == 2
    assert "argument --tier: invalid choice: 9" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_unknown:
        main(["nonsense"])
    assert exit_unknown.value.code == 2
    assert "invalid choice: 'nonsense'" in capsys.readouterr().err


def test_the_version_is_looked_up_when_asked_for(capsys):
    from importlib.metadata import version

    from desktop.cli import main

    with pytest.raises(SystemExit) as exit_version:
        main(["--version"])
    assert exit_version.value.code == 0
    assert capsys.readouterr().out == f"abm-health {version('abm-health')}\n"


def test_english_help_named_on_the_command_line_loads_no_qt():
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        "try:\n"
        "    main(['--language', 'en', '--help'])\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "print('LOADED', code, sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "usage: abm-health" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "LOADED 0 []"


def test_the_command_word_is_found_without_a_parser():
    from desktop.cli import command_word, runs_on_data

    assert command_word(["--workspace", "w.sqlite", "kpis", "--from", "2026-01-01"]) == "kpis"
    assert command_word(["--work", "kpis", "health"]) == "health"  # an abbreviation's value
    assert command_word(["--workspace=w.sqlite", "--language", "pl", "undo", "3"]) == "undo"
    assert command_word(["--workspace", "w.sqlite"]) == ""  # the window
    assert command_word(["--help"]) is None
    assert command_word(["--language", "de", "--version"]) is None
    assert runs_on_data(["kpis", "--help"]) and runs_on_data([])
    assert not runs_on_data(["template", "accounts"]) and not runs_on_data(["-h"])


def test_a_command_imports_the_data_libraries_before_qt_and_no_orm(tmp_path):
    """PySide6 reads the source of every module imported after it (desktop.shared.import_order);
    reading KPIs needs the tables' names, not the ORM classes of ``storage.schema``."""
    from storage.workspace import Workspace

    Workspace.open(tmp_path / "w.sqlite").close()
    probe = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"code = main(['--workspace', {str(tmp_path / 'w.sqlite')!r}, 'kpis', '--format', 'csv'])\n"
        "names = list(sys.modules)\n"
        "print('ORDER', code, names.index('pandas') < names.index('PySide6.QtCore'),\n"
        "      names.index('sqlalchemy') < names.index('PySide6.QtCore'),\n"
        "      'sqlalchemy.orm' in sys.modules, 'storage.schema' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "ORDER 0 True True False False"
