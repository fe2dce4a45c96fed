"""Issue 18, point 10: random and adversarial input gives a result or a worded error.

Hypothesis feeds the CSV/XLSX reader and the importer, the mapping loader and the import
command's options. The property, for every example: the call succeeds, or it fails with
one of the typed, worded errors (``ImportFileError``, ``MappingError``, a usage error
with exit code 2, exit code 1 with a sentence), never another exception; and when it
fails, the workspace is unchanged (compared table by table).

CI runs a short budget (``FUZZ_EXAMPLES``, 25 per property by default). A longer run:

    FUZZ_EXAMPLES=2000 QT_QPA_PLATFORM=offscreen python -m pytest tests/safety/test_fuzz.py -q
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sqlite3
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from storage.importing import (
    ENTITIES,
    ImportFileError,
    ImportInputs,
    MappingError,
    run,
    spec_for,
)
from storage.importing.mapping import parse_mapping
from storage.workspace import Workspace

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 25,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
TYPED = (ImportFileError, MappingError)


def fingerprint(path) -> str:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        digest = hashlib.sha256()
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode("utf-8"))
        return digest.hexdigest()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def fuzz_workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "w.sqlite"
    with Workspace.open(path) as ws:
        seed = folder / "seed.csv"
        seed.write_text("external_id,name,domain\nA1,Acme,acme.com\nA2,Łódź Sp. z o.o.,lodz.pl\n",
                        encoding="utf-8")
        run(ImportInputs(ws, "accounts", seed))
    return path


# -- adversarial cells -----------------------------------------------------------------------
NASTY = st.sampled_from([
    "", " ", "-", "N/A", "null", "なし", "=1+1", "@SUM(1+1)", "+cmd", "\r@x", "a\nb", "a\rb",
    "\"", "\"\"", "\"unclosed", ",", ";", "\t", "|", "\x00", "\x1b[2J", "\ufeff", "\u202e",
    "1e308", "-1e308", "1e400", "nan", "inf", "-0", "99999999999999999999999", "0x10",
    "9007199254740993", "(120.00)", "1.234,56", "$22,700.00", "1 234,50 zł", "€1.234,56",
    "2024-02-30", "13/13/2024", "31/12/2024", "2024年10月27日", "0000-00-00", "9999-12-31",
    "1899-12-31", "yes", "tak", "はい", "x" * 300, "A1", "A2", "acme.com", "Café", "Müller",
])
CELL = st.one_of(NASTY, st.text(max_size=20))


@st.composite
def csv_files(draw) -> bytes:
    entity = draw(st.sampled_from(ENTITIES))
    names = list(spec_for(entity).names)
    headers = draw(st.lists(st.one_of(st.sampled_from(names), NASTY, st.text(max_size=8)),
                            min_size=1, max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    rows = draw(st.lists(st.lists(CELL, min_size=0, max_size=len(headers) + 1), max_size=6))

    def line(cells):
        out = io.StringIO()
        import csv
        csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow(cells)
        return out.getvalue()

    text = line(headers) + "".join(line(r) for r in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "cp1250"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # damage: cut, or splice in random bytes
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=16))
    return entity, data


def _import_outcome(path, entity, file_path, **options):
    before = fingerprint(path)
    with Workspace.open(path) as ws:
        try:
            result = run(ImportInputs(ws, entity, file_path, **options))
        except TYPED as exc:
            assert str(exc).strip()
            assert fingerprint(path) == before, "a failed import changed the workspace"
            return None
    assert result.rows_read >= 0
    return result


@FUZZ
@given(case=csv_files())
def test_the_importer_reads_anything_without_surprises(fuzz_workspace, tmp_path_factory, case):
    entity, data = case
    file_path = tmp_path_factory.mktemp("in") / "export.csv"
    file_path.write_bytes(data)
    _import_outcome(fuzz_workspace, entity, file_path, dry_run=len(data) % 2 == 0)


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".xls", ".txt"]))
def test_random_bytes_are_read_or_refused(fuzz_workspace, tmp_path_factory, data, suffix):
    file_path = tmp_path_factory.mktemp("in") / f"export{suffix}"
    file_path.write_bytes(data)
    _import_outcome(fuzz_workspace, "accounts", file_path)


# -- mappings --------------------------------------------------------------------------------
def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if value == value and abs(value) != float("inf") else "nan"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{ " + ", ".join(f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in value.items()) + " }"


SCALARS = st.one_of(st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=False),
                    st.text(max_size=10), NASTY)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(string.ascii_lowercase, max_size=6),
                                                 inner, max_size=3)), max_leaves=6)
TOP_KEYS = ["preset", "title", "date_format", "day_first", "decimal_comma", "encoding",
            "delimiter", "sheet", "nonsense"]
FIELD_KEYS = ["column", "columns", "template", "value", "values", "otherwise", "only_if",
              "scale", "bogus"]


@st.composite
def mapping_texts(draw) -> str:
    entity = draw(st.sampled_from([*ENTITIES, "nothing"]))
    lines = [f"entity = {json.dumps(entity)}"]
    for key in draw(st.lists(st.sampled_from(TOP_KEYS), unique=True, max_size=4)):
        lines.append(f"{key} = {toml_value(draw(VALUES))}")
    names = list(spec_for(entity).names) if entity in ENTITIES else ["name"]
    for name in draw(st.lists(st.sampled_from([*names, "ghost"]), unique=True, max_size=4)):
        if draw(st.booleans()):
            lines.append(f"fields.{name} = {toml_value(draw(st.one_of(NASTY, VALUES)))}")
        else:
            keys = draw(st.lists(st.sampled_from(FIELD_KEYS), unique=True, min_size=1, max_size=3))
            body = ", ".join(f"{k} = {toml_value(draw(VALUES))}" for k in keys)
            lines.append(f"fields.{name} = {{ {body} }}")
    if draw(st.booleans()):
        lines.append(draw(st.text(max_size=12)))  # sometimes not TOML at all
    return entity, "\n".join(lines) + "\n"


@FUZZ
@given(case=mapping_texts())
def test_the_mapping_loader_accepts_or_names_the_problem(fuzz_workspace, tmp_path_factory, case):
    entity, text = case
    try:
        mapping = parse_mapping(text)
    except MappingError as exc:
        assert str(exc)
        return
    file_path = tmp_path_factory.mktemp("in") / "export.csv"
    file_path.write_text("name,domain,column\nAcme,acme.com,x\n", encoding="utf-8")
    _import_outcome(fuzz_workspace, mapping.entity, file_path, mapping=mapping, dry_run=True)


# -- command-line options --------------------------------------------------------------------
OPTION_VALUES = st.one_of(NASTY, st.text(max_size=6), st.sampled_from(
    ["%d.%m.%Y", "%Q%", "%", "%%", "ab", "tab", "\\t", "utf-8", "cp1250", "klingon", "Sheet1"]))


@FUZZ
@given(options=st.lists(st.tuples(st.sampled_from(
    ["--delimiter", "--date-format", "--encoding", "--sheet", "--preset"]), OPTION_VALUES),
    max_size=3, unique_by=lambda o: o[0]), flags=st.lists(st.sampled_from(
        ["--dry-run", "--strict", "--day-first", "--decimal-comma"]), unique=True, max_size=2))
def test_import_options_give_an_exit_code_and_a_sentence(fuzz_workspace, tmp_path_factory,
                                                         options, flags):
    file_path = tmp_path_factory.mktemp("in") / "export.csv"
    file_path.write_text("external_id,name,employees\nA9,Zeta,12\nA8,Eta,x\n", encoding="utf-8")
    argv = ["--workspace", str(fuzz_workspace), "import", "accounts", str(file_path), *flags]
    for option, value in options:
        argv += [f"{option}={value}"]
    before = fingerprint(fuzz_workspace)
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
    assert code in (0, 1, 2), err.getvalue()
    assert "Traceback" not in err.getvalue()
    # Exit 1 also means "imported the good rows, rejected the others": that run records a
    # batch (undoable) and says so. Only a refusal must leave the workspace as it was.
    imported = "Recorded as batch" in out.getvalue()
    if code == 2 or (code == 1 and not imported):  # refused, dry run or --strict: a sentence
        assert (err.getvalue() + out.getvalue()).strip()
        assert fingerprint(fuzz_workspace) == before
    if imported:
        assert "--dry-run" not in flags
        assert code == 1 and "row 3, column employees, value 'x'" in out.getvalue()
