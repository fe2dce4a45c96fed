"""Who else is working on a shared workspace, in the chosen language.

``storage.locks`` names the holder of a job's lock as a ``storage.said.Said`` ("bob is
importing accounts from crm.csv (since 06:41:03 UTC)"), read back from the other session's
``application_name``; the waiting note and the busy refusal wrap it. The words are here; an
entity in "importing %1 from %2" is named as the import summary names it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.shared.wording.import_problems import ENTITY_WORDS
from desktop.shared.wording.said import register

WORDS = {
    "job_import": QT_TRANSLATE_NOOP("LockWords", 'import'),
    "job_history_write": QT_TRANSLATE_NOOP("LockWords", 'health-history write'),
    "job_recompute": QT_TRANSLATE_NOOP("LockWords", 'health-history recompute'),
    "another_session_runs": QT_TRANSLATE_NOOP("LockWords", 'another session is running an %1'),
    "user_is": QT_TRANSLATE_NOOP("LockWords", '%1 is %2'),
    "user_is_since": QT_TRANSLATE_NOOP("LockWords", '%1 is %2 (since %3)'),
    "running_job": QT_TRANSLATE_NOOP("LockWords", 'running an %1'),
    "importing_from": QT_TRANSLATE_NOOP("LockWords", 'importing %1 from %2'),
    "recomputing_history": QT_TRANSLATE_NOOP("LockWords", 'recomputing the health history'),
    "filling_weekly_history": QT_TRANSLATE_NOOP("LockWords", 'filling in the weekly health history'),
    "saving_model_version": QT_TRANSLATE_NOOP("LockWords", 'saving a health model version'),
    "writing_history": QT_TRANSLATE_NOOP("LockWords", 'writing health history'),
    "busy_now": QT_TRANSLATE_NOOP("LockWords", 'The workspace is busy: %1; try again when it has finished.'),
    "busy_gave_up": QT_TRANSLATE_NOOP("LockWords", 'The workspace is busy: %1; gave up after waiting %2 s. Try again when it has finished.'),
    "waiting_for": QT_TRANSLATE_NOOP("LockWords", 'Waiting: %1.'),
}

register("LockWords", WORDS,
         fact_words={"importing_from": {"entity": lambda e: ENTITY_WORDS.get(e, e)}})
