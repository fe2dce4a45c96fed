"""``abm-health kpis``: every catalog metric for a period and scope, with the previous period.

Scope: the portfolio, i.e. the target accounts (``--all-accounts`` adds the others),
narrowed by ``--owner``, ``--tier`` and ``--region`` (all must match), or one ``--account``
(id, name, external id or domain). Period: ``--from`` to ``--to``, both days included; by
default the 30 days up to the workspace's data date (its latest dated record, never later
than today). Table output lists the metrics to steer by, group by group, then the vanity
and caution metrics apart, each with the metric to use instead.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication

from desktop.commands.all_accounts import add_all_accounts
from desktop.commands.output import write_csv, write_json, write_table
from desktop.i18n.lists import listed
from desktop.i18n.placeholders import arg
from desktop.shared.plurals import counted
from desktop.shared.wording import addresses, metrics, periods, reasons
from domain import formatting as fmt
from domain.account_address import find_accounts
from domain.metrics import KpiReport, KpiResult, Period, compute_kpis
from domain.scope import target_mask
from domain.settings import WorkspaceSettings
from storage import prepared_cache
from storage.data_date import default_day
from storage.frames import load_frames
from storage.portfolio_cache import stored_settings
from storage.workspace import Workspace

DEFAULT_DAYS = 30
translate = QCoreApplication.translate
CSV_COLUMNS = ("id", "name", "group", "verdict", "value", "previous", "change", "change_pct",
               "unit", "n", "previous_n", "alternative", "flags", "na_reason")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "kpis",
        help=translate("KpisCommand", "print every KPI for a period, with the previous period and the change"),
        description=translate("KpisCommand", "Every metric of the catalog for a period [from, to] and the period of "
        "equal length before it. Vanity and caution metrics are shown apart, with the "
        "metric to steer by instead."),
    )
    parser.add_argument("--from", dest="start", metavar="DATE", type=_day,
                        help=arg(translate("KpisCommand", "first day (default: %1 days before --to)"),
                                 DEFAULT_DAYS))
    parser.add_argument("--to", dest="end", metavar="DATE", type=_day,
                        help=translate("KpisCommand", "last day, included (default: the workspace's data date)"))
    parser.add_argument("--owner", metavar="NAME", help=translate("KpisCommand", "only accounts with this owner"))
    parser.add_argument("--tier", type=int, choices=(1, 2, 3), help=translate("KpisCommand", "only accounts of this tier"))
    parser.add_argument("--region", metavar="R", help=translate("KpisCommand", "only accounts in this region"))
    parser.add_argument("--account", metavar="ID_OR_NAME",
                        help=translate("KpisCommand", "one account: id:N (the workspace id), ext:ID (the CRM id), a domain or a name"))
    add_all_accounts(parser)
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.set_defaults(func=run)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(arg(translate(
            "KpisCommand", "%1 is not a date; write it as YYYY-MM-DD, e.g. 2026-10-01"),
            repr(text))) from None


def period_from_args(args: argparse.Namespace, default_end: date | None = None) -> Period:
    """``--from``/``--to`` as a period; without ``--to`` it ends on ``default_end`` (the
    caller passes the workspace's data date), and without ``--from`` it is 30 days long."""
    from desktop.commands.exits import UsageError

    last = args.end or default_end or date.today()
    first = args.start or (last - timedelta(days=DEFAULT_DAYS - 1))
    if first > last:
        raise UsageError(arg(translate("KpisCommand", "--from %1 is after --to %2; the period must "
                                       "not be empty"), first, last))
    return Period(first, last + timedelta(days=1))


def resolve_scope(args: argparse.Namespace, accounts: pd.DataFrame) -> tuple[list[int] | None, str]:
    """The account ids the options select and a sentence naming them: the target accounts
    (``domain.scope``), all of them with ``--all-accounts``; None = every account.

    Raises LookupError with a sentence naming what to fix when nothing matches.
    """
    if args.account:
        return _one_account(args.account, accounts, getattr(args, "account_usage",
                                                            "--account {address}"))
    everyone = bool(getattr(args, "all_accounts", False))
    chosen = accounts if everyone else accounts[target_mask(accounts).to_numpy()]
    parts = []
    for option, column in (("owner", "owner"), ("region", "region")):
        wanted = getattr(args, option)
        if wanted is None:
            continue
        match = chosen[column].astype("object").astype("str").str.casefold() == wanted.casefold()
        if not match.any():
            known = sorted(accounts[column].dropna().astype("str").unique())
            # One whole message per option: the option's English name is no word to paste in.
            message = (translate("KpisCommand", "no account has owner %1; known: %2")
                       if option == "owner"
                       else translate("KpisCommand", "no account has region %1; known: %2"))
            raise LookupError(arg(message, repr(wanted),
                                  ", ".join(known[:20]) or translate("KpisCommand", "none")))
        chosen = chosen[match]
        parts.append(arg(translate("KpisCommand", "owner %1"), wanted) if option == "owner"
                     else arg(translate("KpisCommand", "region %1"), wanted))
    if args.tier is not None:
        chosen = chosen[pd.to_numeric(chosen["tier"], errors="coerce") == args.tier]
        parts.append(arg(translate("KpisCommand", "tier %1"), args.tier))
    joined = listed(parts)
    if chosen.empty and parts:
        raise LookupError(arg(translate("KpisCommand", "no account matches %1") if everyone
                              else translate("KpisCommand", "no target account matches %1"),
                              joined))
    # Every account of the workspace needs no narrowing (None), as ``domain.scope`` says.
    ids = None if len(chosen) == len(accounts) else sorted(int(i) for i in chosen["id"])
    return ids, arg(ScopeWords().sentence(len(chosen), everyone, bool(parts)), joined)


class ScopeWords:
    """The scope as a sentence with its count: in a class, so ``pyside6-lupdate`` records
    the plural forms (it does so for ``self.tr(text, "", n)`` only). %1: the conditions."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("ScopeWords", text, disambiguation, n)

    def sentence(self, n: int, everyone: bool, narrowed: bool) -> str:
        if narrowed and everyone:
            return counted(n, self.tr("%Ln accounts with %1", "", n), "1 account with %1")
        if narrowed:
            return counted(n, self.tr("%Ln target accounts with %1", "", n),
                           "1 target account with %1")
        if everyone:
            return counted(n, self.tr("every account (%Ln accounts)", "", n),
                           "every account (1 account)")
        return counted(n, self.tr("the portfolio (%Ln target accounts)", "", n),
                       "the portfolio (1 target account)")


def _one_account(key: str, accounts: pd.DataFrame,
                 usage: str = "--account {address}") -> tuple[list[int], str]:
    """One account by id:N, ext:X, a domain, a name or a unique part of one; LookupError
    (AccountNotFound, AmbiguousAccount) with a sentence otherwise."""
    account_id = find_accounts(accounts, key, usage=usage)[0]
    row = accounts[accounts["id"] == account_id].iloc[0]
    return [account_id], arg(translate("KpisCommand", "account %1 (id %2)"), row["name"], account_id)


def _said_row(result: KpiResult) -> dict[str, Any]:
    """The result's row of ids and numbers with the metric's words: its name, formula and
    reason (vanity and caution), and the n/a reason as a sentence beside its id."""
    row = result.as_row()
    said = {"id": row.pop("id"), "name": metrics.name(result.id)}
    for key, value in row.items():
        said[key] = value
        if key == "alternative":
            said["reason"] = metrics.reason(result.id) if result.verdict != "measure" else None
            said["formula"] = metrics.formula(result.id)
    said["na_reason"] = reasons.sentence(result.na_reason) if result.na_reason else None
    said["na_reason_id"] = result.na_reason
    return said


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    data_day = default_day(workspace)
    period = period_from_args(args, data_day)
    settings = WorkspaceSettings.from_mapping(stored_settings(workspace))  # as load_settings, no ORM
    key = prepared_cache.stamp(workspace, settings)  # before the frames: see prepared_for
    frames = load_frames(workspace)
    try:
        account_ids, scope = resolve_scope(args, frames.accounts)
    except LookupError as exc:
        print(f"abm-health kpis: {addresses.sentence(exc)}", file=sys.stderr)
        return 1
    # Read as the metrics ask: the command then holds its scope's rows, not the whole file.
    prepared = prepared_cache.prepared_for(workspace, frames, settings, key, lazy=True)
    report = compute_kpis(frames, settings, period, account_ids, prepared=prepared)
    rows = [_said_row(r) for r in report]
    # sys.stdout is looked up now, not when output.py was imported (tests capture it).
    if args.format == "json":
        write_json(rows, out=sys.stdout)
    elif args.format == "csv":
        write_csv([{**r, "flags": ";".join(r["flags"])} for r in rows], CSV_COLUMNS, out=sys.stdout)
    else:
        print_table(report, scope, data_day, settings.currency)
    return 0


# -- the table -------------------------------------------------------------------------------
def format_value(value: float | None, unit: str, currency: str = "") -> str:
    return fmt.measure(value, unit, currency)


def format_change(result: KpiResult, currency: str = "") -> str:
    return fmt.change(result.change, result.definition.unit, currency)


def _line(result: KpiResult, currency: str = "") -> dict[str, Any]:
    d = result.definition
    notes = [reasons.sentence(result.na_reason)] if result.na_reason else []
    if "small_sample" in result.flags:
        notes.append(translate("KpisCommand", "caution: small sample"))
    notes += [f.replace("_", " ") for f in result.flags if f != "small_sample"]
    if result.verdict != "measure" and d.alternative:
        notes.append(arg(translate("KpisCommand", "use %1 (%2) instead"), metrics.name(d.alternative),
                         d.alternative))
    name = metrics.name(d.id)
    return {
        "metric": (arg(translate("KpisCommand", "[vanity] %1"), name) if result.verdict == "vanity"
                   else arg(translate("KpisCommand", "[caution] %1"), name)
                   if result.verdict == "caution" else name),
        "value": format_value(result.value, d.unit, currency),
        "previous": format_value(result.previous, d.unit, currency),
        "change": format_change(result, currency),
        "n": "" if result.n is None else fmt.count(result.n),
        "note": "; ".join(notes),
    }


def print_table(report: KpiReport, scope: str, data_day: date | None = None,
                currency: str = "") -> None:
    columns = ("metric", "value", "previous", "change", "n", "note")
    headers = [translate("KpisCommand", "metric"), translate("KpisCommand", "value"),
               translate("KpisCommand", "previous"), translate("KpisCommand", "change"),
               translate("KpisCommand", "n"), translate("KpisCommand", "note")]
    print(arg(translate("KpisCommand", "KPIs for %1, %2 (previous: %3)"), scope,
              periods.span(report.period), periods.span(report.previous_period)))
    print(arg(translate("KpisCommand", "Data as of %1"), fmt.day(data_day)) + "\n" if data_day else "")
    for group, results in report.by_group().items():
        steering = [r for r in results if r.steer_by]
        if steering:
            print(metrics.group_name(group))
            write_table([_line(r, currency) for r in steering], columns, headers, out=sys.stdout)
            print()
    apart = report.not_steering()
    if apart:
        print(translate("KpisCommand", "Metrics we don't steer by, and why"))
        write_table([_line(r, currency) for r in apart], columns, headers, out=sys.stdout)
        for result in apart:
            if metrics.reason(result.id):
                print(f"  {metrics.name(result.id)}: {metrics.reason(result.id)}")
