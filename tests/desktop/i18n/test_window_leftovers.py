"""Words the window showed in English in every language, found by walking through it.

The portfolio's saved-filter menu offered "Tier 1 at risk" in every language: its name
was passed to ``tr`` as a variable, which lupdate does not extract. Checked on the real
filter bar under the shipped Japanese catalog, English staying as it was. (The wizard's
field words and the history's status words, found on the same walk, are checked in
``test_wizard_words.py``.)
"""

from __future__ import annotations

from desktop.i18n.install import install_language
from desktop.portfolio.filter_bar import BUILTIN_TIER1_AT_RISK, FilterBar


def _saved_menu_texts() -> list[str]:
    bar = FilterBar()
    bar.set_saved_filters({})
    texts = [a.text() for a in bar.saved_menu.actions()]
    bar.deleteLater()
    return texts


def test_built_in_filter_in_japanese_and_english(qapp):
    assert BUILTIN_TIER1_AT_RISK in _saved_menu_texts()
    install_language("ja")
    texts = _saved_menu_texts()
    assert "ティア 1 のリスクあり" in texts and BUILTIN_TIER1_AT_RISK not in texts
    # Applied by its id whatever the language: tier 1, at risk.
    bar = FilterBar()
    bar.apply_saved(BUILTIN_TIER1_AT_RISK)
    assert bar.current().tiers == frozenset({1}) and bar.current().bands == frozenset({"at-risk"})
    bar.deleteLater()
