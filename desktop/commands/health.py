"""``abm-health health``: every account's journey stage and explained health score.

    abm-health health [--as-of DATE] [--band healthy|watch|at-risk|churned]
                      [--account ID_OR_NAME [--since DATE [--from-version N]]]
                      [--format table|csv|json] [--drivers N]

``--as-of DATE`` scores with everything dated up to and including DATE (default: the
workspace's data date, its latest dated record). The list covers the portfolio, i.e. the
target accounts; ``--all-accounts`` adds the others (``--account`` finds any account). With
``--account`` the table shows the whole explanation: components, their weights and
contributions, the renormalisation note, the drivers and the buying committee (scored
touches in the health window and last scored touch per contact, as on the account page and
in the account PDF); with ``--since DATE`` also what moved the score from DATE to the as-of
day, by component and cause (new activity, naming the events; time passing; a model
change), in tenths of a point that add up to the change. Table output goes through the one
formatter (``domain.formatting``); JSON and CSV keep raw numbers.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.commands.all_accounts import add_all_accounts
from desktop.commands.free_memory import release_freed_memory
from desktop.commands.output import write_csv, write_json, write_table
from desktop.i18n.labels import TranslatedLabels
from desktop.i18n.placeholders import arg
from desktop.shared.band_labels import BAND_LABELS
from desktop.shared.labels import STAGE_LABELS
from desktop.shared.plurals import counted
from desktop.shared.wording import addresses, components, roles
from desktop.shared.wording import drivers as driver_words
from domain import formatting as fmt
from domain.account_address import find_accounts
from domain.enums import Band
from domain.health.inputs import EVENT_COLUMNS
from domain.health.model import COMPONENTS
from domain.health.segments import segment_of
from domain.scope import target_mask
from domain.settings import WorkspaceSettings
from storage.data_date import default_day
from storage.frames import load_frames
from storage.health_service import PortfolioHealth, portfolio_health
from storage.settings_repo import load_settings
from storage.workspace import Workspace

if TYPE_CHECKING:
    from domain.health.movement import Movement

BANDS = tuple(str(b) for b in Band)
TREND_WORDS = TranslatedLabels("HealthCommand", {
    "up": QT_TRANSLATE_NOOP("HealthCommand", "up"),
    "down": QT_TRANSLATE_NOOP("HealthCommand", "down"),
    "flat": QT_TRANSLATE_NOOP("HealthCommand", "flat"),
})
translate = QCoreApplication.translate


class HealthCommand:
    """Sentences with a count: in a class, so ``pyside6-lupdate`` records their plural forms
    (it does so for ``self.tr(text, "", n)`` only)."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("HealthCommand", text, disambiguation, n)

    def heading(self, n: int, everyone: bool) -> str:
        if everyone:
            return counted(n, self.tr("Health as of %1 (model version %2), %Ln accounts; data as "
                                      "of %3", "", n),
                           "Health as of %1 (model version %2), 1 account; data as of %3")
        return counted(n, self.tr("Health as of %1 (model version %2), %Ln target accounts; data "
                                  "as of %3", "", n),
                       "Health as of %1 (model version %2), 1 target account; data as of %3")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "health",
        help=translate("HealthCommand", "journey stage and explained health score of every account"),
        description=translate("HealthCommand", "Print each account's journey stage, health score, band, trend and the "
        "drivers behind the score (model: the workspace's active health model version)."),
    )
    parser.add_argument("--as-of", metavar="DATE", help=translate("HealthCommand", "score with data up to and including "
                        "DATE, YYYY-MM-DD (default: the workspace's data date)"))
    parser.add_argument("--band", choices=BANDS, help=translate("HealthCommand", "only accounts in this band"))
    parser.add_argument("--account", metavar="ID_OR_NAME",
                        help=translate("HealthCommand", "one account, by id:N, ext:ID, domain or (part of a) name: prints its "
                        "full explanation"))
    parser.add_argument("--since", metavar="DATE",
                        help=translate("HealthCommand", "with --account: what moved the score from DATE (YYYY-MM-DD) to the "
                        "as-of day, by component and cause"))
    parser.add_argument("--from-version", type=int, metavar="N",
                        help=translate("HealthCommand", "with --since: compare with model version N instead of the version "
                        "in use on DATE"))
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.add_argument("--drivers", type=int, default=None, metavar="N",
                        help=translate("HealthCommand", "drivers per account (default: the model's top_drivers, 5)"))
    add_all_accounts(parser)
    parser.set_defaults(func=run)


