"""``abm-health demo``: fill the workspace with a deterministic demo portfolio.

Refuses to touch a workspace that already holds data unless ``--force`` is given, in which
case the old data is deleted in the same transaction that writes the demo.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.i18n.install import active_language
from desktop.i18n.lists import listed
from desktop.i18n.placeholders import arg
from desktop.shared.plurals import counted
from desktop.shared.wording.said import error_text, worded
from domain import formatting as fmt
from storage.demo import DemoSummary, WorkspaceNotEmpty, fill_demo
from storage.workspace import Workspace

translate = QCoreApplication.translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=translate("DemoCommand", "fill the workspace with a realistic demo portfolio"),
        description=translate("DemoCommand", "Fill the workspace with a deterministic demo portfolio: target accounts "
        "with buying committees, 18 months of campaigns and engagement, meetings, deals, "
        "subscriptions, NPS, questions and notes. The same seed and as-of date give the "
        "same data."),
    )
    parser.add_argument("--accounts", type=_positive, default=250, metavar="N",
                        help=translate("DemoCommand", "number of accounts (default 250)"))
    parser.add_argument("--events", type=_not_negative, default=None, metavar="N",
                        help=translate("DemoCommand", "total engagement events (default 150 per account)"))
    parser.add_argument("--seed", type=int, default=1, metavar="S", help=translate("DemoCommand", "random seed (default 1)"))
    parser.add_argument("--as-of", type=_date, default=None, metavar="DATE",
                        help=translate("DemoCommand", "last day of the 18-month history, YYYY-MM-DD (default today)"))
    parser.add_argument("--force", action="store_true",
                        help=translate("DemoCommand", "replace the workspace's existing data with the demo"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    started = time.perf_counter()
    shown = {"at": -1.0}

    def progress(fraction: float, message: str) -> None:
        # One line per step or every 10 %, so a long run shows life without flooding.
        step = int(fraction * 10)
        if step > shown["at"] or fraction >= 1.0:
            shown["at"] = step
            # The message is storage's (a Said), worded in the chosen language.
            print(f"demo: {fraction:4.0%} {worded(message)}", file=sys.stderr, flush=True)

    try:
        summary = fill_demo(
            workspace, accounts=args.accounts, events=args.events, seed=args.seed,
            as_of=args.as_of, force=args.force, progress=progress,
        )
    except WorkspaceNotEmpty as exc:
        print(arg(translate("DemoCommand", "abm-health demo: %1"), error_text(exc)),
              file=sys.stderr)
        return 1
    took = fmt.fixed(time.perf_counter() - started, 1)  # "2.3", Polish "2,3"
    if summary.replaced:
        print(arg(translate("DemoCommand", "Replaced the data of %1 in %2 s."), workspace.location,
                  took))
    else:
        print(arg(translate("DemoCommand", "Filled %1 in %2 s."), workspace.location, took))
    print(said(summary), flush=True)
    from desktop.commands.ready_portfolio import prepare_portfolio

    prepare_portfolio(workspace)
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(arg(translate("DemoCommand", "must be at least 1, not %1"),
                                             text))
    return value


def _not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(arg(translate("DemoCommand", "must be 0 or more, not %1"),
                                             text))
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(arg(translate(
            "DemoCommand", "expected a date as YYYY-MM-DD, not %1"), repr(text))) from exc


class DemoWords:
    """The rows written per table, as counted nouns: in a class, so ``pyside6-lupdate``
    records the plural forms (it does so for ``self.tr(text, "", n)`` only)."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("DemoWords", text, disambiguation, n)

    def rows(self, table: str, n: int) -> str:
        forms = {
            "accounts": (self.tr("%Ln accounts", "", n), "1 account"),
            "contacts": (self.tr("%Ln contacts", "", n), "1 contact"),
            "campaigns": (self.tr("%Ln campaigns", "", n), "1 campaign"),
            "events": (self.tr("%Ln events", "", n), "1 event"),
            "meetings": (self.tr("%Ln meetings", "", n), "1 meeting"),
            "opportunities": (self.tr("%Ln opportunities", "", n), "1 opportunity"),
            "subscriptions": (self.tr("%Ln subscriptions", "", n), "1 subscription"),
            "nps_responses": (self.tr("%Ln NPS responses", "", n), "1 NPS response"),
            "questions": (self.tr("%Ln questions", "", n), "1 question"),
            "notes": (self.tr("%Ln notes", "", n), "1 note"),
        }
        if table not in forms:
            return f"{fmt.count(n)} {table}"
        return counted(n, *forms[table])


def said(summary: DemoSummary) -> str:
    """What ``fill_demo`` wrote, in the chosen language: the as-of day, the seed and the
    rows per table (English as ``DemoSummary.sentence`` wrote it)."""
    words = DemoWords()
    parts = [words.rows(table, n) for table, n in summary.counts.items()]
    # %1: the last day of the history, %2: the seed, %3: the rows written per table.
    # English keeps its plain comma list (as it always printed); others join their own way.
    joined = ", ".join(parts) if active_language() == "en" else listed(parts)
    return arg(translate("DemoCommand", "Demo portfolio as of %1 (seed %2): %3."),
               fmt.day(summary.as_of), summary.seed, joined)
