"""Reports on the 10,000-account workspace: the account PDF and the portfolio workbook.

Figures, each beside its anchor measured in this process:

- **account report PDF** with the workspace already loaded and scored (what Ctrl+E costs in
  the window): the account's KPIs for the period and the previous one, the contents, the
  layout and the PDF; target 0.5 s (SPEC §11). Anchor: reading that one account's rows
  from the workspace (``load_frames`` for one account), the I/O floor of any report;
- **account report, cold** (what ``abm-health report account`` costs after Python has
  started): open, read every table, score the portfolio's health, then the above. Anchor:
  the read and the health scoring alone;
- **Accounts sheet XLSX**: the workbook's Accounts sheet (10,000 rows, typed cells) written
  by ``storage.exports.write_xlsx``. Anchor: pandas ``DataFrame.to_excel`` of the same table;
- the **whole workbook** (seven sheets) as XLSX and as CSV files, beside the same anchor.

Run with the harness: ``python -m tests.benchmarks.run --only reports``.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

import pandas as pd

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.reports.exports import (  # noqa: E402 - after the platform is chosen
    export_account,
    export_portfolio,
    load_inputs,
)
from desktop.reports.fonts import register_report_fonts  # noqa: E402
from domain.funnel import funnel  # noqa: E402
from domain.metrics import Period, compute_kpis  # noqa: E402
from domain.report_contents.tables import Workbook  # noqa: E402
from domain.report_contents.workbook import HealthInputs, portfolio_workbook  # noqa: E402
from domain.stages import stage_history  # noqa: E402
from storage.exports import write_xlsx  # noqa: E402
from storage.frames import load_frames  # noqa: E402
from storage.workspace import Workspace  # noqa: E402
from tests.benchmarks.run import Context, Figure, best_of  # noqa: E402


def _last_day(workspace: Workspace):
    frame = workspace.read_frame("SELECT MAX(occurred_at) AS last FROM events")
    return pd.Timestamp(frame["last"].iloc[0]).date()


def _busiest_account(inputs) -> int:
    events = inputs.frames.events
    return int(events["account_id"].value_counts().idxmax())


def run(ctx: Context) -> list[Figure]:
    register_report_fonts()  # once per process, as in the window
    figures = []
    out = Path(ctx.out)
    with Workspace.open(ctx.workspace) as workspace:
        day = _last_day(workspace)
        period = Period(day - timedelta(days=29), day + timedelta(days=1))
        inputs = load_inputs(workspace, day)
        account_id = _busiest_account(inputs)

        warm = best_of(lambda: export_account(inputs, account_id, period, out / "account.pdf"))
        floor = best_of(lambda: load_frames(workspace, account_ids=[account_id]))
        figures.append(Figure("account report PDF (workspace loaded)", warm,
                              "read the account's rows", floor, "<= 0.5 s"))

        def cold() -> None:
            fresh = load_inputs(workspace, day)
            export_account(fresh, account_id, period, out / "account-cold.pdf")

        cold_time = best_of(cold, repeat=1)
        load_time = best_of(lambda: load_inputs(workspace, day), repeat=1)
        figures.append(Figure("account report PDF, cold (CLI)", cold_time,
                              "read + score the portfolio", load_time, "load + < 1 s"))

        book = _workbook(inputs, period)
        accounts = book.sheet("accounts")
        only_accounts = Workbook("Accounts", (accounts,), as_of=book.as_of)
        ours = best_of(lambda: write_xlsx(only_accounts, out / "accounts.xlsx"), repeat=2)
        frame = accounts.frame.rename(columns={c.key: c.title for c in accounts.columns})
        theirs = best_of(lambda: frame.to_excel(out / "accounts-pandas.xlsx", index=False),
                         repeat=2)
        figures.append(Figure(f"Accounts sheet XLSX ({len(accounts):,} rows)", ours,
                              "pandas DataFrame.to_excel", theirs, "<= 1.0x anchor"))
        whole = best_of(lambda: export_portfolio(inputs, period, out / "portfolio.xlsx"),
                        repeat=1)
        figures.append(Figure("whole workbook XLSX (7 sheets, KPIs included)", whole,
                              "pandas DataFrame.to_excel (Accounts)", theirs, "informative"))
        csv = best_of(lambda: export_portfolio(inputs, period, out / "portfolio-csv", "csv"),
                      repeat=1)
        figures.append(Figure("whole workbook as CSV files", csv,
                              "pandas DataFrame.to_excel (Accounts)", theirs, "informative"))
    return figures


def _workbook(inputs, period: Period):
    kpis = compute_kpis(inputs.frames, inputs.settings, period)
    health = inputs.health
    history = stage_history(inputs.frames, inputs.settings, activity=health.activity)
    return portfolio_workbook(
        inputs.frames, inputs.settings, kpis,
        HealthInputs(health.result.frame, health.result.facts,
                     health.table[["trend", "change_4w"]], health.model.config,
                     health.model.version),
        funnel(history, period.end, period.start),
    )


if __name__ == "__main__":  # python -m tests.benchmarks.bench_reports PATH
    target = Path(sys.argv[1])
    for figure in run(Context(workspace=target, out=target.parent, quick=False)):
        print(figure.line())
