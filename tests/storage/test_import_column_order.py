"""Never a mixture: a date column is day-first or month-first as a whole, a number column
has decimal commas or decimal points as a whole (issue 13, point 1)."""

from __future__ import annotations

from storage.importing import ImportInputs, run

ACCOUNTS = "external_id,name\nA1,Acme\n"


def load(workspace, tmp_path, entity, text, **options):
    path = tmp_path / f"{entity}.csv"
    path.write_text(text, encoding="utf-8")
    return run(ImportInputs(workspace, entity, path, **options))


def stored(workspace, sql):
    return workspace.read_frame(sql).values.tolist()


def test_a_column_with_a_day_first_value_is_read_day_first_throughout(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    text = ("account,text,created_at\n"
            "A1,one,01-02-2018\n"     # ambiguous: 1 February once the column is day-first
            "A1,two,25-02-2018\n"     # only day-first
            "A1,three,2018-03-04\n")  # ISO, the same either way
    result = load(workspace, tmp_path, "notes", text)
    assert (result.inserted, result.rejected) == (3, 0)
    assert any("'created_at' is read day-first for every row: 1 value(s) such as '25-02-2018'"
               in w for w in result.warnings)
    assert stored(workspace, "SELECT text, substr(created_at, 1, 10) FROM notes ORDER BY id") == [
        ["one", "2018-02-01"], ["two", "2018-02-25"], ["three", "2018-03-04"]]


def test_strict_refuses_a_judged_column(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    text = "account,text,created_at\nA1,one,01-02-2018\nA1,two,25-02-2018\n"
    result = load(workspace, tmp_path, "notes", text, strict=True)
    assert result.strict_refused and not result.written
    assert "--strict refuses a column whose day/month order" in "\n".join(result.summary_lines())
    assert stored(workspace, "SELECT COUNT(*) FROM notes") == [[0]]
    # Saying the order is enough for --strict.
    result = load(workspace, tmp_path, "notes", text, strict=True, day_first=True)
    assert result.inserted == 2 and not result.warnings


def test_a_mixed_date_column_rejects_only_the_ambiguous_values(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    text = ("account,text,created_at\n"
            "A1,day,25-02-2018\n"     # row 2: only day-first -> 25 February
            "A1,month,02-25-2018\n"   # row 3: only month-first -> 25 February
            "A1,either,01-02-2018\n")  # row 4: could be either -> rejected
    result = load(workspace, tmp_path, "notes", text)
    assert (result.inserted, result.rejected) == (2, 1)
    assert result.problems[["row", "value"]].values.tolist() == [[4, "01-02-2018"]]
    assert "both day-first dates (25-02-2018) and month-first dates (02-25-2018)" in \
        result.problems["expected"].iloc[0]
    assert stored(workspace, "SELECT substr(created_at, 1, 10) FROM notes ORDER BY id") == [
        ["2018-02-25"], ["2018-02-25"]]


def test_a_column_with_a_decimal_comma_is_read_with_decimal_commas_throughout(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    text = ("account,name,created_at,amount\n"
            "A1,one,2024-01-01,\"1,234\"\n"   # one and a bit, like the row below
            "A1,two,2024-01-02,\"12,5\"\n")
    result = load(workspace, tmp_path, "opportunities", text)
    assert result.inserted == 2
    assert any("'amount' is read with decimal commas for every row" in w for w in result.warnings)
    assert stored(workspace, "SELECT amount FROM opportunities ORDER BY id") == [[1.234], [12.5]]


def test_a_mixed_number_column_rejects_only_the_ambiguous_values(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    text = ("account,name,created_at,amount\n"
            "A1,comma,2024-01-01,\"12,5\"\n"        # row 2: decimal comma
            "A1,point,2024-01-02,\"1,234.50\"\n"    # row 3: decimal point
            "A1,either,2024-01-03,\"1,234\"\n")     # row 4: could be either
    result = load(workspace, tmp_path, "opportunities", text)
    assert (result.inserted, result.rejected) == (2, 1)
    assert result.problems[["row", "value"]].values.tolist() == [[4, "1,234"]]
    assert stored(workspace, "SELECT amount FROM opportunities ORDER BY id") == [[12.5], [1234.5]]


def test_plain_columns_get_no_note(workspace, tmp_path):
    load(workspace, tmp_path, "accounts", ACCOUNTS)
    text = "account,name,created_at,amount\nA1,one,03/04/2024,\"1,234\"\n"
    result = load(workspace, tmp_path, "opportunities", text)
    assert result.inserted == 1 and result.warnings == []
    assert stored(workspace, "SELECT amount, substr(created_at, 1, 10) FROM opportunities") == [
        [1234.0, "2024-03-04"]]
