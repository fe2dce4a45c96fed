"""What filling the demo reports as it goes, as ``Said`` kinds the desktop words.

``abm-health demo`` prints these on stderr and the window shows them under its progress
bar; both word them in the chosen language (``desktop/shared/wording/demo_progress.py``).
"""

from __future__ import annotations

from typing import Any

from storage.said import Said, english, say

english({
    "demo_drawing_stories": "drawing account stories",
    "demo_generating_events": "generating {events:,} engagement events",
    "demo_generating_rest": "generating deals, meetings, NPS, questions and notes",
    "demo_deleting": "deleting the workspace's existing data",
    "demo_writing_rows": "writing rows ({written:,} of {total:,})",
    "demo_done": "done",
})


def step(kind: str, **facts: Any) -> Said:
    """One of the demo's progress messages (declared above, so it exists before it's said)."""
    return say(kind, **facts)
