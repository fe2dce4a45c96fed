"""The domain's refusals are kinds with facts, worded in the chosen language.

Health model settings, setting values, account addresses, periods and the journey stages'
window refuse input with an error carrying ``kind`` and ``facts``; ``str(exc)`` stays the
English sentence it always was, and ``desktop.shared.wording`` says it in each language.
Each case below raises the error from the real domain code; the English sentences are the
ones these checks printed before their wording moved out of the domain, the Polish ones are
the shipped catalog's.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd
import pytest

from desktop.cli import main
from desktop.i18n.install import install_language
from desktop.shared.errors import describe
from desktop.shared.wording import health_model, refusals, setting_values
from domain.account_address import ADDRESS_ERROR_KINDS, find_accounts
from domain.error_facts import ErrorFacts
from domain.health.model import (
    COMPONENTS,
    CONFIG_ERROR_KINDS,
    SETTINGS_SOURCE,
    ConfigSource,
    HealthModelConfig,
)
from domain.metrics.period import PERIOD_ERROR_KINDS, Period
from domain.setting_values import SETTABLE, SETTING_ERROR_KINDS, parse_setting
from domain.settings import WorkspaceSettings
from domain.stages import stage_history
from tests.desktop.test_cli_health import AS_OF
from tests.desktop.test_cli_health import path as path  # noqa: F401 - the fixture
from tests.desktop.test_settings import page as page  # noqa: F401 - the fixture
from tests.desktop.test_settings import state as state  # noqa: F401 - the fixture
from tests.domain.test_health_components import portfolio

ACCOUNTS = pd.DataFrame({
    "id": [1, 2, 10, 11],
    "external_id": ["10", "2", "A-7", None],
    "name": ["Laura Ashley", "Acme", "Beta Ltd", "Laura Ashley Home"],
    "domain": ["lauraashley.com", "acme.com", None, "lah.example"],
})
# Twelve accounts whose names share "Delta": more than the ten an ambiguous address lists.
MANY = pd.DataFrame({"id": range(1, 13), "name": [f"Delta {i}" for i in range(1, 13)]})
CURRENT = WorkspaceSettings()  # caution metrics: page_views, time_on_page, email_open_rate
# English words that are in none of the facts below: a Polish sentence holding one of them
# was (partly) not translated.
ENGLISH = re.compile(r"\b(the|is|not|no|of|account|accounts|expected|must|number|setting|"
                     r"settings|date|write|name|names|weight|above|least|window|period|"
                     r"quarter|choose|between|than)\b")


def _config(**fields):
    return lambda: HealthModelConfig.from_dict(fields)


def _zero_weights():
    return HealthModelConfig.from_dict({"weights": dict.fromkeys(COMPONENTS, 0)})


def _stages():
    return stage_history(portfolio(), replace(CURRENT, half_life_days=0.2))


# (kind, what raises it, the English sentence, the Polish sentence or None = only checked
# for English words left in it).
CASES = [
    ("customer_thresholds", lambda: HealthModelConfig(watch_min=80).validated(SETTINGS_SOURCE),
     "the settings: band thresholds watch_min = 80 and healthy_min = 70.0; expected "
     "0 <= watch_min < healthy_min <= 100.",
     "ustawienia: progi przedziałów watch_min = 80 i healthy_min = 70,0; oczekiwano "
     "0 <= watch_min < healthy_min <= 100."),
    ("prospect_thresholds", lambda: HealthModelConfig(warm_min=70).validated(),
     "the model: band thresholds warm_min = 70 and hot_min = 50.0; expected "
     "0 <= warm_min < hot_min <= 100.",
     "model: progi przedziałów warm_min = 70 i hot_min = 50,0; oczekiwano "
     "0 <= warm_min < hot_min <= 100."),
    ("unknown_settings",
     lambda: HealthModelConfig.from_dict({"colour": 1, "weights": {}},
                                         source=ConfigSource("weights_file", "w.toml")),
     "the weights file w.toml: unknown setting(s) colour; expected some of "
     "answer_within_hours, committee_min_contacts, contraction_days, contraction_max_penalty, "
     "engagement_percentile, healthy_min, hot_min, key_role_weight, momentum_target_actions, "
     "no_meeting_penalty, nps_share, nps_window_days, recent_days, recent_win_days, "
     "renewal_max_penalty, renewal_window_days, sparkline_weeks, top_drivers, "
     "trend_threshold, trend_weeks, warm_min, watch_min, weights, window_days.",
     None),
    ("unknown_components", _config(weights={"bogus": 1, "fizz": 2}),
     "the model: unknown component(s) bogus, fizz in weights; expected some of engagement, "
     "buying_committee, momentum, pipeline, retention, satisfaction.",
     "model: nieznane składniki bogus, fizz w weights; oczekiwano niektórych z: engagement, "
     "buying_committee, momentum, pipeline, retention, satisfaction."),
    ("weight_not_a_number", _config(weights={"momentum": "lots"}),
     "the model: weight of momentum = 'lots' is not a number.",
     "model: waga składnika momentum = 'lots' nie jest liczbą."),
    ("weight_negative", _config(weights={"momentum": -1.5}),
     "the model: weight of momentum = -1.5; expected >= 0.",
     "model: waga składnika momentum = -1,5; oczekiwano >= 0."),
    ("weights_not_a_table", _config(weights=3),
     "the model: weights must be a table of component = number.",
     "model: weights musi być tabelą składnik = liczba."),
    ("not_a_number",
     lambda: HealthModelConfig.from_dict({"window_days": "abc"},
                                         source=ConfigSource("model_version", "3")),
     "health model version 3: window_days = 'abc' is not a number; expected e.g. 90.",
     "model kondycji w wersji 3: window_days = 'abc' nie jest liczbą; oczekiwano np. 90."),
    ("days_not_positive", _config(window_days=0),
     "the model: window_days must be a positive number of days.",
     "model: window_days musi być dodatnią liczbą dni."),
    ("recent_not_shorter", _config(recent_days=90),
     "the model: recent_days = 90 must be shorter than window_days = 90.",
     "model: recent_days = 90 musi być krótsze niż window_days = 90."),
    ("nps_share", _config(nps_share=2),
     "the model: nps_share = 2.0; expected [0, 1].",
     "model: nps_share = 2,0; oczekiwano wartości z przedziału [0, 1]."),
    ("engagement_percentile", _config(engagement_percentile=0),
     "the model: engagement_percentile = 0.0; expected (0, 1].",
     "model: engagement_percentile = 0,0; oczekiwano wartości z przedziału (0, 1]."),
    ("weights_add_up_to_zero", _zero_weights,
     "the model: the weights add up to 0; give at least one a weight.",
     "model: wagi sumują się do 0; nadaj wagę co najmniej jednemu składnikowi."),
    # Setting values, as `abm-health settings set KEY VALUE` reads them.
    ("table", lambda: parse_setting("points", "3", CURRENT),
     "points is a table of values; change it in the window's Settings.",
     "points to tabela wartości; zmień ją w Ustawieniach okna."),
    ("unknown_setting", lambda: parse_setting("colour", "red", CURRENT),
     "there is no setting 'colour'; settings that can be set: currency, mql_threshold, "
     "half_life_days, nps_min_responses, stage_window_days, engaged_points, mqa_points, "
     "mqa_mql_contacts, silent_days, answer_within_hours, gross_margin, sales_marketing_cost, "
     "vanity_metrics, caution_metrics.",
     "nie ma ustawienia 'colour'; można ustawić: currency, mql_threshold, "
     "half_life_days, nps_min_responses, stage_window_days, engaged_points, mqa_points, "
     "mqa_mql_contacts, silent_days, answer_within_hours, gross_margin, sales_marketing_cost, "
     "vanity_metrics, caution_metrics."),
    ("currency_code", lambda: parse_setting("currency", "zloty", CURRENT),
     "currency 'zloty' is not an ISO currency code; expected three letters such as USD, EUR "
     "or PLN.",
     "waluta 'zloty' nie jest kodem waluty ISO; oczekiwano trzech liter, np. USD, EUR lub PLN."),
    ("not_a_number", lambda: parse_setting("mql_threshold", "abc", CURRENT),
     "mql_threshold 'abc' is not a number; expected a number above 0.",
     "mql_threshold 'abc' nie jest liczbą; oczekiwano liczby większej niż 0."),
    ("not_whole", lambda: parse_setting("silent_days", "1.5", CURRENT),
     "silent_days '1.5' is not a whole number; expected a whole number of at least 1.",
     "silent_days '1.5' nie jest liczbą całkowitą; oczekiwano liczby całkowitej nie "
     "mniejszej niż 1."),
    ("out_of_range", lambda: parse_setting("gross_margin", "2", CURRENT),
     "gross_margin 2 is out of range; expected a number above 0 and at most 1.",
     "gross_margin 2 jest poza zakresem; oczekiwano liczby większej niż 0 i nie większej "
     "niż 1."),
    ("unknown_metrics", lambda: parse_setting("vanity_metrics", "likes, shares", CURRENT),
     "vanity_metrics: no metric has the id 'likes', 'shares'; `abm-health kpis --format json` "
     "lists the ids.",
     "vanity_metrics: żadna metryka nie ma identyfikatorów 'likes', 'shares'; identyfikatory "
     "podaje `abm-health kpis --format json`."),
    ("vanity_and_caution", lambda: parse_setting("vanity_metrics", "page_views", CURRENT),
     "vanity_metrics: page_views is in caution_metrics already; a metric is vanity or "
     "caution, not both.",
     "vanity_metrics: page_views jest już w caution_metrics; metryka jest albo metryką "
     "próżności, albo z ostrzeżeniem, nie jednym i drugim."),
    # 90 days over 0.2 days is 450 half-lives; at least 90 / 400 = 0.225 days.
    ("half_life_too_short", lambda: parse_setting("half_life_days", "0.2", CURRENT),
     "half_life_days 0.2 is too short for stage_window_days 90: a journey stage looks back "
     "at most 400 half-lives; expected a half-life of at least 0.225 days or a shorter window.",
     "half_life_days 0,2 to za mało przy stage_window_days 90: etap ścieżki zakupowej obejmuje "
     "najwyżej 400 okresów połowicznego zaniku; oczekiwano okresu połowicznego zaniku co "
     "najmniej 0,225 dni lub krótszego okna."),
    # Account addresses.
    ("bad_internal_id", lambda: find_accounts(ACCOUNTS, "id:x"),
     "'id:x': after id: comes the workspace's number of the account, e.g. id:42",
     "'id:x': po id: podaj numer konta w obszarze roboczym, np. id:42"),
    ("not_found", lambda: find_accounts(ACCOUNTS, "Gamma"),
     "no account has the id, external id, domain or name 'Gamma'",
     "żadne konto nie ma identyfikatora, identyfikatora zewnętrznego, domeny ani nazwy 'Gamma'"),
    ("not_found_by", lambda: find_accounts(ACCOUNTS, "id:99"),
     "no account has the internal id '99'",
     "żadne konto nie ma identyfikatora wewnętrznego '99'"),
    ("not_found_by", lambda: find_accounts(ACCOUNTS, "ext:Z-1"),
     "no account has the external id 'Z-1'",
     "żadne konto nie ma identyfikatora zewnętrznego 'Z-1'"),
    ("ambiguous", lambda: find_accounts(ACCOUNTS, "10", usage="--account {address}"),
     "'10' names 2 accounts: id:10 (Beta Ltd, by internal id); ext:10 (Laura Ashley, by "
     "external id); name one of them, e.g. --account id:10",
     "'10' wskazuje 2 konta: id:10 (Beta Ltd, po identyfikatorze wewnętrznym); ext:10 "
     "(Laura Ashley, po identyfikatorze zewnętrznym); wskaż jedno z nich, np. --account id:10"),
    ("ambiguous", lambda: find_accounts(MANY, "delta"),
     "'delta' names 12 accounts: " + "; ".join(
         f"id:{i} (Delta {i}, by part of the name)" for i in range(1, 11))
     + " and 2 more; name one of them, e.g. id:1",
     "'delta' wskazuje 12 kont: " + "; ".join(
         f"id:{i} (Delta {i}, po części nazwy)" for i in range(1, 11))
     + " i 2 innych; wskaż jedno z nich, np. id:1"),
    # Periods.
    ("ends_before_start", lambda: Period("2026-10-05", "2026-10-01"),
     "a period must end after it starts: got start 2026-10-05 and end 2026-10-01; choose an "
     "end date later than the start date",
     "okres musi kończyć się po swoim początku: podano początek 5.10.2026 i koniec 1.10.2026; "
     "wybierz datę końca późniejszą niż data początku"),
    ("no_such_quarter", lambda: Period.quarter(2026, 5),
     "quarter must be 1, 2, 3 or 4, not 5", "kwartał musi być równy 1, 2, 3 lub 4, a nie 5"),
    # Journey stages under a half-life the settings now refuse (a workspace from before).
    ("window_too_long", _stages,
     "stage window 90 days over half-life 0.2 days is too long to evaluate; use a half-life "
     "of at least window/400 days.",
     "okno etapu 90 dni przy okresie połowicznego zaniku 0,2 dni jest zbyt długie, by je "
     "obliczyć; użyj okresu połowicznego zaniku co najmniej okno/400 dni."),
]


def _raised(make) -> ErrorFacts:
    with pytest.raises(ErrorFacts) as caught:
        make()
    return caught.value


@pytest.mark.parametrize("kind, make, english, polish", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_refusal_is_a_kind_worded_in_english_as_before_and_in_polish(
        qapp, kind, make, english, polish):
    error = _raised(make)
    assert error.kind == kind
    assert str(error) == english  # logs and JSON keep the English sentence
    assert refusals.said(error) == english  # the wording's English is the same, byte for byte
    install_language("pl")
    said = refusals.said(error)
    if polish is not None:
        assert said == polish
    # Option names (--account) are facts, the same in every language.
    assert said != english and not ENGLISH.search(re.sub(r"--[a-z-]+", "", said)), said
    assert describe(error) == said  # the window's error box says the same


def test_every_kind_the_domain_can_raise_has_a_case_and_words(qapp):
    covered = {kind for kind, *_ in CASES}
    for kinds in (CONFIG_ERROR_KINDS, SETTING_ERROR_KINDS, ADDRESS_ERROR_KINDS,
                  PERIOD_ERROR_KINDS, ("window_too_long",)):
        assert set(kinds) <= covered, set(kinds) - covered
    counted = {"unknown_settings", "unknown_components"}
    assert set(health_model.SENTENCES) | counted == set(CONFIG_ERROR_KINDS)
    assert (set(setting_values.SENTENCES) | {"unknown_metrics", "vanity_and_caution"}
            == set(SETTING_ERROR_KINDS))
    assert set(setting_values.MEANINGS) == set(SETTABLE)


def test_plural_refusals_take_polish_forms(qapp):
    install_language("pl")
    one = _raised(_config(weights={"bogus": 1}))
    assert refusals.said(one).startswith("model: nieznany składnik bogus w weights;")
    five = _raised(lambda: find_accounts(MANY.head(5), "delta"))
    assert refusals.said(five).startswith("'delta' wskazuje 5 kont: id:1 (Delta 1, po części")


def test_a_source_given_as_words_is_shown_as_it_is(qapp):
    error = _raised(lambda: HealthModelConfig(watch_min=80).validated("my model"))
    install_language("pl")
    assert refusals.said(error).startswith("my model: progi przedziałów watch_min = 80 ")


# -- the command line ------------------------------------------------------------------------
def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_refusals_in_polish_and_english(path, capsys, tmp_path):  # noqa: F811
    ws = ["--workspace", path]
    # An unknown account: English as it always was, Polish with no English left.
    assert _run(capsys, *ws, "kpis", "--account", "Nobody") == (
        1, "", "abm-health kpis: no account has the id, external id, domain or name "
        "'Nobody'\n")
    code, _, err = _run(capsys, "--language", "pl", *ws, "kpis", "--account", "Nobody")
    assert (code, err) == (1, "abm-health kpis: żadne konto nie ma identyfikatora, "
                              "identyfikatora zewnętrznego, domeny ani nazwy 'Nobody'\n")
    code, _, err = _run(capsys, "--language", "pl", *ws, "health", "--account", "id:x")
    assert (code, err) == (1, "abm-health health: 'id:x': po id: podaj numer konta w obszarze "
                              "roboczym, np. id:42; podaj id:N, ext:ID, domenę lub (część) "
                              "nazwy.\n")
    # A date that is no date, read by the option itself.
    code, _, err = _run(capsys, *ws, "kpis", "--from", "nonsense")
    assert code == 2 and err.splitlines()[-1] == (
        "abm-health kpis: error: argument --from: 'nonsense' is not a date; write it as "
        "YYYY-MM-DD, e.g. 2026-10-01")
    code, _, err = _run(capsys, "--language", "pl", *ws, "kpis", "--from", "nonsense")
    assert code == 2 and err.splitlines()[-1] == (
        "abm-health kpis: błąd: argument --from: 'nonsense' nie jest datą; zapisz ją jako "
        "RRRR-MM-DD, np. 2026-10-01")
    code, _, err = _run(capsys, "--language", "pl", *ws, "health", "--as-of", "31/05/2026")
    assert code == 2 and err.splitlines()[-1] == (
        "abm-health: błąd: --as-of '31/05/2026' nie jest datą; oczekiwano RRRR-MM-DD, "
        "np. 2026-10-31")
    # A setting's value.
    code, _, err = _run(capsys, "--language", "pl", *ws, "settings", "set", "silent_days", "0")
    assert (code, err) == (1, "abm-health settings: silent_days 0 jest poza zakresem; "
                              "oczekiwano liczby całkowitej nie mniejszej niż 1.\n")
    code, _, err = _run(capsys, *ws, "settings", "set", "silent_days", "0")
    assert (code, err) == (1, "abm-health settings: silent_days 0 is out of range; expected "
                              "a whole number of at least 1.\n")
    # A weights file for the backtest.
    weights = tmp_path / "w.toml"
    weights.write_text("[weights]\nmomentum = -1\n", encoding="utf-8")
    code, _, err = _run(capsys, "--language", "pl", *ws, "backtest", "--weights", str(weights))
    assert code == 2 and err.splitlines()[-1] == (
        f"abm-health: błąd: plik wag {weights}: waga składnika momentum = -1; oczekiwano >= 0.")
    code, _, err = _run(capsys, *ws, "backtest", "--weights", str(weights))
    assert code == 2 and err.splitlines()[-1] == (
        f"abm-health: error: the weights file {weights}: weight of momentum = -1; "
        "expected >= 0.")


def test_kpis_period_in_the_chosen_language(path, capsys):  # noqa: F811
    # May has 31 days; the period before it is the 31 days up to 30 April.
    args = ["--workspace", path, "kpis", "--from", "2026-05-01", "--to", AS_OF]
    _, english, _ = _run(capsys, *args)
    assert english.splitlines()[0].endswith(
        ", 2026-05-01 to 2026-05-31 (previous: 2026-03-31 to 2026-04-30)")
    _, polish, _ = _run(capsys, "--language", "pl", *args)
    assert polish.splitlines()[0].endswith(
        ", 1.05.2026 – 31.05.2026 (poprzedni: 31.03.2026 – 30.04.2026)")


def test_settings_table_and_demo_summary_in_polish(capsys, tmp_path):
    ws = ["--workspace", str(tmp_path / "demo.sqlite")]
    code, out, _ = _run(capsys, "--language", "pl", *ws, "demo", "--accounts", "3",
                        "--as-of", "2026-10-31")
    assert code == 0
    lines = out.splitlines()
    assert re.fullmatch(r"Wypełniono .*demo\.sqlite w \d+,\d s\.", lines[0])
    assert lines[1].startswith("Demonstracyjny portfel na dzień 31.10.2026 (ziarno 1): 3 konta, ")
    assert " i " in lines[1] and not ENGLISH.search(lines[1]) and "responses" not in lines[1]
    code, out, _ = _run(capsys, "--language", "pl", *ws, "settings")
    assert out.split()[:3] == ["ustawienie", "wartość", "znaczenie"]
    assert "punktacja leada, od której kontakt jest MQL" in out
    code, out, _ = _run(capsys, *ws, "settings")
    assert "lead score at which a contact is an MQL" in out


# -- the window ------------------------------------------------------------------------------
def test_settings_page_names_impossible_weights_in_polish(qtbot, page):  # noqa: F811
    install_language("pl")
    for slider in page.health.sliders.values():
        slider.setValue(0)
    sentence = "ustawienia: wagi sumują się do 0; nadaj wagę co najmniej jednemu składnikowi."
    assert page.health.problem.text() == sentence
    page.save()
    assert page.message.text() == sentence