def parse_day(value: str | None, option: str = "--as-of", default: date | None = None) -> date:
    from desktop.commands.exits import UsageError

    if value is None:
        return default or date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        # %1: the option (--as-of, --since), %2: the value given.
        raise UsageError(arg(translate("HealthCommand", "%1 %2 is not a date; expected "
                                       "YYYY-MM-DD, e.g. 2026-10-31"), option, repr(value))) from None


def find_account(table: pd.DataFrame, key: str) -> list[int]:
    """Account ids for id:N, ext:X, a domain, an exact name, or (part of) a name; a value
    naming accounts several ways raises AmbiguousAccount, none AccountNotFound."""
    accounts = pd.DataFrame({
        "id": table.index.to_numpy(),
        "name": table["name"].to_numpy(),
        "external_id": table["external_id"].to_numpy(),
        **({"domain": table["domain"].to_numpy()} if "domain" in table else {}),
    })
    return find_accounts(accounts, key, usage="--account {address}", several_parts=True)


def _rows(health: PortfolioHealth, ids: list[int], top: int) -> list[dict[str, Any]]:
    """The printed rows of ``ids`` with their whole explanations (JSON, CSV, ``--account``),
    in one pass over the table and the explanations."""
    table = health.table
    records = dict(zip(table.index, table.to_dict("records"), strict=True))
    targets = target_mask(table)
    notes: dict[tuple[object, bool], str] = {}  # the same few sentences, said once each
    out: dict[int, dict[str, Any]] = {}
    # One explanation at a time, each let go once its row is made: 10,000 of them at once
    # would hold some 50 MB.
    for said in health.result.explanations(ids):
        account_id = said.account_id
        row = records[account_id]
        explanation = said.to_dict(top)
        key = (row["stage"], bool(pd.isna(row["likelihood"])))
        if key not in notes:
            notes[key] = _likelihood_note(health, row)
        out[account_id] = {
            "account_id": int(account_id),
            "external_id": row["external_id"],
            "name": row["name"],
            "tier": None if pd.isna(row["tier"]) else int(row["tier"]),
            "owner": row["owner"],
            "is_target": bool(targets[account_id]),
            "stage": row["stage"],
            "score": None if pd.isna(row["score"]) else float(row["score"]),
            "band": row["band"],
            "trend": row["trend"],
            "change_4w": None if pd.isna(row["change_4w"]) else round(float(row["change_4w"]), 1),
            "sparkline": [None if pd.isna(v) else float(v) for v in row["sparkline"]],
            "likelihood": None if pd.isna(row["likelihood"]) else round(float(row["likelihood"]), 4),
            "likelihood_note": notes[key],
            "components": explanation["components"],
            # The sentences in English (or the chosen language) beside the ids and facts.
            "renormalisation": components.note(said.renormalisation) if said.renormalisation else None,
            "renormalisation_facts": explanation["renormalisation"],
            "drivers": [driver_words.as_dict(d) for d in said.top(top)],
        }
    return [out[int(i)] for i in ids]


TABLE_COLUMNS = ("account_id", "name", "stage", "score", "band", "likelihood", "trend",
                 "change_4w", "top_driver")


