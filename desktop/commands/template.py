"""``abm-health template ENTITY [-o FILE]``: the canonical import layout of an entity.

Writes the CSV template shipped with the package (every column, with example rows) to
FILE or standard output, so a pip install has it without the source repository. An
existing FILE is never overwritten.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.i18n.placeholders import arg
from storage.importing import ENTITIES
from storage.workspace import Workspace

translate = QCoreApplication.translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "template",
        help=translate("TemplateCommand", "write the canonical CSV layout of an entity (the import needs no mapping)"),
        description=translate("TemplateCommand", "Write the canonical import template of ENTITY: every column, with "
        "example rows."),
    )
    parser.add_argument("entity", choices=ENTITIES, metavar="ENTITY",
                        help=arg(translate("TemplateCommand", "one of %1"), ", ".join(ENTITIES)))
    parser.add_argument("-o", "--output", metavar="FILE", help=translate("TemplateCommand", "write here (default: stdout)"))
    parser.set_defaults(func=run, needs_workspace=False)


def template_text(entity: str) -> str:
    return resources.files("resources").joinpath("templates", f"{entity}.csv").read_text(
        encoding="utf-8")


def run(args: argparse.Namespace, workspace: Workspace | None = None) -> int:
    from desktop.commands.exits import EXIT_OK, UsageError

    text = template_text(args.entity)
    if not args.output:
        sys.stdout.write(text)
        return EXIT_OK
    path = Path(args.output).expanduser()
    if path.exists():
        raise UsageError(arg(translate("TemplateCommand", "%1 exists already; choose another file "
                                       "name"), path))
    if not path.parent.is_dir():
        raise UsageError(arg(translate("TemplateCommand", "the folder %1 does not exist"),
                             path.parent))
    with path.open("x", encoding="utf-8", newline="") as out:
        out.write(text)
    print(arg(translate("TemplateCommand", "Wrote %1: the %2 template. Fill it in and load it with "
                        "`abm-health import %2 %3`."), path, args.entity, path.name))
    return EXIT_OK
