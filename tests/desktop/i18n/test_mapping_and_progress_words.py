"""A mapping file's mistakes, the currency refusal, the demo's and the import's progress,
and a stored health model's name are worded in the chosen language.

Storage says each as a kind with facts (``storage.said.Said``, or the domain's
``SettingError`` and ``ConfigSource``); these tests check, family by family, that the
English words are storage's own sentence byte for byte and that under Polish no English
word is left but what the file wrote (TOML keys, values, names) and the data.
"""

from __future__ import annotations

import io
import re

import pytest
from sqlalchemy import text

from desktop.cli import main
from desktop.commands.import_cmd import ProgressBar
from desktop.i18n.install import install_language
from desktop.shared.wording import health_model
from desktop.shared.wording.said import error_text
from domain.health.model import HealthConfigError, HealthModelConfig
from storage.health_repo import list_models, save_model
from storage.importing import MappingError
from storage.importing.mapping import parse_mapping

# Words in any script ("listę" is one Polish word, not "list"), keys with underscores.
WORD = re.compile(r"[^\W\d][\w'-]*[^\W\d]")
# What a mapping file writes and a refusal quotes as written: its keys, the conditions a
# `when` takes, the account fields `match` names, and the examples the sentences show.
TOML_WORDS = frozenset({
    "entity", "fields", "lookups", "column", "columns", "template", "value", "values",
    "otherwise", "only_if", "scale", "match", "rules", "when", "field", "in", "above",
    "below", "at_least", "at_most", "equals", "blank", "exact", "contains", "regex", "file",
    "key", "encoding", "delimiter", "sheet", "date_format", "day_first", "true", "false",
    "external_id", "name", "domain", "owner", "region", "industry", "lead", "closed", "won",
    "lost", "demo", "mapping", "toml", "crm", "account", "accounts", "parent",
    "none",  # Python's None: a key the file left out, quoted as written
    "format",  # a Polish word too ("format daty")
})


def _words(sentence: str) -> set[str]:
    return {w.lower() for w in WORD.findall(sentence) if len(w) > 2}


