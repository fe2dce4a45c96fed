"""The report fonts: every script covered, and PDF text that extracts as typed."""

from __future__ import annotations

from PySide6.QtGui import QRawFont

from desktop.reports.fonts import (
    CJK_FAMILY,
    FONT_DIR,
    LATIN_FILES,
    cjk_font_path,
    patched_cjk_font,
    register_report_fonts,
)


def test_the_fonts_are_there_with_their_licence():
    assert all((FONT_DIR / name).is_file() for name in LATIN_FILES)
    assert "SIL OPEN FONT LICENSE" in (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert cjk_font_path().is_file()


def test_latin_face_covers_polish(qapp):
    raw = QRawFont(str(FONT_DIR / "NotoSans-Regular.ttf"), 12)
    assert all(raw.supportsCharacter(ord(ch)) for ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def test_patched_cjk_face_keeps_ideographs_and_kana_and_drops_radical_duplicates(qapp):
    original = cjk_font_path().read_bytes()
    patched = patched_cjk_font(original)
    assert len(patched) == len(original)  # patched in place: no table moves
    raw = QRawFont(patched, 12)
    assert raw.familyName() == CJK_FAMILY
    # Ideographs, kana, CJK punctuation and Hangul stay.
    assert all(raw.supportsCharacter(ord(ch)) for ch in "山田一郎北京华为株式会社ジョン・スミス、。한국")
    # The Kangxi radicals ⼭ (U+2F2D), ⽥ (U+2F65) and ⼀ (U+2F00) drew the same glyphs as
    # 山, 田 and 一: they are gone, so a PDF gives 山田一 back, not ⼭⽥⼀.
    assert not any(raw.supportsCharacter(cp) for cp in (0x2F2D, 0x2F65, 0x2F00))
    before = QRawFont(original, 12)
    assert before.supportsCharacter(0x2F2D)  # the unpatched face had them


def test_registering_twice_is_harmless(qapp):
    assert register_report_fonts() == register_report_fonts()
