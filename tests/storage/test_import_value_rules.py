"""Values by rule (issue 13, point 5): exact, contains and regex translations, first match
wins, case-insensitive, and values that depend on another column; enum problems show the
file's value and the translation (point 9)."""

from __future__ import annotations

import pytest

from storage.importing import ImportInputs, MappingError, run
from storage.importing.mapping import parse_mapping, to_toml

CALLS = ("Account,Subject,Call Duration (in seconds),Call Result,Start\n"
         "A1,Demo for Acme,1800,,2024-05-01 10:00\n"            # row 2: demo, held
         "A1,DEMO - follow-up call,0,,2024-05-02 10:00\n"       # row 3: demo (first rule), blank
         "A1,Intro call,600,,2024-05-03 10:00\n"                # row 4: regex -> call, held
         "A1,qbr,,Cancelled,2024-05-04 10:00\n"                 # row 5: exact -> call, cancelled
         "A1,Weekly sync,300,,2024-05-05 10:00\n")              # row 6: no rule matches
MAPPING = """
entity = "meetings"

[fields]
account = "Account"
booked_at = "Start"

[fields.kind]
column = "Subject"
rules = [
  { contains = "demo", value = "demo" },
  { regex = "^(intro|discovery)\\\\b", value = "call" },
  { exact = "QBR", value = "call" },
]

[fields.status]
column = "Call Result"
rules = [{ when = { column = "Call Duration (in seconds)", above = 0 }, value = "held" }]
"""


def load(workspace, tmp_path, entity, text, **options):
    path = tmp_path / f"{entity}.csv"
    path.write_text(text, encoding="utf-8")
    return run(ImportInputs(workspace, entity, path, **options))


def test_rules_pick_the_first_match_and_when_reads_another_column(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", "external_id,name\nA1,Acme\n")
    result = load(workspace, tmp_path, "meetings", CALLS, mapping=parse_mapping(MAPPING))
    assert (result.inserted, result.rejected) == (4, 1)
    assert result.problems[["row", "value"]].values.tolist() == [[6, "Weekly sync"]]
    stored = workspace.read_frame("SELECT kind, status FROM meetings ORDER BY booked_at")
    # status: held where the call lasted, else the file's own result, else the default.
    assert stored.values.tolist() == [
        ["demo", "held"], ["demo", "scheduled"], ["call", "held"], ["call", "cancelled"]]


def test_a_fields_own_when_keeps_its_value_only_where_it_holds(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", "external_id,name\nA1,Acme\n")
    mapping = parse_mapping(MAPPING.replace(
        'column = "Call Result"\nrules = [{ when = { column = "Call Duration (in seconds)", '
        'above = 0 }, value = "held" }]',
        'value = "held"\nwhen = { column = "Call Duration (in seconds)", at_least = 600 }'))
    result = load(workspace, tmp_path, "meetings", CALLS, mapping=mapping)
    assert result.inserted == 4
    stored = workspace.read_frame("SELECT status FROM meetings ORDER BY booked_at")
    assert stored["status"].tolist() == ["held", "scheduled", "held", "scheduled"]


def test_rules_survive_a_round_trip_through_toml():
    mapping = parse_mapping(MAPPING)
    again = parse_mapping(to_toml(mapping))
    assert again.fields["kind"].rules == mapping.fields["kind"].rules
    assert again.fields["status"].when == mapping.fields["status"].when


@pytest.mark.parametrize("bad, message", [
    ('rules = [{ contains = "x" }]', "rule 1 needs a value"),
    ('rules = [{ value = "x" }]', "rule 1 needs a test"),
    ('rules = [{ regex = "(", value = "x" }]', "is not a regular expression"),
    ('when = { column = "D", above = "zero" }', "when above takes a number"),
    ('when = { column = "D", near = 1 }', "when needs a column and exactly one of"),
])
def test_bad_rules_are_named(bad, message):
    with pytest.raises(MappingError, match=message):
        parse_mapping(f'entity = "meetings"\n[fields.kind]\ncolumn = "S"\n{bad}\n')


def test_an_enum_problem_shows_the_files_value_and_the_translation(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", "external_id,name\nA1,Acme\n")
    mapping = parse_mapping("""
entity = "questions"
[fields]
account = "Account"
asked_at = "Asked"
[fields.channel]
column = "Via"
values = { "Email" = "e-mail", "Phone" = "phone" }
""")
    text = "Account,Asked,Via\nA1,2024-01-01,Email\nA1,2024-01-02,Fax\n"
    result = load(workspace, tmp_path, "questions", text, mapping=mapping)
    assert result.problems[["row", "value"]].values.tolist() == [[2, "Email"], [3, "Fax"]]
    expected = result.problems["expected"].tolist()
    assert expected[0].endswith("(the mapping translated it to 'e-mail')")
    assert "translated" not in expected[1]  # Fax went through unchanged