HEAD = 'entity = "accounts"\n[fields]\n'
# (TOML, the kind refused, the English sentence after the file's name), worked out by hand.
MAPPINGS = [
    (HEAD + "name = 3\n", "field_not_column_or_table",
     ": [fields.name] must be a column name or a table."),
    (HEAD + 'name = { column = "a", bogus = 1 }\n', "mapping_unknown_keys",
     ": [fields.name]: unknown key(s) bogus; expected column, columns, match, only_if, "
     "otherwise, rules, scale, template, value, values, when."),
    (HEAD + 'name = { column = "a", value = "b" }\n', "field_needs_one_source",
     ": [fields.name] needs exactly one of column, columns, template or value."),
    (HEAD + 'name = { column = "a", only_if = 3 }\n', "only_if_shape",
     ": [fields.name]: only_if takes a column name or { field = ..., in = [...] }."),
    (HEAD + 'parent = { column = "a", match = ["zzz"] }\n', "match_unknown",
     ": [fields.parent]: match takes account fields among external_id, name, domain, owner, "
     "region, industry; got 'zzz'."),
    (HEAD + 'parent = { column = "a", match = [] }\n', "match_none",
     ": [fields.parent]: match takes account fields among external_id, name, domain, owner, "
     "region, industry; got none."),
    (HEAD + 'parent = { column = "a", match = ["name", "domain"] }\n', "match_count",
     ": [fields.parent]: match = ['name', 'domain'] needs as many columns, in the same order "
     "(columns = [...]); got 1."),
    (HEAD + 'name = { column = "a", when = 3 }\n', "when_not_table",
     ': [fields.name]: when takes { column = "...", above = 0 } (or below, at_least, '
     "at_most, equals, in, blank)."),
    (HEAD + 'name = { column = "a", when = { column = "x", above = 1, below = 2 } }\n',
     "when_needs_one", ": [fields.name]: when needs a column and exactly one of above, "
     "at_least, at_most, below, blank, equals, in."),
    (HEAD + 'name = { column = "a", when = { column = "x", above = "q" } }\n',
     "when_needs_number", ": [fields.name]: when above takes a number, not 'q'."),
    (HEAD + 'name = { column = "a", when = { column = "x", blank = 1 } }\n', "when_blank_bool",
     ": [fields.name]: when blank takes true or false."),
    (HEAD + 'name = { column = "a", when = { column = "x", in = 1 } }\n', "when_in_list",
     ": [fields.name]: when in takes a list of values."),
    (HEAD + 'name = { column = "a", rules = 3 }\n', "rules_not_list",
     ': [fields.name]: rules takes a list of { contains = "...", value = "..." }.'),
    (HEAD + 'name = { column = "a", rules = [3] }\n', "rule_not_table",
     ': [fields.name]: rule 1 must be a table such as { contains = "demo", value = "demo" }.'),
    (HEAD + 'name = { column = "a", rules = [{ exact = "x", value = "y" }, { value = "x", '
     "zz = 1 }] }\n", "mapping_unknown_keys",
     ": [fields.name]: rule 2: unknown key(s) zz; expected contains, exact, regex, value, "
     "when."),
    (HEAD + 'name = { column = "a", rules = [{ exact = "x" }] }\n', "rule_needs_value",
     ": [fields.name]: rule 1 needs a value."),
    (HEAD + 'name = { column = "a", rules = [{ value = "x" }] }\n', "rule_needs_test",
     ": [fields.name]: rule 1 needs a test: exact, contains, regex or when."),
    (HEAD + 'name = { column = "a", rules = [{ value = "x", regex = "(" }] }\n',
     "rule_bad_regex", ": [fields.name]: rule 1: regex '(' is not a regular expression "
     "(missing ), unterminated subpattern at position 0)."),
    (HEAD + 'name = { column = "a", rules = [{ value = "x", when = { column = "b" } }] }\n',
     "when_needs_one", ": [fields.name]: rule 1: when needs a column and exactly one of "
     "above, at_least, at_most, below, blank, equals, in."),
    ('entity = "accounts"\nlookups = 3\n', "lookups_not_tables",
     ": [lookups] must hold tables such as [lookups.lead]."),
    ('entity = "accounts"\n[lookups]\nlead = 1\n', "lookup_not_table",
     ": [lookups.lead] must be a table with file and key."),
    ('entity = "accounts"\n[lookups.lead]\nfile = 1\n', "lookup_needs_file_and_key",
     ": [lookups.lead] needs file and key (text)."),
    ('entity = "accounts"\n[lookups.lead]\nfile = "a.csv"\n', "lookup_needs",
     ": [lookups.lead] needs key (text)."),
    ('entity = "accounts"\n[lookups.lead]\nfile = "a.csv"\nkey = "id"\nzz = 1\n',
     "mapping_unknown_keys", ": [lookups.lead]: unknown key(s) zz; expected column, "
     "delimiter, encoding, file, key, sheet."),
    # Every type problem at once, joined in one sentence.
    ('delimiter = 5\nday_first = "y"\ndate_format = "x"\nentity = "accounts"\n[fields]\n'
     'name = { column = 3, value = [1], columns = "a", values = "x", scale = -1, '
     "only_if = { in = 5 } }\n", "mapping_type_problems",
     ": delimiter = 5 must be text in quotes; day_first = 'y' must be true or false; "
     "date_format: the date format 'x' has no % directive; e.g. %d.%m.%Y; "
     "[fields.name] column = 3 must be text in quotes; [fields.name] value = [1] must be one "
     "text, number or true/false; [fields.name] columns = 'a' must be a list of column names; "
     "[fields.name] values = 'x' must be a table such as { \"Closed Won\" = \"won\" }; "
     "[fields.name] scale = -1 must be a number greater than 0, e.g. 1000000; "
     "[fields.name] only_if field = None must be a field name in quotes; "
     "[fields.name] only_if in = 5 must be a list such as [\"won\", \"lost\"]."),
    ('entity = "accounts"\nfields = 3\n', "mapping_type_problems",
     ": fields must be a table ([fields])."),
]


def _refusal(toml: str) -> MappingError:
    with pytest.raises(MappingError) as refused:
        parse_mapping(toml, "crm.toml")
    return refused.value


@pytest.mark.parametrize(("toml", "kind", "english"), MAPPINGS,
                         ids=[f"{n}-{kind}" for n, (_, kind, _) in enumerate(MAPPINGS)])
def test_mapping_refusals_in_english_and_polish(qapp, toml, kind, english):
    refused = _refusal(toml)
    assert refused.args[0].kind == kind
    assert str(refused) == "crm.toml" + english
    assert error_text(refused) == str(refused)  # English: storage's sentence, byte for byte
    assert install_language("pl") == "pl"
    polish = error_text(refused)
    # Python's own reason a regex fails ("missing ), unterminated subpattern") is a fact.
    reason = str(refused.args[0].facts.get("reason", ""))
    data = TOML_WORDS | _words(toml) | _words(reason)
    left = (_words(str(refused)) - data) & _words(polish)
    assert polish != str(refused) and left == set(), (polish, left)


def test_type_problems_are_joined_by_the_language(qapp):
    refused = _refusal(MAPPINGS[-2][0])
    assert install_language("ja") == "ja"
    japanese = error_text(refused)
    assert japanese.startswith("crm.toml：delimiter = 5 は引用符で囲んだテキストにしてください。")
    assert "scale = -1 は 0 より大きい数値にしてください（例：1000000）" in japanese
    assert "; " not in japanese and japanese.endswith("。")


