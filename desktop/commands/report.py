"""``abm-health report account|portfolio|meeting``: the reports of SPEC §9, headless.

    abm-health report account ACCOUNT -o FILE.pdf|FILE.html [--from DATE --to DATE]
    abm-health report portfolio -o FILE.xlsx            (or -o DIR --format csv)
    abm-health report meeting -o FILE.pdf [--from --to] [--owner NAME] [--tier N]

The period is ``--from`` to ``--to``, both days included, by default the 30 days up to the
workspace's data date, as for ``abm-health kpis``; health is scored as of ``--to``. The
workbook and the meeting pack cover the portfolio (the target accounts; ``--all-accounts``
adds the others), narrowed by ``--owner``/``--tier``. ACCOUNT is an id, a name, an
external id or a domain. Exit codes: 0 written, 1 the data had a problem (an
unknown account or owner, a file that cannot be written), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.commands.kpis import _day, add_all_accounts, period_from_args, resolve_scope
from desktop.i18n.install import active_language
from desktop.i18n.lists import listed
from desktop.i18n.placeholders import arg
from desktop.reports.exports import export_account, export_meeting, export_portfolio, load_inputs
from desktop.shared.wording import addresses, periods, refusals
from desktop.shared.wording import protected as protected_words
from domain.error_facts import ErrorFacts
from domain.formatting import count as fmt_count
from domain.metrics import Period
from domain.report_contents.workbook import SHEETS
from storage.data_date import default_day
from storage.exports.csv_files import csv_file_name
from storage.frames import read_table
from storage.safe_paths import OutputRefused, check_output, protected_paths
from storage.workspace import Workspace

ACCOUNT_SUFFIXES = (".pdf", ".html", ".htm")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help=translate("ReportCommand", "write an account report (PDF/HTML), the portfolio workbook (XLSX/CSV) or the "
        "meeting pack (PDF)"),
        description=translate("ReportCommand", "Board-ready reports from the workspace: the same numbers as the window."),
    )
    kinds = parser.add_subparsers(dest="report", metavar="KIND", required=True)

    account = kinds.add_parser("account", help=translate("ReportCommand", "one account as PDF or HTML"))
    account.add_argument("account", metavar="ACCOUNT", help=translate("ReportCommand", "id:N (the workspace id), ext:ID (the CRM id), a domain or a name"))
    account.add_argument("-o", "--output", required=True, metavar="FILE",
                         help=translate("ReportCommand", "FILE.pdf or FILE.html"))
    _force_option(account)
    _period_options(account)
    account.set_defaults(func=run_account)

    portfolio = kinds.add_parser("portfolio", help=translate("ReportCommand", "the portfolio workbook, XLSX or CSV files"))
    portfolio.add_argument("-o", "--output", required=True, metavar="FILE_OR_DIR",
                           help=translate("ReportCommand", "FILE.xlsx, or a folder for --format csv (one CSV per sheet)"))
    portfolio.add_argument("--format", choices=("xlsx", "csv"), default=None,
                           help=translate("ReportCommand", "default: xlsx, or csv when -o is not an .xlsx file"))
    _force_option(portfolio)
    _period_options(portfolio)
    _scope_options(portfolio)
    portfolio.set_defaults(func=run_portfolio, region=None, account=None)

    meeting = kinds.add_parser("meeting", help=translate("ReportCommand", "the alignment-meeting pack as PDF"))
    meeting.add_argument("-o", "--output", required=True, metavar="FILE", help=translate("ReportCommand", "FILE.pdf"))
    _force_option(meeting)
    _period_options(meeting)
    _scope_options(meeting)
    meeting.set_defaults(func=run_meeting, region=None, account=None)


def _scope_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--owner", metavar="NAME", help=translate("ReportCommand", "only accounts with this owner"))
    parser.add_argument("--tier", type=int, choices=(1, 2, 3), help=translate("ReportCommand", "only accounts of this tier"))
    add_all_accounts(parser)


def _period_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE", type=_day,
                        help=translate("ReportCommand", "first day (default: 30 days before --to)"))
    parser.add_argument("--to", dest="end", metavar="DATE", type=_day,
                        help=translate("ReportCommand", "last day, included; health is scored as of it (default: the "
                        "workspace's data date, its latest dated record)"))


def _force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help=translate("ReportCommand", "replace an existing output file (never the workspace)"))


def _check_target(args: argparse.Namespace, workspace: Workspace, *, folder: bool = False) -> None:
    """Refuse, before any work, an -o that is the workspace (or one of its files) or, without
    --force, an existing file. A missing folder is left to ``_check_folder`` (exit 1)."""
    out = Path(args.output)
    protected = protected_paths(workspace.path)
    try:
        if folder:  # -o names a folder of CSV files: it may exist, its files are checked
            for other, what in protected:
                if out.exists() and other.exists() and out.resolve() == other.resolve():
                    raise OutputRefused(arg(translate("ReportCommand", "-o %1 is %2; choose a folder"),
                                            args.output, protected_words.what(what)))
            if out.is_dir():
                for sheet in SHEETS:
                    check_output(out / csv_file_name(sheet), protected, force=args.force)
            return
        if not out.resolve().parent.is_dir():
            return
        check_output(out, protected, force=args.force)
    except OutputRefused as exc:
        from desktop.shared.wording.said import error_text

        _usage(error_text(exc))


translate = QCoreApplication.translate


def _usage(message: str) -> None:
    from desktop.commands.exits import UsageError

    raise UsageError(message)


def _fail(message: str) -> int:
    print(arg(translate("ReportCommand", "abm-health report: %1"), message), file=sys.stderr)
    return 1


def _unwritable(path: Path, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return arg(translate("ReportCommand", "cannot write %1: %2; choose a folder you can write to"),
               path, reason)


def _check_folder(path: Path) -> str | None:
    folder = path if path.suffix == "" and not path.exists() else path.parent
    folder = folder if str(folder) else Path(".")
    if path.suffix and not (folder.exists() and folder.is_dir()):
        return arg(translate("ReportCommand", "the folder %1 does not exist; create it or choose "
                             "another output path"), folder)
    return None


def run_account(args: argparse.Namespace, workspace: Workspace) -> int:
    out = Path(args.output)
    if out.suffix.lower() not in ACCOUNT_SUFFIXES:
        _usage(arg(translate("ReportCommand", "-o %1: an account report is a .pdf or .html file"),
                   args.output))
    _check_target(args, workspace)
    period = period_from_args(args, default_day(workspace))
    if problem := _check_folder(out):
        return _fail(problem)
    try:  # find the account before the (longer) read and scoring of the whole workspace
        ids, scope = resolve_scope(_account_args(args.account), read_table(workspace, "accounts"))
    except LookupError as exc:
        return _fail(addresses.sentence(exc))
    assert ids is not None
    inputs = load_inputs(workspace, period_day(period))
    try:
        result = export_account(inputs, ids[0], period, out)
    except OSError as exc:
        return _fail(_unwritable(out, exc))
    except ErrorFacts as exc:  # e.g. settings under which journey stages can't be evaluated
        return _fail(refusals.said(exc))
    if out.suffix.lower() == ".pdf":
        print(arg(translate("ReportCommand", "Wrote %1 (%2 pages): %3, %4."), out, result.pages,
                  scope, periods.span(period)))
    else:
        print(arg(translate("ReportCommand", "Wrote %1: %2, %3."), out, scope, periods.span(period)))
    return 0


def run_portfolio(args: argparse.Namespace, workspace: Workspace) -> int:
    out = Path(args.output)
    fmt = args.format or ("xlsx" if out.suffix.lower() == ".xlsx" else "csv")
    if fmt == "xlsx" and out.suffix.lower() != ".xlsx":
        _usage(arg(translate("ReportCommand", "-o %1: the workbook is an .xlsx file (or use "
                             "--format csv and a folder)"), args.output))
    if fmt == "csv" and out.suffix:
        _usage(arg(translate("ReportCommand", "-o %1: with --format csv, -o names a folder for one "
                             "CSV per sheet"), args.output))
    _check_target(args, workspace, folder=fmt == "csv")
    period = period_from_args(args, default_day(workspace))
    if fmt == "xlsx" and (problem := _check_folder(out)):
        return _fail(problem)
    try:
        ids, scope = resolve_scope(args, read_table(workspace, "accounts"))
    except LookupError as exc:
        return _fail(addresses.sentence(exc))
    inputs = load_inputs(workspace, period_day(period))
    try:
        result = export_portfolio(inputs, period, out, fmt, account_ids=ids)
    except OSError as exc:
        return _fail(_unwritable(out, exc))
    except ErrorFacts as exc:  # e.g. settings under which journey stages can't be evaluated
        return _fail(refusals.said(exc))
    # Counts and the list the language's way (English as it always read: "Accounts 239, KPIs 50").
    parts = [f"{name} {fmt_count(rows)}" for name, rows in result.rows.items()]
    sheets = ", ".join(parts) if active_language() == "en" else listed(parts)
    if fmt == "xlsx":
        print(arg(translate("ReportCommand", "Wrote %1 for %2, %3: %4 rows."), out, scope,
                  periods.span(period), sheets))
    else:
        print(arg(translate("ReportCommand", "Wrote %1 CSV files in %2 for %3, %4: %5 rows."),
                  len(result.paths), out, scope, periods.span(period), sheets))
    return 0


def run_meeting(args: argparse.Namespace, workspace: Workspace) -> int:
    out = Path(args.output)
    if out.suffix.lower() not in (".pdf", ".html", ".htm"):
        _usage(arg(translate("ReportCommand", "-o %1: the meeting pack is a .pdf file"), args.output))
    _check_target(args, workspace)
    period = period_from_args(args, default_day(workspace))
    if problem := _check_folder(out):
        return _fail(problem)
    try:
        ids, scope = resolve_scope(args, read_table(workspace, "accounts"))
    except LookupError as exc:
        return _fail(addresses.sentence(exc))
    # Health lists as the dashboard shows them: as of the data date, whatever the period.
    inputs = load_inputs(workspace, default_day(workspace))
    title = scope
    try:
        result = export_meeting(inputs, period, ids, title[0].upper() + title[1:], out)
    except OSError as exc:
        return _fail(_unwritable(out, exc))
    except ErrorFacts as exc:  # e.g. settings under which journey stages can't be evaluated
        return _fail(refusals.said(exc))
    print(arg(translate("ReportCommand", "Wrote %1 (%2 pages): %3, %4."), out, result.pages, title,
              periods.span(period)))
    return 0


def period_day(period: Period) -> date:
    """The last day of the period: health is scored with everything up to it."""
    return (period.end - timedelta(days=1)).date()


def _account_args(key: str) -> argparse.Namespace:
    return argparse.Namespace(account=key, owner=None, region=None, tier=None,
                              account_usage="`abm-health report account {address} -o FILE`")
