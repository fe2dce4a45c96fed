"""Mapping files (TOML), suggestions for unknown headers, the canonical templates, and the
events-cache stamp an events import bumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.importing import (
    ENTITIES,
    FieldSource,
    ImportInputs,
    Mapping,
    MappingError,
    load_mapping,
    run,
    save_mapping,
)
from storage.importing.mapping import parse_mapping, to_toml
from storage.importing.suggest import suggest_mapping


@pytest.fixture
def workspace(any_workspace):
    """These tests run on a workspace file and on a PostgreSQL database."""
    return any_workspace


TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


def test_a_mapping_survives_saving_and_loading(tmp_path):
    mapping = Mapping(
        entity="opportunities", preset="mine", title='Deals "2024"', date_format="%d.%m.%Y",
        day_first=True, decimal_comma=True, encoding="cp1250", delimiter=";", sheet="Deals",
        fields={
            "external_id": FieldSource(column="Nr"),
            "name": FieldSource(columns=("Produkt", "Wariant")),
            "status": FieldSource(column="Etap", values={"Wygrana": "won", "Przegrana": "lost"},
                                  otherwise="open"),
            "closed_at": FieldSource(column="Zamknięcie", only_if_field="status",
                                     only_if_in=("won", "lost")),
            "amount": FieldSource(column="Kwota", scale=1000.0),
            "type": FieldSource(value="new_business"),
            "stage": FieldSource(template="{Etap} / {Lejek}"),
            "account": FieldSource(column="Firma", only_if="Aktywna"),
        })
    path = save_mapping(mapping, tmp_path / "deals.toml")
    assert load_mapping(path) == mapping
    assert parse_mapping(to_toml(mapping)) == mapping


@pytest.mark.parametrize(("text", "message"), [
    ('entity = "widgets"', "entity = 'widgets'; expected one of accounts"),
    ('entity = "accounts"\n[fields]\ncolour = "Colour"', "[fields.colour] is not a field of accounts"),
    ('entity = "accounts"\n[fields.name]\ncolumn = "A"\nvalue = "B"', "exactly one of column"),
    ('entity = "accounts"\nspeed = 3', "unknown key(s) speed"),
    ('entity = "accounts"\n[fields.name]\ncolumn = "A"\ncolour = 1', "unknown key(s) colour"),
    ("entity = ", "not valid TOML"),
])
def test_mapping_mistakes_name_the_key(text, message):
    with pytest.raises(MappingError) as error:
        parse_mapping(text, "m.toml")
    assert message in str(error.value)
    assert str(error.value).startswith("m.toml")


def test_suggestions_for_unknown_headers():
    columns = ["Deal ID", "Company", "Deal Name", "Value", "Created", "Close Date", "Notes"]
    suggestion = suggest_mapping("opportunities", columns)
    assert {n: s.column for n, s in suggestion.mapping.fields.items()} == {
        "external_id": "Deal ID", "account": "Company", "name": "Deal Name", "amount": "Value",
        "created_at": "Created", "closed_at": "Close Date"}
    assert suggestion.preset is None


def test_a_known_export_is_recognised_as_its_preset():
    columns = ["Record ID", "Deal Name", "Deal Stage", "Amount", "Create Date", "Close Date",
               "Deal Type", "Associated Company", "Currency", "Pipeline"]
    suggestion = suggest_mapping("opportunities", columns)
    assert suggestion.preset == "hubspot"
    assert suggestion.mapping.fields["status"].values["Closed Won"] == "won"


def test_every_template_imports_cleanly_in_order(workspace):
    # Each template's example rows refer only to rows of the templates before it.
    for entity in ENTITIES:
        result = run(ImportInputs(workspace, entity, TEMPLATES / f"{entity}.csv"))
        assert (result.rejected, result.ignored_columns) == (0, []), result.summary_lines()
        assert result.inserted >= 1


def test_templates_hold_every_field_in_order():
    from storage.importing import spec_for

    for entity in ENTITIES:
        header = (TEMPLATES / f"{entity}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == list(spec_for(entity).names)


def test_an_events_import_marks_the_events_cache_stale(workspace, tmp_path):
    from storage.event_cache import read_stamp

    path = tmp_path / "accounts.csv"
    path.write_text("external_id,name\nA1,Acme\n")
    run(ImportInputs(workspace, "accounts", path))
    with workspace.connect() as conn:
        before = read_stamp(conn)
    events = tmp_path / "events.csv"
    events.write_text("account,kind,occurred_at\nA1,web_visit,2024-05-01\n")
    run(ImportInputs(workspace, "events", events))
    with workspace.connect() as conn:
        after = read_stamp(conn)
    # Bumped (by the importer and, since 0003, by the database's own counter): not equal.
    assert after[0] > (before[0] or 0) and after[1] == 1
