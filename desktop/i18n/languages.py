"""The languages abm-health speaks, by code, with their names in their own script.

``en`` is the source language (no catalog). ``zh`` on the command line means simplified
Chinese, ``zh_CN``, the catalog's name. ``SHIPPED`` lists the languages whose catalog is
complete (every message translated): those are tested for completeness. Every language is
offered in Settings and on the command line; a message not translated yet shows in English.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # the catalog's suffix: abm_health_<code>.qm ("en": none)
    native: str  # the name as its speakers write it, shown in Settings
    locale: str  # the QLocale name for numbers and dates


LANGUAGES = (
    Language("en", "English", "en_US"),
    Language("ja", "日本語", "ja_JP"),
    Language("zh_CN", "中文(简体)", "zh_CN"),
    Language("pl", "Polski", "pl_PL"),
)
BY_CODE = {language.code: language for language in LANGUAGES}
CATALOGS = tuple(language.code for language in LANGUAGES if language.code != "en")
# Complete catalogs; the others are still being translated (README, "Languages").
SHIPPED: tuple[str, ...] = ("ja", "zh_CN", "pl")
ALIASES = {"zh": "zh_CN", "zh_hans": "zh_CN", "zh_sg": "zh_CN", "ja_jp": "ja", "pl_pl": "pl",
           "en_us": "en", "en_gb": "en", "c": "en"}
CLI_CHOICES = ("en", "ja", "zh", "pl")


def normalise(code: str | None) -> str | None:
    """A known language code for ``code`` ("zh" -> "zh_CN", "pl_PL" -> "pl"), else None."""
    if not code:
        return None
    key = str(code).strip().replace("-", "_")
    if key in BY_CODE:
        return key
    lowered = key.lower()
    if lowered in ALIASES:
        return ALIASES[lowered]
    base = lowered.split("_")[0]
    if base == "zh":
        return "zh_CN"  # traditional Chinese has no catalog; simplified reads closest
    return base if base in BY_CODE else None
