"""The report contents carry ids, not English; the desktop words every one of them.

``domain.report_contents.account`` hands over table headings, column titles, notes, profile
labels, footnotes and id cells (event kinds, meeting and deal states, NPS categories) as
ids; ``desktop.reports.table_words`` words them. Checked here: every such id is an id
(lower case, no spaces) and has words; English reads as before (worked out by hand from the
small portfolio of ``tests.domain.test_report_contents``); and in another language every
one of those words is the catalog's (a pseudo-locale compiled at test time). The same for the portfolio workbook's sheet names,
column titles and notes (``desktop.reports.workbook_words``); its CSV files keep the
sheet ids' names in every language.
"""

from __future__ import annotations

import re
from datetime import date

import openpyxl
import pytest

from desktop.i18n.install import install_language
from desktop.i18n.placeholders import arg
from desktop.reports import table_words, workbook_words
from desktop.reports.account_report import account_document
from desktop.reports.exports import account_contents, export_portfolio, load_inputs
from domain.health.model import COMPONENTS
from domain.report_contents.account import AccountReport
from storage.workspace import Workspace
from tests.desktop.i18n.catalogs import pseudo, write_catalog
from tests.desktop.test_report_cli import write_small_portfolio
from tests.domain.test_report_contents import AS_OF, OCTOBER, small_portfolio

ID = re.compile(r"^[a-z][a-z0-9_]*$")
TABLES = ("touches", "committee", "meetings", "deals", "subscriptions", "nps_responses", "notes")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    path = write_small_portfolio(tmp_path_factory.mktemp("ws") / "w.sqlite")
    with Workspace.open(path) as ws:
        return load_inputs(ws, date(2026, 10, 31))


def _report(inputs, account_id: int = 1) -> AccountReport:
    return account_contents(inputs, account_id, OCTOBER)


def test_the_contents_hold_ids_and_every_id_has_words(qapp, inputs):
    for account_id in (1, 2, 3):
        report = _report(inputs, account_id)
        for name in TABLES:
            table = getattr(report, name)
            assert ID.match(table.name) and table.name in table_words.TABLE_NAMES, table.name
            for column in table.columns:
                # The NPS category column has no heading: the scores say what it is.
                assert column.title == "" or (ID.match(column.title)
                                              and column.title in table_words.TITLES), column
            assert table.note == "" or table.note in table_words.NOTES, table.note
            for (table_name, key), words in table_words.ID_COLUMNS.items():
                if table_name != table.name:
                    continue
                for value in table.frame[key].dropna():
                    assert ID.match(value) and value in words, (table.name, key, value)
        for item in report.profile:
            assert ID.match(item.label) and item.label in table_words.PROFILE, item.label
        for note in report.footnotes:
            assert note.label in table_words.FOOTNOTE_LABELS
            assert not any(isinstance(f, str) for f in note.facts)  # facts, not sentences


def test_english_reads_as_before(qapp, inputs):
    report = _report(inputs)
    committee = table_words.worded(report.committee)
    assert committee.titles == ["Contact", "Title", "Role", "Scored touches, 90 days",
                                "Last scored touch", "MQL", "Unsubscribed"]
    assert committee.note == (
        "Scored touches: the contact's touches worth engagement points (events, meetings "
        "booked, demos held) in the 90 days up to 2026-10-31, as the health score counts "
        "them; sends, deliveries, bounces and opens worth no points do not count.")
    # 山田太郎 is the decision maker, 鈴木花子 the champion (the fixture's buying roles).
    assert list(committee.frame["role"]) == ["Decision maker", "Champion"]
    touches = table_words.worded(report.touches)
    assert touches.name == "Latest touches"
    # Account 1's touches newest first (test_latest_touches_newest_first_without_sends).
    assert list(touches.frame["what"])[:2] == ["Web visit", "Form fill"]
    nps = table_words.worded(report.nps_responses)
    assert list(nps.frame["category"]) == ["Detractor", "Promoter"]  # scores 3 and 9
    assert list(table_words.worded(report.notes).frame["state"]) == ["open"]
    label, text = table_words.footnote(report.footnotes[-1])
    # The previous period has October's 31 days: 31 August to 30 September.
    assert (label, text) == ("Data", "period 2026-10-01 to 2026-10-31, compared with "
                             "2026-08-31 to 2026-09-30; data as of 2026-10-31 (nothing dated "
                             "later is used).")
    label, text = table_words.footnote(report.footnotes[0])
    assert label == "Health"
    assert "(engagement " in text and ", buying committee " in text


