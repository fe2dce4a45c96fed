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


def test_the_timeline_words_a_known_channel_as_the_account_report_does(qapp):
    """The account page's event list showed the channel's id (``organic``) in every
    language, while the account report words it; a channel only an import knows stays."""
    from types import SimpleNamespace

    import pandas as pd

    from desktop.account.data import event_list

    frames = SimpleNamespace(
        events=pd.DataFrame({
            "occurred_at": pd.to_datetime(["2026-11-13 10:00", "2026-11-12 10:00", "2026-11-11 10:00"]),
            "kind": ["form_fill", "ad_click", "web_visit"], "contact_id": [None, None, None],
            "campaign_id": [None, None, None], "asset": ["form:demo", "ad:1", "page:/"],
            "channel": ["organic", "paid", "trade_show"]}),
        contacts=pd.DataFrame({"id": pd.Series(dtype="int64"), "name": pd.Series(dtype="object")}),
        campaigns=pd.DataFrame({"id": pd.Series(dtype="int64"), "name": pd.Series(dtype="object")}))
    install_language("en")
    assert list(event_list(frames)["channel"]) == ["Organic", "Paid", "trade_show"]
    install_language("ja")
    channels = list(event_list(frames)["channel"])
    assert channels[2] == "trade_show"
    assert channels[0] not in ("organic", "Organic") and channels[1] not in ("paid", "Paid")
    assert all(ord(ch) > 0x3000 for ch in channels[0] + channels[1])  # Japanese words
