"""What filling the demo is doing, in the chosen language (``storage/demo/progress.py``).

``abm-health demo`` prints these on stderr; the window's job runner shows them under the
progress bar. Counts are grouped by the language's conventions.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.shared.wording.said import register

WORDS = {
    "demo_drawing_stories": QT_TRANSLATE_NOOP("DemoProgress", 'drawing account stories'),
    # %1: how many engagement events.
    "demo_generating_events": QT_TRANSLATE_NOOP("DemoProgress", 'generating %1 engagement events'),
    "demo_generating_rest": QT_TRANSLATE_NOOP("DemoProgress", 'generating deals, meetings, NPS, questions and notes'),
    "demo_deleting": QT_TRANSLATE_NOOP("DemoProgress", "deleting the workspace's existing data"),
    # %1: rows written so far, %2: all rows.
    "demo_writing_rows": QT_TRANSLATE_NOOP("DemoProgress", 'writing rows (%1 of %2)'),
    "demo_done": QT_TRANSLATE_NOOP("DemoProgress", 'done'),
}

register("DemoProgress", WORDS)
