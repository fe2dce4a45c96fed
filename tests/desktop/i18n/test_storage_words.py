"""What storage says (import problems and notes, file, workspace, lock, output-path, undo,
copy and backup refusals) is worded by kind in the chosen language.

Storage gives each as a ``storage.said.Said``: its English sentence with a kind and facts.
These tests require words for every kind storage declares, check that the English words
are storage's own sentences byte for byte (for every kind, and for the whole summary of
real imports), that every kind goes through the catalog (a pseudo-locale compiled at test
time), that ``abm-health --language pl import`` prints its problems with no English word
but the data and the file's names, and that the wizard's problem table speaks Japanese.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import storage
from desktop.cli import main
from desktop.i18n.install import install_language
from desktop.shared.wording.import_summary import folder_summary_lines, summary_lines
from desktop.shared.wording.said import error_text, facts_in_order, worded, worded_kinds
from storage.importing import ImportInputs, UndoRefused, run, undo_batch
from storage.said import KINDS, Said, say
from tests.desktop.i18n.catalogs import pseudo, write_catalog


def _every_storage_module() -> None:
    for module in pkgutil.walk_packages(storage.__path__, "storage."):
        if ".migrations." not in module.name:
            importlib.import_module(module.name)


_every_storage_module()


def _sample(kind: str) -> Said:
    """The kind with made-up facts: numbers where the template formats a number."""
    if kind == "reference":  # what a reference names: a field's help, worded by its text
        return say(kind, help="the account's external id, name or domain", field="account")
    facts = {}
    for name, spec, _ in facts_in_order(kind):
        facts[name] = 1234 if spec or name in ("count", "byte") else f"<{name}>"
    return say(kind, **facts)


def test_every_kind_storage_says_has_words():
    assert len(KINDS) > 150
    assert set(KINDS) - worded_kinds() == set()
    assert worded_kinds() - set(KINDS) == set()  # no words left for a kind that is gone
    # The help of every reference field, which a "reference" expectation names.
    from desktop.shared.wording.import_problems import REFERENCE_WORDS
    from storage.importing.fields import REF, SPECS

    helps = {f.help for spec in SPECS.values() for f in spec.fields if f.kind == REF}
    assert helps == set(REFERENCE_WORDS)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_english_words_are_storage_english(qapp, kind):
    said = _sample(kind)
    assert worded(said) == str(said)


def test_every_kind_goes_through_the_catalog(qapp, tmp_path, monkeypatch):
    contexts = {"ImportProblems", "ImportNotes", "LockWords", "WorkspaceWords", "OutputWords",
                "BatchWords", "CopyWords", "EditWords", "ProtectedPaths", "MappingFiles",
                "DemoProgress", "DemoWords"}
    write_catalog(tmp_path, "pl", lambda context, source:
                  pseudo(source) if context in contexts else None)
    monkeypatch.setenv("ABM_HEALTH_CATALOGS", str(tmp_path))
    assert install_language("pl") == "pl"
    for kind in KINDS:
        text = worded(_sample(kind))
        assert text.startswith("[") or "[" in text[:40], (kind, text)
        assert text != str(_sample(kind)), kind
    # A fact that is itself a Said is worded too: the expectation inside a "translated" one.
    nested = say("translated", expected=say("whole_number_min0"), made="x")
    assert worded(nested).count("[") == 2


def _import(workspace, path, entity="accounts", **options):
    return run(ImportInputs(workspace=workspace, entity=entity, path=path, **options))


BAD_ACCOUNTS = (
    "external_id,name,domain,employees,annual_revenue,tier,parent\n"
    "A1,Acme,acme.com,x,10,1,\n"
    "A2,Beta,beta.com,3,-5,1,\n"
    "A3,,c.com,4,1,2,\n"
    "A4,Delta,d.com,5,1,9,\n"
    "A5,Echo,e.com,6,1,1,Nowhere Inc\n"
    "A6,Foxtrot,f.com,7,1,1,\n"
    "A6,Golf,g.com,8,1,1,\n"
    "A7,Hotel,h.com,99999999999999999999,1,1,\n"
    "A8,India,i.com,9,\"1,5\",1,\n"
    "A9,Juliett,j.com,9,\"1.5\",1,\n"
    "A10,Kilo,k.com,9,\"1,234\",1,\n"
)
BAD_EVENTS = (
    "account,kind,occurred_at\n"
    "Acme,web_visit,25-02-2024\n"
    "Acme,web_visit,03-04-2024\n"
    "Acme,nonsense,2024-01-01\n"
    "Nobody,web_visit,2024-01-02\n"
)


@pytest.fixture
def bad_files(tmp_path):
    accounts, events = tmp_path / "bad accounts.csv", tmp_path / "events.csv"
    accounts.write_text(BAD_ACCOUNTS, encoding="utf-8")
    events.write_text(BAD_EVENTS, encoding="utf-8")
    return accounts, events


def test_the_summary_in_english_is_storage_summary(qapp, workspace, bad_files, tmp_path):
    accounts, events = bad_files
    first = _import(workspace, accounts, rejects_path=tmp_path / "rejects.csv")
    kinds = {said.kind for said in first.problems["expected"]}
    # The file reaches many kinds; each line must read exactly as storage writes it.
    assert {"whole_number_min0", "amount_min0", "required", "tier", "no_account_matches",
            "external_id_once_on_rows", "whole_too_large", "mixed_numbers"} <= kinds
    assert summary_lines(first) == first.summary_lines()
    assert summary_lines(first, 3) == first.summary_lines(3)
    dry = _import(workspace, events, entity="events", dry_run=True)
    assert any(w.kind == "day_first_column" for w in dry.warnings)
    assert summary_lines(dry) == dry.summary_lines()
    strict = _import(workspace, events, entity="events", strict=True)
    assert strict.strict_refused and strict.strict_reason.kind == "strict_judged"
    assert summary_lines(strict) == strict.summary_lines()


def test_folder_summary_in_english_is_storage_summary(qapp, workspace, tmp_path):
    from storage.importing.folder import run_folder

    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Accounts_001.csv").write_text(
        "Record Id,Account Name,Website,Employees\nzcrm_1,Acme,acme.com,x\n", encoding="utf-8")
    result = run_folder(workspace, folder, "zoho", dry_run=True)
    assert folder_summary_lines(result) == result.summary_lines()


# The product and its commands, the encoding's name, and what a file may write in a tier
# column ("1:few", "1:many": the spellings the import accepts, so they stay as typed).
ENGLISH_ALLOWED = frozenset({"abm-health", "abm", "health", "undo", "utf", "csv", "few",
                             "many"})
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) > 2}


def test_import_in_polish_prints_no_english_words(workspace, bad_files, capsys):
    accounts, _ = bad_files
    code = main(["--workspace", str(workspace.path), "import", "accounts", str(accounts),
                 "--dry-run"])
    english = capsys.readouterr().out
    assert code == 1 and "expected a whole number of 0 or more" in english
    code = main(["--language", "pl", "--workspace", str(workspace.path), "import", "accounts",
                 str(accounts), "--dry-run"])
    polish = capsys.readouterr().out
    assert code == 1
    assert "oczekiwano: liczba całkowita nie mniejsza niż 0" in polish
    assert "Problemy (" in polish and "Próba na sucho: nic nie zapisano." in polish
    data = _words(BAD_ACCOUNTS) | _words(accounts.name) | ENGLISH_ALLOWED
    left = (_words(english) - data) & _words(polish)
    assert left == set(), f"English words in the Polish output: {sorted(left)}"


def test_refusals_in_polish(workspace, tmp_path, capsys):
    with pytest.raises(SystemExit) as usage:  # a missing batch is a usage mistake: exit 2
        main(["--language", "pl", "--workspace", str(workspace.path), "undo", "99"])
    assert usage.value.code == 2
    assert "Nie ma partii importu 99" in capsys.readouterr().err
    existing = tmp_path / "rejects.csv"
    existing.write_text("x\n")
    data = tmp_path / "a.csv"
    data.write_text("name\nAcme\n")
    with pytest.raises(SystemExit):
        main(["--language", "pl", "--workspace", str(workspace.path), "import", "accounts",
              str(data), "--rejects", str(existing)])
    assert "już istnieje; wybierz inną nazwę albo dodaj --force" in capsys.readouterr().err


def test_undo_and_workspace_refusals_are_worded_by_kind(qapp, workspace, tmp_path):
    with pytest.raises(UndoRefused) as refused:
        undo_batch(workspace, 41)
    assert refused.value.args[0].kind == "no_batch"
    assert error_text(refused.value) == str(refused.value)
    assert install_language("ja") == "ja"
    assert error_text(refused.value) == (
        "インポートバッチ 41 はありません。`abm-health batches` で一覧を表示できます。")
    from storage.errors import WorkspaceError
    from storage.workspace import Workspace

    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a workspace")
    with pytest.raises(WorkspaceError) as exc:
        Workspace.open(foreign)
    assert exc.value.args[0].kind == "not_sqlite"
    assert error_text(exc.value) == (
        f"{foreign} は abm-health のワークスペースではありません（SQLite データベースでは"
        "ありません）。別のファイルを選んでください。")


def test_the_wizards_problem_table_speaks_japanese(qtbot, workspace, bad_files):
    from desktop.import_wizard.wizard import ImportWizard

    accounts, _ = bad_files
    assert install_language("ja") == "ja"
    wizard = ImportWizard(workspace, path=str(accounts))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=30_000)
    model = check.problems_model
    expected = [model.data(model.index(row, 3)) for row in range(model.rowCount())]
    assert "0 以上の整数" in expected
    assert "0 以上の金額" in expected
    assert any(e.startswith("アカウントの外部 ID、名前、またはドメイン：") for e in expected)
    counts = check.counts_model
    kinds = [counts.data(counts.index(row, 2)) for row in range(counts.rowCount())]
    assert "値（name は必須です）" in kinds
    english = _words(" ".join(expected + kinds)) - _words(BAD_ACCOUNTS) - ENGLISH_ALLOWED
    # What is left is the file's own vocabulary (column names, ids) and option names.
    assert english <= {"external", "annual", "revenue", "external_id"}, english
