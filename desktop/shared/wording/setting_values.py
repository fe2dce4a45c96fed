"""Workspace settings in words: what each settable key means, and why a value was refused.

``domain.setting_values`` knows the keys, their kinds and ranges and raises a
``SettingError`` with a kind and facts; ``abm-health settings`` prints the meanings and the
refusals from here, in the chosen language. Keys and the text typed stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from desktop.i18n.install import active_language
from desktop.i18n.labels import TranslatedLabels
from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.setting_values import SettingError

MEANINGS = TranslatedLabels("SettingMeanings", {
    "currency": QT_TRANSLATE_NOOP("SettingMeanings", "the ISO code every amount is kept in"),
    "mql_threshold": QT_TRANSLATE_NOOP("SettingMeanings",
                                       "lead score at which a contact is an MQL"),
    "half_life_days": QT_TRANSLATE_NOOP("SettingMeanings",
                                        "days for an engagement point to lose half its weight"),
    "nps_min_responses": QT_TRANSLATE_NOOP(
        "SettingMeanings", "NPS responses below which a score is flagged as a small sample"),
    "stage_window_days": QT_TRANSLATE_NOOP("SettingMeanings",
                                           "days of engagement a journey stage looks back"),
    "engaged_points": QT_TRANSLATE_NOOP("SettingMeanings", "account points to count as engaged"),
    "mqa_points": QT_TRANSLATE_NOOP(
        "SettingMeanings", "account points to count as a marketing-qualified account"),
    "mqa_mql_contacts": QT_TRANSLATE_NOOP(
        "SettingMeanings", "MQL contacts to count as a marketing-qualified account"),
    "silent_days": QT_TRANSLATE_NOOP("SettingMeanings",
                                     "days without a touch before an account is silent"),
    "answer_within_hours": QT_TRANSLATE_NOOP(
        "SettingMeanings", "hours within which a question counts as answered in time"),
    "gross_margin": QT_TRANSLATE_NOOP("SettingMeanings",
                                      "gross margin used for LTV, as a fraction"),
    "sales_marketing_cost": QT_TRANSLATE_NOOP(
        "SettingMeanings", "non-campaign sales and marketing cost per year, for CAC"),
    "vanity_metrics": QT_TRANSLATE_NOOP("SettingMeanings",
                                        "metric ids shown as vanity (comma-separated)"),
    "caution_metrics": QT_TRANSLATE_NOOP("SettingMeanings",
                                         "metric ids shown with caution (comma-separated)"),
})

# What a number must be, by (whole number?, range kind); %1 the minimum, %2 the maximum.
RANGES = {
    (False, "any"): QT_TRANSLATE_NOOP("SettingValues", "a number"),
    (True, "any"): QT_TRANSLATE_NOOP("SettingValues", "a whole number"),
    (False, "above"): QT_TRANSLATE_NOOP("SettingValues", "a number above %1"),
    (True, "above"): QT_TRANSLATE_NOOP("SettingValues", "a whole number above %1"),
    (False, "at_least"): QT_TRANSLATE_NOOP("SettingValues", "a number of at least %1"),
    (True, "at_least"): QT_TRANSLATE_NOOP("SettingValues", "a whole number of at least %1"),
    (False, "between"): QT_TRANSLATE_NOOP("SettingValues", "a number above %1 and at most %2"),
    (True, "between"): QT_TRANSLATE_NOOP("SettingValues",
                                         "a whole number above %1 and at most %2"),
}

SENTENCES = {
    # %1: the setting's key.
    "table": QT_TRANSLATE_NOOP(
        "SettingValues", "%1 is a table of values; change it in the window's Settings."),
    # %1: the key as typed (quoted), %2: the keys that can be set.
    "unknown_setting": QT_TRANSLATE_NOOP(
        "SettingValues", "there is no setting %1; settings that can be set: %2."),
    # %1: the code as typed (quoted).
    "currency_code": QT_TRANSLATE_NOOP(
        "SettingValues", "currency %1 is not an ISO currency code; expected three letters "
        "such as USD, EUR or PLN."),
    # %1: the key, %2: the value as typed, %3: what it must be ("a number above 0").
    "not_a_number": QT_TRANSLATE_NOOP("SettingValues", "%1 %2 is not a number; expected %3."),
    "not_whole": QT_TRANSLATE_NOOP("SettingValues",
                                   "%1 %2 is not a whole number; expected %3."),
    "out_of_range": QT_TRANSLATE_NOOP("SettingValues", "%1 %2 is out of range; expected %3."),
    # %1: the half-life, %2: the window (days), %3: how many half-lives at most, %4: the
    # shortest half-life for this window.
    "half_life_too_short": QT_TRANSLATE_NOOP(
        "SettingValues", "half_life_days %1 is too short for stage_window_days %2: a journey "
        "stage looks back at most %3 half-lives; expected a half-life of at least %4 days or "
        "a shorter window."),
}


class SettingValueWords(QObject):
    """The counted refusals (``self.tr(text, "", n)``, recorded as plural): %n metric ids."""

    def unknown_metrics(self, n: int) -> str:
        # %1: the key, %2: the ids (quoted).
        return self.tr("%1: no metric has the id %2; `abm-health kpis --format json` lists "
                       "the ids.", "", n)

    def vanity_and_caution(self, n: int) -> str:
        # %1: the key, %2: the ids, %3: the other list's key.
        return self.tr("%1: %2 is in %3 already; a metric is vanity or caution, not both.",
                       "", n)


    # The amounts a workspace holds, which keep its currency (storage.settings_change):
    # each "%Ln …", listed in the refusal below.
    def opportunities(self, n: int) -> str:
        return self.tr("%Ln opportunity amount(s)", "", n)

    def subscriptions(self, n: int) -> str:
        return self.tr("%Ln subscription ARR value(s)", "", n)

    def campaigns(self, n: int) -> str:
        return self.tr("%Ln campaign cost(s)", "", n)

    def accounts(self, n: int) -> str:
        return self.tr("%Ln account annual revenue(s)", "", n)


_COUNTED = SettingValueWords()

# %1: the workspace currency, %2: the amounts it holds (listed), %3: the currency asked for.
CURRENCY_LOCKED = QT_TRANSLATE_NOOP(
    "SettingValues", "the currency stays %1: the workspace holds amounts in %1 (%2), and "
    "amounts are never converted. Load an export in %3 into a new workspace "
    "(--workspace NEW.sqlite).")
# Two items of a list inside a sentence, the first possibly a list itself ("%1, %2").
LIST_PAIR = QT_TRANSLATE_NOOP("SettingValues", "%1, %2")


def _amounts(amounts: dict[str, int]) -> str:
    """"1 opportunity amount(s), 3 campaign cost(s)": English counts keep the "(s)"."""
    items = []
    for table, n in amounts.items():
        text = getattr(_COUNTED, table)(int(n))
        items.append(text.replace(QLocale().toString(int(n)), f"{int(n):,}", 1)
                     if active_language() == "en" else text)
    joined = items[0]
    for item in items[1:]:
        joined = fill(QCoreApplication.translate("SettingValues", LIST_PAIR), joined, item)
    return joined


def meaning(key: str) -> str:
    """What a settable key means; a key without words as it is."""
    return MEANINGS[key] if key in MEANINGS else key


def expected(facts: dict) -> str:
    """What a number must be, from a refusal's facts."""
    text = QCoreApplication.translate("SettingValues", RANGES[(bool(facts["whole"]), facts["range"])])
    return fill(text, *(fmt.general(v) for v in (facts["minimum"], facts["maximum"])
                        if v is not None))


def sentence(error: SettingError) -> str:
    """The refusal in the installed language; a kind without words as ``str(error)``."""
    facts, kind = error.facts, error.kind
    if kind == "currency_locked":
        return fill(QCoreApplication.translate("SettingValues", CURRENCY_LOCKED),
                    facts["current"], _amounts(facts["amounts"]), facts["new"])
    if kind in ("unknown_metrics", "vanity_and_caution"):
        text = getattr(_COUNTED, kind)(int(facts["count"]))
        return fill(text, facts["key"], facts["ids"], facts.get("other", ""))
    if kind not in SENTENCES:
        return str(error)
    text = QCoreApplication.translate("SettingValues", SENTENCES[kind])
    if kind == "table":
        return fill(text, facts["key"])
    if kind == "unknown_setting":
        return fill(text, repr(facts["key"]), facts["settable"])
    if kind == "currency_code":
        return fill(text, repr(facts["text"]))
    if kind == "half_life_too_short":
        return fill(text, fmt.general(facts["half_life"]), fmt.general(facts["window"]),
                    facts["max_ratio"], fmt.general(facts["least"]))
    shown = facts["text"] if kind == "out_of_range" else repr(facts["text"])
    return fill(text, facts["key"], shown, expected(facts))
