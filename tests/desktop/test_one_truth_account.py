"""One account, four surfaces, one truth (issue "One truth", second "Done when").

For three accounts of a demo workspace (40 accounts, seed 3, data up to 2026-11-23) the
account page (a real window), the account PDF (read back with pypdf), the workbook's
Accounts row (openpyxl) and ``abm-health health --account`` agree on the score, band,
stage, drivers, the committee's scored touches and last touches, all read through the one
formatter. The accounts: 9, a customer on watch whose raw score 49.9 shows as 49 everywhere
(rounded down, where rounding would say 50; the demo's stories give it that score); 1, a
healthy customer; 36, an opportunity.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.main_window import MainWindow
from desktop.shared.app_state import AppState
from domain import formatting as fmt
from storage.demo import fill_demo
from storage.workspace import Workspace
from tests.desktop.test_main_window import _memory

AS_OF = date(2026, 11, 23)
PERIOD = ["--from", "2026-10-25", "--to", AS_OF.isoformat()]
ACCOUNTS = (9, 1, 36)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite"
    with Workspace.open(path) as ws:
        fill_demo(ws, accounts=40, events=4000, seed=3, as_of=AS_OF)
    book = folder / "w.xlsx"
    assert main(["--workspace", str(path), "report", "portfolio", "-o", str(book), *PERIOD]) == 0
    sheet = openpyxl.load_workbook(book)["Accounts"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    accounts = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    return path, folder, accounts


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _cli_health(path, account_id: int) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--workspace", str(path), "health", "--as-of", AS_OF.isoformat(),
                     "--account", str(account_id), "--format", "json"])
    assert code == 0
    (row,) = json.loads(out.getvalue())
    return row


def _pdf_text(path, folder, account_id: int) -> str:
    target = folder / f"account-{account_id}.pdf"
    assert main(["--workspace", str(path), "report", "account", str(account_id),
                 "-o", str(target), *PERIOD]) == 0
    return _words(" ".join(page.extract_text() for page in PdfReader(target).pages))


def _page(qtbot, window, account_id: int) -> dict:
    with qtbot.waitSignal(window.account.loaded, timeout=60_000):
        window.state.request_account(account_id)
    header = window.account.header
    drivers = [_words(re.sub(r"<[^>]+>|&nbsp;|●", " ", part))
               for part in header.drivers.text().split("<br>")]
    model = window.account.committee.model
    columns = [c.key for c in model.columns]
    committee = [{key: model.index(r, i).data() for i, key in enumerate(columns)}
                 for r in range(model.rowCount())]
    last = re.search(r"last scored touch (\d{4}-\d{2}-\d{2})", header.facts.text())
    return {
        "score": header.score.text(), "band": header.band.text(),
        "stage": header.stage.text().removeprefix("Stage: "), "drivers": drivers,
        "committee": committee, "last_touch": last.group(1) if last else None,
    }


def test_account_page_pdf_workbook_and_cli_agree(qtbot, demo, tmp_path):
    path, folder, workbook = demo
    with Workspace.open(path) as workspace:
        state = AppState(workspace, AS_OF)
        window = MainWindow(state, _memory(tmp_path))
        window.auto_history = False
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(state.data_changed, timeout=120_000):
            state.reload(window)
        pages = {account_id: _page(qtbot, window, account_id) for account_id in ACCOUNTS}
        window.close()

    for account_id in ACCOUNTS:
        cli = _cli_health(path, account_id)
        row = workbook[account_id]
        page = pages[account_id]
        pdf = _pdf_text(path, folder, account_id)

        # Score, band and stage: one number, one word, read through the formatter.
        score = fmt.score(cli["score"])
        assert page["score"] == fmt.score(row["Health"]) == score, account_id
        assert f"Health {score} {fmt.label(cli['band'])}" in pdf, account_id
        assert page["band"] == row["Band"] == fmt.label(cli["band"]), account_id
        assert page["stage"] == row["Stage"] == fmt.label(cli["stage"]), account_id
        assert f"Stage: {fmt.label(cli['stage'])}" in pdf, account_id
        if account_id == 9:  # by hand: 49.9 is shown as 49 (rounded down), watch from 40
            assert (cli["score"], score, page["band"]) == (49.9, "49", "Watch")

        # Drivers: the same sentences, in the same order, on every surface.
        sentences = [fmt.sentence(d["sentence"]) for d in cli["drivers"]]
        assert sentences, account_id
        assert page["drivers"] == sentences, account_id
        assert [_words(s[2:]) for s in row["Drivers"].split("; ")] == sentences, account_id
        for sentence in sentences:
            assert sentence in pdf, (account_id, sentence)

        # The committee: scored touches in 90 days and the last scored touch per contact.
        assert [(c["name"], c["role_label"], int(c["touches"]), c["last_touch"] or None)
                for c in page["committee"]] == [
            (c["name"], c["role"], c["touches"], c["last_touch"]) for c in cli["committee"]
        ], account_id
        for contact in cli["committee"]:
            found = re.search(re.escape(contact["name"]) + r".{0,80}?" + re.escape(
                f"{contact['role']} {contact['touches']}"
                + (f" {contact['last_touch']}" if contact["last_touch"] else "")), pdf)
            assert found, (account_id, contact)
        engaged = sum(1 for c in cli["committee"] if c["touches"] > 0)
        assert row["Contacts with a scored touch, 90 days"] == engaged, account_id
        # The account's last touch: the latest scored touch, in the header and the workbook.
        shown = row["Last scored touch"].date().isoformat() if row["Last scored touch"] else None
        assert page["last_touch"] == shown, account_id
        latest = max((c["last_touch"] for c in cli["committee"] if c["last_touch"]), default=None)
        assert latest is None or shown >= latest, account_id
