"""The fonts reports print with, registered with Qt at report time (SPEC §9: never boxes).

Account names arrive in any script. A report must show 株式会社山田, 北京华为 and Łódź as real
glyphs on a laptop that has none of those fonts installed, and a PDF reader must give the
same text back when it is searched or copied. Two OFL fonts cover that:

- **Noto Sans** Regular and Bold (Latin, Greek, Cyrillic, so Polish), shipped in
  ``resources/fonts/`` (about 1 MB);
- **Noto Sans CJK JP** Regular (every CJK unified ideograph, kana and Hangul), from the
  PyPI package ``noto-cjk-sans-jp-regular`` (16 MB, kept out of the repository).

Text is set in ``FAMILIES``: Latin from Noto Sans, everything else falls through to the
CJK face. Qt's PDF writer rebuilds each glyph's Unicode value (for search and copy) from
the font's character map, taking the *lowest* code point that maps to the glyph. Noto Sans
CJK maps the Kangxi radicals (U+2F00…), CJK strokes and a few compatibility forms to the
same glyphs as the ideographs, so 山田 would come back out of the PDF as ⼭⽥. Before
registering the CJK face we therefore drop, in memory and without changing the file's
layout, those low duplicate mappings, and rename the face so a system copy of the
unmodified font is never picked instead.
"""

from __future__ import annotations

import os
import struct
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
LATIN_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
LATIN_FAMILY = "Noto Sans"
CJK_FAMILY_ORIGINAL = "Noto Sans CJK JP"
CJK_FAMILY = "Reports Sans CJK"  # as long as the original: the name table is patched in place
POSTSCRIPT_ORIGINAL, POSTSCRIPT = "NotoSansCJKjp", "ReportSansCJK"  # also of equal length
FAMILIES: tuple[str, ...] = (LATIN_FAMILY, CJK_FAMILY)

# Code points below U+3400 kept even when they share a glyph with an ideograph: CJK
# symbols and punctuation, kana, bopomofo and Hangul compatibility jamo are what users type.
_KEEP_LOW = (0x3000, 0x318F)
_IDEOGRAPH_FLOOR = 0x3400


class ReportFontError(RuntimeError):
    """The report fonts are missing; the message says which package or file to install."""


def cjk_font_path() -> Path:
    try:
        import noto_cjk_sans_jp_regular
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ReportFontError(
            "The CJK report font is missing: install the Python package "
            "'noto-cjk-sans-jp-regular' (pip install noto-cjk-sans-jp-regular)."
        ) from exc
    return Path(str(noto_cjk_sans_jp_regular.FONT_PATH))


_app: QGuiApplication | None = None  # the application the command line creates


def ensure_gui_application() -> None:
    """Fonts and the PDF writer need a QGuiApplication; the command line has none yet.

    Headless (no display, as on a server or in CI) it uses Qt's offscreen platform.
    """
    global _app
    if QGuiApplication.instance() is None:
        headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
        if sys.platform.startswith("linux") and headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication (not just a QGuiApplication): widgets created later in the same
        # process, such as a dialog in a test run, need one, and Qt allows only one.
        from PySide6.QtWidgets import QApplication

        _app = QApplication(sys.argv[:1])


@lru_cache(maxsize=1)
def register_report_fonts() -> tuple[str, ...]:
    """Register the report fonts with Qt once per process; returns the families to use.

    Creates a QGuiApplication when there is none. Raises ``ReportFontError`` when a font
    file is missing.
    """
    ensure_gui_application()
    for name in LATIN_FILES:
        path = FONT_DIR / name
        if not path.is_file():
            raise ReportFontError(f"The report font {path} is missing; reinstall abm-health.")
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise ReportFontError(f"Qt could not load the report font {path}.")
    data = patched_cjk_font(cjk_font_path().read_bytes())
    if QFontDatabase.addApplicationFontFromData(data) < 0:
        raise ReportFontError("Qt could not load the CJK report font.")
    return FAMILIES


def report_font(point_size: float | None = None, *, bold: bool = False) -> QFont:
    """A font in the report families, without ligatures (register the families first).

    Ligatures are off so that text copied or searched in the PDF reads "fills", not the
    single "ﬁ" glyph's "ﬁlls".
    """
    font = QFont()
    font.setFamilies(list(FAMILIES))
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


# -- the in-memory patch of the CJK face ------------------------------------------------------


def _tables(data: bytes) -> dict[bytes, tuple[int, int]]:
    count = struct.unpack_from(">H", data, 4)[0]
    out = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        out[tag] = (offset, length)
    return out


def _format12_groups(data: bytes, offset: int) -> np.ndarray:
    count = struct.unpack_from(">I", data, offset + 12)[0]
    raw = np.frombuffer(data, dtype=">u4", count=3 * count, offset=offset + 16)
    return raw.reshape(count, 3).astype(np.int64)