def _table_rows(health: PortfolioHealth, ids: list[int], top: int) -> list[dict[str, Any]]:
    """The portfolio table's cells of ``ids``: one driver per account and none of the
    components, notes or facts, so only the strongest driver is put together and worded.

    Read a column at a time; a stage, band, trend, score, change or likelihood is worded
    once per distinct value (a few hundred for 10,000 accounts).
    """
    table = health.table.loc[ids]
    strongest = health.result.strongest_drivers(ids, min(top, 1))
    worded: dict[tuple[str, object], str] = {}

    def once(column: str, value: object, word: Any) -> str:
        key = (column, value)
        if key not in worded:
            worded[key] = word(value)
        return worded[key]

    def stage(value: Any) -> str:
        return STAGE_LABELS.get(value or "") or fmt.label(value)

    def band(value: Any) -> str:
        return BAND_LABELS.get(value or "") or fmt.label(value)

    def change(value: float) -> str:
        return "" if pd.isna(value) else fmt.change(round(float(value), 1), "score")

    def likelihood(value: float) -> str:
        return _percent(None if pd.isna(value) else round(float(value), 4))

    def score(value: float) -> str:
        return fmt.score(None if pd.isna(value) else float(value))

    rows = []
    for account_id, name, st, sc, bd, lk, tr, ch in zip(
            table.index.tolist(), table["name"].tolist(), table["stage"].tolist(),
            table["score"].tolist(), table["band"].tolist(), table["likelihood"].tolist(),
            table["trend"].tolist(), table["change_4w"].tolist(), strict=True):
        drivers = strongest[account_id]
        rows.append({
            "account_id": int(account_id), "name": name,
            "stage": once("stage", st, stage), "score": once("score", sc, score),
            "band": once("band", bd, band), "likelihood": once("likelihood", lk, likelihood),
            "trend": once("trend", tr, lambda t: TREND_WORDS.get(t, "")),
            "change_4w": once("change", ch, change),
            "top_driver": _signed({"impact": drivers[0].impact,
                                   "sentence": driver_words.sentence(drivers[0])})
            if drivers else "",
        })
    return rows


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.commands.exits import UsageError

    data_day = default_day(workspace)
    day = parse_day(args.as_of, default=data_day)
    since = parse_day(args.since, "--since") if args.since else None
    if since is not None and not args.account:
        raise UsageError(translate("HealthCommand", "--since needs --account: what moved is told "
                                   "one account at a time"))
    if args.from_version is not None and since is None:
        raise UsageError(translate("HealthCommand", "--from-version needs --since DATE"))
    if since is not None and since >= day:
        raise UsageError(arg(translate("HealthCommand", "--since %1 must be before the as-of day %2"),
                             fmt.day(since), fmt.day(day)))
    # Only an account's explanation quotes its events' assets (what moved): the list scores
    # with the four event columns the model reads, and reads no others.
    frames = load_frames(workspace, event_columns=None if args.account else EVENT_COLUMNS)
    # Only JSON prints the weekly sparklines: the table and CSV need not read them.
    health = portfolio_health(workspace, day, frames=frames, sparklines=args.format == "json")
    del frames
    release_freed_memory()  # the preparation's freed heap, before the rows are built
    table = health.table
    if table.empty:
        print(translate("HealthCommand", "abm-health: the workspace has no accounts (as of that "
                        "date); import some or run `abm-health demo`."), file=sys.stderr)
        return 1
    in_scope = table if getattr(args, "all_accounts", False) else table[target_mask(table)]
    ids = list(in_scope.index)
    if args.account:
        try:
            ids = find_account(table, args.account)
        except LookupError as exc:
            print(arg(translate("HealthCommand", "abm-health health: %1; give id:N, ext:ID, a domain "
                                "or (part of) a name."), addresses.sentence(exc)), file=sys.stderr)
            return 1
    if args.band:
        ids = [i for i in ids if table.at[i, "band"] == args.band]
    top = args.drivers if args.drivers is not None else health.model.config.top_drivers
    if args.format == "table" and not args.account:
        _print_table(health, ids, top, day, data_day, getattr(args, "all_accounts", False))
        return 0
    rows = _rows(health, ids, top)
    if args.account:
        settings = load_settings(workspace)
        for row in rows:
            row["committee"] = _committee(health, settings, row["account_id"])
    moved: dict[int, Movement] = {}
    if since is not None:
        # Here, not at the top: only --since tells what moved.
        from desktop.shared.wording import movement as movement_words
        from storage.health_movement import account_movement

        try:
            moved = {i: account_movement(workspace, health, i, since, args.from_version) for i in ids}
        except KeyError as exc:
            print(f"abm-health: {exc.args[0]}", file=sys.stderr)
            return 1
        for r in rows:
            r["moved"] = movement_words.as_dict(moved[r["account_id"]])

    if args.format == "json":
        write_json([{"as_of": day.isoformat(), "model_version": health.model.version, **r}
                    for r in rows], out=sys.stdout)
    elif args.format == "csv":
        flat = [_flat(r) for r in rows]
        write_csv(flat, list(flat[0]) if flat else ["account_id"], out=sys.stdout)
    elif args.account and len(rows) == 1:
        print(arg(translate("HealthCommand", "Data as of %1"), fmt.day(data_day)))
        _print_explanation(rows[0], day, health.model.version)
        if moved:
            _print_movement(moved[rows[0]["account_id"]])
    else:
        _print_table(health, ids, top, day, data_day, getattr(args, "all_accounts", False))
    return 0


