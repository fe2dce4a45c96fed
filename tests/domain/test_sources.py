"""The articles behind the catalog are cited by title, never as "seed 00x" (issue "One truth")."""

from __future__ import annotations

import re

from domain.metrics.catalog import CATALOG
from domain.metrics.sources import SOURCES, citation, source_title
from domain.settings import WorkspaceSettings

SEED_WORD = re.compile(r"\bseeds?\b", re.IGNORECASE)


def test_every_metric_cites_an_article_by_title():
    for d in CATALOG:
        assert d.seed in SOURCES, d.id
        assert source_title(d.seed), d.id
    assert source_title("002") == "ABM KPIs to measure (and the ones to ignore)"
    assert citation("004") == ("\u201cCustomer lifecycle metrics, part 3: nurture, scoring, "
                               "repeat\u201d (カスタマー ライフサイクル メトリクス、パート 3: 育成、"
                               "スコアリング、リピート, 2017-01-30)")


def test_workbook_definitions_cite_titles():
    from domain.health.model import HealthModelConfig
    from domain.report_contents.words import IDS
    from domain.report_contents.workbook import _definitions

    sheet = _definitions(WorkspaceSettings(), HealthModelConfig(), IDS)
    frame = sheet.frame.set_index("id")
    assert "seed" not in frame.columns
    assert frame.loc["raw_leads", "source"].startswith(
        "\u201cABM KPIs to measure (and the ones to ignore)\u201d")
    assert frame.loc["raw_leads", "alternative"] == "mqls"  # worded by the caller's Words
    assert frame.loc["raw_leads", "verdict"] == "vanity"  # an id: the desktop words it
    titles = [c.title for c in sheet.columns]  # ids, worded by desktop.reports.workbook_words
    assert "source" in titles and "seed" not in titles