def duplicate_low_code_points(groups: np.ndarray) -> np.ndarray:
    """Code points below U+3400 whose glyph is also the glyph of a higher CJK code point.

    ``groups`` are format-12 (start, end, first glyph) rows. Kana, CJK punctuation,
    bopomofo and Hangul compatibility jamo are kept.
    """
    lengths = groups[:, 1] - groups[:, 0] + 1
    starts = np.repeat(groups[:, 0], lengths)
    within = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    chars = starts + within
    glyphs = np.repeat(groups[:, 2], lengths) + within
    # The highest code point drawn with each glyph: a lower one is a duplicate of it.
    highest = np.zeros(int(glyphs.max()) + 1, dtype=np.int64)
    np.maximum.at(highest, glyphs, chars)
    top = highest[glyphs]
    low = chars < _IDEOGRAPH_FLOOR
    kept = (chars >= _KEEP_LOW[0]) & (chars <= _KEEP_LOW[1])
    shared = (top > chars) & (top >= _KEEP_LOW[0])
    return np.sort(chars[low & ~kept & shared])


def patched_cjk_font(data: bytes) -> bytes:
    """The CJK face with the low duplicate mappings removed and the family renamed."""
    buf = bytearray(data)
    tables = _tables(data)
    cmap_offset, _ = tables[b"cmap"]
    count = struct.unpack_from(">H", data, cmap_offset + 2)[0]
    subtables = {
        struct.unpack_from(">I", data, cmap_offset + 4 + 8 * i + 4)[0] for i in range(count)
    }
    drop: np.ndarray | None = None
    for sub in sorted(subtables):
        if struct.unpack_from(">H", data, cmap_offset + sub)[0] == 12:
            drop = duplicate_low_code_points(_format12_groups(data, cmap_offset + sub))
    if drop is None:  # a different build of the font: leave its mappings alone
        drop = np.array([], dtype=np.int64)
    dropped = {int(c) for c in drop}
    for sub in sorted(subtables):
        fmt = struct.unpack_from(">H", data, cmap_offset + sub)[0]
        if fmt == 12:
            _unmap_format12(buf, cmap_offset + sub, dropped)
        elif fmt == 4:
            _unmap_format4(buf, cmap_offset + sub, dropped)
    _rename(buf, tables)
    return bytes(buf)


def _unmap_format12(buf: bytearray, offset: int, dropped: set[int]) -> None:
    """Map dropped characters to glyph 0, shrinking groups from their ends where needed."""
    count = struct.unpack_from(">I", buf, offset + 12)[0]
    for g in range(count):
        at = offset + 16 + 12 * g
        first, end, glyph = struct.unpack_from(">III", buf, at)
        if end < 0x2000 or first >= _IDEOGRAPH_FLOOR:
            continue
        start = first
        while start <= end and start in dropped:
            start, glyph = start + 1, glyph + 1
        while end >= start and end in dropped:
            end -= 1
        if start > end:  # every character dropped: the group maps its first one to .notdef
            start, end, glyph = first, first, 0
        struct.pack_into(">III", buf, at, start, end, glyph)


def _unmap_format4(buf: bytearray, offset: int, dropped: set[int]) -> None:
    seg_x2 = struct.unpack_from(">H", buf, offset + 6)[0]
    ends_at = offset + 14
    starts_at = ends_at + seg_x2 + 2
    deltas_at = starts_at + seg_x2
    ranges_at = deltas_at + seg_x2
    for i in range(seg_x2 // 2):
        end = struct.unpack_from(">H", buf, ends_at + 2 * i)[0]
        start = struct.unpack_from(">H", buf, starts_at + 2 * i)[0]
        range_offset = struct.unpack_from(">H", buf, ranges_at + 2 * i)[0]
        if end < 0x2000 or start >= _IDEOGRAPH_FLOOR or end == 0xFFFF:
            continue
        for char in range(start, end + 1):
            if char not in dropped:
                continue
            if range_offset:
                at = ranges_at + 2 * i + range_offset + 2 * (char - start)
                struct.pack_into(">H", buf, at, 0)
            elif start == end:
                struct.pack_into(">H", buf, deltas_at + 2 * i, (-char) & 0xFFFF)


def _rename(buf: bytearray, tables: dict[bytes, tuple[int, int]]) -> None:
    """Rename the modified face everywhere its names are stored, keeping every length.

    The family in the name table (UTF-16 and Mac Roman records) and the PostScript name
    there and in the CFF table, which PDFs quote as the embedded font's name.
    """
    renames = (
        (CJK_FAMILY_ORIGINAL.encode("utf-16-be"), CJK_FAMILY.encode("utf-16-be")),
        (CJK_FAMILY_ORIGINAL.encode("latin-1"), CJK_FAMILY.encode("latin-1")),
        (POSTSCRIPT_ORIGINAL.encode("utf-16-be"), POSTSCRIPT.encode("utf-16-be")),
        (POSTSCRIPT_ORIGINAL.encode("latin-1"), POSTSCRIPT.encode("latin-1")),
    )
    for tag in (b"name", b"CFF "):
        if tag not in tables:
            continue
        offset, length = tables[tag]
        region = bytes(buf[offset : offset + length])
        for old, new in renames:
            region = region.replace(old, new)
        buf[offset : offset + length] = region
