"""Every test here leaves the application in English, as the other tests expect it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _back_to_english():
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    from desktop.i18n.install import install_language

    install_language("en")
    QLocale.setDefault(before)  # the default locale the other tests started with
