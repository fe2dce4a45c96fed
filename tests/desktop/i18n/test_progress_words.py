"""Progress messages of the health history, the backtest and the exports are ids with facts.

``domain.health.history``, ``domain.health.backtest`` and ``storage.exports`` report their
steps as ``domain.progress.step`` ids; the job runner words them
(``desktop.shared.wording.progress``). English reads as before; another language's
conventions write the facts (the scoring date) its way.
"""

from __future__ import annotations

import pandas as pd

from desktop.i18n.conventions import conventions_for
from desktop.reports.exports import export_portfolio
from desktop.shared.wording import progress as progress_words
from desktop.shared.workers import Job
from domain import formatting as fmt
from domain.health.backtest import prepare_backtest
from domain.health.history import HistoryJob, run
from domain.health.model import HealthModelConfig
from domain.progress import Progress, step, step_parts
from tests.desktop.i18n.test_report_words import inputs  # noqa: F401 - the shared fixture
from tests.domain.test_report_contents import OCTOBER

DAYS = [pd.Timestamp("2026-09-01 12:00"), pd.Timestamp("2026-10-01 12:00")]  # within those days


def _recorder(seen: list[str]):
    def report(done: int, total: int, message: str) -> bool:
        seen.append(message)
        return True
    return report


def test_step_keeps_its_id_and_facts():
    assert step("done") == "done"
    assert step_parts(step("wrote_files", 3, "out")) == ("wrote_files", ("3", "out"))
    assert step_parts("Writing book.xlsx") == ("Writing book.xlsx", ())


def test_the_history_and_backtest_steps_are_ids_worded_as_before(qapp, inputs):  # noqa: F811
    seen: list[str] = []
    run(HistoryJob(inputs.frames, inputs.settings, HealthModelConfig(), DAYS), _recorder(seen))
    assert seen == ["preparing_activity", "scoring_as_of\x1f2026-09-01",
                    "scoring_as_of\x1f2026-10-01", "done"]
    assert [progress_words.said(m) for m in seen] == [
        "Preparing account activity", "Scoring as of 2026-09-01", "Scoring as of 2026-10-01",
        "Done"]
    backtest: list[str] = []
    prepare_backtest(inputs.frames, inputs.settings, HealthModelConfig(), DAYS,
                     progress=_recorder(backtest))
    assert backtest == seen


def test_the_scoring_date_follows_the_conventions(qapp):
    previous = fmt.use_conventions(conventions_for("pl"))
    try:
        assert progress_words.said(step("scoring_as_of", "2026-10-01")) == "Scoring as of 1.10.2026"
    finally:
        fmt.use_conventions(previous)


def test_the_workbook_writer_names_its_sheets_and_the_job_words_them(qapp, inputs, tmp_path):  # noqa: F811
    seen: list[str] = []
    export_portfolio(inputs, OCTOBER, tmp_path / "book.xlsx", "xlsx",
                     progress=Progress(lambda _f, m: seen.append(m), interval=0.0))
    writing = [m for m in seen if m.startswith("writing_sheet")]
    assert writing and all(len(step_parts(m)[1]) == 1 for m in writing)
    assert "wrote_file\x1fbook.xlsx" in seen
    # The job runner shows words: what its ``progressed`` signal carries.
    job = Job(None, "Export", lambda _r: None, None, None)
    shown: list[str] = []
    job.progressed.connect(lambda _f, m: shown.append(m))
    for message in (writing[0], "wrote_file\x1fbook.xlsx"):
        job._report_progress(0.5, message)
    heading = step_parts(writing[0])[1][0]
    assert shown == [f"Writing the {heading} sheet", "Wrote book.xlsx"]

    csv_seen: list[str] = []
    export_portfolio(inputs, OCTOBER, tmp_path / "csv", "csv",
                     progress=Progress(lambda _f, m: csv_seen.append(m), interval=0.0))
    last = [m for m in csv_seen if m.startswith("wrote_files")][-1]
    count, folder = step_parts(last)[1]
    assert progress_words.said(last) == f"Wrote {count} files to {folder}"
