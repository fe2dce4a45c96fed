"""What a new user reads from the commands in Japanese and Polish holds no English words.

Found by walking through every command with ``--language ja`` and ``pl``: the backtest's
table named its segments and bands by id ("customers", "healthy 0.0% of 132") and wrote
its rates the English way; ``health --since`` named the bands by id ("61.4 (watch)") and
the buying committee's days in ISO; a missing weights file ended in the system's English
("No such file or directory"); ``template --help`` said "one of"; time on page was "63 s"
and answer times "6.1 h"; the workbook's unit and good-direction cells were ids ("rate",
"up"). Each case runs the real command on a real workspace with the shipped catalogs.
"""

from __future__ import annotations

import json
import re

import openpyxl
import pytest

from desktop.cli import main
from desktop.i18n.install import install_language
from domain import formatting as fmt
from tests.desktop.test_cli_health import AS_OF, store
from tests.desktop.test_cli_health import path as path  # noqa: F401 - the fixture

# The bands' words in the shipped Japanese catalog.
JAPANESE_BANDS = {"healthy": "健全", "watch": "要注意", "at-risk": "リスクあり",
                  "churned": "解約済み", "hot": "ホット", "warm": "ウォーム", "cold": "コールド"}
# English words the walk found in these outputs: none may be left in another language.
ENGLISH = re.compile(r"\b(customers|prospects|healthy|watch|at-risk|At risk|Healthy|Watch|"
                     r"Hot|Warm|Cold|hot|warm|cold|of|one|No such file|directory|rate|up|"
                     r"down)\b")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_backtest_table_in_polish_and_japanese(path, capsys):  # noqa: F811
    code, out, _ = run(capsys, "--language", "pl", "--workspace", path, "backtest",
                       "--months", "3")
    assert code == 0
    # The month ends of the fixture (see test_cli_health) in the Polish date pattern.
    assert "od 30.11.2025 do 31.01.2026" in out
    table = out.splitlines()[1:5]
    assert table[2].startswith("klienci ") and table[3].startswith("potencjalni klienci ")
    # A band's cell: its word, the rate with a decimal comma, "z" and the accounts.
    assert re.search(r"(Zdrowe|Do obserwacji|Zagrożone) \d+,\d% z \d+", table[2])
    assert not ENGLISH.search("\n".join(table)), table

    code, out, _ = run(capsys, "--language", "ja", "--workspace", path, "backtest",
                       "--months", "3")
    assert code == 0
    assert "2025年11月30日 から 2026年1月31日" in out
    lines = out.splitlines()
    assert lines[3].startswith("顧客 ") and lines[4].startswith("見込み客 ")
    assert re.search(r"(健全|要注意|リスクあり) \d+ 件中 \d+\.\d%", lines[3])
    # The comparison sentences end with the Japanese full stop, not ".".
    assert lines[5].endswith("。") and lines[6].endswith("。")
    assert not ENGLISH.search("\n".join(lines[:7])), lines[:7]


def test_what_moved_names_bands_and_days_in_japanese(tmp_path, capsys):
    from storage import health_repo
    from storage.workspace import Workspace
    from tests.domain.test_movement import new_activity

    target = tmp_path / "moved.sqlite"
    with Workspace.open(target) as ws:
        store(ws, new_activity())
        health_repo.active_model(ws)
    common = ("--workspace", str(target), "health", "--as-of", "2026-06-14", "--account",
              "Corp", "--since", "2026-05-31")
    _, out, _ = run(capsys, *common, "--format", "json")
    row = json.loads(out)[0]
    moved = row["moved"]
    code, out, _ = run(capsys, "--language", "ja", *common)
    assert code == 0
    summary = next(line for line in out.splitlines() if "モデルバージョン 1" in line
                   and "から" in line and "へ" in line)
    before, after = JAPANESE_BANDS[moved["band_before"]], JAPANESE_BANDS[moved["band_after"]]
    assert f"（{before}）から" in summary and f"（{after}）へ" in summary, summary
    assert f"({moved['band_before']})" not in out and f"（{moved['band_before']}）" not in out
    # The committee's last touches in the Japanese date pattern; JSON keeps ISO days.
    touched = [c for c in row["committee"] if c["last_touch"]]
    assert touched
    for c in touched:
        y, m, d = (int(p) for p in c["last_touch"].split("-"))
        assert f"{y}年{m}月{d}日" in out
        assert c["last_touch"] not in out.split("購買委員会")[1]


def test_weights_file_refusals_have_no_system_english(path, tmp_path, capsys):  # noqa: F811
    missing = tmp_path / "missing.toml"
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "--language", "ja", "--workspace", path, "backtest", "--weights",
            str(missing))
    assert exit_.value.code == 2
    err = capsys.readouterr().err.splitlines()[-1]
    assert f"重みファイル {missing} はありません" in err
    assert not ENGLISH.search(err.replace(str(missing), "")), err

    broken = tmp_path / "broken.json"
    broken.write_text('{"engagement": 30,\n "retention": }', encoding="utf-8")
    with pytest.raises(SystemExit):
        run(capsys, "--language", "pl", "--workspace", path, "backtest", "--weights",
            str(broken))
    err = capsys.readouterr().err
    # Where the parser stopped (line 2, column 15: the "}"), without its English explanation.
    assert f"plik wag {broken} nie jest poprawnym plikiem JSON (wiersz 2, kolumna 15)" in err
    assert "Expecting" not in err


def test_template_help_in_polish(capsys):
    with pytest.raises(SystemExit):
        main(["--language", "pl", "template", "--help"])
    out = capsys.readouterr().out
    assert "jedno z: accounts, contacts" in out and "one of" not in out


