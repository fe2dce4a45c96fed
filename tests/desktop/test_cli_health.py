"""``abm-health health`` and ``abm-health backtest`` on a small real workspace."""

from __future__ import annotations

import csv
import io
import json

import pytest

from desktop.cli import main
from tests.domain.test_health_components import portfolio
from tests.storage.test_health_repo import store

AS_OF = "2026-05-31"  # everything up to 31 May: the components tests' as-of instant


@pytest.fixture
def path(tmp_path):
    from storage.workspace import Workspace

    target = tmp_path / "w.sqlite"
    with Workspace.open(target) as ws:
        store(ws, portfolio(events=[{"account_id": 2, "kind": "web_visit", "occurred_at": "2025-09-01"}]))
    return str(target)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_has_every_account_with_its_explanation(path, capsys):
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--format", "json")
    assert code == 0
    rows = {r["name"]: r for r in json.loads(out)}
    assert set(rows) == {"Acme", "Bare", "Corp", "Gone"}
    corp = rows["Corp"]
    for key in ("account_id", "external_id", "name", "stage", "score", "band", "trend",
                "components", "drivers"):
        assert key in corp
    assert corp["stage"] == "expansion" and corp["band"] == "watch"
    assert corp["components"]["retention"]["score"] == pytest.approx(100 - 15 - 20 - 100 / 3)
    assert "renewal in 45 days with no meeting booked" in [d["sentence"] for d in corp["drivers"]]
    assert rows["Acme"]["external_id"] == "A-1"
    assert rows["Acme"]["renormalisation"].startswith("Retention (not a customer)")
    assert rows["Gone"]["band"] == "churned"


def test_the_list_is_the_target_accounts_unless_all_accounts(path, capsys):
    from storage.workspace import Workspace

    with Workspace.open(path) as ws, ws.transaction() as conn:
        conn.exec_driver_sql("UPDATE accounts SET is_target = 0 WHERE name = 'Bare'")
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--format", "json")
    rows = json.loads(out)
    assert code == 0 and sorted(r["name"] for r in rows) == ["Acme", "Corp", "Gone"]
    assert all(r["is_target"] is True for r in rows)
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--format", "json",
                       "--all-accounts")
    flags = {r["name"]: r["is_target"] for r in json.loads(out)}
    assert flags == {"Acme": True, "Bare": False, "Corp": True, "Gone": True}
    # One account asked for by name is found wherever it is.
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--account", "Bare",
                       "--format", "json")
    assert [(r["name"], r["is_target"]) for r in json.loads(out)] == [("Bare", False)]


def test_the_default_as_of_is_the_data_date(path, capsys):
    # The fixture's latest record is dated in May 2026: without --as-of, health is scored
    # as of that day, not as of today.
    from storage.data_date import data_date
    from storage.workspace import Workspace

    with Workspace.open(path) as ws:
        day = data_date(ws)
    code, out, _ = run(capsys, path, "health", "--format", "json")
    assert code == 0 and day is not None and day.year == 2026 and day.month == 5
    assert {r["as_of"] for r in json.loads(out)} == {day.isoformat()}
    code, out, _ = run(capsys, path, "health")
    assert f"data as of {day.isoformat()}" in out


def test_band_and_account_filters(path, capsys):
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--band", "churned", "--format", "json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["Gone"]
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--account", "A-1", "--format", "json")
    assert [r["name"] for r in json.loads(out)] == ["Acme"]
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--account", "corp")
    assert code == 0
    assert "Corp (id 3) as of 2026-05-31" in out
    assert "- renewal in 45 days with no meeting booked" in out
    assert "Retention" in out and "Satisfaction" in out


def test_table_and_csv(path, capsys):
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF)
    assert code == 0 and "4 target accounts" in out and "top driver" in out
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4 and "buying_committee" in rows[0] and "drivers" in rows[0]


def test_mistakes_are_reported(path, capsys):
    code, _, err = run(capsys, path, "health", "--account", "Nobody")
    assert code == 1 and "no account has the id, external id, domain or name 'Nobody'" in err
    with pytest.raises(SystemExit) as exit_:
        run(capsys, path, "health", "--as-of", "31/05/2026")
    assert exit_.value.code == 2
    assert "expected YYYY-MM-DD" in capsys.readouterr().err


