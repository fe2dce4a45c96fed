"""``abm-health report``: account PDF/HTML, portfolio XLSX/CSV and meeting pack, end to end.

The workspace is a real SQLite file holding the small portfolio of
``tests/domain/test_report_contents.py`` (accounts named in Japanese, Chinese and Polish,
one owner that is a formula). PDFs are read back with pypdf; the workbook with openpyxl.
"""

from __future__ import annotations

import math
import re
from datetime import date

import openpyxl
import pandas as pd
import pytest
from pypdf import PdfReader
from sqlalchemy import insert

from desktop.cli import main
from desktop.reports.account_report import component_bars, write_account_report
from desktop.reports.exports import account_contents, export_account, export_portfolio, load_inputs
from desktop.reports.formatting import format_measure
from desktop.shared.palette import BAND_COLORS
from desktop.shared.wording import metrics
from domain.metrics import compute_kpis
from domain.report_contents.workbook import SHEETS
from storage.frames import load_frames
from storage.schema import ENTITY_TABLES
from storage.settings_repo import load_settings
from storage.workspace import Workspace
from tests.domain.test_report_contents import CN, HOSTILE_OWNER, JP, OCTOBER, PL, small_portfolio

PERIOD = ["--from", "2026-10-01", "--to", "2026-10-31"]


def _rows(frame: pd.DataFrame) -> list[dict]:
    rows = []
    for record in frame.to_dict("records"):
        clean = {}
        for key, value in record.items():
            if isinstance(value, float) and math.isnan(value) or value is pd.NaT:
                value = None
            elif isinstance(value, pd.Timestamp):
                value = value.to_pydatetime()
            elif hasattr(value, "item"):
                value = value.item()
            clean[key] = value
        rows.append(clean)
    return rows


def write_small_portfolio(path):
    """A workspace file at ``path`` holding ``small_portfolio()``."""
    frames = small_portfolio()
    with Workspace.open(path) as ws, ws.transaction() as conn:
        for name in ("accounts", "contacts", "events", "meetings", "opportunities",
                     "subscriptions", "nps", "notes"):
            frame = getattr(frames, name)
            if len(frame):
                conn.execute(insert(ENTITY_TABLES[name].__table__), _rows(frame))
    return path


@pytest.fixture(scope="module")
def workspace_path(tmp_path_factory):
    return write_small_portfolio(tmp_path_factory.mktemp("ws") / "w.sqlite")


@pytest.fixture(scope="module")
def inputs(workspace_path):
    """The workspace read and scored once for the tests that call the exports directly."""
    with Workspace.open(workspace_path) as ws:
        return load_inputs(ws, date(2026, 10, 31))


