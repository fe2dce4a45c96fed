"""The whole events table of an SQLite workspace read column by column, inside SQLite.

Fetching a million events as rows creates ten million Python objects, which costs more
than a ``GROUP BY`` over the same table. Here SQLite joins each column of a slice of ids
into one text (``group_concat``) and numpy parses it: a handful of objects per slice. The
result is exactly what reading the rows gives, because the fast read is used only when
each text can be read back without doubt; otherwise ``None`` and the caller reads rows:

- the ids of a slice without gaps (as many events as its smallest to largest id) are that
  range; other ids are joined as integers;
- numbers are joined as integers and parsed by numpy, which refuses anything else:
  ``account_id``; ``contact_id`` and ``campaign_id`` with ``NO_NUMBER`` for an empty one
  (as many as ``count()`` says are empty, or the slice's column is refused). A column
  holding a decimal or a text is joined again as SQLite writes it, ``nan`` when empty, and
  parsed as floats (numpy reads integers ten times faster than decimals);
- ``kind`` and ``channel`` arrive as one letter per event, ``A`` for the first word of
  their vocabularies and so on (``@``, read as ``-1``, for a value outside it, as
  ``pandas.Categorical`` gives): no separators to write and no numbers to parse;
- ``occurred_at`` must be stored in the canonical form SQLAlchemy writes,
  ``YYYY-MM-DD HH:MM:SS.ffffff`` (checked character by character), which numpy parses to
  the same instant as ``pandas.to_datetime(format="ISO8601")``; an impossible date is
  refused by numpy;
- ``duration_s`` (REAL) is joined as integer text (``NO_NUMBER`` when empty) only in a
  slice where every value is a whole number that survives the round trip through INTEGER
  (SQLite's decimal text of any other double need not read back to the same bits); other
  slices fetch it as numbers;
- ``asset`` and ``session`` are joined with the unit separator (U+001F) and a missing value
  is written as the record separator (U+001E): a text holding U+001F splits into one value
  too many, and the number of missing values must equal what ``count()`` says;
- every column must give exactly as many values as the slice has events.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

UNIT = "\x1f"  # between two texts
MISSING = "\x1e"  # a NULL text
SLICE_IDS = 250_000  # ids per query: bounded memory for the joined texts

# A missing number, joined as an integer that is (almost) never an id: numpy parses whole
# numbers ten times faster than decimal ones. Counted against count(column), so a real
# value equal to it is refused, not read as missing. (int64's least value itself cannot be
# written: SQLite reads that literal as a REAL.)
NO_NUMBER = -(2 ** 63) + 1

_SLICE_SQL = f"""
    SELECT count(*), count(asset), count(session),
           sum(CAST(CAST(duration_s AS INTEGER) AS REAL) IS NOT duration_s),
           min(id), max(id), group_concat(account_id, ','),
           count(contact_id), group_concat(coalesce(contact_id, {NO_NUMBER}), ','),
           count(campaign_id), group_concat(coalesce(campaign_id, {NO_NUMBER}), ','),
           group_concat({{kind}}, ''), group_concat({{channel}}, ''),
           group_concat(occurred_at, ','),
           count(duration_s),
           group_concat(coalesce(CAST(duration_s AS INTEGER), {NO_NUMBER}), ','),
           group_concat(coalesce(asset, char(30)), char(31)),
           group_concat(coalesce(session, char(30)), char(31))
    FROM events WHERE id BETWEEN ? AND ?
