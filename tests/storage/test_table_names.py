"""``storage.table_names`` names the same tables as the ORM schema."""

from __future__ import annotations

from domain.frames import COLUMNS
from storage.schema import ENTITY_TABLES
from storage.table_names import TABLE_NAMES


def test_table_names_match_the_schema():
    assert TABLE_NAMES == {name: mapped.__table__.name for name, mapped in ENTITY_TABLES.items()}
    assert list(TABLE_NAMES) == list(COLUMNS)


def test_the_frames_account_key_is_a_column_exactly_where_the_table_has_one():
    for name, mapped in ENTITY_TABLES.items():
        key = "id" if name == "accounts" else "account_id"
        assert (key in COLUMNS[name]) == (key in mapped.__table__.c)