def _pdf_fonts(path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def _pdf_text(path) -> tuple[str, int]:
    """The PDF's text with runs of whitespace as one space (Qt places words one by one)."""
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


@pytest.mark.parametrize("account_id, name", [(1, JP), (2, CN), (3, PL)])
def test_account_pdf_shows_the_name_in_its_script(inputs, tmp_path, account_id, name):
    out = tmp_path / "account.pdf"
    result = export_account(inputs, account_id, OCTOBER, out)
    text, pages = _pdf_text(out)
    assert result.pages == pages >= 2
    # The glyphs come from the fonts we ship or depend on, embedded in the file.
    fonts = _pdf_fonts(out)
    assert "/NotoSans-Regular" in fonts
    if name != PL:
        assert "/ReportSansCJK-Regular" in fonts
    assert name in text  # real glyphs with their Unicode values, not boxes or radicals
    assert "Metrics we don't steer by, and why" in text
    assert re.search(r"Page 1 of \d", text)


def test_account_pdf_kpi_values_are_the_kpi_engines(workspace_path, tmp_path):
    out = tmp_path / "yamada.pdf"
    assert main(["--workspace", str(workspace_path), "report", "account", "1", "-o", str(out),
                 *PERIOD]) == 0
    with Workspace.open(workspace_path) as ws:
        kpis = compute_kpis(load_frames(ws), load_settings(ws), OCTOBER, account_ids=[1])
    text, _ = _pdf_text(out)
    # The fixture's October emails: 1 unique click / 4 delivered = 25.0 % CTR.
    assert kpis["email_ctr"].value == 0.25
    for metric_id in ("email_ctr", "click_to_open", "won_amount", "form_fills"):
        result = kpis[metric_id]
        shown = format_measure(result.value, result.definition.unit, "USD")
        assert f"{metrics.name(metric_id)} {shown}" in text, metric_id
    # Qt sets kanji and kana as separate runs, which extractors split with a space.
    squeezed = "".join(text.split())
    assert "Planthekick-offwith山田さん" in squeezed
    assert "素晴らしいサポート" in squeezed


def test_account_html_is_standalone(inputs, tmp_path):
    out = tmp_path / "yamada.html"
    export_account(inputs, 1, OCTOBER, out)
    html = out.read_text(encoding="utf-8")
    assert JP in html and "Email click-through rate" in html
    assert "data:image/svg+xml;base64," in html  # charts inline, nothing fetched
    assert "http://" not in html.replace("http://www.w3.org", "")


def test_same_contents_give_the_same_pdf(inputs, tmp_path):
    # Contents are deterministic (tests/domain/test_report_contents.py); so is the layout,
    # and nothing in the file comes from the clock.
    report = account_contents(inputs, 3, OCTOBER)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        write_account_report(report, out)
    assert first.read_bytes() == second.read_bytes()
    # The creation date is the data's as-of day, not the clock's.
    assert b"/CreationDate (D:20261031000000Z)" in first.read_bytes()


def test_portfolio_workbook_sheets_and_values(workspace_path, tmp_path):
    out = tmp_path / "portfolio.xlsx"
    assert main(["--workspace", str(workspace_path), "report", "portfolio", "-o", str(out),
                 *PERIOD]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Accounts", "KPIs", "Funnel", "Campaigns", "NPS responses",
                               "Vanity", "Definitions"]  # the sheet ids (SHEETS) in words
    assert len(SHEETS) == len(book.sheetnames)
    accounts = book["Accounts"]
    header = [c.value for c in accounts[1]]
    assert header[:4] == ["Account id", "CRM id", "Account", "Owner"]
    names = [accounts.cell(row=r, column=3).value for r in range(2, 6)]
    assert sorted(names) == sorted([JP, CN, PL, "Acme Corp"])
    owners = {accounts.cell(row=r, column=4).value for r in range(2, 6)}
    assert "'" + HOSTILE_OWNER in owners  # neutralised, stored as text
    health = header.index("Health") + 1
    by_name = {accounts.cell(row=r, column=3).value: r for r in range(2, 6)}
    assert isinstance(accounts.cell(row=by_name[JP], column=health).value, float)
    assert accounts.cell(row=by_name[JP], column=header.index("Tier") + 1).value == 1

    with Workspace.open(workspace_path) as ws:
        kpis = compute_kpis(load_frames(ws), load_settings(ws), OCTOBER)
    sheet = book["KPIs"]
    values = {row[1].value: row[4].value for row in sheet.iter_rows(min_row=2) if row[1].value}
    assert len([v for v in values if v in {d.id for d in kpis}]) == len(kpis)
    for result in kpis:
        assert values[result.id] == (None if result.value is None else pytest.approx(result.value))
    nps = book["NPS responses"]
    comments = [nps.cell(row=r, column=6).value for r in (2, 3)]
    assert comments == ["素晴らしいサポート", "'=1+1 slow onboarding"]
    assert {r[0].value for r in book["Vanity"].iter_rows(min_row=2)} >= {"Raw leads"}


def test_portfolio_as_csv_files(inputs, tmp_path):
    out = tmp_path / "csv"
    export_portfolio(inputs, OCTOBER, out, "csv")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["accounts.csv", "kpis.csv", "funnel.csv", "campaigns.csv", "nps-responses.csv",
         "vanity.csv", "definitions.csv"])
    accounts = (out / "accounts.csv").read_text(encoding="utf-8-sig")
    assert JP in accounts and "'" + HOSTILE_OWNER.replace('"', '""') in accounts


def test_meeting_pack(workspace_path, tmp_path, capsys):
    out = tmp_path / "meeting.pdf"
    assert main(["--workspace", str(workspace_path), "report", "meeting", "-o", str(out),
                 *PERIOD, "--owner", "Sato"]) == 0
    text, pages = _pdf_text(out)
    assert "Meeting pack" in text and "KPIs to steer by" in text
    assert "Metrics we don't steer by, and why" in text
    assert f"({pages} pages)" in capsys.readouterr().out


def test_unknown_account_is_a_data_problem(workspace_path, tmp_path, capsys):
    code = main(["--workspace", str(workspace_path), "report", "account", "Nobody Ltd", "-o",
                 str(tmp_path / "x.pdf"), *PERIOD])
    assert code == 1
    assert "no account has the id, external id, domain or name 'Nobody Ltd'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_wrong_suffix_is_a_usage_error(workspace_path, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["--workspace", str(workspace_path), "report", "account", "1", "-o",
              str(tmp_path / "x.docx")])
    assert exit_info.value.code == 2