def test_hours_and_seconds_in_each_language(qapp):
    install_language("ja")
    assert fmt.measure(63, "seconds") == "63 秒"
    assert fmt.change(3, "seconds") == "+3 秒"
    install_language("pl")
    assert fmt.measure(6.1, "hours") == "6,1 godz."
    assert fmt.measure(63, "seconds") == "63 s"
    install_language("zh")
    assert fmt.measure(6.1, "hours") == "6.1 小时"
    install_language("en")
    assert (fmt.measure(6.1, "hours"), fmt.measure(63, "seconds")) == ("6.1 h", "63 s")


def test_workbook_units_and_directions_in_japanese(path, tmp_path, capsys):  # noqa: F811
    book = tmp_path / "book.xlsx"
    code, _, _ = run(capsys, "--language", "ja", "--workspace", path, "report", "portfolio",
                     "-o", str(book), "--to", AS_OF)
    assert code == 0
    wb = openpyxl.load_workbook(book)
    kpis = wb["KPI"]
    titles = [c.value for c in kpis[1]]
    unit, metric, value = titles.index("単位"), titles.index("指標 ID"), 4
    rows = {r[metric].value: r for r in kpis.iter_rows(min_row=2)}
    # A rate reads 率 and keeps its per-cent format; a count reads 件数.
    assert rows["email_open_rate"][unit].value == "率"
    rates = [r for r in rows.values() if r[unit].value == "率" and r[value].value is not None]
    assert rates and all(r[value].number_format == "0.0%" for r in rates)
    assert rows["form_fills"][unit].value == "件数"
    assert "unit_id" not in titles
    definitions = wb["定義"]
    titles = [c.value for c in definitions[1]]
    direction = titles.index("望ましい方向")
    said = {r[0].value: r[direction].value for r in definitions.iter_rows(min_row=2)}
    assert said["email_open_rate"] == "高いほど良い"
    assert said["unsubscribe_rate"] == "低いほど良い"


def test_workbook_rows_line_joined_the_language_s_way(path, tmp_path, capsys):  # noqa: F811
    """``report portfolio`` listed its sheets' rows with an ASCII comma in Japanese
    ("アカウント 239, KPI 50") and English digit grouping in Polish."""
    code, out, _ = run(capsys, "--workspace", path, "report", "portfolio",
                       "-o", str(tmp_path / "en.xlsx"), "--to", AS_OF)
    assert code == 0 and re.search(r": Accounts \d+, KPIs 50, Funnel 7, ", out)
    code, out, _ = run(capsys, "--language", "ja", "--workspace", path, "report", "portfolio",
                       "-o", str(tmp_path / "ja.xlsx"), "--to", AS_OF)
    assert code == 0
    assert "KPI 50、ファネル 7、" in out and ", " not in out.split("：", 1)[1]


# Storage's own sentences the walk found English in every language: the demo's refusal of
# a workspace with data, the refusal of a currency change while amounts are stored.
STORAGE_ENGLISH = re.compile(r"\b(already|holds|choose|empty|replace|drawing|stories|writing|"
                             r"rows|done|generating|currency stays|amount|amounts|converted|"
                             r"Load|export in|revenue|costs)\b", re.IGNORECASE)


def test_demo_refuses_a_workspace_with_data_in_japanese(path, capsys):  # noqa: F811
    code, _, err = run(capsys, "--language", "ja", "--workspace", path, "demo")
    assert code == 1
    assert f"ワークスペース {path} にはすでにデータがあります（" in err
    # The tables with rows are named in Japanese, listed the Japanese way (、).
    assert "アカウント" in err and "、" in err and "--force" in err
    assert not STORAGE_ENGLISH.search(err.replace(path, "")), err


def test_currency_refusal_in_polish(path, capsys):  # noqa: F811
    code, _, english = run(capsys, "--workspace", path, "settings", "set", "currency", "PLN")
    assert code == 1 and "the currency stays USD" in english
    # The fixture's amounts (tests.domain.test_health_components.portfolio), as English
    # lists them; Polish counts each with its plural form.
    found = {what: n for n, what in re.findall(
        r"(\d+) (opportunity amount|subscription ARR value|campaign cost|account annual "
        r"revenue)\(s\)", english)}
    assert found
    code, _, polish = run(capsys, "--language", "pl", "--workspace", path, "settings", "set",
                          "currency", "PLN")
    assert code == 1
    assert "waluta pozostaje USD: obszar roboczy przechowuje kwoty w USD (" in polish
    assert "Wczytaj eksport w PLN do nowego obszaru roboczego (--workspace NEW.sqlite)." in polish
    polish_forms = {"opportunity amount": ("kwota szansy sprzedaży", "kwoty szans sprzedaży",
                                           "kwot szans sprzedaży"),
                    "subscription ARR value": ("wartość ARR subskrypcji",
                                               "wartości ARR subskrypcji",
                                               "wartości ARR subskrypcji"),
                    "campaign cost": ("koszt kampanii", "koszty kampanii", "kosztów kampanii"),
                    "account annual revenue": ("roczny przychód konta", "roczne przychody kont",
                                               "rocznych przychodów kont")}
    for what, n in found.items():
        count = int(n)
        few = count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14)
        form = polish_forms[what][0 if count == 1 else 1 if few else 2]
        assert f"{count} {form}" in polish, (what, count, polish)
    assert not STORAGE_ENGLISH.search(polish.replace("--workspace NEW.sqlite", "")), polish


def test_import_help_in_polish(capsys):
    with pytest.raises(SystemExit):
        main(["--language", "pl", "import", "--help"])
    out = capsys.readouterr().out
    assert "co zawiera plik: accounts, contacts" in out and "what the file holds" not in out