def test_backtest_table_and_json(path, capsys):
    code, out, _ = run(capsys, path, "backtest", "--months", "3")
    assert code == 0
    assert "Backtest of model version 1: 3 month ends 2025-11-30 to 2026-01-31" in out
    code, out, _ = run(capsys, path, "backtest", "--months", "3", "--format", "json")
    report = json.loads(out)
    assert report["month_ends"] == ["2025-11-30", "2025-12-31", "2026-01-31"]
    customers = report["segments"][0]
    # Gone churned on 1 Feb (within 90 days of each month end); Corp stayed.
    assert (customers["observations"], customers["outcomes"]) == (6, 3)
    # Six observations are under the default minimum of 100: no likelihood, said so.
    assert customers["calibration"] == {
        "observations": 6, "enough": False,
        "reason": "not enough history: 6 customer observations, 100 needed",
        "reason_id": "too_few_observations"}
    assert "brier" in customers and len(customers["deciles"]) == 6  # fewer rows than deciles


def test_backtest_prints_brier_and_reliability(path, capsys):
    code, out, _ = run(capsys, path, "backtest", "--months", "3")
    assert code == 0
    assert "Customers, likelihood of churn within 90 days: Brier " in out
    assert "Prospects, likelihood of opportunity within 90 days: Brier " in out
    assert "decile  predicted  observed  observations" in out
    assert "(not enough history: 6 customer observations, 100 needed)" in out


def test_backtest_tries_a_weights_file(path, tmp_path, capsys):
    weights = tmp_path / "w.toml"
    weights.write_text("engagement = 40\nretention = 30\n", encoding="utf-8")
    code, out, _ = run(capsys, path, "backtest", "--months", "2", "--weights", str(weights),
                       "--format", "json")
    assert code == 0
    assert json.loads(out)["what_if"]["weights"]["engagement"] == 40
    bad = tmp_path / "bad.json"
    bad.write_text('{"weights": {"engagment": 3}}', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        run(capsys, path, "backtest", "--weights", str(bad))
    assert exit_.value.code == 2
    assert "unknown component(s) engagment" in capsys.readouterr().err


def test_what_moved_since_a_date(tmp_path, capsys):
    from domain.health.model import HealthModelConfig
    from storage import health_repo
    from storage.workspace import Workspace
    from tests.domain.test_movement import new_activity

    target = tmp_path / "moved.sqlite"
    with Workspace.open(target) as ws:
        store(ws, new_activity())
        health_repo.active_model(ws)  # version 1: the defaults
    code, out, _ = run(capsys, str(target), "health", "--as-of", "2026-06-14", "--account", "Corp",
                       "--since", "2026-05-31", "--format", "json")
    assert code == 0
    moved = json.loads(out)[0]["moved"]
    assert (moved["from"], moved["to"]) == ("2026-05-31", "2026-06-14")
    tenths = sum(round(10 * v) for cells in moved["cells"].values() for v in cells.values())
    assert tenths == round(10 * moved["score_after"]) - round(10 * moved["score_before"])
    assert "form fill on 2026-06-10 (Pricing guide)" in [e["text"] for e in moved["events"]]
    assert moved["by_cause"]["model"] == 0

    # A new version with other weights: compared with version 1, the model takes its share.
    with Workspace.open(target) as ws:
        health_repo.save_model(ws, HealthModelConfig().with_weights({"engagement": 40}))
    code, out, _ = run(capsys, str(target), "health", "--as-of", "2026-06-14", "--account", "Corp",
                       "--since", "2026-05-31", "--from-version", "1")
    assert code == 0
    assert "What moved the score from 2026-05-31 to 2026-06-14:" in out
    assert "model versions 1 and 2" in out and "model change" in out
    assert "model version 1 to 2" in out
    assert "2026-06-10  form fill on 2026-06-10 (Pricing guide)" in out

    code, _, err = run(capsys, str(target), "health", "--as-of", "2026-06-14", "--account", "Corp",
                       "--since", "2026-05-31", "--from-version", "9")
    assert code == 1 and "no health model version 9" in err
    with pytest.raises(SystemExit) as exit_:
        run(capsys, str(target), "health", "--since", "2026-05-31")
    assert exit_.value.code == 2 and "--since needs --account" in capsys.readouterr().err


def test_bands_in_both_vocabularies_and_no_data(path, capsys):
    # The fixture as of 31 May: Acme a hot prospect (59.6), Corp a customer on watch.
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--format", "json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["Acme"]["band"] == "hot" and rows["Corp"]["band"] == "watch"
    code, out, _ = run(capsys, path, "health", "--as-of", AS_OF, "--band", "hot", "--format", "json")
    assert code == 0 and [r["name"] for r in json.loads(out)] == ["Acme"]
    # Before any fact at all, every account is "no data": no score, and said so.
    code, out, _ = run(capsys, path, "health", "--as-of", "2024-01-01", "--account", "Bare")
    assert code == 0 and "band No data" in out and "score n/a" in out
    assert "No data: no touch, meeting, deal, subscription, NPS response or question" in out
