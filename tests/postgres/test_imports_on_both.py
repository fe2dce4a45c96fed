"""An import gives the same rows on SQLite and on PostgreSQL: the real export shapes of
``tests/storage/fixtures`` are loaded into both, the stored tables (as the domain reads
them) compared, then re-imported (nothing changes) and undone (back to empty)."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import text

from storage.frames import load_frames
from storage.importing import list_batches, undo_batch
from storage.workspace import Workspace
from tests.storage.test_import_exports import load

LOADS = [  # entity, fixture, example mapping or preset, (inserted, rejected) by hand
    ("accounts", "maven_accounts.csv", {"example": "maven_accounts.toml"}, (4, 0)),
    ("opportunities", "maven_sales_pipeline.csv", {"example": "maven_deals.toml"}, (4, 3)),
    ("accounts", "ravenstack_accounts.csv", {"example": "ravenstack_accounts.toml"}, (2, 0)),
    ("subscriptions", "ravenstack_subscriptions.csv",
     {"example": "ravenstack_subscriptions.toml"}, (3, 0)),
    ("accounts", "hubspot_companies.csv", {"preset": "hubspot"}, None),
    ("contacts", "hubspot_contacts.csv", {"preset": "hubspot"}, None),
    ("opportunities", "hubspot_deals.csv", {"preset": "hubspot"}, None),
]
TABLES = ["accounts", "contacts", "opportunities", "subscriptions"]


def _fill(workspace) -> list[tuple[int, int]]:
    done = []
    for entity, fixture, how, expected in LOADS:
        result = load(workspace, entity, fixture, **how)
        if expected is not None:
            assert (result.inserted, result.rejected) == expected, fixture
        done.append((result.inserted, result.rejected))
    return done


def test_the_same_exports_give_the_same_rows(tmp_path, pg_url):
    with Workspace.open(tmp_path / "w.sqlite") as sqlite, Workspace.open(pg_url) as postgres:
        assert _fill(sqlite) == _fill(postgres)
        ours, theirs = load_frames(sqlite, TABLES), load_frames(postgres, TABLES)
        for table in TABLES:
            pd.testing.assert_frame_equal(getattr(ours, table), getattr(theirs, table),
                                          check_dtype=False, obj=table)
        batches = [list_batches(ws)[["entity", "file_name", "rows_read", "rows_inserted",
                                     "rows_updated", "rows_rejected", "status"]]
                   for ws in (sqlite, postgres)]
        pd.testing.assert_frame_equal(*batches)


def test_again_changes_nothing_and_undo_empties(pg_url):
    with Workspace.open(pg_url) as ws:
        _fill(ws)
        again = [load(ws, entity, fixture, **how) for entity, fixture, how, _ in LOADS]
        # Nothing is inserted twice. Maven's and HubSpot's account files both hold Acme
        # Corporation with different details, so each re-import of one of them
        # sets that one account back to its own values: one update each, as on SQLite.
        assert [(r.inserted, r.updated) for r in again] == [
            (0, 1), (0, 0), (0, 0), (0, 0), (0, 1), (0, 0), (0, 0)]
        # Undo newest first: every batch, including the ones that inserted nothing.
        for batch in list_batches(ws)["id"].tolist():
            undo_batch(ws, int(batch))
        with ws.connect() as conn:
            for table in TABLES:
                assert conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 0