def test_a_bad_mapping_on_the_command_line_in_polish(workspace, tmp_path, capsys):
    data, mapping = tmp_path / "a.csv", tmp_path / "crm.toml"
    data.write_text("Name\nAcme\n", encoding="utf-8")
    mapping.write_text(HEAD + 'name = { column = "Name", rules = [{ value = "x" }] }\n',
                       encoding="utf-8")
    command = ["--workspace", str(workspace.path), "import", "accounts", str(data),
               "--mapping", str(mapping)]
    with pytest.raises(SystemExit):
        main(command)
    english = capsys.readouterr().err
    assert f"{mapping}: [fields.name]: rule 1 needs a test: exact, contains, regex or when." \
        in english
    with pytest.raises(SystemExit):
        main(["--language", "pl", *command])
    polish = capsys.readouterr().err
    assert (f"{mapping}: [fields.name]: reguła 1 wymaga warunku: exact, contains, regex "
            "albo when.") in polish


def _run(workspace, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(workspace.path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_currency_refusal_in_polish(workspace, tmp_path, capsys):
    accounts, deals = tmp_path / "a.csv", tmp_path / "o.csv"
    accounts.write_text("external_id,name,annual_revenue\nA1,Acme,5\nA2,Beta,7\n")
    deals.write_text("account,name,created_at,amount\nA1,Big,2024-01-01,100\n")
    assert _run(workspace, capsys, "import", "accounts", str(accounts))[0] == 0
    assert _run(workspace, capsys, "import", "opportunities", str(deals))[0] == 0
    code, _, english = _run(workspace, capsys, "settings", "set", "currency", "PLN")
    assert code == 1
    assert english == (
        "abm-health settings: the currency stays USD: the workspace holds amounts in USD (1 "
        "opportunity amount(s), 2 account annual revenue(s)), and amounts are never "
        "converted. Load an export in PLN into a new workspace (--workspace NEW.sqlite).\n")
    code, _, polish = _run(workspace, capsys, "--language", "pl", "settings", "set",
                           "currency", "PLN")
    assert code == 1
    assert ("waluta pozostaje USD: obszar roboczy przechowuje kwoty w USD (1 kwota szansy "
            "sprzedaży, 2 roczne przychody kont), a kwot nigdy się nie przelicza.") in polish
    # The command and its option's example stay as typed.
    left = (_words(english) - {"abm-health", "settings", "usd", "pln", "workspace", "new",
                               "sqlite"}) & _words(polish)
    assert left == set(), left


def test_the_demo_progress_in_polish(tmp_path, capsys):
    path = tmp_path / "w.sqlite"
    args = ["demo", "--accounts", "20", "--events", "1500", "--seed", "2",
            "--as-of", "2026-11-23"]
    assert main(["--workspace", str(path), *args]) == 0
    english = capsys.readouterr().err
    assert "demo:   0% drawing account stories\n" in english
    assert "writing rows (" in english  # "(1,743 of 2,048)": every 10 % of the way
    assert "demo: 100% done" in english
    assert main(["--language", "pl", "--workspace", str(tmp_path / "p.sqlite"), *args]) == 0
    polish = capsys.readouterr().err
    assert "demo:   0% losowanie historii kont\n" in polish
    assert "zapisywanie wierszy (" in polish
    assert "demo: 100% gotowe" in polish
    left = (_words(english) - {"demo", "nps"}) & _words(polish)
    assert left == set(), left


def test_the_import_stage_lines_in_polish(qapp):
    def lines(*stages: tuple[str, int]) -> str:
        out = io.StringIO()
        bar = ProgressBar(out, delay=0)
        for stage, total in stages:
            bar(stage, 0, total)
        return out.getvalue()

    stages = (("reading", 1), ("checking", 1234), ("matching", 5), ("writing", 22))
    assert lines(*stages) == ("reading 1 row(s)...\nchecking 1,234 row(s)...\n"
                              "matching 5 row(s)...\nwriting 22 row(s)...\n")
    assert install_language("pl") == "pl"
    # Polish plurals: one (1), few (ending in 2-4 but not 12-14: 22, 1234), many (5-21…).
    assert lines(*stages) == ("odczyt: 1 wiersz...\nkontrola: 1234 wiersze...\n"
                              "dopasowanie: 5 wierszy...\nzapis: 22 wiersze...\n")


def test_a_stored_health_model_names_its_version(qapp, workspace):
    save_model(workspace, HealthModelConfig())
    with workspace.transaction() as conn:
        conn.execute(text("UPDATE health_models SET config = :c"), {"c": '{"window_days": "abc"}'})
    with pytest.raises(HealthConfigError) as refused:
        list_models(workspace)
    assert (refused.value.source.kind, refused.value.source.detail) == ("model_version", "1")
    assert str(refused.value) == (
        "health model version 1: window_days = 'abc' is not a number; expected e.g. 90.")
    assert health_model.sentence(refused.value) == str(refused.value)
    assert install_language("pl") == "pl"
    assert health_model.sentence(refused.value) == (
        "model kondycji w wersji 1: window_days = 'abc' nie jest liczbą; oczekiwano np. 90.")
