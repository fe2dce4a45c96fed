"""What each import field is for, in the chosen language: the tooltip of its row.

``storage.importing.fields`` keeps an English ``help`` for the command line and cannot
import Qt, so the wizard words the same help here by field id. A field whose help depends
on the entity (a contact on an opportunity or a note also gives the row its account) is
keyed ``entity.field`` and looked up first. A test checks that every field storage helps
with has a wording here, and that no wording is left for a field that is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.i18n.labels import TranslatedLabels

HELP = TranslatedLabels("FieldHelp", {
    "external_id": QT_TRANSLATE_NOOP("FieldHelp", "The CRM's id; importing again updates the row with this id."),
    "domain": QT_TRANSLATE_NOOP("FieldHelp", "The web domain, e.g. acme.com."),
    "tier": QT_TRANSLATE_NOOP("FieldHelp", "1 = strategic (1:1), 2 = a few accounts together (1:few), 3 = many accounts (1:many)."),
    "parent": QT_TRANSLATE_NOOP("FieldHelp", "The parent account: its CRM id, name or domain."),
    "currency": QT_TRANSLATE_NOOP("FieldHelp", "The ISO code of the amounts; it must be the workspace currency."),
    "account": QT_TRANSLATE_NOOP("FieldHelp", "The account: its CRM id, name or domain."),
    "contacts.name": QT_TRANSLATE_NOOP("FieldHelp", "The full name; when it is blank, the e-mail address is used."),
    "contacts.created_at": QT_TRANSLATE_NOOP("FieldHelp", "When the contact became a lead."),
    "contact": QT_TRANSLATE_NOOP("FieldHelp", "The contact: their CRM id, e-mail address or name."),
    "opportunities.contact": QT_TRANSLATE_NOOP(
        "FieldHelp", "A contact (CRM id, e-mail address or name): when the row names no account, it "
                     "takes the contact's account. The contact itself is not stored."),
    "notes.contact": QT_TRANSLATE_NOOP(
        "FieldHelp", "A contact (CRM id, e-mail address or name): when the row names no account, it "
                     "takes the contact's account. The contact itself is not stored."),
    "campaign": QT_TRANSLATE_NOOP("FieldHelp", "The campaign: its CRM id or name."),
    "asset": QT_TRANSLATE_NOOP("FieldHelp", "The id of the e-mail, content, form, call to action or page."),
    "opportunities.stage": QT_TRANSLATE_NOOP("FieldHelp", "The stage as the CRM writes it."),
    "subscriptions.end_date": QT_TRANSLATE_NOOP("FieldHelp", "Blank while the subscription is active."),
})


def field_help(entity: str, name: str) -> str:
    """The wording of a field's help on this entity, or "" when it has none."""
    return HELP.get(f"{entity}.{name}") or HELP.get(name) or ""
