"""The stored KPI preparation (``storage.prepared_cache``): the same results as preparing in
the run, and never stale (an import or a change to a setting it reads makes a new one; a
damaged file is discarded with a note and rebuilt)."""

from __future__ import annotations

import argparse
from datetime import date

import numpy as np
import pytest

from desktop.commands import kpis
from domain.metrics import KpiContext, Period, compute_in_context
from domain.scope import scope_ids
from storage import prepared_cache
from storage.demo.fill import fill_demo
from storage.frames import load_frames
from storage.importing import ImportInputs, run
from storage.settings_repo import load_settings, save_settings
from storage.workspace import Workspace
from tests.domain.test_prepared_aggregates import assert_same_reports

OCTOBER = Period("2026-10-01", "2026-11-01")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("prepared") / "demo.sqlite"
    with Workspace.open(path) as ws:
        fill_demo(ws, accounts=30, events=1500, seed=5, as_of=date(2026, 10, 31))
    return path


@pytest.fixture
def workspace(demo_file, tmp_path):
    copy = tmp_path / "w.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    ws = Workspace.open(copy)
    yield ws
    ws.close()


def loaded(ws):
    settings = load_settings(ws)
    key = prepared_cache.stamp(ws, settings)
    frames = load_frames(ws)
    return frames, settings, prepared_cache.prepared_for(ws, frames, settings, key), key


@pytest.mark.parametrize("lazy", [False, True])
def test_stored_aggregates_give_what_a_context_computes_alone(workspace, lazy):
    frames, settings, built, key = loaded(workspace)
    path = prepared_cache.cache_path(workspace)
    assert path.exists() and path.stat().st_mode & 0o777 == 0o600
    again = prepared_cache.read(workspace, key, lazy=lazy)
    assert again is not None and again.rows == built.rows
    # Read lazily, the aggregates hold the open file, not arrays read from it.
    assert isinstance(again.arrays, dict) is not lazy
    ids = scope_ids(frames.accounts)
    one = [int(frames.events["account_id"].iloc[0])]
    for scope in (None, ids, one):
        for period in (OCTOBER, Period("2026-07-01", "2026-10-01")):
            plain = compute_in_context(KpiContext(frames, settings, scope), period)
            taken = compute_in_context(KpiContext(frames, settings, scope, prepared=again),
                                       period)
            assert_same_reports(plain, taken)


def test_an_import_makes_the_stored_file_stale_and_the_next_load_replaces_it(workspace,
                                                                             tmp_path):
    _, _, _, before = loaded(workspace)
    account = load_frames(workspace).accounts["external_id"].iloc[0]
    csv = tmp_path / "events.csv"
    csv.write_text(f"account,kind,occurred_at\n{account},form_fill,2026-10-30\n",
                   encoding="utf-8")
    assert run(ImportInputs(workspace, "events", csv)).inserted == 1
    settings = load_settings(workspace)
    after = prepared_cache.stamp(workspace, settings)
    assert after != before
    assert prepared_cache.read(workspace, after) is None  # the old file is not read
    frames, _, rebuilt, key = loaded(workspace)
    assert key == after and rebuilt.rows[2] == len(frames.events)
    assert prepared_cache.read(workspace, after) is not None  # stored anew


def test_a_setting_the_preparation_reads_makes_a_new_one(workspace):
    _, settings, _, before = loaded(workspace)
    save_settings(workspace, settings.__class__.from_mapping(
        {**settings.to_mapping(), "mql_threshold": settings.mql_threshold + 25}))
    frames, changed, prepared, after = loaded(workspace)
    assert after != before and changed.mql_threshold == settings.mql_threshold + 25
    assert KpiContext(frames, changed, prepared=prepared).prepared is prepared
    assert_same_reports(compute_in_context(KpiContext(frames, changed), OCTOBER),
                        compute_in_context(KpiContext(frames, changed, prepared=prepared),
                                           OCTOBER))


@pytest.mark.parametrize("lazy", [False, True])
def test_a_damaged_file_is_discarded_with_a_note_and_rebuilt(workspace, capsys, lazy):
    _, _, _, key = loaded(workspace)
    path = prepared_cache.cache_path(workspace)
    path.write_bytes(path.read_bytes()[:500])
    assert prepared_cache.read(workspace, key, lazy=lazy) is None
    assert not path.exists()
    assert "was damaged" in capsys.readouterr().err
    loaded(workspace)
    assert prepared_cache.read(workspace, key) is not None


@pytest.mark.parametrize("lazy", [False, True])
def test_a_file_of_other_arrays_is_discarded_too(workspace, capsys, lazy):
    _, _, _, key = loaded(workspace)
    path = prepared_cache.cache_path(workspace)
    with np.load(path) as stored:
        arrays = {name: stored[name] for name in stored.files}
    arrays["mql/times"] = arrays["mql/times"][:-1]
    np.savez(path.with_suffix(".tmp.npz"), **arrays)
    path.with_suffix(".tmp.npz").replace(path)
    assert prepared_cache.read(workspace, key, lazy=lazy) is None
    assert not path.exists()
    assert "was damaged" in capsys.readouterr().err


def kpis_output(ws, capsys, *argv):
    parser = argparse.ArgumentParser()
    kpis.register(parser.add_subparsers())
    args = parser.parse_args(["kpis", "--from", "2026-10-01", "--to", "2026-10-31", *argv])
    assert args.func(args, ws) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("argv", [(), ("--format", "json", "--all-accounts"),
                                  ("--format", "csv", "--tier", "1")])
def test_the_kpis_command_prints_the_same_with_and_without_the_file(workspace, capsys,
                                                                     monkeypatch, argv):
    prepared_cache.drop_cache(workspace)
    # Nothing stored: prepared in the run (and stored); then read from the file.
    first = kpis_output(workspace, capsys, *argv)
    assert prepared_cache.cache_path(workspace).exists()
    second = kpis_output(workspace, capsys, *argv)
    # No preparation at all: the context computes everything itself, as before.
    monkeypatch.setattr(prepared_cache, "prepared_for", lambda *_args, **_kwargs: None)
    alone = kpis_output(workspace, capsys, *argv)
    assert first == second == alone
    assert "mql" in first.lower()
