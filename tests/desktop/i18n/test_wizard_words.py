"""The import wizard and its history in Japanese, Chinese and Polish, with the real catalogs.

The mapping page named the fields without a label by their English id ("Name", "Domain",
"Industry", "Region", "Tier", "Owner", "Currency") in every language, and the history
dialog's status read storage's "done".
"""

from __future__ import annotations

import re

import pytest

from desktop.i18n.install import install_language
from desktop.import_wizard.field_labels import LABELS, field_label
from desktop.import_wizard.history import ImportHistoryDialog
from desktop.import_wizard.wizard import ImportWizard
from storage.importing import ImportInputs, run
from storage.importing.fields import SPECS

SPEC_LIST = list(SPECS.values()) if isinstance(SPECS, dict) else list(SPECS)
# Words a language writes as English does: an abbreviation of the market's, and Polish
# "Region", "Status" and "E-mail".
SAME_AS_ENGLISH = {"ja": {"ARR"}, "zh": {"ARR"}, "pl": {"ARR", "Region", "Status", "E-mail"}}


def test_every_field_of_every_entity_has_a_label():
    unlabelled = sorted({f"{spec.name}.{f.name}" for spec in SPEC_LIST for f in spec.fields
                         if f.name not in LABELS})
    assert unlabelled == []


@pytest.mark.parametrize("language", ["ja", "zh", "pl"])
def test_every_field_label_is_translated(qapp, language):
    assert install_language(language).startswith(language)
    untranslated = sorted(name for name in LABELS
                          if LABELS[name] == LABELS.english[name]
                          and LABELS.english[name] not in SAME_AS_ENGLISH[language])
    assert untranslated == []


@pytest.mark.parametrize("language", ["ja", "zh", "pl"])
def test_the_mapping_page_names_the_account_fields_in_the_language(qtbot, workspace, tmp_path,
                                                                  language):
    path = tmp_path / "companies.csv"
    path.write_text("Company name,Website,Tier\nAcme,acme.com,1\n", encoding="utf-8")
    assert install_language(language).startswith(language)
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.entity.setCurrentIndex(wizard.file_page.entity.findData("accounts"))
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.MAPPING
    grid = wizard.mapping_page.grid
    shown = [grid.itemAtPosition(row, 0).widget().text().removesuffix(" *")
             for row in range(1, grid.rowCount()) if grid.itemAtPosition(row, 0) is not None]
    accounts = next(spec for spec in SPEC_LIST if spec.name == "accounts")
    assert len(shown) == len(accounts.fields)
    english = {"Name", "Domain", "Web domain", "Industry", "Region", "Tier", "Owner", "Currency"}
    assert english.isdisjoint(set(shown) - SAME_AS_ENGLISH[language])
    assert shown == [field_label(f.name) for f in accounts.fields]
    if language in ("ja", "zh"):
        # No English word left (the abbreviations CRM, ARR and the like aside).
        assert [s for s in shown if re.search(r"[a-z]{3,}", s)] == []


@pytest.mark.parametrize("language", ["ja", "pl"])
def test_the_history_says_the_status_in_the_language(qtbot, workspace, tmp_path, language):
    first = tmp_path / "a.csv"
    first.write_text("external_id,name\nA1,Acme\n")
    run(ImportInputs(workspace, "accounts", first))
    assert install_language(language).startswith(language)
    dialog = ImportHistoryDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    column = list(dialog.model.columns()).index("status_words")
    status = dialog.model.index(0, column).data()
    assert status and status != "done"
    assert status == {"ja": "完了", "pl": "zakończony"}[language]
    dialog.select_batch(1)
    assert dialog.undo_button.isEnabled()  # the state is still storage's "done" underneath


def test_every_shipped_preset_title_has_words():
    from desktop.import_wizard.preset_titles import TITLES
    from storage.importing import list_presets

    assert sorted({m.title for m in list_presets()}) == sorted(TITLES.english)


@pytest.mark.parametrize("language", ["ja", "zh", "pl", "en"])
def test_the_file_page_lists_the_presets_in_the_language(qtbot, workspace, tmp_path, language):
    """The "Columns from" list showed the presets' English titles in every language."""
    path = tmp_path / "companies.csv"
    path.write_text("Company name,Website\nAcme,acme.com\n", encoding="utf-8")
    assert install_language(language).startswith(language)
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    page = wizard.file_page
    page.entity.setCurrentIndex(page.entity.findData("accounts"))
    shown = [page.columns_from.itemText(i) for i in range(1, page.columns_from.count())]
    expected = {"en": "HubSpot companies export", "ja": "HubSpot の会社エクスポート",
                "zh": "HubSpot 公司导出", "pl": "Eksport firm z HubSpot"}[language]
    assert expected in shown
    if language != "en":
        assert not any(title.endswith(("export", "report")) for title in shown)