def test_another_language_words_every_heading_through_the_catalog(qapp, inputs, tmp_path,
                                                                  monkeypatch):
    contexts = {"ReportTables", "ReportColumns", "ReportProfile", "ReportValues",
                "ReportFootnotes", "Roles"}
    write_catalog(tmp_path, "pl", lambda context, source:
                  pseudo(source) if context in contexts else None)
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(tmp_path))
    assert install_language("pl") == "pl"
    report = _report(inputs)
    committee = table_words.worded(report.committee)
    assert arg(pseudo("Scored touches, %1 days"), 90) in committee.titles
    assert committee.note.startswith("[Sçöréd töüçhéš: thé çöñtáçt'š töüçhéš")
    assert "90" in committee.note and "2026" in committee.note
    touches = table_words.worded(report.touches)
    assert list(touches.frame["what"])[:2] == [pseudo("Web visit"), pseudo("Form fill")]
    label, _ = table_words.footnote(report.footnotes[-1])
    assert label == pseudo("Data")
    assert list(committee.frame["role"]) == [pseudo("Decision maker"), pseudo("Champion")]
    body = account_document(report).body
    # The document's tables and profile use the catalog's words, none of the English ones.
    assert pseudo("Last scored touch") in body and ">Last scored touch<" not in body
    assert pseudo("Promoter") in body or pseudo("Detractor") in body


def _domain_workbook():
    """The workbook's contents as the domain gives them (ids), from the small portfolio."""
    from domain.funnel import funnel
    from domain.health.model import HealthModelConfig
    from domain.health.score import score_accounts
    from domain.metrics import compute_kpis
    from domain.report_contents.workbook import HealthInputs, portfolio_workbook
    from domain.settings import WorkspaceSettings
    from domain.stages import stage_history

    frames, settings = small_portfolio(), WorkspaceSettings()
    health = score_accounts(frames, settings, as_of=AS_OF)
    return portfolio_workbook(
        frames, settings, compute_kpis(frames, settings, OCTOBER),
        HealthInputs(health.frame, health.facts, None, HealthModelConfig(), 3),
        funnel(stage_history(frames, settings, as_of=AS_OF), OCTOBER.end, OCTOBER.start),
        data_date=date(2026, 10, 31))


def _workbook_words_are_ids(sheet) -> None:
    assert ID.match(sheet.name) and sheet.name in workbook_words.SHEET_NAMES, sheet.name
    for column in sheet.columns:
        # The six component columns are named by the caller's words (Words.component_name).
        assert (column.title in workbook_words.TITLES or column.title == "period"
                or column.key in COMPONENTS), column
    assert sheet.note == "" or callable(getattr(workbook_words.WorkbookNotes, sheet.note))


def test_the_workbook_names_its_sheets_columns_and_notes_by_id(qapp, inputs, tmp_path):
    result = export_portfolio(inputs, OCTOBER, tmp_path / "book.xlsx")
    assert result.rows == {"Accounts": 4, "KPIs": 50, "Funnel": 7, "Campaigns": 0,
                           "NPS responses": 2, "Vanity": 5, "Definitions": 57}
    from domain.report_contents.workbook import SHEETS
    book = openpyxl.load_workbook(tmp_path / "book.xlsx")
    assert book.sheetnames == ["Accounts", "KPIs", "Funnel", "Campaigns", "NPS responses",
                               "Vanity", "Definitions"]
    assert len(SHEETS) == 7
    kpi_header = [c.value for c in book["KPIs"][1]]
    assert kpi_header[:5] == ["Group", "Metric id", "Metric", "Verdict", "2026-10-01 to 2026-10-31"]
    assert kpi_header[5] == "2026-08-31 to 2026-09-30"  # the previous 31 days
    # The notes in words: the small portfolio's four target accounts, none churned.
    notes = workbook_words.WorkbookNotes()
    assert notes.funnel(4, 0).startswith("4 accounts in scope (the first row). Reached:")
    assert notes.funnel(4, 0).endswith("Accounts that churned in the period: 0.")
    assert notes.accounts(date(2026, 10, 31), date(2026, 10, 31)) == (
        "Data as of 2026-10-31. Health and the per-account figures are the health model's as "
        "of 2026-10-31 (the period's last day); 90-day figures count the 90 days before it. "
        "Empty cells are n/a.")


def test_workbook_sheets_hold_ids_and_csv_files_keep_their_names(qapp, inputs, tmp_path,
                                                                 monkeypatch):
    for sheet in _domain_workbook().sheets:
        _workbook_words_are_ids(sheet)
    write_catalog(tmp_path / "qm", "pl", lambda context, source:
                  pseudo(source) if context in ("WorkbookSheets", "WorkbookColumns") else None)
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(tmp_path / "qm"))
    assert install_language("pl") == "pl"
    export_portfolio(inputs, OCTOBER, tmp_path / "book.xlsx")
    # Excel forbids [ and ] in a sheet's name: the writer puts "-" for them.
    sheet = pseudo("KPIs").replace("[", "-").replace("]", "-")
    assert openpyxl.load_workbook(tmp_path / "book.xlsx").sheetnames[1] == sheet
    export_portfolio(inputs, OCTOBER, tmp_path / "csv", "csv")
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(
        ["accounts.csv", "kpis.csv", "funnel.csv", "campaigns.csv", "nps-responses.csv",
         "vanity.csv", "definitions.csv"])


