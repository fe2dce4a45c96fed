"""A report records its language, and the same data in the same language gives the same bytes.

The account report is written in English and in Japanese (the committed Japanese catalog:
its words are not translated yet, but its dates and numbers follow Japanese conventions);
the PDF's Creator and the workbook's language property say which, read back with pypdf and
openpyxl.
"""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from desktop.i18n.install import install_language
from desktop.reports.account_report import write_account_report
from desktop.reports.exports import account_contents, export_portfolio, load_inputs
from storage.workspace import Workspace
from tests.desktop.test_report_cli import write_small_portfolio
from tests.domain.test_report_contents import OCTOBER


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    path = write_small_portfolio(tmp_path_factory.mktemp("ws") / "w.sqlite")
    with Workspace.open(path) as ws:
        return load_inputs(ws, date(2026, 10, 31))


def test_a_japanese_report_says_so_and_is_repeatable(qapp, inputs, tmp_path):
    english = tmp_path / "en.pdf"
    write_account_report(account_contents(inputs, 3, OCTOBER), english)
    assert install_language("ja") == "ja"
    first, second = tmp_path / "ja-1.pdf", tmp_path / "ja-2.pdf"
    for out in (first, second):
        write_account_report(account_contents(inputs, 3, OCTOBER), out)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() != english.read_bytes()
    assert PdfReader(first).metadata["/Creator"] == "abm-health; language ja"
    assert PdfReader(english).metadata["/Creator"] == "abm-health; language en"
    # The footer in Japanese, its date the Japanese way: 2026年10月31日, where English
    # writes 2026-10-31.
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(first).pages)
    assert "abm-health·データ基準日2026年10月31日" in text
    assert "2026-10-31" in "".join(page.extract_text() for page in PdfReader(english).pages)


def test_the_workbook_records_its_language(qapp, inputs, tmp_path):
    install_language("pl")
    out = tmp_path / "portfolio.xlsx"
    export_portfolio(inputs, OCTOBER, out)
    book = openpyxl.load_workbook(out)
    assert book.properties.language == "pl"
