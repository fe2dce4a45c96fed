"""An account report (PDF) and a meeting pack rendered in Japanese hold no English UI words.

Both are written twice from the same small portfolio (``tests.domain.test_report_contents``),
in English and in Japanese (the committed catalog), and read back with pypdf. The English
UI words are the English rendering's words minus the data: every word of the portfolio's
own text (account, contact, opportunity, product and owner names, industries, regions,
titles, assets, comments, notes, CRM stages) and the abbreviations a Japanese report keeps
as they are (``ALLOWED``). None of them may appear in the Japanese rendering; a failure
names the words still English.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.i18n.install import install_language
from desktop.reports.account_report import write_account_report
from desktop.reports.exports import account_contents, export_meeting, load_inputs
from storage.workspace import Workspace
from tests.desktop.test_report_cli import write_small_portfolio
from tests.domain.test_report_contents import HOSTILE_OWNER, OCTOBER, small_portfolio

# Words a Japanese report writes as English does: product and metric abbreviations, the
# product's own name, units and currency codes. Matched case-insensitively, whole words.
ALLOWED = frozenset({
    "abm", "health", "abm-health",  # the product's name in the footer
    "nps", "arr", "mrr", "mqa", "mql", "sql", "kpi", "kpis", "crm", "pdf", "cta", "roi",
    "ctr", "cac", "ltv", "auc", "usd", "eur", "jpy", "id", "v",  # "v3": the model version
    "n",  # the sample size's symbol, which the pack explains in Japanese
    "web",  # a Japanese word too (Web訪問数)
})
# Column and event ids of the import format (closed_at, web_visit) that the formulas name
# as the user writes them in a CSV: the file's vocabulary, not the window's words.
IMPORT_ID = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(IMPORT_ID.sub(" ", text))}


def _data_words() -> set[str]:
    """Every word of the portfolio's own text: names, titles, comments… (the data)."""
    frames = small_portfolio()
    words: set[str] = set(_words(HOSTILE_OWNER))
    for name in ("accounts", "contacts", "events", "meetings", "opportunities",
                 "subscriptions", "nps", "notes"):
        frame = getattr(frames, name)
        for column in frame.columns:
            if column in ("kind", "status", "type", "buying_role", "channel"):
                continue  # ids the report words
            for value in frame[column].dropna():
                if isinstance(value, str):
                    words |= _words(value)
    return words


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    path = write_small_portfolio(tmp_path_factory.mktemp("ws") / "w.sqlite")
    with Workspace.open(path) as ws:
        return load_inputs(ws, date(2026, 10, 31))


def _render(inputs, folder, language: str) -> dict[str, str]:
    assert install_language(language) == language
    account, pack = folder / f"account-{language}.pdf", folder / f"meeting-{language}.pdf"
    write_account_report(account_contents(inputs, 1, OCTOBER), account)
    export_meeting(inputs, OCTOBER, None, "ポートフォリオ", pack)
    return {"account report": _pdf_text(account), "meeting pack": _pdf_text(pack)}


def test_japanese_reports_hold_no_english_ui_words(qapp, inputs, tmp_path):
    english = _render(inputs, tmp_path, "en")
    japanese = _render(inputs, tmp_path, "ja")
    data = _data_words()
    for report, text in english.items():
        ui_words = _words(text) - data - ALLOWED
        assert len(ui_words) > 50, report  # the English rendering has its words to compare
        left = sorted(ui_words & _words(japanese[report]))
        assert not left, f"the Japanese {report} still says, in English: {', '.join(left)}"