def test_english_cell_words_are_what_the_workbook_wrote_before(qapp):
    # Before the ids left the domain, the workbook wrote fmt.label(id) in these cells: the
    # English words must be the same ("at-risk" -> "At risk", "paid_search" -> "Paid search").
    from domain import formatting as fmt
    for words in {id(w): w for w in workbook_words.CELL_WORDS.values()}.values():
        # Units and good directions were written as their ids, and English keeps them so.
        as_ids = any(words is w for w in workbook_words.AS_IDS)
        for key in words:
            assert words[key] == (key if as_ids else fmt.label(key)), key
    for key in table_words.VALUES:
        assert table_words.VALUES[key] == fmt.label(key), key
    from domain.report_contents.tables import Phrase
    assert workbook_words.phrase(Phrase("flags", ("small_sample",))) == "small sample"
    assert workbook_words.phrase(Phrase("component_formula", (15.0, 100.0))) == (
        "weight 15 of 100; score 0-100")
    assert workbook_words.phrase(Phrase("score_formula", (70.0, 40.0, 70.0, 40.0))).startswith(
        "Σ weight × component / Σ weight over the components that apply; bands: customers "
        "healthy ≥ 70, watch ≥ 40, at risk below; prospects hot ≥ 70, warm ≥ 40")


def test_workbook_cells_hold_ids_or_phrases():
    from domain.report_contents.tables import Phrase
    book = _domain_workbook()
    assert set(book.sheet("accounts").frame["band"].dropna()) <= set(workbook_words.BAND_LABELS)
    # Every catalog metric, with the default settings' verdicts (raw_leads is vanity).
    verdicts = book.sheet("kpis").frame.set_index("id")["verdict"]
    assert set(verdicts) == {"measure", "vanity", "caution"}
    assert verdicts["raw_leads"] == "vanity" and verdicts["email_ctr"] == "measure"
    definitions = book.sheet("definitions").frame.set_index("id")
    assert definitions.loc["health.score", "name"] == Phrase("health_score")
    assert definitions.loc["health.engagement", "formula"].id == "component_formula"


def test_the_dashboards_progress_steps_are_ids_worded_by_the_job(qapp, inputs):
    # The dashboard's computation reports its steps as ids; the job runner words them.
    from desktop.shared.wording import progress as progress_words
    from domain.progress import Progress
    from domain.report_contents.dashboard import DashboardInputs, DashboardQuery, compute_dashboard

    seen: list[str] = []
    compute_dashboard(DashboardInputs(inputs.frames, inputs.settings, generation=0),
                      DashboardQuery(OCTOBER, None), Progress(lambda _f, m: seen.append(m),
                                                              interval=0.0))
    steps = [m for m in seen if m]
    assert steps[:3] == ["computing_kpis", "journey_funnel", "account_health"]
    assert [progress_words.said(m) for m in steps[:3]] == [
        "Computing the KPIs", "Journey funnel", "Account health"]
    assert progress_words.said("Writing book.xlsx") == "Writing book.xlsx"  # words stay


def test_the_workbook_title_and_properties_are_ids_worded_by_the_desktop(qapp, inputs, tmp_path,
                                                                        monkeypatch):
    from dataclasses import replace

    from domain.metrics.period import Period
    from domain.report_contents.tables import Phrase

    book = _domain_workbook()
    assert book.title == Phrase("workbook_title", (OCTOBER,))
    assert book.properties["scope"] == Phrase("every_account")  # no account ids asked for
    assert book.properties["data_as_of"] == date(2026, 10, 31)
    assert isinstance(book.properties["previous"], Period)
    said = workbook_words.worded(book)
    # English as before: "FIRST to LAST" (wording.periods.span) and ISO days.
    assert said.title == "Portfolio workbook 2026-10-01 to 2026-10-31"
    assert said.properties == {"period": "2026-10-01 to 2026-10-31",
                               "previous": "2026-08-31 to 2026-09-30",
                               "scope": "every account in the workspace",
                               "data as of": "2026-10-31"}
    assert workbook_words.worded(replace(book, properties={"scope": Phrase("target_accounts")})
                                 ).properties == {"scope": "target accounts"}
    export_portfolio(inputs, OCTOBER, tmp_path / "book.xlsx")
    written = openpyxl.load_workbook(tmp_path / "book.xlsx")
    assert written.properties.title == "Portfolio workbook 2026-10-01 to 2026-10-31"

    # Polish (a pseudo-catalog for the words, the real Polish conventions for the days).
    write_catalog(tmp_path / "qm", "pl", lambda context, source:
                  pseudo(source) if context in {"WorkbookTitle", "PeriodWords"} else None)
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(tmp_path / "qm"))
    assert install_language("pl") == "pl"
    said = workbook_words.worded(book)
    october = arg(pseudo("%1 to %2"), "1.10.2026", "31.10.2026")
    assert said.title == arg(pseudo("Portfolio workbook %1"), october)
    assert said.properties == {
        pseudo("period"): october,
        pseudo("previous"): arg(pseudo("%1 to %2"), "31.08.2026", "30.09.2026"),
        pseudo("scope"): pseudo("every account in the workspace"), pseudo("data as of"): "31.10.2026"}
