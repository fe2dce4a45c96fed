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

from desktop.i18n.placeholders import arg
from storage.demo import WorkspaceNotEmpty, fill_demo
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
            print(f"demo: {fraction:4.0%} {message}", file=sys.stderr, flush=True)

    try:
        summary = fill_demo(
            workspace, accounts=args.accounts, events=args.events, seed=args.seed,
            as_of=args.as_of, force=args.force, progress=progress,
        )
    except WorkspaceNotEmpty as exc:
        print(arg(translate("DemoCommand", "abm-health demo: %1"), exc), file=sys.stderr)
        return 1
    took = f"{time.perf_counter() - started:.1f}"
    if summary.replaced:
        print(arg(translate("DemoCommand", "Replaced the data of %1 in %2 s."), workspace.location,
                  took))
    else:
        print(arg(translate("DemoCommand", "Filled %1 in %2 s."), workspace.location, took))
    print(summary.sentence(), flush=True)
    from desktop.commands.ready_portfolio import prepare_portfolio

    prepare_portfolio(workspace)
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {text}")
    return value


def _not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, not {text!r}") from exc
