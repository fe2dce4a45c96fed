"""A file that mixes encodings is refused, naming the first line that disagrees.

Exports glued together from two systems can hold UTF-8 lines ("Café") beside cp1252 ones
("Müller" written as the single byte 0xFC). Read as one code page, the UTF-8 lines come
out garbled ("CafÃ©") with no error; read as UTF-8, the others fail. Neither is right, so
such a file is refused with both lines, and the user saves it again in one encoding.

Only files that are not valid UTF-8 are looked at (a valid UTF-8 file is one encoding by
definition), and only until the first UTF-8 line is found.
"""

from __future__ import annotations

import re
from pathlib import Path

from storage.importing.problems import ImportFileError
from storage.said import english, say

english({
    "mixed_encodings": "{file} mixes encodings: line {utf8_line} is UTF-8 ({word!r}) but line "
                       "{bad_line} is not (byte 0x{byte:02X}), so line {later} disagrees with "
                       "line {first}. Save the file again in one encoding (UTF-8) and import "
                       "that.",
})

# A well-formed multi-byte UTF-8 sequence (RFC 3629): what a UTF-8 line carries and a
# cp1252/cp1250 line practically never does ("Ã©" would be the one way).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
MAX_CANDIDATES = 2000


def refuse_mixed_encodings(path: Path, raw: bytes) -> None:
    """ImportFileError when ``raw`` has both whole UTF-8 lines and lines that are not UTF-8."""
    head = raw[:4096]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(b"\x00") > len(head) // 4:
        return  # UTF-16: not a byte-per-character encoding, never mixed with these
    try:
        raw.decode("utf-8")
        return
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    bad_line = raw.count(b"\n", 0, bad_at) + 1
    for seen, match in enumerate(_UTF8_SEQUENCE.finditer(raw)):
        if seen >= MAX_CANDIDATES:
            break
        start = raw.rfind(b"\n", 0, match.start()) + 1
        end = raw.find(b"\n", match.end())
        line = raw[start:end if end >= 0 else len(raw)]
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        utf8_line = raw.count(b"\n", 0, start) + 1
        word = _word_around(text, match.start() - start, line)
        first, later = sorted((utf8_line, bad_line))
        byte = raw[bad_at]
        raise ImportFileError(say("mixed_encodings", file=path.name, utf8_line=utf8_line,
                                  word=word, bad_line=bad_line, byte=byte, later=later,
                                  first=first))


def _word_around(text: str, byte_offset: int, line: bytes) -> str:
    index = len(line[:byte_offset].decode("utf-8", errors="ignore"))
    start, end = index, index
    while start > 0 and text[start - 1] not in ",;\t|\"":
        start -= 1
    while end < len(text) and text[end] not in ",;\t|\"\r\n":
        end += 1
    return text[start:end].strip()[:40]
