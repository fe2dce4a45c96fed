"""The stored portfolio table: exact round trip, and any relevant change invalidates it."""

from __future__ import annotations

import os
from datetime import date

import numpy as np
import pandas as pd

from storage import portfolio_cache

AS_OF = date(2026, 11, 23)


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "id": np.array([1, 2, 3], dtype="int64"),
        "name": ["Acme", "株式会社さくら精機", None],
        "score": [82.5, np.nan, 9.0],
        "last_touch": pd.to_datetime(["2026-11-20 00:00", None, "2026-01-02 10:30"]),
        "sparkline": pd.Series([[70.0, 82.5], [], [9.0]], dtype=object),
        "is_target": [True, False, True],
    })


def test_round_trip_is_exact(workspace):
    key = portfolio_cache.stamp(workspace, AS_OF)
    extras = {"bands_ids": np.array([1, 3]), "bands": np.array(["watch", "at-risk"])}
    assert portfolio_cache.write(workspace, key, _frame(), extras)
    frame, arrays = portfolio_cache.read(workspace, key)
    expected = _frame()
    assert list(frame.columns) == list(expected.columns)
    assert frame["id"].tolist() == [1, 2, 3] and frame["id"].dtype == "int64"
    assert frame["name"].tolist()[:2] == ["Acme", "株式会社さくら精機"]
    assert pd.isna(frame["name"].iloc[2])
    assert np.allclose(frame["score"], expected["score"], equal_nan=True)
    assert frame["last_touch"].tolist()[0] == pd.Timestamp("2026-11-20")
    assert pd.isna(frame["last_touch"].iloc[1])
    assert frame["sparkline"].tolist() == [[70.0, 82.5], [], [9.0]]
    assert frame["is_target"].tolist() == [True, False, True]
    assert arrays["bands"].tolist() == ["watch", "at-risk"]
    # Only its owner may read it, like the workspace.
    assert os.stat(portfolio_cache.cache_path(workspace)).st_mode & 0o777 == 0o600


def test_a_change_to_the_data_settings_or_day_invalidates_it(workspace):
    key = portfolio_cache.stamp(workspace, AS_OF)
    portfolio_cache.write(workspace, key, _frame())
    assert portfolio_cache.stamp(workspace, AS_OF) == key  # nothing changed
    assert portfolio_cache.stamp(workspace, date(2026, 11, 24)) != key  # another day
    with workspace.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO accounts (name, tier, is_target) VALUES ('New', 1, 1)")
    after_insert = portfolio_cache.stamp(workspace, AS_OF)
    assert after_insert != key
    assert portfolio_cache.read(workspace, after_insert) is None
    with workspace.transaction() as conn:
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('currency', '\"EUR\"')")
    assert portfolio_cache.stamp(workspace, AS_OF) != after_insert


def test_a_damaged_file_is_ignored(workspace):
    key = portfolio_cache.stamp(workspace, AS_OF)
    portfolio_cache.cache_path(workspace).write_bytes(b"not an npz file")
    assert portfolio_cache.read(workspace, key) is None


def test_table_names_match_the_schema():
    from storage.schema import ENTITY_TABLES, HealthModel, HealthSnapshot, ImportBatch, Setting

    counted = [ENTITY_TABLES[n].__table__.name for n in (
        "accounts", "contacts", "campaigns", "events", "meetings", "opportunities",
        "subscriptions", "nps", "questions")]
    assert list(portfolio_cache.COUNTED_TABLES) == counted
    assert (portfolio_cache.BATCHES, portfolio_cache.SETTINGS, portfolio_cache.MODELS,
            portfolio_cache.SNAPSHOTS) == tuple(
        t.__table__.name for t in (ImportBatch, Setting, HealthModel, HealthSnapshot))


def test_stored_settings_read_like_the_settings_repository(workspace):
    from domain.settings import WorkspaceSettings
    from storage.settings_repo import load_settings, save_settings

    save_settings(workspace, WorkspaceSettings(currency="EUR", saved_filters={"Mine": {"owners": ["Ewa"]}}))
    assert WorkspaceSettings.from_mapping(portfolio_cache.stored_settings(workspace)) == load_settings(workspace)
