"""The shipped presets' titles in the window's language.

A preset file (``resources/presets/*.toml``) names itself in English, for the command line
and for people editing it; the wizard's "Columns from" list shows these titles in the
chosen language. A title not listed here (a preset added later, a user's own mapping) is
shown as its file writes it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n.labels import TranslatedLabels

TITLES = TranslatedLabels("PresetTitles", {
    "HubSpot calls export": QT_TRANSLATE_NOOP("PresetTitles", "HubSpot calls export"),
    "HubSpot companies export": QT_TRANSLATE_NOOP("PresetTitles", "HubSpot companies export"),
    "HubSpot contacts export": QT_TRANSLATE_NOOP("PresetTitles", "HubSpot contacts export"),
    "HubSpot deals export": QT_TRANSLATE_NOOP("PresetTitles", "HubSpot deals export"),
    "HubSpot meetings export": QT_TRANSLATE_NOOP("PresetTitles", "HubSpot meetings export"),
    "Salesforce accounts report": QT_TRANSLATE_NOOP("PresetTitles", "Salesforce accounts report"),
    "Salesforce campaigns report": QT_TRANSLATE_NOOP("PresetTitles", "Salesforce campaigns report"),
    "Salesforce contacts report": QT_TRANSLATE_NOOP("PresetTitles", "Salesforce contacts report"),
    "Salesforce opportunities report": QT_TRANSLATE_NOOP("PresetTitles", "Salesforce opportunities report"),
    "Zoho CRM accounts export": QT_TRANSLATE_NOOP("PresetTitles", "Zoho CRM accounts export"),
    "Zoho CRM calls export": QT_TRANSLATE_NOOP("PresetTitles", "Zoho CRM calls export"),
    "Zoho CRM campaigns export": QT_TRANSLATE_NOOP("PresetTitles", "Zoho CRM campaigns export"),
    "Zoho CRM contacts export": QT_TRANSLATE_NOOP("PresetTitles", "Zoho CRM contacts export"),
    "Zoho CRM deals export": QT_TRANSLATE_NOOP("PresetTitles", "Zoho CRM deals export"),
    "Zoho CRM events export": QT_TRANSLATE_NOOP("PresetTitles", "Zoho CRM events export"),
    "Zoho CRM leads export": QT_TRANSLATE_NOOP("PresetTitles", "Zoho CRM leads export"),
})


def preset_title(title: str | None, fallback: str) -> str:
    """``title`` in the window's language when it is a shipped preset's, else as written."""
    if not title:
        return fallback
    return TITLES[title] if title in TITLES else title
