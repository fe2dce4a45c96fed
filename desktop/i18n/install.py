"""Put a language's catalogs into the running application, and remember which is active.

Two translators: ours (``resources/i18n/abm_health_<code>.qm``) and Qt's own for its
dialogs and buttons (``qtbase_<code>.qm`` shipped with PySide6). Installing them sends
``QEvent.LanguageChange`` to every widget, which is how the open window retranslates.
``QLocale.setDefault`` makes ``QLocale()`` (and Qt's ``%Ln``) write numbers the language's
way. English is the source language: it removes the translators and installs nothing.

``ABM_HEALTH_CATALOGS`` names another folder of ``.qm`` files to load instead of the
installed ones (a translator trying a catalog, the tests' generated catalogs).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.i18n.languages import BY_CODE, normalise

CATALOG_PREFIX = "abm_health_"
_installed: list[QTranslator] = []
_active = "en"


def active_language() -> str:
    """The language whose catalog is installed ("en" when none is)."""
    return _active


CATALOGS_ENV = "ABM_HEALTH_CATALOGS"


def catalog_folder() -> Path:
    """Where the ``.ts`` and ``.qm`` files are: the package's ``resources/i18n``."""
    return Path(str(resources.files("resources").joinpath("i18n")))


def qm_folder() -> Path:
    """Where the ``.qm`` files are loaded from (``ABM_HEALTH_CATALOGS`` overrides)."""
    return Path(os.environ.get(CATALOGS_ENV) or catalog_folder())


def catalog_path(code: str) -> Path:
    return qm_folder() / f"{CATALOG_PREFIX}{code}.qm"


def qt_catalog_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install_language(code: str | None, app: QCoreApplication | None = None) -> str:
    """Install ``code``'s catalogs (replacing the previous language's); returns the code used.

    An unknown code, or a language without a compiled catalog, falls back to English.
    """
    global _active
    app = app if app is not None else QCoreApplication.instance()
    language = normalise(code) or "en"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language != "en" and catalog_path(language).exists():
        ours = QTranslator(app)
        if ours.load(str(catalog_path(language))):
            qt = QTranslator(app)
            # Qt's own words (OK, Cancel, the file dialog); missing for a language is fine.
            if qt.load(f"qtbase_{language}", qt_catalog_folder()):
                QCoreApplication.installTranslator(qt)
                _installed.append(qt)
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        else:
            language = "en"
    else:
        language = "en"
    QLocale.setDefault(QLocale(BY_CODE[language].locale))
    _active = language
    from desktop.i18n.conventions import conventions_for
    from domain import formatting

    formatting.use_conventions(conventions_for(language))
    if language == "en" and app is not None:
        # Removing translators alone sends no event when none was installed; the window
        # still needs to hear that English is back.
        from PySide6.QtCore import QEvent

        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return language
