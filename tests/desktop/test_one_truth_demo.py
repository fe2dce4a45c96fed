"""One truth across surfaces, on the default demo workspace: for a month and a quarter, and
for the portfolio and one owner, the dashboard (tiles, funnel, band counts, at-risk list),
``kpis --format json``, ``health --format json``, the workbook (KPIs, Funnel and Accounts
sheets, read back with openpyxl) and the meeting pack's text (pypdf) give the same numbers.

Each surface's value is compared after that surface's own formatting of the JSON number
(the tiles' ``kpi_format``, the PDF's ``reports.formatting``), so a difference in the
number itself fails. The scope is counted by hand from the accounts table: target accounts
only, narrowed by owner.
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta

import openpyxl
import pandas as pd
import pytest
from pypdf import PdfReader

from desktop.cli import main as cli_main
from desktop.dashboard import DashboardPage
from desktop.dashboard.filters import FilterChoice
from desktop.dashboard.kpi_format import format_value as tile_text
from desktop.dashboard.period_picker import month_of, quarter_of
from desktop.reports.account_report import stage_label
from desktop.reports.formatting import format_measure
from desktop.shared.app_state import AppState, load_workspace_data
from desktop.shared.workers import wait_for_all
from domain import formatting as fmt
from domain.progress import Progress
from storage.demo import fill_demo
from storage.health_service import fill_history
from storage.workspace import Workspace

DEMO_AS_OF = date(2026, 11, 23)
DATA_DATE = date(2026, 11, 22)  # the demo's events end the day before its as-of
PERIODS = {"month": month_of(date(2026, 10, 1)), "quarter": quarter_of(date(2026, 7, 1))}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    ws = Workspace.open(folder / "demo.sqlite")
    fill_demo(ws, seed=1, as_of=DEMO_AS_OF)
    fill_history(ws, weeks=26, until=DATA_DATE)
    accounts = ws.read_frame("SELECT id, name, owner, is_target FROM accounts")
    yield ws, folder, accounts
    ws.close()


@pytest.fixture(scope="module")
def owner(demo):
    _, _, accounts = demo
    targets = accounts[accounts["is_target"] == 1]
    return str(targets["owner"].value_counts().sort_index().idxmax())


@pytest.fixture
def page(qtbot, demo):
    ws, _, _ = demo
    state = AppState(ws)  # no day pinned: the data date
    state.set_data(load_workspace_data(ws, None, Progress.none()))
    widget = DashboardPage(state)
    widget.trend_months = 0
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    with qtbot.waitSignal(widget.rendered, timeout=120_000):
        widget.show()
    yield widget
    widget.cancel_jobs()
    wait_for_all()


_HEALTH: dict[tuple[str, ...], str] = {}


def cli(capsys, ws, *argv: str) -> str:
    # `health` does not depend on the scope: each of its outputs is read once per module.
    if argv[0] == "health" and argv in _HEALTH:
        return _HEALTH[argv]
    capsys.readouterr()
    assert cli_main(["--workspace", str(ws.path), *argv]) == 0
    out = capsys.readouterr().out
    if argv[0] == "health":
        _HEALTH[argv] = out
    return out


def in_scope(accounts: pd.DataFrame, owner: str | None) -> set[int]:
    chosen = accounts[accounts["is_target"] == 1]
    if owner is not None:
        chosen = chosen[chosen["owner"] == owner]
    return set(int(i) for i in chosen["id"])


def same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


@pytest.mark.parametrize("period_name", list(PERIODS))
@pytest.mark.parametrize("scoped", [False, True], ids=["portfolio", "owner"])
def test_every_surface_shows_the_same_numbers(qtbot, page, demo, owner, capsys, period_name,
                                              scoped):
    ws, folder, accounts = demo
    choice = PERIODS[period_name]
    who = owner if scoped else None
    first, last = choice.start.isoformat(), (choice.end - timedelta(days=1)).isoformat()
    scope_args = ["--owner", who] if who else []
    ids = in_scope(accounts, who)
    currency = page.state.settings.currency

    with qtbot.waitSignal(page.rendered, timeout=120_000):
        page.set_period(choice)
        page.set_filters(FilterChoice(owner=who))
        page.request_refresh()
    data = page.data
    assert data.in_scope == len(ids) and f"({len(ids):,} accounts)" in page.scope_label.text()
    assert f"Data as of {DATA_DATE.isoformat()}" in page.scope_label.text()

    # -- KPIs: tiles == kpis --format json -------------------------------------------------
    kpis = {r["id"]: r for r in json.loads(cli(capsys, ws, "kpis", "--from", first, "--to", last,
                                                  *scope_args, "--format", "json"))}
    for metric_id, tile in page.tiles.items():
        row = kpis[metric_id]
        assert tile.value_text() == tile_text(row["value"], row["unit"], currency), metric_id

    # -- the funnel: first row = the scope, reached never increases ----------------------
    stages = data.funnel.stages
    reached = [int(v) for v in stages["accounts"]]
    assert reached[0] == len(ids)
    assert reached == sorted(reached, reverse=True)
    assert list(page.charts.funnel.counts()) == reached

    # -- health: the at-risk list == health --format json (as of the data date) ----------
    health = [r for r in json.loads(cli(capsys, ws, "health", "--format", "json",
                                        "--all-accounts")) if r["account_id"] in ids]
    assert {r["as_of"] for r in health} == {DATA_DATE.isoformat()}
    assert all(r["is_target"] for r in health)
    if not scoped:  # without the switch, `health` lists the portfolio: the target accounts
        listed = json.loads(cli(capsys, ws, "health", "--format", "json"))
        assert {r["account_id"] for r in listed} == ids
    at_risk = sorted((r for r in health if r["band"] == "at-risk"),
                     key=lambda r: (r["score"], r["change_4w"], r["account_id"]))
    shown = data.health.at_risk
    assert list(shown["account_id"]) == [r["account_id"] for r in at_risk][:len(shown)]
    assert len(shown) == min(12, len(at_risk))
    for score, row in zip(shown["score"], at_risk, strict=False):
        assert same(score, row["score"])

    # -- band counts: the last week of the chart == health as of that week's day --------
    weeks = data.health.weeks
    assert len(weeks)
    last_week = pd.Timestamp(weeks[-1]).date()
    then = [r for r in json.loads(cli(capsys, ws, "health", "--as-of", last_week.isoformat(),
                                      "--format", "json", "--all-accounts"))
            if r["account_id"] in ids]
    for band, counts in data.health.band_counts.items():
        assert int(counts[-1]) == sum(1 for r in then if r["band"] == band), band

    # -- the workbook: KPIs, Funnel and Accounts sheets ------------------------------------
    book_path = folder / f"book-{period_name}-{scoped}.xlsx"
    cli(capsys, ws, "report", "portfolio", "-o", str(book_path), "--from", first, "--to", last,
        *scope_args)
    book = openpyxl.load_workbook(book_path, read_only=True)
    sheet = list(book["KPIs"].iter_rows(values_only=True))
    head = list(sheet[0])
    col_id, col_value = head.index("Metric id"), head.index(f"{first} to {last}")
    listed = {r[col_id]: r[col_value] for r in sheet[1:] if len(r) > col_value and r[col_id]}
    for metric_id, row in kpis.items():
        assert same(listed[metric_id], row["value"]), metric_id
    # Read-only sheets drop a row's trailing empty cells (n/a is an empty cell): pad them.
    funnel_rows = [tuple(r) + (None,) * 6
                   for r in book["Funnel"].iter_rows(values_only=True)][1:len(stages) + 1]
    for row, (_, stage) in zip(funnel_rows, stages.iterrows(), strict=True):
        assert row[0] == fmt.label(stage["stage"]) and row[1] == stage["accounts"]
        assert row[2] == stage["entered"]
        assert same(row[4], None if pd.isna(stage["conversion"]) else stage["conversion"])
    account_rows = list(book["Accounts"].iter_rows(values_only=True))
    head = list(account_rows[0])
    rows = [r for r in account_rows[1:] if r and isinstance(r[0], int)]
    assert {r[0] for r in rows} == ids
    # The Accounts sheet is scored as of the period's last day, as `health --as-of` is.
    as_of_end = {r["account_id"]: r for r in json.loads(
        cli(capsys, ws, "health", "--as-of", last, "--format", "json", "--all-accounts"))}
    i_band, i_score, i_stage = head.index("Band"), head.index("Health"), head.index("Stage")
    for r in rows:
        expected = as_of_end[r[0]]
        # Words for people in the workbook, ids in JSON: equal through the one formatter.
        assert (r[i_band], r[i_stage]) == (fmt.label(expected["band"]),
                                           fmt.label(expected["stage"])), r[0]
        assert same(r[i_score], expected["score"]), r[0]

    # -- the meeting pack's text ---------------------------------------------------------
    pack = folder / f"pack-{period_name}-{scoped}.pdf"
    cli(capsys, ws, "report", "meeting", "-o", str(pack), "--from", first, "--to", last,
        *scope_args)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pack)).pages)
    assert f"{first} to {last}" in text and f"Data as of {DATA_DATE.isoformat()}" in text
    assert f"{len(ids):,} target accounts" in text
    # Signs are the formatter's business (a tile's minus may be drawn apart from the
    # digits); the name and the digits of the value must match.
    def bare(words: str) -> str:
        return "".join(ch for ch in words if not ch.isspace() and ch not in "\u2212-+")

    flat = bare(text)
    for metric_id in page.tiles:
        row = kpis[metric_id]
        if row["value"] is None and row["previous"] is None:
            continue  # the pack counts these instead of listing them
        value = format_measure(row["value"], row["unit"], currency)
        assert bare(f"{row['name']} {value}") in flat, (metric_id, value)
    for stage, count in zip(stages["stage"], reached, strict=True):
        assert f"{stage_label(stage)} {count:,}" in text, stage
    # pypdf may split CJK names into words: compare the at-risk names without spaces.
    tight = "".join(text.split())
    positions = [tight.find("".join(str(name).split())) for name in shown["name"]]
    assert all(p >= 0 for p in positions), [n for n, p in zip(shown["name"], positions, strict=True) if p < 0]
    assert positions == sorted(positions)
