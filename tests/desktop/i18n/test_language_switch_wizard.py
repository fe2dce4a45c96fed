"""A language switch with the import wizard open: the pages still ahead speak the new
language, and what the user chose so far is kept."""

from __future__ import annotations

from desktop.i18n.install import install_language
from desktop.import_wizard.wizard import ImportWizard
from tests.desktop.i18n.catalogs import write_catalog

POLISH = {
    ("ImportWizard", "Import a CRM export"): "Import eksportu z CRM",
    ("PreviewPage", "Preview"): "Podgląd",
    ("MappingPage", "Match the columns"): "Dopasuj kolumny",
}


def test_the_open_wizard_follows_a_language_switch(qtbot, workspace, tmp_path, monkeypatch):
    folder = tmp_path / "catalogs"
    write_catalog(folder, "pl", lambda context, source: POLISH.get((context, source)))
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(folder))
    path = tmp_path / "companies.csv"
    path.write_text("Company name,Website\nAcme,acme.com\n", encoding="utf-8")
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    file_page = wizard.file_page
    file_page.entity.setCurrentIndex(file_page.entity.findData("accounts"))
    file_page.day_first.setChecked(True)
    preview_before = wizard.preview_page

    install_language("pl")
    qtbot.waitUntil(lambda: wizard.preview_page is not preview_before, timeout=10_000)
    assert wizard.windowTitle() == "Import eksportu z CRM"
    # The page shown keeps what the user typed and ticked.
    assert wizard.file_page is file_page and file_page.day_first.isChecked()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert wizard.currentPage().title() == "Podgląd"
    assert wizard.preview_page.model.rowCount() == 1  # filled from the wizard's state
    wizard.next()
    assert wizard.currentPage().title() == "Dopasuj kolumny"
    assert wizard.day_first is True
    assert wizard.mapping_page.current_mapping().fields["domain"].column == "Website"