def _print_table(health: PortfolioHealth, ids: list[int], top: int, day: date, data_day: date,
                 everyone: bool) -> None:
    rows = _table_rows(health, ids, top)
    heading = HealthCommand().heading(len(rows), everyone)
    print(arg(heading, fmt.day(day), health.model.version, fmt.day(data_day)))
    write_table(
        rows, TABLE_COLUMNS,
        [translate("HealthCommand", "id"), translate("HealthCommand", "account"),
         translate("HealthCommand", "stage"), translate("HealthCommand", "score"),
         translate("HealthCommand", "band"), translate("HealthCommand", "90-day likelihood"),
         translate("HealthCommand", "trend"), translate("HealthCommand", "4w"),
         translate("HealthCommand", "top driver")],
        out=sys.stdout,
    )


def _likelihood_note(health: PortfolioHealth, row: dict[str, Any]) -> str:
    """What the likelihood is of, and on how much history; or why there is none."""
    from desktop.shared.wording.likelihood import calibrated, shortfall

    segment = segment_of(row["stage"])
    if segment is None:
        return (translate("HealthCommand", "churned") if row["stage"] == "churned"
                else translate("HealthCommand", "no score"))
    calibration = health.calibrations.get(segment)
    if calibration is None:
        return translate("HealthCommand", "not calibrated")
    if not pd.isna(row["likelihood"]):
        return calibrated(calibration)
    if calibration.shortfall:
        return shortfall(calibration)
    return translate("HealthCommand", "an opportunity is already open")


def _percent(value: float | None) -> str:
    return "" if value is None else fmt.rate(value)


def _signed(driver: dict[str, Any]) -> str:
    return f"{'+' if driver['impact'] > 0 else '-'} {driver['sentence']}"


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row[k] for k in ("account_id", "external_id", "name", "tier", "owner",
                              "is_target", "stage", "score", "band", "likelihood", "trend",
                              "change_4w")}
    for c in COMPONENTS:
        out[c] = row["components"][c]["score"]
    out["drivers"] = "; ".join(d["sentence"] for d in row["drivers"])
    return out


def _committee(health: PortfolioHealth, settings: WorkspaceSettings,
               account_id: int) -> list[dict[str, Any]]:
    """The account's committee as its page shows it (``domain.committee``)."""
    # Here, not at the top: the KPI package and the committee are for one account only.
    from domain.committee import committee_table
    from domain.metrics.context import scope_frames

    own = scope_frames(health.frames, [account_id])
    touches = health.activity.touches
    touches = touches[touches["account_id"].to_numpy() == account_id]
    table = committee_table(own, settings, health.day, health.model.config.window_days,
                            touches)
    return [
        {"contact_id": int(r.id), "name": r.name, "role": roles.english(r.role), "touches": int(r.touches),
         "last_touch": None if pd.isna(r.last_touch) else pd.Timestamp(r.last_touch).date().isoformat()}
        for r in table.itertuples(index=False)
    ]


