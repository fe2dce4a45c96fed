"""Why journey stages can't be evaluated, in words (``domain.stages.StageWindowError``).

A stage looks back ``stage_window_days`` with points halving every ``half_life_days``; a
window of more than 400 half-lives can't be evaluated. The dashboard, the meeting pack and
``abm-health report meeting`` say so here, in the chosen language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.stages import StageWindowError


def sentence(error: StageWindowError) -> str:
    facts = error.facts
    # %1: the window, %2: the half-life (days), %3: how many half-lives at most.
    return fill(QCoreApplication.translate(
        "StageWindow", "stage window %1 days over half-life %2 days is too long to evaluate; "
        "use a half-life of at least window/%3 days."),
        fmt.general(facts["window_days"]), fmt.general(facts["half_life_days"]),
        facts["max_ratio"])
