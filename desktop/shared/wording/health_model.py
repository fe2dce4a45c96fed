"""Why a health model configuration can't be used, in words (``HealthConfigError``).

``domain.health.model`` refuses a configuration with a kind (``CONFIG_ERROR_KINDS``), the
facts (the field, its value, what is allowed) and where the configuration came from (a
``ConfigSource``: the model, the settings, a weights file, a stored version). The Settings
page and ``abm-health backtest --weights`` word it here. Field names (``watch_min``) stay as
they are: they are what the file holds; numbers take the language's decimal mark.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.shared.wording.placeholders import fill
from domain import formatting as fmt
from domain.health.model import ConfigSource, HealthConfigError

SOURCES = {
    "model": QT_TRANSLATE_NOOP("HealthModelErrors", "the model"),
    "settings": QT_TRANSLATE_NOOP("HealthModelErrors", "the settings"),
    # %1: the file as given on the command line.
    "weights_file": QT_TRANSLATE_NOOP("HealthModelErrors", "the weights file %1"),
    # %1: the model version's number.
    "model_version": QT_TRANSLATE_NOOP("HealthModelErrors", "health model version %1"),
}

# %1 is always where the configuration came from (a source above).
SENTENCES = {
    "weights_add_up_to_zero": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: the weights add up to 0; give at least one a weight."),
    # %2: watch_min, %3: healthy_min.
    "customer_thresholds": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: band thresholds watch_min = %2 and healthy_min = %3; "
        "expected 0 <= watch_min < healthy_min <= 100."),
    # %2: warm_min, %3: hot_min.
    "prospect_thresholds": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: band thresholds warm_min = %2 and hot_min = %3; "
        "expected 0 <= warm_min < hot_min <= 100."),
    "engagement_percentile": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: engagement_percentile = %2; expected (0, 1]."),
    "nps_share": QT_TRANSLATE_NOOP("HealthModelErrors", "%1: nps_share = %2; expected [0, 1]."),
    # %2: the field's name (window_days…).
    "days_not_positive": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: %2 must be a positive number of days."),
    "recent_not_shorter": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: recent_days = %2 must be shorter than window_days = %3."),
    # %2: the field, %3: its value as written, %4: an example of a good value.
    "not_a_number": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: %2 = %3 is not a number; expected e.g. %4."),
    "weights_not_a_table": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: weights must be a table of component = number."),
    # %2: the component, %3: its weight as written.
    "weight_not_a_number": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: weight of %2 = %3 is not a number."),
    "weight_negative": QT_TRANSLATE_NOOP(
        "HealthModelErrors", "%1: weight of %2 = %3; expected >= 0."),
}


class HealthModelErrorWords(QObject):
    """The counted sentences (``self.tr(text, "", n)``, recorded by ``pyside6-lupdate`` as
    plural): %n names, %1 the source, %2 the names, %3 what is expected."""

    def unknown_settings(self, n: int) -> str:
        return self.tr("%1: unknown setting(s) %2; expected some of %3.", "", n)

    def unknown_components(self, n: int) -> str:
        return self.tr("%1: unknown component(s) %2 in weights; expected some of %3.", "", n)


_COUNTED = HealthModelErrorWords()


def source(where: ConfigSource) -> str:
    """Where the configuration came from, in words; a "named" source as it was given."""
    if where.kind not in SOURCES:
        return where.detail
    return fill(QCoreApplication.translate("HealthModelErrors", SOURCES[where.kind]), where.detail)


def sentence(error: HealthConfigError) -> str:
    """The error in the installed language; an unknown kind falls back to ``str(error)``."""
    facts, kind, where = error.facts, error.kind, source(error.source)
    values: tuple[object, ...]
    if kind in ("unknown_settings", "unknown_components"):
        text = getattr(_COUNTED, kind)(int(facts["count"]))
        return fill(text, where, facts["names"], facts["expected"])
    if kind not in SENTENCES:
        return str(error)
    if kind == "customer_thresholds":
        values = (fmt.as_written(facts["watch_min"]), fmt.as_written(facts["healthy_min"]))
    elif kind == "prospect_thresholds":
        values = (fmt.as_written(facts["warm_min"]), fmt.as_written(facts["hot_min"]))
    elif kind in ("engagement_percentile", "nps_share"):
        values = (fmt.as_written(facts["value"]),)
    elif kind == "days_not_positive":
        values = (facts["name"],)
    elif kind == "recent_not_shorter":
        values = (fmt.as_written(facts["recent_days"]), fmt.as_written(facts["window_days"]))
    elif kind == "not_a_number":
        values = (facts["name"], fmt.as_written(facts["value"]),
                  fmt.as_written(facts["example"]))
    elif kind in ("weight_not_a_number", "weight_negative"):
        values = (facts["name"], fmt.as_written(facts["value"]))
    else:
        values = ()
    return fill(QCoreApplication.translate("HealthModelErrors", SENTENCES[kind]), where, *values)
