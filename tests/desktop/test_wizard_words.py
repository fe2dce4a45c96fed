"""The wizard's words: field labels (ids in tooltips), Import then Summary then Close, and
commands in the summary without a terminal's backticks."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWizard

from desktop.import_wizard.wizard import ImportWizard

ACCOUNTS = "Id,Company,Tier,Target\nA1,Acme,1,yes\nA2,Beta,2,no\n"


def test_labels_buttons_and_summary(qtbot, workspace, tmp_path):
    path = tmp_path / "accounts.csv"
    path.write_text(ACCOUNTS, encoding="utf-8")
    wizard = ImportWizard(workspace, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    labels = {w.text().rstrip(" *"): w.toolTip() for w in wizard.mapping_page.grid_host.findChildren(QLabel)}
    assert "CRM id" in labels and "external_id" in labels["CRM id"]
    assert "Target account" in labels and "is_target" in labels["Target account"]
    assert "external_id" not in labels and "is_target" not in labels
    wizard.mapping_page.choose("name", "Company")
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=30_000)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Import"
    with qtbot.waitSignal(wizard.imported, timeout=30_000):
        wizard.next()
    qtbot.waitUntil(wizard.import_page.isComplete, timeout=30_000)
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "Summary >"
    wizard.next()
    assert wizard.currentId() == ImportWizard.SUMMARY
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Close"
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    text = wizard.summary_page.text.toPlainText()
    assert "abm-health undo 1" in text and "`" not in text