"""
_DURATION_SQL = "SELECT duration_s FROM events WHERE id BETWEEN ? AND ?"
# A column holding a value that is not a whole number: joined as SQLite writes it.
_DECIMALS_SQL = "SELECT group_concat(coalesce({column}, 'nan'), ',') FROM events WHERE id BETWEEN ? AND ?"
_IDS_SQL = "SELECT group_concat(id, ',') FROM events WHERE id BETWEEN ? AND ?"
# What the two readers compare: the events' change counter, row count and largest id.
SNAPSHOT_SQL = ("SELECT (SELECT value FROM workspace_meta WHERE key = 'events_version'), "
                "COUNT(*), MAX(id) FROM events")
_WORD = re.compile(r"^[a-z_]+$")
_FIRST = ord("A")  # the letter of code 0; '@' just before it stands for -1
_MAX_WORDS = ord("z") - _FIRST + 1  # A-Z, [\]^_`, a-z: no comma, quote or separator

# The canonical time text, 26 characters: where the separators are; the rest are digits.
_WIDTH = 26
_SEPARATORS = {4: "-", 7: "-", 10: " ", 13: ":", 16: ":", 19: "."}
_DIGITS = [i for i in range(_WIDTH) if i not in _SEPARATORS]


class NotReadable(Exception):
    """A slice holds a value the joined texts cannot carry unambiguously."""


def _codes_sql(column: str, vocabulary: Sequence[str]) -> str:
    """``CASE column WHEN 'a' THEN 'A' ... ELSE '@' END``; the words come from the enums."""
    if not all(_WORD.match(word) for word in vocabulary):
        raise ValueError("vocabulary words must be lower-case identifiers")
    if len(vocabulary) > _MAX_WORDS:
        raise ValueError(f"at most {_MAX_WORDS} words: one ASCII letter each")
    whens = " ".join(f"WHEN '{word}' THEN '{chr(_FIRST + code)}'"
                     for code, word in enumerate(vocabulary))
    return f"CASE {column} {whens} ELSE '{chr(_FIRST - 1)}' END"


def _letters(joined: str | None, count: int) -> np.ndarray:
    """One letter per event back to int8 codes (``@`` is -1)."""
    if joined is None or len(joined) != count or not joined.isascii():
        raise NotReadable("a code letter per event was expected")
    return (np.frombuffer(joined.encode("ascii"), dtype=np.uint8).astype(np.int16)
            - _FIRST).astype(np.int8)


def _numbers(joined: str | None, count: int, dtype: str) -> np.ndarray:
    if not joined:
        raise NotReadable("no values")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # a value numpy cannot read
        try:
            values = np.fromstring(joined, dtype=dtype, sep=",")
        except (ValueError, DeprecationWarning) as exc:
            raise NotReadable(str(exc)) from exc
    if len(values) != count:
        raise NotReadable(f"{len(values)} values for {count} events")
    return values


def _whole_or_missing(joined: str | None, count: int, present: int) -> np.ndarray:
    """Whole numbers joined with ``NO_NUMBER`` for the missing ones, as float64 with NaN."""
    values = _numbers(joined, count, "int64")
    missing = values == NO_NUMBER
    if count - int(missing.sum()) != present:
        raise NotReadable("a number equal to the missing marker")
    numbers = values.astype("float64")  # rounded as Python rounds an int to a float
    numbers[missing] = np.nan
    return numbers


def _texts(joined: str | None, count: int, present: int) -> np.ndarray:
    parts = joined.split(UNIT) if joined is not None else []
    if len(parts) != count:
        raise NotReadable(f"{len(parts)} texts for {count} events")
    values = np.array(parts, dtype=object)
    missing = values == MISSING
    if count - int(missing.sum()) != present:  # a text that is exactly U+001E
        raise NotReadable("a text holding the record separator")
    values[missing] = None
    return values


def _times(joined: str | None, count: int) -> np.ndarray:
    """Canonical texts to datetime64[us]; anything else is refused (the rows decide)."""
    if joined is None or len(joined) != (_WIDTH + 1) * count - 1 or not joined.isascii():
        raise NotReadable("a time not in canonical form")
    chars = np.frombuffer((joined + ",").encode("ascii"), dtype=np.uint8).reshape(count, _WIDTH + 1)
    ok = chars[:, _WIDTH] == ord(",")
    for position, sep in _SEPARATORS.items():
        ok &= chars[:, position] == ord(sep)
    digits = chars[:, _DIGITS]
    ok &= ((digits >= ord("0")) & (digits <= ord("9"))).all(axis=1)
    if not ok.all() or not _possible(chars).all():
        raise NotReadable("a time not in canonical form, or an impossible one")
    texts = np.ascontiguousarray(chars[:, :_WIDTH]).view(f"S{_WIDTH}").ravel()
    try:
        return texts.astype("datetime64[us]")
    except ValueError as exc:  # an impossible date: the row reader turns it into NaT
        raise NotReadable(str(exc)) from exc


def _possible(chars: np.ndarray) -> np.ndarray:
    """Per canonical time: a real calendar day and clock time.

    Checked before numpy parses: numpy 2.4 crashes the process (not a ValueError) casting
    a thousand or more texts when one of them is an impossible date such as February 30.
    """
    def number(start: int, width: int) -> np.ndarray:
        value = np.zeros(len(chars), dtype=np.int64)
        for position in range(start, start + width):
            value = value * 10 + (chars[:, position].astype(np.int64) - ord("0"))
        return value

    year, month, day = number(0, 4), number(5, 2), number(8, 2)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    last_day = month_days[np.clip(month, 0, 12)] + (leap & (month == 2))
    return ((month >= 1) & (month <= 12) & (day >= 1) & (day <= last_day)
            & (number(11, 2) <= 23) & (number(14, 2) <= 59) & (number(17, 2) <= 59))


def _slice(conn: sqlite3.Connection, sql: str, low: int, high: int) -> dict[str, np.ndarray] | None:
    row = conn.execute(sql, (low, high)).fetchone()
    count = int(row[0])
    if count == 0:
        return None
    (_, with_asset, with_session, fractional, lowest, highest, accounts,
     with_contact, contacts, with_campaign, campaigns,
     kinds, channels, times, with_duration, durations, assets, sessions) = row

    def ids_of(column: str, joined: str, present: int) -> np.ndarray:
        try:
            return _whole_or_missing(joined, count, present)
        except NotReadable:  # a decimal or a text: as SQLite writes it, which numpy
            # parses as the rows' reader does, or refuses
            again = conn.execute(_DECIMALS_SQL.format(column=column), (low, high)).fetchone()[0]
            return _numbers(again, count, "float64")
    if highest - lowest + 1 == count:  # no gap: the ids are the range (they are distinct)
        ids = np.arange(lowest, highest + 1, dtype="int64")
    else:
        ids = _numbers(conn.execute(_IDS_SQL, (low, high)).fetchone()[0], count, "int64")
    if fractional:
        fetched = conn.execute(_DURATION_SQL, (low, high)).fetchall()
        if len(fetched) != count:
            raise NotReadable("the slice changed between two queries")
        duration = np.array([d for (d,) in fetched], dtype="float64")
    else:
        duration = _whole_or_missing(durations, count, with_duration)
    return {
        "id": ids,
        "account_id": _numbers(accounts, count, "int64"),
        "contact_id": ids_of("contact_id", contacts, with_contact),
        "campaign_id": ids_of("campaign_id", campaigns, with_campaign),
        "kind": _letters(kinds, count),
        "occurred_at": _times(times, count),
        "asset": _texts(assets, count, with_asset),
        "channel": _letters(channels, count),
        "session": _texts(sessions, count, with_session),
        "duration_s": duration,
    }


def _slices(conn: sqlite3.Connection, sql: str, starts: Sequence[int]) -> list[dict[str, np.ndarray]]:
    parts = (_slice(conn, sql, start, start + SLICE_IDS - 1) for start in starts)
    return [part for part in parts if part is not None]


def _snapshot(conn: sqlite3.Connection) -> tuple:
    return tuple(conn.execute(SNAPSHOT_SQL).fetchone())


def _helper_slices(path: Path, sql: str, starts: Sequence[int], expected: tuple,
                   out: dict[str, object]) -> None:
    """A second reader on its own connection, in a thread: SQLite runs each query without
    Python's lock, so two slices are joined at once on two cores. It reads only if its
    snapshot shows the same events as the first reader's (else the rows decide)."""
    try:
        helper = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                 isolation_level=None, timeout=5)
        try:
            helper.execute("BEGIN")
            if _snapshot(helper) != expected:
                raise NotReadable("the events changed between the two readers")
            out["parts"] = _slices(helper, sql, starts)
        finally:
            helper.close()
    except BaseException as exc:  # noqa: BLE001  handed to the first reader's thread
        out["error"] = exc


