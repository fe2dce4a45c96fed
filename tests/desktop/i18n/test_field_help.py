"""The import fields' help, worded in the desktop by field id, in the chosen language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from desktop.i18n.install import install_language
from desktop.import_wizard.field_help import HELP, field_help
from desktop.import_wizard.wizard import ImportWizard
from storage.importing.fields import ENTITIES, spec_for
from tests.desktop.i18n.catalogs import write_catalog

HELPED = [(entity, field.name) for entity in ENTITIES for field in spec_for(entity).fields
          if field.help]


@pytest.mark.parametrize(("entity", "name"), HELPED)
def test_every_field_storage_helps_with_has_a_wording(entity, name):
    assert field_help(entity, name)


def test_no_wording_is_left_for_a_field_that_is_gone():
    fields = {(entity, f.name) for entity in ENTITIES for f in spec_for(entity).fields}
    for key in HELP:
        entity, _, name = key.rpartition(".")
        if entity:
            assert (entity, name) in fields, key
        else:
            assert any(name == n for _, n in fields), key


def test_a_contact_that_gives_its_account_is_worded_for_its_entity():
    # Storage's help differs here: an opportunity's contact fills in the account.
    assert "not stored" in field_help("opportunities", "contact")
    assert "not stored" not in field_help("events", "contact")
    assert field_help("accounts", "industry") == ""  # storage has no help for it either


POLISH = {
    ("FieldHelp", "The web domain, e.g. acme.com."): "Domena strony, np. acme.com.",
    ("MappingPage", "Field id in mapping files: %1"): "Identyfikator pola w plikach mapowania: %1",
}


def test_the_mapping_page_tooltip_speaks_polish(qtbot, workspace, tmp_path, monkeypatch):
    folder = tmp_path / "catalogs"
    write_catalog(folder, "pl", lambda context, source: POLISH.get((context, source)))
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))
    path = tmp_path / "companies.csv"
    path.write_text("Company name,Website\nAcme,acme.com\n", encoding="utf-8")
    install_language("pl")
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    tips = [label.toolTip() for label in wizard.mapping_page.findChildren(QLabel)]
    assert "Domena strony, np. acme.com.\nIdentyfikator pola w plikach mapowania: domain" in tips
    # a field without help still names its id, in Polish
    assert "Identyfikator pola w plikach mapowania: industry" in tips
