"""Any refusal the domain raises as a kind with facts, in words: one place that knows them.

``domain.error_facts.ErrorFacts`` errors (health model settings, setting values, account
addresses, periods, the stage window) each have a wording module; ``said`` picks it, so the
window's error boxes (``desktop.shared.errors.describe``) and the commands word any of them
the same way.
"""

from __future__ import annotations

from desktop.shared.wording import addresses, health_model, periods, setting_values, stage_window
from domain.account_address import AccountNotFound, AmbiguousAccount
from domain.error_facts import ErrorFacts
from domain.health.model import HealthConfigError
from domain.metrics.period import PeriodError
from domain.setting_values import SettingError
from domain.stages import StageWindowError


def said(error: BaseException) -> str:
    """The refusal in the installed language; an error the domain did not word, as it is."""
    if isinstance(error, HealthConfigError):
        return health_model.sentence(error)
    if isinstance(error, SettingError):
        return setting_values.sentence(error)
    if isinstance(error, AccountNotFound | AmbiguousAccount):
        return addresses.sentence(error)
    if isinstance(error, PeriodError):
        return periods.refusal(error)
    if isinstance(error, StageWindowError):
        return stage_window.sentence(error)
    return str(error)


def is_refusal(error: BaseException) -> bool:
    """Whether the error is the domain refusing input (a sentence, not a bug)."""
    return isinstance(error, ErrorFacts)
