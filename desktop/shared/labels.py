"""Words every screen uses for the same ids: journey stages and trend arrows.

The portfolio table, its filter bar and the account header show a stage or a trend the
same way; they take the words from here rather than from one another.
"""

from __future__ import annotations

STAGE_LABELS: dict[str, str] = {
    "target": "Target", "aware": "Aware", "engaged": "Engaged", "mqa": "MQA",
    "opportunity": "Opportunity", "customer": "Customer", "expansion": "Expansion",
    "churned": "Churned",
}
STAGE_ORDER: dict[str, int] = {s: i for i, s in enumerate(STAGE_LABELS)}
TREND_ARROWS = {"up": "▲", "down": "▼", "flat": "▶"}
