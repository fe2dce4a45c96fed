"""The articles the metric catalog is built on, cited by title wherever people read a source.

Each catalog metric names the article it comes from by a short key (``MetricDef.seed``);
users never see that key. Tooltips, the workbook's Definitions sheet and the README cite the
article's title (in English, with the original title and its publication date).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    title: str  # in English
    original: str  # as published
    published: str  # YYYY-MM-DD

    def citation(self) -> str:
        return f"\u201c{self.title}\u201d ({self.original}, {self.published})"


SOURCES: dict[str, Source] = {
    "000": Source("Four key metric groups for B2B marketers",
                  "B2Bマーケターのための4つの主要なメトリックグループ", "2016-05-26"),
    "002": Source("ABM KPIs to measure (and the ones to ignore)",
                  "測定するABMKPI(および無視するもの)", "2018-12-11"),
    "003": Source("19 B2B marketing KPIs you should measure to reach your goals",
                  "19 wskaźników KPI marketingu B2B, które powinieneś mierzyć, aby zniweczyć "
                  "swoje cele", "2022-06-03"),
    "004": Source("Customer lifecycle metrics, part 3: nurture, scoring, repeat",
                  "カスタマー ライフサイクル メトリクス、パート 3: 育成、スコアリング、リピート",
                  "2017-01-30"),
}


def source_title(key: str) -> str:
    """The English title of the article behind catalog key ``key`` ("" when unknown)."""
    source = SOURCES.get(key)
    return source.title if source else ""


def citation(key: str) -> str:
    """The full citation of the article behind ``key`` ("" when unknown)."""
    source = SOURCES.get(key)
    return source.citation() if source else ""
