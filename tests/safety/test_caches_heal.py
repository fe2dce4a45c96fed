"""Issue 18, point 4: a damaged cache is discarded and rebuilt with a one-line note.

Before, truncating, zeroing or corrupting ``<workspace>.events.npz``, or giving its arrays
the wrong length or codes under a valid stamp, made every later load fail with
BadZipFile, EOFError or CRC tracebacks.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from desktop.cli import main
from storage import cache_notes, event_cache, portfolio_cache
from storage.frames import read_events, read_events_sql
from storage.importing import ImportInputs, run

ACCOUNTS = "external_id,name\nA1,Acme\nA2,Beta\n"
EVENTS = ("account,kind,occurred_at,asset\n"
          "A1,web_visit,2024-01-01 10:00,/pricing\n"
          "A1,form_fill,2024-01-02 11:00,/demo\n"
          "A2,email_open,2024-01-03 12:00,\n")


@pytest.fixture
def notes():
    seen: list[str] = []
    cache_notes.add_listener(seen.append)
    yield seen
    cache_notes.remove_listener(seen.append)


@pytest.fixture
def filled(workspace, tmp_path):
    (tmp_path / "a.csv").write_text(ACCOUNTS, encoding="utf-8")
    (tmp_path / "e.csv").write_text(EVENTS, encoding="utf-8")
    run(ImportInputs(workspace, "accounts", tmp_path / "a.csv"))
    run(ImportInputs(workspace, "events", tmp_path / "e.csv"))
    read_events(workspace)  # writes the cache
    assert event_cache.cache_path(workspace).exists()
    return workspace


def rewrite(path, change):
    with np.load(path, allow_pickle=False) as stored:
        arrays = {name: stored[name] for name in stored.files}
    change(arrays)
    with open(path, "wb") as out:
        np.savez(out, **arrays)


def damage_truncate(path):
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def damage_zero(path):
    path.write_bytes(b"\x00" * path.stat().st_size)


def damage_flip(path):
    raw = bytearray(path.read_bytes())
    for i in range(200, len(raw) - 200, 97):
        raw[i] ^= 0xFF
    path.write_bytes(bytes(raw))


def damage_empty(path):
    path.write_bytes(b"")


def damage_short_column(path):
    rewrite(path, lambda a: a.__setitem__("account_id", a["account_id"][:-1]))


def damage_bad_codes(path):
    rewrite(path, lambda a: a.__setitem__("kind", np.array([5, 120, 3], dtype="int8")))


def damage_bad_string_codes(path):
    rewrite(path, lambda a: a.__setitem__("asset", np.array([0, 1, 99], dtype="int32")))


def damage_ids(path):
    rewrite(path, lambda a: a.__setitem__("id", np.array([1, 1, 3], dtype="int64")))


@pytest.mark.parametrize("damage", [damage_truncate, damage_zero, damage_flip, damage_empty,
                                    damage_short_column, damage_bad_codes,
                                    damage_bad_string_codes, damage_ids])
def test_a_damaged_events_cache_is_rebuilt_with_a_note(filled, notes, damage):
    path = event_cache.cache_path(filled)
    damage(path)
    expected, _ = read_events_sql(filled)
    frame = read_events(filled)
    pd.testing.assert_frame_equal(frame, expected)
    assert len(notes) == 1 and "events cache" in notes[0] and "rebuilt" in notes[0]
    assert "\n" not in notes[0]
    # Rebuilt in place: the next read uses it without a note.
    assert path.exists()
    pd.testing.assert_frame_equal(read_events(filled), expected)
    assert len(notes) == 1


def test_health_runs_on_a_damaged_cache_and_says_so(filled, capsys):
    damage_zero(event_cache.cache_path(filled))
    filled.close()
    code = main(["--workspace", str(filled.path), "health", "--as-of", "2024-01-31"])
    assert code == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("note: the events cache") == 1


@pytest.mark.parametrize("damage", [damage_truncate, damage_zero, damage_flip, damage_empty])
def test_a_damaged_portfolio_cache_is_discarded_with_a_note(filled, notes, damage):
    frame = pd.DataFrame({"name": ["Acme", "Beta"], "score": [70.5, 40.0]})
    key = portfolio_cache.stamp(filled, date(2024, 1, 31))
    assert portfolio_cache.write(filled, key, frame)
    path = portfolio_cache.cache_path(filled)
    damage(path)
    assert portfolio_cache.read(filled, key) is None
    assert len(notes) == 1 and "portfolio cache" in notes[0]
    assert not path.exists()


def test_a_stale_cache_is_rebuilt_without_a_note(filled, notes, tmp_path):
    (tmp_path / "e2.csv").write_text("account,kind,occurred_at\nA2,web_visit,2024-02-01\n",
                                     encoding="utf-8")
    run(ImportInputs(filled, "events", tmp_path / "e2.csv"))
    assert len(read_events(filled)) == 4
    assert notes == []