def read_event_columns(conn: sqlite3.Connection, kinds: Sequence[str],
                       channels: Sequence[str], path: Path | None = None,
                       after_id: int | None = None) -> dict[str, np.ndarray] | None:
    """Every event's columns as arrays in id order, or None when the rows must be read.

    With ``after_id``, only the events whose id is above it (rows just appended).

    ``kind`` and ``channel`` come back as int8 codes into ``kinds`` and ``channels``.
    ``conn`` must be inside a read transaction, so every slice sees the same snapshot.
    With the workspace file's ``path``, every other slice is read by a second connection
    in a thread (``_helper_slices``).
    """
    if after_id is None:
        low, high = conn.execute("SELECT min(id), max(id) FROM events").fetchone()
    else:
        low, high = conn.execute("SELECT min(id), max(id) FROM events WHERE id > ?",
                                 (int(after_id),)).fetchone()
    if low is None:
        return None
    sql = _SLICE_SQL.format(kind=_codes_sql("kind", kinds),
                            channel=_codes_sql("channel", channels))
    starts = list(range(int(low), int(high) + 1, SLICE_IDS))
    try:
        if path is None or len(starts) < 2:
            slices = _slices(conn, sql, starts)
        else:
            out: dict[str, object] = {}
            worker = threading.Thread(target=_helper_slices, daemon=True,
                                      args=(path, sql, starts[1::2], _snapshot(conn), out))
            worker.start()
            try:
                mine = _slices(conn, sql, starts[0::2])
            finally:
                worker.join()
            if "error" in out:
                raise out["error"]  # type: ignore[misc]
            theirs = out["parts"]
            slices = sorted([*mine, *theirs], key=lambda part: int(part["id"][0]))  # type: ignore[misc]
    except NotReadable:
        return None
    if not slices:
        return None
    return {name: np.concatenate([part[name] for part in slices]) for name in slices[0]}
