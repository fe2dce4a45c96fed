"""The user's language: stored per user in QSettings, the system locale when not chosen.

The value ``system`` (or nothing stored) follows ``QLocale.system()``; a language the
application has no catalog for falls back to English.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from desktop.i18n.languages import normalise

KEY = "window/language"
SYSTEM = "system"


def user_settings() -> QSettings:
    """The user's settings, where the window keeps its layout (also without an application)."""
    return QSettings("abm-health", "abm-health")


def system_language() -> str:
    """The system locale's language when we speak it, else English."""
    return normalise(QLocale.system().name()) or "en"


def stored_choice(settings: QSettings | None = None) -> str:
    """What the user chose in Settings: a language code or ``system``."""
    settings = settings if settings is not None else user_settings()
    return normalise(str(settings.value(KEY, SYSTEM) or SYSTEM)) or SYSTEM


def save_choice(choice: str, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else user_settings()
    settings.setValue(KEY, normalise(choice) or SYSTEM)
    settings.sync()


def chosen_language(settings: QSettings | None = None) -> str:
    """The language to show: the stored choice, else the system's."""
    choice = stored_choice(settings)
    return system_language() if choice == SYSTEM else choice