def _print_explanation(row: dict[str, Any], day: date, version: int) -> None:
    na = fmt.conventions().na
    print(arg(translate("HealthCommand", "%1 (id %2) as of %3, model version %4"), row["name"],
              row["account_id"], fmt.day(day), version))
    facts = arg(translate("HealthCommand", "stage %1 · score %2 · band %3 · trend %4"),
                STAGE_LABELS.get(row["stage"] or "") or fmt.label(row["stage"]) or na,
                fmt.score(row["score"]),
                BAND_LABELS.get(row["band"] or "") or fmt.label(row["band"]) or na,
                TREND_WORDS.get(row["trend"] or "") or na)
    if row["change_4w"] is not None:
        facts = arg(translate("HealthCommand", "%1 (%2 in 4 weeks)"), facts,
                    fmt.change(row["change_4w"], "score"))
    print(facts)
    if row["likelihood"] is not None:
        print(arg(translate("HealthCommand", "likelihood %1: %2"), _percent(row["likelihood"]),
                  row["likelihood_note"]))
    else:
        print(arg(translate("HealthCommand", "likelihood n/a: %1"), row["likelihood_note"]))
    print()
    lines = [
        {"component": components.name(c), "score": fmt.score(v["score"]),
         "weight": fmt.number(v["weight"]),
         "share": fmt.conventions().na if v["score"] is None else fmt.number(100 * v["share"], 1),
         "points": fmt.conventions().na if v["score"] is None else fmt.number(v["contribution"], 1)}
        for c, v in row["components"].items()
    ]
    write_table(lines, ["component", "score", "weight", "share", "points"],
                [translate("HealthCommand", "component"), translate("HealthCommand", "score"),
                 translate("HealthCommand", "weight"), translate("HealthCommand", "share %"),
                 translate("HealthCommand", "points")], out=sys.stdout)
    if row["renormalisation"]:
        print(f"\n{row['renormalisation']}")
    print("\n" + translate("HealthCommand", "Drivers:"))
    for d in row["drivers"]:
        print(f"  {_signed(d)}")
    committee = row.get("committee") or []
    if committee:
        print("\n" + translate("HealthCommand", "Buying committee (scored touches in the health "
                               "window, last scored touch):"))
        # The table shows the day in the language's date pattern; JSON keeps ISO days.
        committee = [{**c, "role": roles.from_english(c["role"]),
                      "last_touch": fmt.day(date.fromisoformat(c["last_touch"]))
                      if c["last_touch"] else None} for c in committee]
        write_table(committee, ["name", "role", "touches", "last_touch"],
                    [translate("HealthCommand", "contact"), translate("HealthCommand", "role"),
                     translate("HealthCommand", "scored touches"),
                     translate("HealthCommand", "last scored touch")], out=sys.stdout)


def _band(band: str | None) -> str:
    """A band id as its word in the chosen language (n/a when the day had none)."""
    return BAND_LABELS.get(band or "") or fmt.label(band) or fmt.conventions().na


def _print_movement(moved: Movement) -> None:
    from desktop.shared.wording import movement as movement_words
    from domain.health.movement import CAUSES

    print("\n" + arg(translate("HealthCommand", "What moved the score from %1 to %2:"),
                     fmt.day(moved.start), fmt.day(moved.end)))
    if moved.change is None:
        print(f"  {movement_words.reason_text(moved)}")
        return
    if moved.version_before == moved.version_after:
        versions = arg(translate("HealthCommand", "model version %1"), moved.version_before)
    else:
        versions = arg(translate("HealthCommand", "model versions %1 and %2"),
                       moved.version_before, moved.version_after)
    print("  " + arg(translate("HealthCommand", "%1 (%2) to %3 (%4), %5 points, %6"),
                     fmt.fixed(moved.score_before), _band(moved.band_before),
                     fmt.fixed(moved.score_after), _band(moved.band_after),
                     fmt.signed(moved.change), versions))
    lines = [
        {"component": components.name(c),
         **{cause: fmt.signed(moved.cells[(c, cause)]) for cause in CAUSES},
         "total": fmt.signed(moved.by_component()[c])}
        for c in COMPONENTS
    ]
    totals = moved.by_cause()
    lines.append({"component": translate("HealthCommand", "total"), **{c: fmt.signed(totals[c]) for c in CAUSES},
                  "total": fmt.signed(moved.change)})
    write_table(lines, ["component", *CAUSES, "total"],
                [translate("HealthCommand", "component"), *(movement_words.cause_name(c) for c in CAUSES),
                 translate("HealthCommand", "total")], out=sys.stdout)
    print()
    for cause in CAUSES:
        print(f"  {movement_words.cause_sentence(moved, cause, events=5)}")
    if moved.events:
        print("\n" + translate("HealthCommand", "New activity:"))
        for e in moved.events:
            print(f"  {fmt.day(e.on)}  {movement_words.event_text(e)}")