def test_an_account_with_no_activity_still_gets_a_report(inputs, tmp_path):
    out = tmp_path / "acme.pdf"
    export_account(inputs, 4, OCTOBER, out)
    text, pages = _pdf_text(out)
    assert "Acme Corp" in text and pages >= 1
    assert "No contacts are known at this account." in text
    assert "No engagement in these weeks" in text


def test_an_unwritable_output_is_a_sentence_not_a_traceback(workspace_path, tmp_path, capsys):
    taken = tmp_path / "taken"
    taken.write_text("a file where the CSV folder should go", encoding="utf-8")
    code = main(["--workspace", str(workspace_path), "report", "portfolio", "-o", str(taken),
                 "--format", "csv", *PERIOD])
    assert code == 1
    assert f"cannot write {taken}" in capsys.readouterr().err


def test_account_pdf_says_what_moved_and_the_likelihood(inputs, tmp_path):
    out = tmp_path / "moved.pdf"
    export_account(inputs, 1, OCTOBER, out)
    text, _ = _pdf_text(out)
    report = account_contents(inputs, 1, OCTOBER)
    moved = report.health.moved
    # Account 1 became a customer in October: its history is shaded in the customers' bands.
    assert report.stage == "customer" and report.health.thresholds == (70.0, 40.0)
    assert moved is not None and (moved.start.isoformat(), moved.end.isoformat()) == (
        "2026-10-03", "2026-10-31")
    assert "What moved the score from 2026-10-03 to 2026-10-31" in text
    if moved.change is not None:
        # The shown total row is the change, and the three causes add up to it.
        totals = moved.by_cause()
        assert round(sum(totals.values()), 1) == moved.change
        assert f"Total {totals['activity']:+.1f} {totals['time']:+.1f} {totals['model']:+.1f} {moved.change:+.1f}" in text
        for e in moved.events[:4]:
            assert e.text.split(" (")[0] in text
    # The fixture's history is far shorter than the 100 observations a likelihood needs.
    assert "Likelihood: n/a (not enough history: " in text


def _fill_colors(path, page: int = 0) -> set[str]:
    """The fill colours painted on a PDF page, as #rrggbb."""
    data = PdfReader(str(path)).pages[page].get_contents().get_data().decode("latin-1")
    triples = re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|scn|sc)\b", data)
    return {"#" + "".join(f"{round(float(v) * 255):02x}" for v in rgb) for rgb in triples}


def test_a_prospects_component_bars_speak_the_prospects_bands(inputs, tmp_path):
    # Account 2 holds an open opportunity in October: a prospect, rated hot >= 50, warm >= 25.
    report = account_contents(inputs, 2, OCTOBER)
    assert report.health.segment == "prospect" and report.health.thresholds == (50.0, 25.0)
    bars = component_bars(report.health)
    colors = dict(zip(bars.labels, bars.colors, strict=True))
    values = dict(zip(bars.labels, bars.values, strict=True))
    # Its committee: 1 of 3 known contacts engaged (33.3) is warm for a prospect, where the
    # customers' thresholds would paint it at risk; momentum 50 and pipeline 50 are hot,
    # where they would read watch.
    assert round(values["Buying committee"], 1) == 33.3
    assert colors["Buying committee"] == BAND_COLORS["warm"]
    assert (values["Momentum"], values["Pipeline"]) == (50.0, 50.0)
    assert colors["Momentum"] == colors["Pipeline"] == BAND_COLORS["hot"]
    assert colors["Engagement"] == BAND_COLORS["hot"]
    # The same on paper: the PDF's first page paints hot and warm bars and no customer band.
    out = tmp_path / "prospect.pdf"
    export_account(inputs, 2, OCTOBER, out)
    painted = _fill_colors(out)
    assert {BAND_COLORS["hot"], BAND_COLORS["warm"]} <= painted
    assert not {BAND_COLORS["watch"], BAND_COLORS["at-risk"], BAND_COLORS["healthy"]} & painted


def test_a_customers_component_bars_keep_the_customers_bands(inputs):
    report = account_contents(inputs, 1, OCTOBER)
    bars = component_bars(report.health)
    colors = dict(zip(bars.labels, bars.colors, strict=True))
    # 100 is healthy (>= 70), 50 is watch (>= 40) for a customer.
    assert colors["Engagement"] == colors["Retention"] == BAND_COLORS["healthy"]
    assert colors["Pipeline"] == colors["Satisfaction"] == BAND_COLORS["watch"]
