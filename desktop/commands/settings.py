"""``abm-health settings`` and ``abm-health settings set KEY VALUE``: the workspace
settings from the command line.

``settings`` prints every setting with its value and meaning; ``settings set`` changes one
(checked: a bad key or value exits 1 with a sentence, as does a currency change while
amounts are stored). Tables such as engagement points are edited in the window.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

from desktop.i18n.placeholders import arg
from desktop.shared.wording import setting_values
from domain.setting_values import SETTABLE, TABLES, SettingError, shown
from storage.settings_change import change_setting
from storage.settings_repo import load_settings
from storage.workspace import Workspace

# Settings that move health scores: the window recomputes the weekly history after them.
translate = QCoreApplication.translate


_MOVES_HEALTH = ("mql_threshold", "half_life_days")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "settings",
        help=translate("SettingsCommand", "print the workspace settings, or change one with `settings set KEY VALUE`"),
        description=arg(translate("SettingsCommand", "Print every workspace setting, or change "
                                  "one: %1."), ", ".join(SETTABLE)),
    )
    parser.add_argument("action", nargs="?", choices=("show", "set"), default="show",
                        metavar="set", help=translate("SettingsCommand", "set KEY VALUE changes one setting"))
    parser.add_argument("key", nargs="?", metavar="KEY", help=translate("SettingsCommand", "the setting, e.g. currency"))
    parser.add_argument("value", nargs="?", metavar="VALUE",
                        help=translate("SettingsCommand", "its new value, e.g. PLN (lists comma-separated)"))
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.exits import EXIT_DATA, EXIT_OK, UsageError
    from desktop.commands.output import write_json, write_table

    if args.action == "set":
        if args.key is None or args.value is None:
            raise UsageError(translate("SettingsCommand", "settings set needs KEY and VALUE, e.g. "
                                       "`abm-health settings set currency PLN`"))
        try:
            old, new = change_setting(workspace, args.key, args.value)
        except SettingError as exc:
            print(arg(translate("SettingsCommand", "abm-health settings: %1"),
                      setting_values.sentence(exc)), file=sys.stderr)
            return EXIT_DATA
        before, after = getattr(old, args.key), getattr(new, args.key)
        print(f"{args.key}: {shown(before)} -> {shown(after)}")
        if args.key in _MOVES_HEALTH and before != after:
            print(translate("SettingsCommand", "Health scores from now on use the new value; the "
                            "weekly history already stored keeps the old one until Settings > "
                            "Save in the window recomputes it."))
        return EXIT_OK
    if args.key is not None:
        raise UsageError(arg(translate("SettingsCommand", "to change %1, use `abm-health settings set "
                                       "%1 VALUE`"), args.key))
    settings = load_settings(workspace)
    data = settings.to_mapping()
    rows = [{"key": key, "value": shown(getattr(settings, key)),
             "meaning": setting_values.meaning(key)} for key in SETTABLE]
    rows += [{"key": key, "value": shown(sorted(data[key])) if data[key]
              else translate("SettingsCommand", "(none)"),
              "meaning": translate("SettingsCommand", "a table: edit it in the window's Settings")}
             for key in TABLES]
    if args.format == "json":
        write_json([{"key": key, "value": data[key]} for key in (*SETTABLE, *TABLES)],
                   out=sys.stdout)
    else:
        write_table(rows, ["key", "value", "meaning"],
                    [translate("SettingsCommand", "setting"), translate("SettingsCommand", "value"),
                     translate("SettingsCommand", "meaning")], out=sys.stdout)
    return EXIT_OK
