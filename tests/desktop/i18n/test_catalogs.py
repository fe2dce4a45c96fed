"""The committed catalogs: current with the source, compiled, and their translations sound.

Read as XML (``.ts``). A shipped language (``desktop.i18n.languages.SHIPPED``) has every
message finished; in every language, a translation keeps its source's placeholders and
has the language's number of plural forms (Japanese and Chinese one, Polish three).
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from desktop.i18n.build import ROOT, check, sources, tool, ts_path
from desktop.i18n.languages import CATALOGS, SHIPPED

PLACEHOLDER = re.compile(r"%L?n|%[1-9]")
PLURAL_FORMS = {"ja": 1, "zh_CN": 1, "pl": 3}


def messages(code: str):
    """(context, message element) for every message of ``code``'s catalog."""
    root = ET.parse(ts_path(code)).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def texts(message) -> list[str]:
    """The translation's texts: one, or one per plural form; [] when not translated."""
    node = message.find("translation")
    forms = node.findall("numerusform")
    found = [f.text or "" for f in forms] if message.get("numerus") == "yes" else [node.text or ""]
    return [t for t in found if t]


def placeholder_problems(source: str, translation: str, numerus: bool) -> list[str]:
    """What a translation does wrong with its source's placeholders ([] when nothing)."""
    wanted = sorted(set(re.findall(r"%[1-9]", source)))
    have = sorted(set(re.findall(r"%[1-9]", translation)))
    problems = []
    if wanted != have:
        problems.append(f"placeholders {wanted} in the source, {have} in the translation")
    if numerus and re.search(r"%L?n", source) and not re.search(r"%L?n", translation):
        problems.append("the count (%n) is missing")
    return problems


def test_the_placeholder_check_catches_what_it_should():
    assert placeholder_problems("Wrote %1 (%2 pages).", "Zapisano %2 (%1 stron).", False) == []
    assert placeholder_problems("Wrote %1 (%2 pages).", "Zapisano %1.", False)
    assert placeholder_problems("%Ln notes", "notatki", True)
    assert placeholder_problems("%Ln notes", "%Ln notatek", True) == []


@pytest.mark.parametrize("code", CATALOGS)
def test_translations_keep_placeholders_and_plural_forms(code):
    problems = []
    for context, message in messages(code):
        source = message.findtext("source")
        numerus = message.get("numerus") == "yes"
        found = texts(message)
        if numerus and found and len(found) != PLURAL_FORMS[code]:
            problems.append(f"{context}: {source!r} has {len(found)} plural forms")
        for text in found:
            problems += [f"{context}: {source!r}: {p}" for p in placeholder_problems(source, text, numerus)]
    assert problems == []


@pytest.mark.parametrize("code", CATALOGS)
def test_catalogs_state_their_language_and_plural_count(code):
    root = ET.parse(ts_path(code)).getroot()
    assert root.get("language").split("_")[0] == code.split("_")[0]
    numerus = [m for _, m in messages(code) if m.get("numerus") == "yes"]
    assert numerus, "the catalog has plural messages"
    for message in numerus:
        assert len(message.find("translation").findall("numerusform")) == PLURAL_FORMS[code]


def test_shipped_languages_are_complete():
    # SHIPPED names the languages whose translators finished; each must have no message
    # unfinished and none empty. A language joins SHIPPED when its catalog passes this.
    problems = []
    for code in SHIPPED:
        for context, message in messages(code):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not texts(message):
                problems.append(f"{code} {context}: {message.findtext('source')!r}")
    assert problems == []


def test_catalogs_hold_every_message_of_the_source(tmp_path):
    # lupdate over the source now, into a fresh catalog: no message is missing from the
    # committed ones and none is left over (python -m desktop.i18n.build brings them up to date).
    fresh = tmp_path / "fresh_pl.ts"
    subprocess.run([tool("pyside6-lupdate"), "-extensions", "py", "-silent", *sources(),
                    "-ts", str(fresh)], cwd=ROOT, check=True)
    def keys(path):
        root = ET.parse(path).getroot()
        return {(c.findtext("name"), m.findtext("source"), m.findtext("comment"))
                for c in root.iter("context") for m in c.iter("message")
                if (m.find("translation").get("type") or "") not in ("vanished", "obsolete")}
    expected = keys(fresh)
    assert len(expected) > 900
    for code in CATALOGS:
        assert keys(ts_path(code)) == expected, code


def test_committed_qm_files_are_the_ts_files_compiled():
    assert check() == []


def test_every_counted_message_has_plural_forms():
    # A "%n" message asked without n, or through QCoreApplication.translate (which
    # pyside6-lupdate does not record as plural), would get one form in every language.
    single = [(context, message.findtext("source")) for context, message in messages("pl")
              if re.search(r"%L?n", message.findtext("source")) and message.get("numerus") != "yes"]
    assert single == []
