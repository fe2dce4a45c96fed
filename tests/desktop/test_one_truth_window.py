"""n/a with its reason on the dashboard tiles and in the meeting pack (issue "One truth").

The small portfolio (tests/desktop/small_portfolio.py) holds no campaign, no subscription
and no NPS response. Before, cost per MQL and CAC read 0.00 while campaign ROI read n/a.
"""

from __future__ import annotations

import re

from pypdf import PdfReader

from desktop.cli import main
from desktop.dashboard import DashboardPage
from desktop.shared.app_state import AppState, load_workspace_data
from desktop.shared.wording.reasons import sentence as reason_words
from domain.progress import Progress
from tests.desktop.small_portfolio import AS_OF, fill

NO_CAMPAIGN_COSTS, NO_SUBSCRIPTIONS, NO_NPS = (reason_words(r) for r in ("campaign_costs", "subscriptions", "nps"))


def test_tiles_say_na_and_why(qtbot, workspace):
    fill(workspace)
    state = AppState(workspace, AS_OF)
    state.set_data(load_workspace_data(workspace, AS_OF, Progress.none()))
    page = DashboardPage(state)
    page.trend_months = 0
    qtbot.addWidget(page)
    page.resize(1440, 900)
    with qtbot.waitSignal(page.rendered, timeout=60_000):
        page.show()
    for metric_id, reason in (("cost_per_mql", NO_CAMPAIGN_COSTS), ("grr", NO_SUBSCRIPTIONS),
                              ("nrr", NO_SUBSCRIPTIONS), ("nps", NO_NPS)):
        tile = page.tiles[metric_id]
        assert tile.value_text() == "n/a", metric_id
        assert reason in tile.note_label.text(), metric_id
        assert tile.change_text() == "", metric_id  # no change of an unknown
    cac = page.tiles["cac"]
    assert cac.value_text() == "n/a" and NO_CAMPAIGN_COSTS in cac.note_label.text()
    # What the workspace holds is computed: no form fill in the period is a real 0.
    assert page.tiles["form_fills"].value_text() == "0"
    assert page.tiles["form_fills"].note_label.text() == ""


def test_meeting_pack_says_na_and_why(workspace, tmp_path):
    fill(workspace)
    target = tmp_path / "pack.pdf"
    assert main(["--workspace", str(workspace.path), "report", "meeting", "-o", str(target),
                 "--from", "2026-10-25", "--to", AS_OF.isoformat()]) == 0
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(target).pages))
    # The tiles are drawings; the sentence under them names what is n/a and why.
    assert re.search(r"Not available: [^.]*Cost per MQL[^.]*\(" + re.escape(NO_CAMPAIGN_COSTS)
                     + r"\)", text)
    assert re.search(r"Gross revenue retention[^.;]*\(" + re.escape(NO_SUBSCRIPTIONS) + r"\)",
                     text)
    assert "0.00" not in text
    assert "seed 00" not in text
