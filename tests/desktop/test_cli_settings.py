"""``abm-health settings``, ``settings set KEY VALUE`` and ``template ENTITY`` (issue 13,
point 8)."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main


@pytest.fixture
def ws(tmp_path):
    from storage.workspace import Workspace

    path = tmp_path / "w.sqlite"
    Workspace.open(path).close()  # `settings` changes a workspace; it never creates one
    return str(path)


def run(ws, capsys, *argv):
    try:
        code = main(["--workspace", ws, *argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_settings_prints_every_setting(ws, capsys):
    code, out, _ = run(ws, capsys, "settings")
    assert code == 0
    assert "currency" in out and "USD" in out and "mql_threshold" in out
    code, out, _ = run(ws, capsys, "settings", "--format", "json")
    values = {row["key"]: row["value"] for row in json.loads(out)}
    assert values["currency"] == "USD" and values["nps_min_responses"] == 5
    assert values["vanity_metrics"] == ["raw_leads", "sales_cycle_days"]


def test_settings_set_checks_and_stores_a_value(ws, capsys):
    assert run(ws, capsys, "settings", "set", "mql_threshold", "75")[:2] == (
        0, "mql_threshold: 60 -> 75\nHealth scores from now on use the new value; the weekly "
        "history already stored keeps the old one until Settings > Save in the window "
        "recomputes it.\n")
    assert run(ws, capsys, "settings", "set", "currency", "pln")[1] == "currency: USD -> PLN\n"
    assert run(ws, capsys, "settings", "set", "caution_metrics", "page_views,email_open_rate")[0] == 0
    code, out, _ = run(ws, capsys, "settings", "--format", "json")
    values = {row["key"]: row["value"] for row in json.loads(out)}
    assert (values["mql_threshold"], values["currency"]) == (75.0, "PLN")
    assert values["caution_metrics"] == ["page_views", "email_open_rate"]


@pytest.mark.parametrize("key, value, message", [
    ("mql_threshold", "-5", "mql_threshold -5 is out of range; expected a number above 0."),
    ("nps_min_responses", "2.5", "nps_min_responses '2.5' is not a whole number"),
    ("currency", "zloty", "currency 'zloty' is not an ISO currency code"),
    ("vanity_metrics", "raw_leads,likes", "no metric has the id 'likes'"),
    ("vanity_metrics", "page_views", "page_views is in caution_metrics already"),
    ("points", "3", "points is a table of values; change it in the window's Settings."),
    ("colour", "red", "there is no setting 'colour'; settings that can be set: currency,"),
])
def test_bad_settings_are_refused_with_a_sentence(ws, capsys, key, value, message):
    code, _, err = run(ws, capsys, "settings", "set", key, value)
    assert code == 1 and message in err


def test_the_currency_stays_while_amounts_are_stored(ws, capsys, tmp_path):
    accounts = tmp_path / "a.csv"
    accounts.write_text("external_id,name\nA1,Acme\n")
    deals = tmp_path / "o.csv"
    deals.write_text("account,name,created_at,amount\nA1,Big,2024-01-01,100\n")
    assert run(ws, capsys, "import", "accounts", str(accounts))[0] == 0
    # Accounts without revenue hold no amount yet: the currency can still change.
    assert run(ws, capsys, "settings", "set", "currency", "EUR")[0] == 0
    assert run(ws, capsys, "import", "opportunities", str(deals))[0] == 0
    code, _, err = run(ws, capsys, "settings", "set", "currency", "PLN")
    assert code == 1
    assert ("the currency stays EUR: the workspace holds amounts in EUR (1 opportunity "
            "amount(s)), and amounts are never converted") in err


def test_template_writes_the_canonical_layout(tmp_path, capsys):
    ws = str(tmp_path / "never.sqlite")
    code, out, _ = run(ws, capsys, "template", "meetings")
    assert code == 0 and out.splitlines()[0].startswith("external_id,account,contact,kind")
    target = tmp_path / "m.csv"
    assert run(ws, capsys, "template", "meetings", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8") == out
    assert run(ws, capsys, "template", "meetings", "-o", str(target))[0] == 2  # never overwrites
    assert not (tmp_path / "never.sqlite").exists()  # no workspace was created


def test_a_missing_required_column_points_to_the_template_command(ws, capsys, tmp_path):
    path = tmp_path / "e.csv"
    path.write_text("account,occurred_at\nA1,2024-01-01\n")
    code, _, err = run(ws, capsys, "import", "events", str(path))
    assert code == 1 and "`abm-health template events` writes the canonical layout" in err
